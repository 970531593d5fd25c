/**
 * A total row («Итого», «Всего», «По району») declares sums; a district that typed a total by
 * hand or broke a formula gives a total that disagrees with its rows. Each count (and plain
 * number) column of a total row is compared with the sum of the entity rows it closes; a
 * difference is a warning 'declared-total-mismatch' with the total cell's address.
 * Averages («Среднее», «В среднем») are not sums and are not checked; neither is a column
 * where some entity of the sum has no data (the sum would be partial).
 *
 * Which rows a total closes: regional forms are often split into sections («Городские
 * округа», «Муниципальные районы»), each closed by its subtotal, with the regional total
 * under them all. So a total sums the entity rows between the previous total row and itself
 * (its section); when there are none (a total right under a subtotal, or above the table) or
 * they are all the rows of the sheet, it sums every entity row. A total that matches the sum
 * of all rows is accepted too — a layout the section rule misreads must not raise a false
 * alarm.
 *
 * Example:
 *   Кировский 40 | Тосненский 52 | Итого 90   → warning at the «90» cell: the rows sum to 92
 *   Северск 20 | Озёрск 10 | Итого по городским округам 30 | Каргасок 12 | Итого по районам 12
 *     | Итого по области 42                    → no warning: each total matches its rows
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
import { columnLetter } from '../address';

export interface TotalsColumn {
  col: number;
  header: string;
  values: ColumnValues;
}

/** The [from, to) slice of entity rows a total closes: its section, or the whole sheet. */
function closedRows(rows: RowRef[], start: number, end: number, total: RowRef, previousTotalRow: number): [number, number] {
  let from = start;
  while (from < end && rows[from].row < previousTotalRow) from++;
  let to = from;
  while (to < end && rows[to].row < total.row) to++;
  if (to === from || (from === start && to === end)) return [start, end];
  return [from, to];
}

/** Sum of a column over rows [from, to), or null when a row has no number. */
function columnSum(values: ColumnValues, from: number, to: number): number | null {
  let sum = 0;
  for (let i = from; i < to; i++) {
    if (values.states[i] !== S_OK) return null;
    sum += values.values[i];
  }
  return sum;
}

function agrees(sum: number, declared: number): boolean {
  return Math.abs(sum - declared) <= 1e-6 * Math.max(1, Math.abs(sum));
}

/**
 * @param rows all entity rows of the table, each sheet's in row order
 * @param ranges for each sheet: its total rows and the [start, end) slice of `rows` it owns
 */
export function checkDeclaredTotals(
  columns: TotalsColumn[],
  rows: RowRef[],
  ranges: { totals: RowRef[]; start: number; end: number }[],
  problems: ProblemList,
): void {
  for (const range of ranges) {
    if (range.end === range.start) continue;
    const totals = [...range.totals].sort((a, b) => a.row - b.row);
    let previousTotalRow = -1;
    for (const total of totals) {
      const [from, to] = closedRows(rows, range.start, range.end, total, previousTotalRow);
      previousTotalRow = total.row;
      if (isMeanTotalName(total.name)) continue;
      for (const col of columns) {
        const raw = total.view.value(total.row, col.col);
        const p = parseCell(raw, total.view.format(total.row, col.col));
        if (p.kind !== 'number' || p.value === null) continue;
        const sum = columnSum(col.values, from, to);
        if (sum === null || agrees(sum, p.value)) continue;
        const all = from === range.start && to === range.end ? sum : columnSum(col.values, range.start, range.end);
        if (all !== null && agrees(all, p.value)) continue;
        problems.warning(
          total.view.address(total.row, col.col),
          total.view.name,
          'declared-total-mismatch',
          `В строке «${total.name}» по столбцу «${col.header}» указано ${shownValue(raw, total.view.format(total.row, col.col))}, а сумма ${rowSpan(rows[from], rows[to - 1])} равна ${formatNumber(sum, 6)}.`,
        );
      }
    }
  }
}

/**
 * The lines summed, so the user sees which rows were meant: «по строкам 9–10», or for a
 * transposed table (entities in columns) «по столбцам C–D».
 */
function rowSpan(first: RowRef, last: RowRef): string {
  const a = first.view.rowLineIndex(first.row);
  const b = last.view.rowLineIndex(last.row);
  if (first.view.transposed) return a === b ? `по столбцу ${columnLetter(a)}` : `по столбцам ${columnLetter(a)}–${columnLetter(b)}`;
  return a === b ? `по строке ${a + 1}` : `по строкам ${a + 1}–${b + 1}`;
}
