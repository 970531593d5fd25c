/**
 * One exceljs cell → what the engine's grid holds: a plain value (rich text joined, hyperlink
 * → its text, a date → its Excel serial number, an error → its text such as '#DIV/0!'), the
 * formula text with '=' (shared formulas translated to the cell) whose cached result is the
 * value, and the number format.
 *
 * Example:
 *   cell.value = { formula: 'B2*2', result: 8 }  → { value: 8, formula: '=B2*2', format: null }
 *   cell.value = new Date(Date.UTC(2024, 0, 15)) with numFmt 'dd.mm.yyyy' → { value: 45306, format: 'dd.mm.yyyy' }
 */

import type ExcelJS from 'exceljs';
import type { CellValue } from '../../src/engine/grid';

export interface GridCell {
  value: CellValue;
  formula: string | null;
  format: string | null;
}

const MS_PER_DAY = 24 * 3600 * 1000;

/** A JS date (as exceljs returns it, UTC-based) → Excel serial number. */
export function dateToSerial(d: Date, date1904 = false): number {
  const serial = 25569 + d.getTime() / MS_PER_DAY - (date1904 ? 1462 : 0);
  // exceljs rounds to milliseconds; undo the floating-point noise of the division.
  return Math.round(serial * 1e9) / 1e9;
}

function richTextToString(rt: { richText?: { text?: string }[] }): string {
  return (rt.richText ?? []).map((r) => r.text ?? '').join('');
}

/** Any exceljs value (or formula result) → a grid value. */
export function plainValue(v: unknown, date1904 = false): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dateToSerial(v, date1904);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.error === 'string') return o.error;
    if (Array.isArray(o.richText)) return richTextToString(o as { richText: { text?: string }[] });
    if ('text' in o && 'hyperlink' in o) {
      const t = o.text;
      return typeof t === 'string' ? t : t && typeof t === 'object' ? plainValue(t, date1904) : null;
    }
    if ('formula' in o || 'sharedFormula' in o) return plainValue(o.result, date1904);
    if ('result' in o) return plainValue(o.result, date1904);
  }
  return String(v);
}

export function cellValueFromExcel(cell: ExcelJS.Cell, date1904 = false): GridCell {
  const fmt = cell.numFmt;
  const format = typeof fmt === 'string' && fmt !== '' && fmt !== 'General' ? fmt : null;
  const v = cell.value as unknown;
  // A merged cell other than the top-left one: exceljs shows the master's value; the grid holds null.
  if (cell.isMerged && cell.master !== cell) return { value: null, formula: null, format };
  if (v !== null && typeof v === 'object' && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v)) {
    const text = cell.formula;
    const result = (v as { result?: unknown }).result;
    return {
      value: plainValue(result, date1904),
      formula: text ? `=${text}` : null,
      format: format ?? (result instanceof Date ? 'yyyy-mm-dd' : null),
    };
  }
  return { value: plainValue(v, date1904), formula: null, format: format ?? (v instanceof Date ? 'yyyy-mm-dd' : null) };
}
