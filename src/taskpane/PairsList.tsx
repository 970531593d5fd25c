/**
 * The count/base pairs the reader found in a counts table, each with its reason
 * («по заголовку», «ближайший столбец «Всего» слева» …), so the user can check them.
 *
 * Example:
 *   <PairsList pairs={table.pairs} />
 */

import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { TableRecognition } from './summaryTypes';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  reason: { color: tokens.colorNeutralForeground3 },
});

export function PairsList({ pairs }: { pairs: TableRecognition['pairs'] }) {
  const styles = useStyles();
  if (pairs.length === 0) return <Text>Пар «количество — база» нет.</Text>;
  return (
    <ul className={styles.list}>
      {pairs.map((p, i) => (
        <li key={i}>
          «{p.numerator}» из «{p.base}»{p.declared ? `, доля на листе — «${p.declared}»` : ''}{' '}
          <span className={styles.reason}>({p.manual ? 'задано пользователем' : p.reason})</span>
        </li>
      ))}
    </ul>
  );
}
