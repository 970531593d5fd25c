/**
 * The engine's input: a workbook as a set of rectangular grids of cells, the way
 * Excel itself hands a used range to an add-in (`Range.values`, `Range.numberFormat`,
 * `Range.formulas`). Both adapters (Office.js and xlsx) produce exactly this shape, so the
 * engine never knows where the cells came from.
 *
 * Example:
 *   const sheet: SheetGrid = {
 *     name: 'Лист1', startRow: 0, startCol: 0,
 *     values: [['МО', 'Доля, %'], ['Кировский', 0.86]],
 *     numberFormats: [['General', 'General'], ['General', '0%']],
 *     merges: [],
 *   };
 */

/** A cell value as Excel reports it. Empty cells are `null` or `''`. */
export type CellValue = string | number | boolean | null;

/** A merged area, 0-based and inclusive, in sheet coordinates (not relative to startRow/startCol). */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  /** Sheet name as shown on its tab. */
  name: string;
  /** Sheet row (0-based) of values[0]; the used range does not always start at A1. */
  startRow: number;
  /** Sheet column (0-based) of values[r][0]. */
  startCol: number;
  /** Cell values, row by row; rows may be ragged (a missing cell is empty). */
  values: CellValue[][];
  /** Excel number formats, row by row as values; a row may be shorter (a missing cell is "General"). */
  numberFormats?: (string | null)[][];
  /** Formulas (text starting with '='), row by row as values; null/'' or missing where the cell holds a constant. */
  formulas?: (string | null)[][];
  /** Merged areas in sheet coordinates. Only the top-left cell of an area holds the value. */
  merges?: MergedArea[];
  /** Name of the file the sheet came from, when several workbooks are read as one. */
  source?: string;
  /** The sheet is hidden (or very hidden) in the workbook; it is read all the same. */
  hidden?: boolean;
  /**
   * Grid rows (indices into `values`, left blank) that belong to another view of the same
   * sheet — the other periods of a table with a period column (periods/periodColumn.ts). The
   * readers skip them as if absent: they neither end the table nor count as blank rows.
   */
  omittedRows?: ReadonlySet<number>;
  /**
   * Grid rows and columns (indices into `values` / into a row) hidden in the workbook — by a
   * filter, a collapsed group or by hand. They are read like any other: the engine only says
   * that hidden data were counted. Absent when the adapter cannot tell.
   */
  hiddenRows?: ReadonlySet<number>;
  hiddenColumns?: ReadonlySet<number>;
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
}

/** Value of a cell by grid-relative coordinates; out-of-range is empty. */
export function valueAt(sheet: SheetGrid, r: number, c: number): CellValue {
  const row = sheet.values[r];
  if (!row) return null;
  const v = row[c];
  return v === undefined ? null : v;
}

export function formatAt(sheet: SheetGrid, r: number, c: number): string | null {
  const row = sheet.numberFormats?.[r];
  if (!row) return null;
  return row[c] ?? null;
}

export function formulaAt(sheet: SheetGrid, r: number, c: number): string | null {
  const f = sheet.formulas?.[r]?.[c];
  return typeof f === 'string' && f.startsWith('=') ? f : null;
}

/** Width of the grid: the longest row. */
export function gridWidth(sheet: SheetGrid): number {
  // Asked by every reader and every view of a sheet: measured once per grid (a grid is not
  // changed once it is read; the count of rows is checked all the same).
  const known = widths.get(sheet);
  if (known && known.rows === sheet.values.length) return known.width;
  let w = 0;
  const values = sheet.values;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    if (row && row.length > w) w = row.length;
  }
  widths.set(sheet, { rows: values.length, width: w });
  return w;
}

const widths = new WeakMap<SheetGrid, { rows: number; width: number }>();

export function isEmptyValue(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}
