/**
 * A bare number in a percent column is ambiguous: is 0.86 a fraction (86 %) or a typo of
 * 0,86 %? Is 86 meant as 86 %? The cell's own number format decides when it is a percent
 * format (parseCell already turned 0.86 with '0%' into 86). For the rest the column decides,
 * all together: when every bare number lies within 0…1 they are fractions, otherwise they
 * are percent units. The user is told once, at the column's header cell, because the
 * guess may be wrong for a column such as «0,5 | 1 | 0,8» meant as tiny percents.
 *
 * Example:
 *   bare values [0.86, 1, 0.5]  → 'fraction' (read as 86, 100, 50)
 *   bare values [86, 100, 50]   → 'percent'  (read as 86, 100, 50)
 *   no bare values              → null       (nothing to warn about)
 */

import * as kinds from './columnCells';
import type { ColumnCells } from './columnCells';
import type { ProblemList } from '../problems';
import { formatNumber } from './cellMessages';

// Module-level copies: an imported binding is a property read on every use in the hot loops.
const K_NUMBER = kinds.K_NUMBER;


export type BareReading = 'fraction' | 'percent';

export function bareNumberReading(cells: ColumnCells): BareReading | null {
  let any = false;
  let allWithinOne = true;
  for (let i = 0; i < cells.kinds.length; i++) {
    if (cells.kinds[i] !== K_NUMBER) continue;
    any = true;
    const v = cells.values[i];
    if (v < 0 || v > 1) {
      allWithinOne = false;
      break;
    }
  }
  if (!any) return null;
  return allWithinOne ? 'fraction' : 'percent';
}

/** The first bare number of the column, quoted in the message so the user sees the reading. */
export function firstBareNumber(cells: ColumnCells): number | null {
  for (let i = 0; i < cells.kinds.length; i++) if (cells.kinds[i] === K_NUMBER) return cells.values[i];
  return null;
}

/** Russian text for the header cell, showing how the column's first bare number was read. */
export function bareNumberMessage(header: string, reading: BareReading, example: number | null = null, inRow = false): string {
  const where = inRow ? 'В строке' : 'В столбце';
  if (reading === 'fraction') {
    const shown = example === null ? '0,86 = 86 %' : `${formatNumber(example, 4)} = ${formatNumber(example * 100, 2)} %`;
    return `${where} «${header}» числа записаны без знака % и без процентного формата; все они не больше 1, поэтому прочитаны как доли единицы (${shown}) — проверьте формат ячеек.`;
  }
  const shown = example === null ? '86 = 86 %' : `${formatNumber(example, 4)} = ${formatNumber(example, 4)} %`;
  return `${where} «${header}» числа записаны без знака % и без процентного формата; они прочитаны как проценты (${shown}) — проверьте формат ячеек.`;
}

/**
 * Reports the reading at the header cell. Numbers above 1 under a header that itself says «%»
 * («Доля, %» with 90,5) are what districts usually type and cannot mean anything else: a note
 * (info). Every other reading is a guess the user should check: a warning.
 */
export function reportBareNumbers(problems: ProblemList, cell: string, sheet: string, header: string, reading: BareReading, example: number | null, inRow = false): void {
  const message = bareNumberMessage(header, reading, example, inRow);
  if (reading === 'percent' && header.includes('%')) problems.info(cell, sheet, 'percent-ambiguous', message);
  else problems.warning(cell, sheet, 'percent-ambiguous', message);
}
