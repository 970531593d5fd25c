/**
 * Numbers as the pane shows them: a percentage 0–100 with one decimal and a comma; a count
 * with its digits grouped and its noun in the form the engine's `pluralRu` chooses (the one
 * plural rule of the project, src/engine/text/plural.ts — the pane only adds the grouping).
 *
 * Example:
 *   formatPercent(70.652)                         // → '70,7 %'
 *   formatPercent(100)                            // → '100 %'
 *   formatPercent(null)                           // → 'нет данных'
 *   countText(12500, ['строка', 'строки', 'строк']) // → '12 500 строк'
 *   countText(2.5, ['район', 'района', 'районов'])  // → '2,5 района'
 */

import { pluralRu, type PluralForms } from '../engine/text/plural';

export function formatPercent(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return 'нет данных';
  const rounded = Math.round(x * 10) / 10;
  const text = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1).replace('.', ',');
  return `${text} %`;
}

/** The number as Russians write it and the noun agreeing with it: «101 район», «12 500 строк». */
export function countText(n: number, forms: PluralForms): string {
  return `${formatCount(n)} ${pluralRu(n, forms)}`;
}

/** «12 500», «2,5» — digits grouped by a no-break space from 10 000 up, as Russian typography does. */
export function formatCount(n: number): string {
  const [int, frac] = String(Math.abs(n)).split('.');
  const grouped = int.length > 4 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0') : int;
  return `${n < 0 ? '−' : ''}${grouped}${frac ? ',' + frac : ''}`;
}
