/**
 * The count/base pairs the reader found in a counts table, each with its reason
 * («по заголовку», «ближайший столбец «Всего» слева» …), so the user can check them — and
 * correct a base: a list of the table's count columns under each pair. A corrected pair is
 * sent to the engine as `options.pairs` and shows as «задано пользователем».
 *
 * Example:
 *   <PairsList pairs={table.pairs} countColumns={table.countColumns} onBaseChange={(pair, base) => …} />
 */

import { Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import type { PairRecognition, TableRecognition } from './summaryTypes';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  reason: { color: tokens.colorNeutralForeground3 },
  field: { maxWidth: '280px' },
});

export interface PairsListProps {
  pairs: TableRecognition['pairs'];
  countColumns?: TableRecognition['countColumns'];
  /** Called with the pair and the new base column letter; absent: the list is read-only. */
  onBaseChange?: (pair: PairRecognition, base: string) => void;
  disabled?: boolean;
}

export function PairsList({ pairs, countColumns = [], onBaseChange, disabled }: PairsListProps) {
  const styles = useStyles();
  if (pairs.length === 0) return <Text>Пар «количество — база» нет.</Text>;
  return (
    <ul className={styles.list}>
      {pairs.map((p, i) => {
        const bases = countColumns.filter((c) => c.column !== p.numeratorColumn);
        const editable = onBaseChange && p.numeratorColumn && p.baseColumn && bases.length > 1;
        return (
          <li key={i}>
            «{p.numerator}» из «{p.base}»{p.declared ? `, доля на листе — «${p.declared}»` : ''}{' '}
            <span className={styles.reason}>({p.manual ? 'задано пользователем' : p.reason})</span>
            {editable && (
              <Field className={styles.field} label={`База для «${p.numerator}»`} size="small">
                <Select value={p.baseColumn!} disabled={disabled} onChange={(_, d) => onBaseChange!(p, d.value)}>
                  {bases.map((c) => (
                    <option key={c.column} value={c.column}>
                      {c.column}: {c.header}
                    </option>
                  ))}
                </Select>
              </Field>
            )}
          </li>
        );
      })}
    </ul>
  );
}
