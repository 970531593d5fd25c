/**
 * The reader the add-in used before its SAX reader (src/adapters/xlsx/read/), kept as the
 * tests' oracle: one exceljs worksheet → a `SheetGrid`: the used range (the smallest rectangle holding every
 * value and merged area; it does not always start at A1), values, number formats, formulas,
 * merges. Cells that are only styled do not widen the range.
 *
 * Example:
 *   a sheet with values in B3:D5 → { startRow: 2, startCol: 1, values: 3 rows × 3 columns, … }
 */

import type ExcelJS from 'exceljs';
import type { CellValue, MergedArea, SheetGrid } from '../../src/engine/grid';
import { cellValueFromExcel } from './exceljsCellValue';
import { renameSheetRefs } from '../../src/adapters/xlsx/formulaSheetRefs';
import { parseRange } from '../../src/adapters/xlsx/read/parseRange';

/** Merged ranges of a worksheet as exceljs keeps them ('A1:C1', …). */
export function worksheetMerges(ws: ExcelJS.Worksheet): string[] {
  const model = (ws as unknown as { model: { merges?: string[] } }).model;
  return model.merges ?? [];
}

export function sheetToGrid(
  ws: ExcelJS.Worksheet,
  name: string,
  opts: { source?: string; date1904?: boolean; renames?: Record<string, string> } = {},
): SheetGrid {
  const merges = worksheetMerges(ws)
    .map(parseRange)
    .filter((m): m is MergedArea => m !== null);
  const cells: { r: number; c: number; value: CellValue; formula: string | null; format: string | null }[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const grow = (r: number, c: number, r2 = r, c2 = c) => {
    if (r < top) top = r;
    if (c < left) left = c;
    if (r2 > bottom) bottom = r2;
    if (c2 > right) right = c2;
  };
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const g = cellValueFromExcel(cell, opts.date1904);
      const r = rowNumber - 1;
      const c = colNumber - 1;
      const empty = g.value === null || g.value === '';
      if (empty && !g.formula) return;
      grow(r, c);
      const formula = g.formula && opts.renames ? renameSheetRefs(g.formula, opts.renames) : g.formula;
      cells.push({ r, c, value: g.value, formula, format: g.format });
    });
  });
  for (const m of merges) grow(m.top, m.left, m.bottom, m.right);

  const hidden = ws.state === 'hidden' || ws.state === 'veryHidden';
  if (bottom < 0) {
    return { name, startRow: 0, startCol: 0, values: [], numberFormats: [], formulas: [], merges, ...(opts.source ? { source: opts.source } : {}), ...(hidden ? { hidden } : {}) };
  }
  const height = bottom - top + 1;
  const values: CellValue[][] = Array.from({ length: height }, () => []);
  const numberFormats: (string | null)[][] = Array.from({ length: height }, () => []);
  const formulas: (string | null)[][] = Array.from({ length: height }, () => []);
  const fill = <T>(row: T[], upTo: number, v: T) => {
    while (row.length < upTo) row.push(v);
  };
  for (const cell of cells) {
    const r = cell.r - top;
    const c = cell.c - left;
    fill(values[r], c, null);
    fill(numberFormats[r], c, null);
    fill(formulas[r], c, null);
    values[r][c] = cell.value;
    numberFormats[r][c] = cell.format;
    formulas[r][c] = cell.formula;
  }
  // Number formats of empty cells inside the range matter too (a percent column with gaps).
  for (let r = 0; r < height; r++) {
    const row = ws.findRow(top + r + 1);
    if (!row) continue;
    const len = values[r].length;
    for (let c = 0; c < len; c++) {
      if (numberFormats[r][c] !== null) continue;
      const cell = row.findCell(left + c + 1);
      const f = cell?.numFmt;
      if (typeof f === 'string' && f !== '' && f !== 'General') numberFormats[r][c] = f;
    }
  }
  // A row of formats or formulas ends with its last entry, as the reader gives it (gridBuilder.ts).
  for (const rows of [numberFormats, formulas]) {
    for (const row of rows) while (row.length > 0 && row[row.length - 1] === null) row.pop();
  }
  const grid: SheetGrid = { name, startRow: top, startCol: left, values, numberFormats, formulas, merges };
  // Hidden rows and columns as exceljs reads them (row.hidden, column.hidden), within the grid.
  const hiddenRows = new Set<number>();
  for (let r = 0; r < values.length; r++) if (ws.findRow(top + r + 1)?.hidden) hiddenRows.add(r);
  const width = values.reduce((w, row) => Math.max(w, row.length), 0);
  const hiddenColumns = new Set<number>();
  for (let c = 0; c < width; c++) if (ws.getColumn(left + c + 1).hidden) hiddenColumns.add(c);
  if (hiddenRows.size > 0) grid.hiddenRows = hiddenRows;
  if (hiddenColumns.size > 0) grid.hiddenColumns = hiddenColumns;
  if (opts.source) grid.source = opts.source;
  if (hidden) grid.hidden = true;
  return grid;
}
