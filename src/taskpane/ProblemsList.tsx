/**
 * Problems in the data, each naming its cell: activating one (click, Enter or Space — it is a
 * button) selects that cell in Excel. Problems without a cell are plain text.
 *
 * Example:
 *   <ProblemsList problems={recognition.problems} total={recognition.problemCount} onSelect={goToCell} />
 */

import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { splitAddress } from '../engine/address';
import type { Problem, Severity } from '../engine/problems';
import { countText, formatCount } from './format';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: { display: 'block' },
  button: {
    justifyContent: 'flex-start',
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    width: '100%',
    height: 'auto',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  plain: { display: 'block', padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}` },
  error: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  info: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightSemibold },
  more: { color: tokens.colorNeutralForeground3 },
});

const SEVERITY: Record<Severity, string> = { error: 'Ошибка', warning: 'Предупреждение', info: 'Сведения' };

export interface ProblemsListProps {
  problems: Problem[];
  total: number;
  onSelect: (address: string) => void;
  disabled?: boolean;
}

export function ProblemsList({ problems, total, onSelect, disabled }: ProblemsListProps) {
  const styles = useStyles();
  if (total === 0) return <Text>Проблем в данных не найдено.</Text>;
  return (
    <>
      <ul className={styles.list}>
        {problems.map((p, i) => {
          const where = placeOf(p.cell);
          const body = (
            <>
              <span className={styles[p.severity]}>{SEVERITY[p.severity]}</span>
              {where ? ` · ${where}` : ''} — {p.message}
            </>
          );
          return (
            <li key={i} className={styles.item}>
              {p.cell ? (
                <Button
                  className={styles.button}
                  appearance="subtle"
                  disabled={disabled}
                  title={`Перейти к ячейке ${where}`}
                  onClick={() => onSelect(p.cell!)}
                >
                  <span>{body}</span>
                </Button>
              ) : (
                <Text className={styles.plain}>{body}</Text>
              )}
            </li>
          );
        })}
      </ul>
      {total > problems.length && (
        <Text className={styles.more}>
          Показаны первые {formatCount(problems.length)} из {countText(total, ['проблемы', 'проблем', 'проблем'])}; полный список — на листе «Проверка данных» после расчёта.
        </Text>
      )}
    </>
  );
}

/** «лист «Мониторинг РМС», ячейка M8» for "'Мониторинг РМС'!M8". */
function placeOf(cell: string | null): string {
  if (!cell) return '';
  const { sheet, local } = splitAddress(cell);
  return sheet ? `${local} на листе «${sheet}»` : local;
}
