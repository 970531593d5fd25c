/**
 * Reading cells of a SheetGrid for the points readers: grid-relative coordinates in, sheet
 * addresses out, and merged areas seen the way a reader sees them (a header merged over three
 * columns names all three, although Excel stores the text only in the top-left cell).
 *
 * Example (a sheet starting at A1 with «Мониторинг» merged over B1:D1):
 *   mergedValue(sheet, 0, 2)          → 'Мониторинг'
 *   sourceCell(sheet, 4, 2).address   → 'Лист1!C5'
 */

import { valueAt, formatAt, formulaAt, isEmptyValue, type CellValue, type SheetGrid } from '../grid';
import { cellAddress } from '../address';
import type { SourceCell } from './sheetReading';

/** Value of a cell, or of the top-left cell of the merged area that covers it. */
export function mergedValue(sheet: SheetGrid, r: number, c: number): CellValue {
  const v = valueAt(sheet, r, c);
  if (!isEmptyValue(v) || !sheet.merges) return v;
  const sr = sheet.startRow + r;
  const sc = sheet.startCol + c;
  for (const m of sheet.merges) {
    if (sr >= m.top && sr <= m.bottom && sc >= m.left && sc <= m.right) {
      return valueAt(sheet, m.top - sheet.startRow, m.left - sheet.startCol);
    }
  }
  return v;
}

/** Text of a value, spaces collapsed; '' for empty and for numbers/booleans when `onlyStrings`. */
export function textOf(v: CellValue, onlyStrings = false): string {
  if (v === null || v === undefined) return '';
  if (onlyStrings && typeof v !== 'string') return '';
  return String(v).replace(/[\s\u00A0]+/g, ' ').trim();
}

/** Three letters anywhere (a test, not a match: no array of every letter per cell). */
const THREE_LETTERS = /[A-Za-zА-Яа-яЁё](?:[^A-Za-zА-Яа-яЁё]*[A-Za-zА-Яа-яЁё]){2}/;

/** A label: a string with at least three letters (not a number, not «да»). */
export function isLabelText(v: CellValue): boolean {
  return typeof v === 'string' && THREE_LETTERS.test(v);
}

export function addressOf(sheet: SheetGrid, r: number, c: number): string {
  return cellAddress(sheet.name, sheet.startRow + r, sheet.startCol + c);
}

export function sourceCell(sheet: SheetGrid, r: number, c: number): SourceCell {
  return {
    raw: valueAt(sheet, r, c),
    format: formatAt(sheet, r, c),
    formula: formulaAt(sheet, r, c) !== null,
    address: addressOf(sheet, r, c),
    sheet: sheet.name,
    row: sheet.startRow + r,
    col: sheet.startCol + c,
  };
}

/** «всего», «итого», «сумма баллов», «всего баллов», «итог»: a declared total. */
export function isTotalLabel(text: string): boolean {
  return /^(всего|итого|итог|сумма|общ(ий|ая|ее) (балл|сумма|итог))/i.test(text.trim());
}
