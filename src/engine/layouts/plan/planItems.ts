/**
 * The items of a plan table below its header: one item per row with a measure, continuation
 * rows (no measure, but a responsible or a result — a long cell the user split over rows)
 * joined to the item above, section rows (one text merged across the table) and notes below
 * the table skipped.
 *
 * Each item is checked as §5 «Меры» checks a measure — present, dates stated, responsible
 * stated — and its result is read: done when the result cell holds anything but a refusal
 * («нет», «не выполнено», «—»); «в процессе», «частично», «перенесено» are not done yet.
 * With no «Сроки» column, dates count when the measure or result text names a month, a year
 * or a date (seed 001 writes «февраль–март 2019 года» into the result).
 *
 * Example (seed 001, row «4. Представить концепцию на Общественном совете | КОПО … | (empty)»):
 *   → { number: '4.', measure: 'Представить концепцию …', responsible: true, dates: false, result: 'missing' }
 */

import type { CellValue, SheetGrid } from '../../grid';
import type { PlanColumns } from './planHeader';
import { parseCell } from '../../values/parseCell';

export type ResultState = 'done' | 'missing' | 'not-done' | 'in-progress';

export interface PlanItem {
  /** Grid-relative row of the item's first row. */
  row: number;
  number: string | null;
  measure: string;
  dates: string;
  responsible: string;
  result: string;
  /** Grid-relative row holding the result (the item's row, or a continuation row). */
  resultRow: number;
  resultRaw: CellValue;
  hasDates: boolean;
  hasResponsible: boolean;
  state: ResultState;
}

const MONTH = /(январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|квартал|полугоди|в течение|ежемесячн|ежегодн|еженедельн|постоянно)/i;
const DATE = /(\b(19|20)\d{2}\b|\d{1,2}\.\d{1,2}\.\d{2,4})/;
const REFUSAL = /^(нет|не\s+(выполнен|проведен|реализован|сделан|создан|разработан)|отсутству|-|—|–|−)/i;
const PENDING = /^(в\s+процессе|в\s+работе|частично|выполняется|проводится|перенесен|на\s+стадии)/i;
const NOTE = /^(примечани|\*|итого|всего)/i;

function text(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  return String(v).replace(/\s+/g, ' ').trim();
}

/** «—», «нет», or a missing-data marker («н/д», «нет данных», «х»): the column says nothing was given. */
function isDash(s: string): boolean {
  return /^[-—–−]+$/.test(s) || /^нет$/i.test(s) || parseCell(s).kind === 'missing';
}

function resultState(s: string): ResultState {
  if (s === '' || parseCell(s).kind === 'missing') return 'missing';
  if (REFUSAL.test(s)) return 'not-done';
  if (PENDING.test(s)) return 'in-progress';
  return 'done';
}

function mergedAcross(sheet: SheetGrid, r: number, cols: PlanColumns): boolean {
  const row = sheet.startRow + r;
  const first = sheet.startCol + Math.min(cols.measure, cols.number ?? cols.measure);
  return (sheet.merges ?? []).some((m) => m.top <= row && m.bottom >= row && m.left <= first && m.right - m.left >= 2);
}

export function readPlanItems(sheet: SheetGrid, cols: PlanColumns): PlanItem[] {
  const items: PlanItem[] = [];
  const get = (r: number, c: number | null) => (c === null ? '' : text(sheet.values[r]?.[c]));
  for (let r = cols.row + 1; r < sheet.values.length; r++) {
    const measure = get(r, cols.measure);
    const number = get(r, cols.number);
    const dates = get(r, cols.dates);
    const responsible = get(r, cols.responsible);
    const result = get(r, cols.result);
    if (measure === '' && dates === '' && responsible === '' && result === '') continue;
    // A row of column numbers under the header («1 | 2 | 3 | 4»).
    if (/^\d+$/.test(measure) && (result === '' || /^\d+$/.test(result)) && (responsible === '' || /^\d+$/.test(responsible))) continue;
    if (measure !== '' && NOTE.test(measure) && number === '') break;
    if (measure === '') {
      const last = items[items.length - 1];
      if (!last) continue;
      if (dates !== '') last.dates = `${last.dates} ${dates}`.trim();
      if (responsible !== '') last.responsible = `${last.responsible} ${responsible}`.trim();
      if (result !== '') {
        if (last.result === '') {
          last.resultRow = r;
          last.resultRaw = sheet.values[r]?.[cols.result!] ?? null;
        }
        last.result = `${last.result} ${result}`.trim();
      }
      continue;
    }
    // A section heading: text merged across the table, nothing in the other columns.
    if (dates === '' && responsible === '' && result === '' && mergedAcross(sheet, r, cols)) continue;
    items.push({
      row: r,
      number: number !== '' ? number : null,
      measure,
      dates,
      responsible,
      result,
      resultRow: r,
      resultRaw: cols.result === null ? null : sheet.values[r]?.[cols.result] ?? null,
      hasDates: false,
      hasResponsible: false,
      state: 'missing',
    });
  }
  for (const it of items) {
    it.hasResponsible = it.responsible !== '' && !isDash(it.responsible);
    it.hasDates = cols.dates !== null
      ? it.dates !== '' && !isDash(it.dates)
      : MONTH.test(it.measure) || DATE.test(it.measure) || MONTH.test(it.result) || DATE.test(it.result);
    it.state = resultState(it.result);
  }
  return items;
}
