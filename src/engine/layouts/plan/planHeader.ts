/**
 * Recognises the header of a plan / measures table (METHODOLOGY §2 E; seed 001 «№ |
 * Мероприятие | Ответственный | Результат», seed 004 «Мероприятие/мера | Сроки реализации |
 * Ответственные/участники»): a row, among the first 15 of a sheet, with a measure column and at
 * least two of «Сроки», «Ответственный», «Результат». Headers are compared from their start,
 * so an indicator such as «3.2. Наличие плана мероприятий» in a matrix is not a measure column.
 *
 * Example:
 *   findPlanHeader(sheet) // → { row: 1, number: 0, measure: 1, dates: null, responsible: 2, result: 3 }
 */

import type { SheetGrid } from '../../grid';

export interface PlanColumns {
  /** Grid-relative row of the header. */
  row: number;
  number: number | null;
  measure: number;
  dates: number | null;
  responsible: number | null;
  result: number | null;
  /** Header texts as written, by column. */
  headers: Record<number, string>;
}

const MEASURE = /^(наименование\s+|пример\s+|содержание\s+)?(мероприяти|мер[аы]?(\s|\/|$)|работ[аы]?(\s|$))/;
const DATES = /^(срок|дата|период\s+(проведения|исполнения|реализации)|время\s+проведения)/;
const RESPONSIBLE = /^(ответствен|исполнител)/;
const RESULT = /^(результат|отметка\s+о\s+выполнении|информация\s+о\s+выполнении|выполнени|итог)/;
const NUMBER = /^№|^n\s*п\/п|^номер/;

function norm(v: unknown): string {
  return typeof v === 'string' ? v.replace(/\s+/g, ' ').trim().toLowerCase().replace(/ё/g, 'е') : '';
}

export function findPlanHeader(sheet: SheetGrid): PlanColumns | null {
  const rows = Math.min(15, sheet.values.length);
  for (let r = 0; r < rows; r++) {
    const row = sheet.values[r] ?? [];
    const found: Omit<PlanColumns, 'row' | 'headers' | 'measure'> & { measure: number | null } = {
      number: null,
      measure: null,
      dates: null,
      responsible: null,
      result: null,
    };
    const headers: Record<number, string> = {};
    row.forEach((v, c) => {
      const t = norm(v);
      if (t === '') return;
      headers[c] = String(v).replace(/\s+/g, ' ').trim();
      if (found.number === null && NUMBER.test(t)) found.number = c;
      else if (found.measure === null && MEASURE.test(t)) found.measure = c;
      else if (found.dates === null && DATES.test(t)) found.dates = c;
      else if (found.responsible === null && RESPONSIBLE.test(t)) found.responsible = c;
      else if (found.result === null && RESULT.test(t)) found.result = c;
    });
    const roles = [found.dates, found.responsible, found.result].filter((x) => x !== null).length;
    if (found.measure !== null && roles >= 2) return { ...found, measure: found.measure, row: r, headers };
  }
  return null;
}
