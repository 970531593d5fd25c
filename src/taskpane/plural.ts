/**
 * Russian plural forms: «1 район, 2 района, 5 районов», «21 организация, 11 организаций».
 * A fractional number takes the genitive singular («2,5 района»).
 *
 * Example:
 *   pluralForm(3, ['район', 'района', 'районов'])  // → 'района'
 *   countText(101, ['район', 'района', 'районов']) // → '101 район'
 *   countText(12500, ['строка', 'строки', 'строк']) // → '12 500 строк'
 */

/** One / few (2–4) / many (5–20, 0) forms of a noun. */
export type PluralForms = readonly [one: string, few: string, many: string];

export function pluralForm(n: number, forms: PluralForms): string {
  const [one, few, many] = forms;
  if (!Number.isInteger(n)) return few;
  const abs = Math.abs(n);
  const mod10 = abs % 10;
  const mod100 = abs % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

/** The number as Russians write it (thin groups: «12 500», decimal comma) and the right form of the noun. */
export function countText(n: number, forms: PluralForms): string {
  return `${formatCount(n)} ${pluralForm(n, forms)}`;
}

/** «12 500», «2,5» — digits grouped by a no-break space from 10 000 up, as Russian typography does. */
export function formatCount(n: number): string {
  const [int, frac] = String(Math.abs(n)).split('.');
  const grouped = int.length > 4 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0') : int;
  return `${n < 0 ? '−' : ''}${grouped}${frac ? ',' + frac : ''}`;
}
