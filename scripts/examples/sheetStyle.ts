/**
 * The look of a district's table, kept modest on purpose: bold headers with thin borders and
 * wrapped text, a bold title. The examples should look like what districts send, not like a
 * designed report.
 *
 * Example:
 *   styleHeader(ws, 4, 6, 1, 17);   // rows 4–6, columns A–Q
 *   borderBox(ws, 4, 12, 1, 17);
 */

import type ExcelJS from 'exceljs';

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Bold, centred, wrapped header cells over rows r1..r2 and columns c1..c2 (1-based, inclusive). */
export function styleHeader(ws: ExcelJS.Worksheet, r1: number, r2: number, c1: number, c2: number): void {
  for (let r = r1; r <= r2; r++) {
    for (let c = c1; c <= c2; c++) {
      const cell = ws.getCell(r, c);
      cell.font = { bold: true, size: 10 };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
    }
  }
}

/** Thin borders around every cell of the rectangle (1-based, inclusive). */
export function borderBox(ws: ExcelJS.Worksheet, r1: number, r2: number, c1: number, c2: number): void {
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) ws.getCell(r, c).border = BOX;
}

/** A title line: bold, a little larger, not wrapped. */
export function styleTitle(cell: ExcelJS.Cell, size = 12): void {
  cell.font = { bold: true, size };
  cell.alignment = { vertical: 'middle' };
}

/** Wrapped text, top-aligned, for long names in the label column. */
export function wrapLeft(cell: ExcelJS.Cell): void {
  cell.alignment = { wrapText: true, vertical: 'top', horizontal: 'left' };
}
