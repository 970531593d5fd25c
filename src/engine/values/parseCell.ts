/**
 * Reads one cell the way a methodologist reads it (METHODOLOGY §3): «да»/«нет» and their
 * variants, a dash meaning "absent" (as in Rosstat tables), missing-data markers, percents
 * written as numbers with a percent format or as text, decimal commas, spaces as thousands
 * separators, and a number followed by a comment.
 *
 * Internal convention: a percent is carried in percent units (86 % → 86), whether the cell
 * held 0.86 with a percent format or the text «86 %». Whether a bare number in a percent
 * column is a fraction or percent units is decided per column, not here (see percentColumn.ts).
 *
 * Example:
 *   parseCell('да')                       → { kind: 'yes', value: 1 }
 *   parseCell('—')                        → { kind: 'no', value: 0 }
 *   parseCell(0.86, '0%')                 → { kind: 'percent', value: 86 }
 *   parseCell('100% от 3-5 до 28 групп')  → { kind: 'percent', value: 100, ignoredText: 'от 3-5 до 28 групп' }
 *   parseCell('12 чел.')                  → { kind: 'number', value: 12 }  (a unit is no ignored text)
 *   parseCell('1 234,5')                  → { kind: 'number', value: 1234.5 }
 *   parseCell('н/д')                      → { kind: 'missing', value: null }
 */

import type { CellValue } from '../grid';
import { memoized } from '../memoized';

export type ParsedKind = 'yes' | 'no' | 'percent' | 'number' | 'missing' | 'empty' | 'text' | 'error';

export interface ParsedCell {
  kind: ParsedKind;
  /** yes → 1, no → 0, percent in percent units, number as is; null otherwise. */
  value: number | null;
  /** Text that followed the leading number or word and was ignored. */
  ignoredText?: string;
  /** The original text, for messages (trimmed). */
  text?: string;
}

const YES = new Set(['да', '+', '✓', '✔', '✅', 'есть', 'имеется', 'выполнено', 'выполнен', 'выполнена', 'true', 'истина', 'в наличии']);
const NO = new Set([
  'нет', '-', '−', '–', '—', '‒', '--', 'отсутствует', 'отсутствуют', 'не выполнено', 'не выполнен', 'не выполнена',
  'не имеется', 'false', 'ложь',
]);
const MISSING = new Set(['…', '...', '..', 'н/д', 'нд', 'н.д.', 'нет данных', 'x', 'х', 'X', 'Х', 'не применимо', 'неприменимо', '?']);

/** Words that, followed by more text, still answer yes/no: «да (2 программы)». */
const LEADING_YES = /^(да|есть|имеется)(?=[\s,.;:()!–—-]|$)/i;
const LEADING_NO = /^(нет|отсутствует)(?=[\s,.;:()!–—-]|$)/i;

/** A leading number: optional sign, digits with space/nbsp thousands groups, decimal comma or point. */
const LEADING_NUMBER = /^([-−–]?\s?(?:\d{1,3}(?:[ \u00A0\u202F]\d{3})+|\d+)(?:[.,]\d+)?)\s*(%?)/;

const EXCEL_ERROR = /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|ДЕЛ\/0!|ЗНАЧ!|ССЫЛКА!|ИМЯ\?|ЧИСЛО!|Н\/Д|ПУСТО!)/i;

/** True when an Excel number format displays the value as a percent (a % outside quotes). */
export function isPercentFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  let inQuotes = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === '\\') i++;
    else if (ch === '%' && !inQuotes) return true;
  }
  return false;
}

const UNIT = /^(чел|человек[а]?|ед|единиц[аы]?|шт|штук[аи]?|час(а|ов)?|ч|руб|рублей|тыс|г|год[а]?|лет|мес|месяц(а|ев)?|раз[а]?)\.?$/i;

function toNumber(s: string): number {
  return Number(s.replace(/[\s\u00A0\u202F]/g, '').replace(/[−–]/g, '-').replace(',', '.'));
}

/** Each distinct text read once (see parseCell); the readings are shared, so frozen. */
const readText = memoized((v: string): ParsedCell => Object.freeze(parseText(v)), 20_000);

export function parseCell(v: CellValue, format?: string | null): ParsedCell {
  if (v === null || v === undefined) return { kind: 'empty', value: null };
  if (typeof v === 'boolean') return v ? { kind: 'yes', value: 1 } : { kind: 'no', value: 0 };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { kind: 'error', value: null, text: String(v) };
    if (isPercentFormat(format)) return { kind: 'percent', value: v * 100 };
    return { kind: 'number', value: v };
  }
  // A text cell's reading depends on its text alone, and a matrix repeats «да» and «нет» in
  // most of its 180,000 cells: each distinct text is read once (the result is shared, frozen).
  return readText(v);
}

function parseText(v: string): ParsedCell {
  const text = v.replace(/[\u00A0\u202F]/g, ' ').trim();
  if (text === '') return { kind: 'empty', value: null };
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  if (EXCEL_ERROR.test(text)) return { kind: 'error', value: null, text };
  if (MISSING.has(lower) || MISSING.has(text)) return { kind: 'missing', value: null, text };
  if (YES.has(lower)) return { kind: 'yes', value: 1, text };
  if (NO.has(lower)) return { kind: 'no', value: 0, text };

  const num = LEADING_NUMBER.exec(text);
  if (num) {
    const value = toNumber(num[1]);
    const rest = text.slice(num[0].length).trim();
    if (Number.isFinite(value)) {
      const kind: ParsedKind = num[2] === '%' ? 'percent' : 'number';
      if (rest === '') return { kind, value, text };
      // "12 %" already consumed; a lone trailing "." of a numbering like "1." is not a comment.
      if (rest === '.' || rest === ')') return { kind, value, text };
      // A unit after a count («12 чел.», «5 ед.», «3 года») restates the column's unit: nothing
      // is lost, so nothing is reported (found by the third blind acceptance set).
      if (kind === 'number' && UNIT.test(rest)) return { kind, value, text };
      return { kind, value, text, ignoredText: rest };
    }
  }

  const yes = LEADING_YES.exec(lower);
  if (yes && !/частичн/.test(lower)) {
    return { kind: 'yes', value: 1, text, ignoredText: text.slice(yes[0].length).replace(/^[\s,.;:–—-]+/, '') };
  }
  const no = LEADING_NO.exec(lower);
  if (no && !/нет данных/.test(lower)) {
    return { kind: 'no', value: 0, text, ignoredText: text.slice(no[0].length).replace(/^[\s,.;:–—-]+/, '') };
  }
  return { kind: 'text', value: null, text };
}

/** Yes, no, percent or number: a cell that carries data. */
export function isDataKind(kind: ParsedKind): boolean {
  return kind === 'yes' || kind === 'no' || kind === 'percent' || kind === 'number';
}
