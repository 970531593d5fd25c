/**
 * What «Распознать» found, per table: the layout in Russian, how many entities (and the first
 * names), criteria and indicators, count/base pairs with reasons; then the problems in the
 * data, each leading to its cell.
 *
 * Example:
 *   <RecognitionView recognition={r} onSelectCell={goToCell} />
 */

import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, Text, tokens } from '@fluentui/react-components';
import { indicatorKindName, layoutName } from './labels';
import { PairsList } from './PairsList';
import { ProblemsList } from './ProblemsList';
import { countText } from './format';
import { namesList, recognitionHeadline } from './resultText';
import type { PairRecognition, RecognitionSummary, TableRecognition } from './summaryTypes';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  table: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface RecognitionViewProps {
  recognition: RecognitionSummary;
  onSelectCell: (address: string) => void;
  /** A corrected base of a count/base pair (column letter). */
  onPairBaseChange?: (pair: PairRecognition, base: string) => void;
  disabled?: boolean;
}

export function RecognitionView({ recognition, onSelectCell, onPairBaseChange, disabled }: RecognitionViewProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      {recognition.tables.map((t, i) => (
        <TableView key={i} table={t} onPairBaseChange={onPairBaseChange} disabled={disabled} />
      ))}
      <h3 className={styles.heading}>Проблемы в данных ({recognition.problemCount})</h3>
      <ProblemsList problems={recognition.problems} total={recognition.problemCount} onSelect={onSelectCell} disabled={disabled} />
    </div>
  );
}

interface TableViewProps {
  table: TableRecognition;
  onPairBaseChange?: (pair: PairRecognition, base: string) => void;
  disabled?: boolean;
}

function TableView({ table: t, onPairBaseChange, disabled }: TableViewProps) {
  const styles = useStyles();
  const sheets = t.sheets.map((s) => `«${s}»`).join(', ');
  return (
    <section className={styles.table} aria-label={`Таблица на ${t.sheets.length > 1 ? 'листах' : 'листе'} ${sheets}`}>
      <h3 className={styles.heading}>
        {t.sheets.length > 1 ? 'Листы' : 'Лист'} {sheets}: {layoutName(t.layout)}
      </h3>
      {t.title && <Text className={styles.muted}>{t.title}</Text>}
      <Text>{recognitionHeadline(t)}.</Text>
      <Text>
        {t.entityLabel || capitalise(t.entity.plural)}: {namesList(t.entityNames, t.entityCount)}.
      </Text>
      <Accordion multiple collapsible>
        {t.criteria.length > 0 && (
          <AccordionItem value="criteria">
            <AccordionHeader>Критерии ({t.criteria.length})</AccordionHeader>
            <AccordionPanel>
              <ul className={styles.list}>
                {t.criteria.map((c) => (
                  <li key={c.label}>
                    {c.label} — {countText(c.indicatorCount, ['показатель', 'показателя', 'показателей'])}
                  </li>
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        )}
        <AccordionItem value="indicators">
          <AccordionHeader>Показатели ({t.indicatorCount})</AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list}>
              {t.indicators.map((ind) => (
                <li key={ind.id}>
                  {ind.name} <span className={styles.muted}>({indicatorKindName(ind.kind)})</span>
                </li>
              ))}
            </ul>
            {t.indicatorCount > t.indicators.length && <Text className={styles.muted}>и ещё {t.indicatorCount - t.indicators.length}</Text>}
          </AccordionPanel>
        </AccordionItem>
        {(t.layout === 'counts' || t.pairs.length > 0) && (
          <AccordionItem value="pairs">
            <AccordionHeader>Пары «количество — база» ({t.pairs.length})</AccordionHeader>
            <AccordionPanel>
              <PairsList pairs={t.pairs} countColumns={t.countColumns} onBaseChange={onPairBaseChange} disabled={disabled} />
            </AccordionPanel>
          </AccordionItem>
        )}
      </Accordion>
    </section>
  );
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
