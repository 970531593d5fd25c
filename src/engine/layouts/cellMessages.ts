/**
 * How a cell's value is quoted back to the user in a message: the way Excel shows it
 * (a decimal comma, a percent-formatted 0.86 as «86%»), so the user recognises the cell.
 * Plus the one-sentence Russian messages about cells that are shared by several readers.
 *
 * Example:
 *   shownValue(0.86, '0%')   // → '86%'
 *   shownValue(12.5, null)   // → '12,5'
 *   formatPercent(70.65217391304348) // → '70,65 %'
 */

import type { CellValue } from '../grid';
import { isPercentFormat } from '../values/parseCell';
import { excelDateText, isDateFormat } from '../values/excelDate';

/** A number the Russian way, up to `digits` decimals, no trailing zeros. */
export function formatNumber(x: number, digits = 2): string {
  const s = Number.isInteger(x) ? String(x) : String(Number(x.toFixed(digits)));
  return s.replace('.', ',').replace('-', '−');
}

export function formatPercent(x: number, digits = 2): string {
  return `${formatNumber(x, digits)} %`;
}

export function shownValue(v: CellValue, format: string | null): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') {
    if (isPercentFormat(format)) return `${formatNumber(v * 100, 4)}%`;
    if (isDateFormat(format)) return excelDateText(v, format);
    // A typed number is shown as typed; a computed one (a formula's result such as
    // −2,083333333333333) is cut to what a person reads — six significant decimals at most.
    return Number.isInteger(v) || String(v).length <= 12 ? String(v).replace('.', ',') : formatNumber(v, 6);
  }
  if (typeof v === 'boolean') return v ? 'ИСТИНА' : 'ЛОЖЬ';
  return v.replace(/\s+/g, ' ').trim();
}

export const NOT_COUNTED = 'ячейка не учтена в расчётах.';
