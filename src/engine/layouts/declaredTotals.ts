/**
 * A total row («Итого», «Всего», «По району») declares sums; a district that typed a total by
 * hand or broke a formula gives a total that disagrees with its rows. Each count (and plain
 * number) column of a total row is compared with the sum of the entity rows of the same
 * sheet; a difference is a warning 'declared-total-mismatch' with the total cell's address.
 * Averages («Среднее», «В среднем») are not sums and are not checked; neither is a column
 * where some entity has no data (the sum would be partial).
 *
 * Example:
 *   Кировский 40 | Тосненский 52 | Итого 90   → warning at the «90» cell: the rows sum to 92
 */

import type { ProblemList } from '../problems';
import { parseCell } from '../values/parseCell';
import * as cellState from '../values/cellState';

// Module-level copies: an imported binding is a property read on every use in the hot loops.
const S_OK = cellState.S_OK;
import type { RowRef } from './entityRows';
import type { ColumnValues } from './columnValues';
import { isMeanTotalName } from './vocabulary';
import { formatNumber, shownValue } from './cellMessages';

export interface TotalsColumn {
  col: number;
  header: string;
  values: ColumnValues;
}

/**
 * @param rows all entity rows of the table
 * @param ranges for each sheet: its total rows and the [start, end) slice of `rows` it owns
 */
export function checkDeclaredTotals(
  columns: TotalsColumn[],
  ranges: { totals: RowRef[]; start: number; end: number }[],
  problems: ProblemList,
): void {
  for (const range of ranges) {
    for (const total of range.totals) {
      if (isMeanTotalName(total.name)) continue;
      for (const col of columns) {
        const raw = total.view.value(total.row, col.col);
        const p = parseCell(raw, total.view.format(total.row, col.col));
        if (p.kind !== 'number' || p.value === null) continue;
        let sum = 0;
        let complete = true;
        for (let i = range.start; i < range.end; i++) {
          if (col.values.states[i] !== S_OK) {
            complete = false;
            break;
          }
          sum += col.values.values[i];
        }
        if (!complete || range.end === range.start) continue;
        if (Math.abs(sum - p.value) > 1e-6 * Math.max(1, Math.abs(sum))) {
          problems.warning(
            total.view.address(total.row, col.col),
            total.view.name,
            'declared-total-mismatch',
            `В строке «${total.name}» по столбцу «${col.header}» указано ${shownValue(raw, total.view.format(total.row, col.col))}, а сумма по строкам равна ${formatNumber(sum, 6)}.`,
          );
        }
      }
    }
  }
}
