/**
 * The short result after «Рассчитать»: per table the regional mean, the groups with their
 * members, the critical indicators and the entities most in deficit (each leads to its cell),
 * and which sheets were written.
 *
 * Example:
 *   <ResultView result={summary} written={report.sheets} onSelectCell={goToCell} />
 */

import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { layoutName } from './labels';
import { countText, formatPercent } from './format';
import { changesLines, criticalIndicatorLine, deficitEntityLine, groupLine, writtenSheetsText } from './resultText';
import { ClustersResultView } from './ClustersResultView';
import type { ResultSummary, TableResult } from './summaryTypes';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  linkList: { listStyleType: 'none', margin: 0, padding: 0 },
  link: { justifyContent: 'flex-start', textAlign: 'left', fontWeight: tokens.fontWeightRegular, height: 'auto', width: '100%' },
  critical: { color: tokens.colorPaletteRedForeground1 },
});

export interface ResultViewProps {
  result: ResultSummary;
  written: string[];
  onSelectCell: (address: string) => void;
  disabled?: boolean;
}

export function ResultView({ result, written, onSelectCell, disabled }: ResultViewProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Text>{writtenSheetsText(written)}</Text>
      {result.tables.map((t, i) => (
        <TableResultView key={i} table={t} result={result} onSelectCell={onSelectCell} disabled={disabled} />
      ))}
    </div>
  );
}

interface TableResultProps {
  table: TableResult;
  result: ResultSummary;
  onSelectCell: (address: string) => void;
  disabled?: boolean;
}

function TableResultView({ table: t, result, onSelectCell, disabled }: TableResultProps) {
  const styles = useStyles();
  const sheets = t.sheets.map((s) => `«${s}»`).join(', ');
  return (
    <section className={styles.root} aria-label={`Результат по ${t.sheets.length > 1 ? 'листам' : 'листу'} ${sheets}`}>
      <h3 className={styles.heading}>
        {t.sheets.length > 1 ? 'Листы' : 'Лист'} {sheets}: {layoutName(t.layout)}, {countText(t.entityCount, t.entity.forms)}
      </h3>
      {t.shares.length > 0 && (
        <ul className={styles.list} aria-label="Доли по региону">
          {t.shares.map((sh) => (
            <li key={sh.indicator}>
              {sh.indicator}: {formatPercent(sh.share)} по региону
            </li>
          ))}
        </ul>
      )}
      {t.descriptive ? (
        <Text>Доли описательные: выполнение, группы и рейтинг не рассчитываются — для долей не задан целевой уровень. Доли по каждой строке — на листе «Сводная».</Text>
      ) : (
        <>
          <Text>
            Выполнение по региону: в среднем {formatPercent(t.region.mean)}, медиана {formatPercent(t.region.median)}.
          </Text>
          <ul className={styles.list} aria-label="Группы">
            {t.groups.map((g) => (
              <li key={g.group}>{groupLine(g, t.entity.forms)}</li>
            ))}
          </ul>
        </>
      )}
      {t.youngTeachers && <Text>{t.youngTeachers}</Text>}
      {t.changes && (
        <div className={styles.root} aria-label="Динамика">
          <h4 className={styles.heading}>Динамика</h4>
          {changesLines(t.changes, t.entity.forms).map((line) => (
            <Text key={line}>{line}</Text>
          ))}
        </div>
      )}
      <h4 className={styles.heading}>Критические показатели (ниже {formatPercent(result.critical)})</h4>
      {t.criticalIndicators.length === 0 ? (
        <Text>Нет.</Text>
      ) : (
        <ul className={styles.linkList}>
          {t.criticalIndicators.map((ind) => (
            <li key={ind.id}>
              <Button className={styles.link} appearance="subtle" disabled={disabled} onClick={() => onSelectCell(ind.cell)}>
                <span className={styles.critical}>{criticalIndicatorLine(ind, result.critical)}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      {t.attentionIndicators > 0 && (
        <Text>
          В зоне внимания (от {formatPercent(result.critical)} до {formatPercent(result.target)}):{' '}
          {countText(t.attentionIndicators, ['показатель', 'показателя', 'показателей'])}.
        </Text>
      )}
      {t.clusters && <ClustersResultView clusters={t.clusters} forms={t.entity.forms} />}
      <h4 className={styles.heading}>Больше всего дефицитов</h4>
      {t.worstEntities.length === 0 ? (
        <Text>Дефицитов не найдено.</Text>
      ) : (
        <ul className={styles.linkList}>
          {t.worstEntities.map((e) => (
            <li key={e.cell}>
              <Button className={styles.link} appearance="subtle" disabled={disabled} onClick={() => onSelectCell(e.cell)}>
                {deficitEntityLine(e)}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
