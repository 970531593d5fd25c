/**
 * A competence-area column of a roster (METHODOLOGY §2 D, §6): its name, how it is scored
 * and, for points, the maximum. Recognised by the words diagnostics use for the areas
 * («предметные», «методические», «цифровые», «психолого-педагогические», «коммуникативные»,
 * «функциональная грамотность» …) or for a result («компетенц…», «балл», «%», «результат»).
 *
 *   - «балл» in the header, or a stated maximum («(макс. 20)», «из 20», «max 20») → points;
 *     the maximum from the header, or else the column's largest value (the reader warns);
 *   - «%», «процент», «доля» → percent;
 *   - otherwise the cells decide (a percent format or «72 %» → percent; bare numbers are read
 *     as percent, fractions when all are within 0…1, with the warning of the matrix reader).
 * A column of totals («Итоговый балл», «Средний результат», «Всего») is not an area: the
 * reader computes the teacher's mean itself.
 *
 * Example:
 *   areaColumn(8, 'Предметные компетенции (макс. 20)', 'Результаты диагностики')
 *   // → { col: 8, name: 'Предметные компетенции', header: 'Предметные компетенции (макс. 20)', kind: 'points', max: 20 }
 *   areaColumn(9, 'Методические, %', null) // → { col: 9, name: 'Методические', kind: 'percent', max: undefined, … }
 *   areaColumn(3, 'Итоговый балл', null)   // → null
 */

export interface AreaColumn {
  /** Grid-relative column. */
  col: number;
  /** Name shown to the user: the header without the unit and the maximum. */
  name: string;
  /** The header text as written (lowest header row). */
  header: string;
  /** 'percent' or 'points'; null when the cells must decide. */
  kind: 'percent' | 'points' | null;
  /** Points: the maximum stated in the header. */
  max?: number;
}

const AREA_WORDS =
  /предметн|методическ|цифров|информационн|икт|психолог|педагогическ|коммуникат|компетенц|грамотност|управленческ|оценочн|воспитат|инклюзив|проектн|исследовательск|регулятивн|языков|речев|профессиональн|диагностик|результат|балл|%|процент|уровень/;
const TOTAL_WORDS = /^(итог|итого|всего|сумм|общ(ий|ая|ее)\s+(балл|результат|процент|уровень)|средн(ий|ее|яя)\s+(балл|результат|процент|значение)|в среднем)/;
/** Columns that share an area word but hold no result: dates, categories, education («уровень образования»). */
const NOT_AREA = /^(дата|год(?![а-я])|срок|номер|телефон|e-?mail|примечан|комментар|категори|квалификационн|уровень\s+образовани|образовани)/;
const MAX_IN_HEADER = /(?:макс(?:имум|имальн\S*)?\.?|max|из)\s*[:=–-]?\s*(\d+(?:[.,]\d+)?)(?:\s*балл\S*)?/i;
const POINTS_WORDS = /балл/;
const PERCENT_WORDS = /%|процент|доля/;

function norm(s: string): string {
  return s.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

/** The header without «(макс. 20)», «, %», «(в баллах)» and trailing punctuation. */
export function areaName(header: string): string {
  let s = header.replace(/\([^()]*\)/g, ' ');
  s = s.replace(/,?\s*(в\s+)?(%|процентах|баллах|баллы|балл)\s*$/i, '');
  s = s.replace(MAX_IN_HEADER, ' ');
  s = s.replace(/\s+/g, ' ').replace(/[\s,.;:–-]+$/, '').trim();
  return s === '' ? header.trim() : s;
}

export function areaColumn(col: number, lower: string, upper: string | null): AreaColumn | null {
  const t = norm(lower);
  if (t === '' || /^[\d\s.,%]+$/.test(t)) return null;
  if (TOTAL_WORDS.test(t) || NOT_AREA.test(t)) return null;
  const u = upper ? norm(upper) : '';
  if (!AREA_WORDS.test(t) && !AREA_WORDS.test(u)) return null;
  const m = MAX_IN_HEADER.exec(lower) ?? (upper ? MAX_IN_HEADER.exec(upper) : null);
  const max = m ? Number(m[1].replace(',', '.')) : undefined;
  const both = `${t} ${u}`;
  let kind: AreaColumn['kind'] = null;
  if (POINTS_WORDS.test(t) || (max !== undefined && max > 0)) kind = 'points';
  else if (PERCENT_WORDS.test(t)) kind = 'percent';
  else if (POINTS_WORDS.test(u)) kind = 'points';
  else if (PERCENT_WORDS.test(both)) kind = 'percent';
  const out: AreaColumn = { col, name: areaName(lower), header: lower, kind };
  if (kind === 'points' && max !== undefined && max > 0) out.max = max;
  return out;
}
