/**
 * The words by which a methodologist's table tells its parts apart: total rows, notes,
 * criterion headers, indicator numbers, the header of the entity column. Kept in one place
 * so a new wording seen in a district's form is added once.
 *
 * Example:
 *   isTotalName('Итого по региону')         // → true  (not an entity)
 *   isTotalName('Всеволожский район')       // → false (starts with «Все», but is a name)
 *   indicatorIdOf('2.1 Доля педагогов с ИППР, %') // → '2.1'
 *   criterionIdOf('Критерий 1. Системность методической работы') // → '1'
 *   isNoteText('Примечание: данные на 01.09') // → true (ends the table)
 */

import type { CellValue } from '../grid';

/** Cell text for headers and names: trimmed, inner whitespace (incl. line breaks) collapsed. */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'ИСТИНА' : 'ЛОЖЬ';
  // Most names need nothing; test before allocating a new string.
  if (!/[\t\n\r\u00A0\u202F]|\s\s|^\s|\s$/.test(v)) return v;
  return v.replace(/[\s\u00A0\u202F]+/g, ' ').trim();
}

// A total row. The negative look-ahead keeps «Всеволожский», «Итоговый …» and the like as names.
const TOTAL = /^(итого|итог|всего|в целом|в среднем|среднее|средний|средн\.|сумма|по району|по региону|по области|по краю|по республике|по округу|по городу|по муниципалитету|по мо|по субъекту|регион в целом|total)(?![а-яёa-z])/i;
/** Totals that are averages, not sums: their counts are not compared with the sum of the rows. */
const MEAN_TOTAL = /^(в среднем|среднее|средний|средн\.)/i;

export function isTotalName(name: string): boolean {
  return TOTAL.test(name.trim());
}

export function isMeanTotalName(name: string): boolean {
  return MEAN_TOTAL.test(name.trim());
}

// A note under the table ends it.
const NOTE = /^(примечани|прим\.|\*|¹|источник|пояснени|комментари|исполнитель|ответственный исполнитель|составил|подпись|дата заполнения|руководитель\s*[:_]|м\.п\.|справочно|для справки|справка\s*:)/i;

export function isNoteText(text: string): boolean {
  return NOTE.test(text.trim());
}

/** Long free text in a row of its own reads as a note rather than a name. */
export const NOTE_MIN_LENGTH = 80;

// Header of the entity column; a row whose first name is one of these is a header row.
const ENTITY_HEADER = /^(№\s*)?(мо|моуо|ммс|рмс|оо|оу|доо|уо|наименование( [а-яё]+)*|название( [а-яё]+)*|муниципальн[а-яё]* (образовани|район|округ|служб)[а-яё]*( \/ [а-яё ]+)?|муниципалитет[а-яё]*|территори[а-яё]*|район[а-яё]*|город[а-яё]*|организаци[а-яё]*|образовательн[а-яё]* организаци[а-яё]*|учреждени[а-яё]*|субъект[а-яё]*( рф)?|объект[а-яё]*|школ[а-яё]*|ф\.?и\.?о\.?|показател[а-яё]*|критери[а-яё]*|наименование показателя)[.:]?$/i;

export function isEntityHeaderText(text: string): boolean {
  return ENTITY_HEADER.test(text.trim());
}

// The entity column of a transposed table names indicators, not entities.
const INDICATOR_COLUMN_HEADER = /(показател|критери|индикатор|параметр|форм[аы]\b|направлени)/i;

export function isIndicatorColumnHeader(text: string): boolean {
  return INDICATOR_COLUMN_HEADER.test(text);
}

// «1.1», «2.3.», «Показатель 1.2», «п. 3.1»: the number of an indicator.
const INDICATOR_ID = /^(?:показатель|п\.|пункт)?\s*(\d{1,2}(?:\.\d{1,2}){1,3})\.?(?=[\s).:,–—-]|$)/i;

export function indicatorIdOf(text: string): string | null {
  const t = text.trim();
  // Only a digit or «п»/«П» can begin one: other names (every school of a long form) are
  // turned down without the regex.
  const c = t.charCodeAt(0);
  if (!((c >= 48 && c <= 57) || c === 0x43f || c === 0x41f)) return null;
  const m = INDICATOR_ID.exec(t);
  return m ? m[1] : null;
}

/** A cell that holds only an indicator number ('1.1', '2.3.'). */
export function isBareIndicatorId(text: string): boolean {
  return /^\d{1,2}(\.\d{1,2}){1,3}\.?$/.test(text.trim());
}

// «Критерий 1. …», «Раздел 2», «Блок 3», «1. Системность …», «I. …».
const CRITERION_WORD = /^(критери[йяи]|раздел|блок|направление|группа показателей)\s*(№\s*)?(\d+|[IVX]+)?/i;
// «2.Поддержка обновления …» (seed 003) has no space after the number, but a capital letter.
const NUMBERED_HEADING = /^(\d{1,2}|[IVX]{1,4})[.)](\s+[А-ЯЁA-Zа-яё]|[А-ЯЁA-Z][а-яёa-z])/;

export function isCriterionText(text: string): boolean {
  const t = text.trim();
  return CRITERION_WORD.test(t) || NUMBERED_HEADING.test(t);
}

/** Short id of a criterion label: 'Критерий 1. …' → '1', '2. Поддержка …' → '2'; null otherwise. */
export function criterionIdOf(text: string): string | null {
  const t = text.trim();
  const w = CRITERION_WORD.exec(t);
  if (w && w[3]) return w[3];
  const n = /^(\d{1,2}|[IVX]{1,4})[.)]\s/.exec(t);
  return n ? n[1] : null;
}

// Header words of the numbering column.
const NUMBERING_HEADER = /^(№|n|no\.?|№\s*п\s*\/\s*п|п\s*\/\s*п|номер)$/i;

export function isNumberingHeader(text: string): boolean {
  return NUMBERING_HEADER.test(text.trim());
}

// A generic name for the single result column of a region-wide table.
const RESULT_HEADER = /^(результат[а-яё]*|значени[а-яё]*|итог[а-яё]*|данные|показатель|%|доля|уровень|выполнени[а-яё]*|факт|в целом)/i;

export function isResultHeader(text: string): boolean {
  return RESULT_HEADER.test(text.trim());
}

/** Unit rows at the bottom of a header («%», «да/нет», «чел.») name no indicator by themselves. */
const UNIT = /^(%|в %|да\s*\/\s*нет|чел\.?|человек|ед\.?|единиц|абс\.?|кол-во|шт\.?|балл(ы|ов)?)$/i;

export function isUnitText(text: string): boolean {
  return UNIT.test(text.trim());
}
