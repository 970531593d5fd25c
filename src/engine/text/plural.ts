/**
 * Russian plural forms: the noun after a number agrees with the number's last digits
 * (1 район, 2 района, 5 районов, 11 районов, 21 район, 22 района). A fractional number takes
 * the genitive singular (2,5 района), as in «2,5 процента».
 *
 * This is the one plural helper of the project: the note, the pane and the command line
 * should all import it, so that a form fixed here is fixed everywhere.
 *
 * Example:
 *   pluralRu(5, ['район', 'района', 'районов'])   // → 'районов'
 *   countRu(21, ['район', 'района', 'районов'])   // → '21 район'
 */

/** Forms for 1, 2–4 and 5–20 (nominative singular, genitive singular, genitive plural). */
export type PluralForms = readonly [one: string, few: string, many: string];

export function pluralRu(n: number, forms: PluralForms): string {
  if (!Number.isFinite(n)) return forms[2];
  if (!Number.isInteger(n)) return forms[1];
  const abs = Math.abs(n);
  const d100 = abs % 100;
  const d10 = abs % 10;
  // 11–14 are "teens": always the many-form, whatever the last digit.
  if (d100 >= 11 && d100 <= 14) return forms[2];
  if (d10 === 1) return forms[0];
  if (d10 >= 2 && d10 <= 4) return forms[1];
  return forms[2];
}

/** The number and its noun: «5 районов», «2,5 процента» (decimal comma). */
export function countRu(n: number, forms: PluralForms): string {
  const shown = Number.isInteger(n) ? String(n) : String(n).replace('.', ',');
  return `${shown} ${pluralRu(n, forms)}`;
}

/**
 * A verb agreeing with a number: the singular after 1, 21, 101 …, the plural otherwise
 * («достигает 1 показатель», «достигают 5 показателей»).
 */
export function verbRu(n: number, singular: string, plural: string): string {
  return Number.isInteger(n) && Math.abs(n) % 10 === 1 && Math.abs(n) % 100 !== 11 ? singular : plural;
}
