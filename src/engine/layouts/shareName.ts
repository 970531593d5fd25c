/**
 * The name a count/base pair goes by. A form that declares the share in a column of its own
 * names it there («Доля педагогов в возрасте до 35 лет, %»), and that is the name a committee
 * expects — not the numerator's «из них в возрасте до 35 лет, чел.» (blind set 7, wording 3).
 * Without such a column, or when its header is not a share's name, the numerator names the pair
 * as the user wrote it (the summary and the note leave out its unit when they show it).
 *
 * Example:
 *   shareName('из них в возрасте до 35 лет, чел.', 'Доля педагогов в возрасте до 35 лет, %')
 *   // → 'Доля педагогов в возрасте до 35 лет'
 *   shareName('из них молодых педагогов', 'в %')   // → 'из них молодых педагогов'
 *   shareName('всего, чел.', 'доля от общего числа педагогов, %') // → 'всего, чел.' (a sub-column)
 *   shareName('из них молодых педагогов', null)    // → 'из них молодых педагогов'
 */

/** A header that names a share: «Доля …», «Удельный вес …», «Процент …», «Охват … (%)». */
const SHARE_NAME = /^(доля|удельн\S*\s+вес|процент|охват)(?=\s|$)/i;

/** «…, чел.», «…, %», «… (%)», «…, в %», «…, ед.»: a unit at the end of a header. */
const UNIT_AT_END = /(,\s*|\s+)(\(?\s*(в\s*)?%\s*\)?|чел\.?|ед\.?|шт\.?)\s*$/i;

export function withoutUnit(header: string): string {
  const t = header.replace(/\s+/g, ' ').trim();
  const cut = t.replace(UNIT_AT_END, '').trim();
  return cut === '' ? t : cut;
}

export function shareName(numeratorName: string, declaredName: string | null): string {
  const declared = declaredName === null ? '' : withoutUnit(declaredName);
  // A lower-case header («доля от общего числа педагогов, %» under «Прошли КПК») continues the
  // group above it and says nothing alone.
  if (SHARE_NAME.test(declared) && /^[А-ЯЁ]/.test(declared) && declared.split(' ').length >= 2) return declared;
  return numeratorName;
}
