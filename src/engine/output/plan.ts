/**
 * A declarative description of everything the add-in writes: new sheets (cells, formats,
 * Excel tables, frozen panes, widths, charts) and highlights on the user's own sheets. The
 * engine builds it; an adapter (Office.js or xlsx) carries it out without deciding anything.
 *
 * Example:
 *   const plan: OutputPlan = {
 *     sheets: [{ name: 'Сводная', kind: 'summary', rows: [[{ value: 'МО', style: 'header' }]],
 *                columnWidths: [30] }],
 *     highlights: [{ sheet: 'Лист1', ranges: ['D7', 'F7:F9'], kind: 'deficit' }],
 *   };
 */

export type OutputSheetKind = 'summary' | 'deficits' | 'problems' | 'note' | 'clusters' | 'deficit-map' | 'changes';

export type CellStyle = 'title' | 'subtitle' | 'header' | 'total' | 'note' | 'good' | 'attention' | 'deficit';

export interface OutCell {
  /** The value shown (also the cached result of a formula). Text is always written as text. */
  value: string | number | boolean | null;
  /** A formula starting with '=', referencing source cells; written as a formula, never as text. */
  formula?: string;
  /** Excel number format, e.g. '0.0%' or '0'. */
  format?: string;
  style?: CellStyle;
  wrap?: boolean;
  /** Source cell this row/value came from, for the pane (click selects it). */
  link?: string;
}

export interface OutTable {
  /** Excel table name (letters, digits, underscore; unique in the workbook). */
  name: string;
  /** 0-based row of the header within the sheet's rows. */
  headerRow: number;
  /** 0-based last data row (inclusive). */
  lastRow: number;
  /** Number of columns starting at column A. */
  columns: number;
  style?: string;
}

export interface ChartSpec {
  type: 'bar' | 'column';
  title: string;
  /** Local ranges on this sheet, e.g. 'A2:A10' and 'E2:E10'. */
  categories: string;
  values: string;
  /** Top-left cell for the chart, 0-based. */
  anchor: { row: number; col: number };
  /** One colour per point (hex 'RRGGBB'), e.g. coloured by group. */
  pointColors?: string[];
}

export interface ColorScale {
  /** Local range, e.g. 'B2:F40'. */
  range: string;
  /** Colours for the low and high ends; green→red where high means bad. */
  low: string;
  mid?: string;
  high: string;
}

/** One row of an output sheet: cells from column A; a null cell is left empty. */
export type OutRow = (OutCell | null)[];

/**
 * The rows of an output sheet, taken by index or in order. A plain array is one; the rows of a
 * long table may instead be made each time they are asked for (rowBlocks.ts), so that a
 * 100,000-row Сводная never exists as 1.3 million cell objects at once: a writer takes them
 * in order and lets each go. A row taken is the writer's to read, never to change.
 */
export interface SheetRows extends Iterable<OutRow> {
  readonly length: number;
  at(index: number): OutRow | undefined;
  /** When some rows are made on request: the others, with their indexes (see `givenRows`). */
  givenRows?(): Iterable<[number, OutRow]>;
  /** When made rows have wrapped cells: each one with its row and column, without making the rows (row heights). */
  forEachMadeWrapped?(visit: (row: number, column: number, cell: OutCell) => void): void;
  /** When some rows are made on request: the widest row from `from` on (see `rowsWidth`). */
  widthFrom?(from: number): number;
}

/** Cells in the widest row from `from` on, without making rows made on request. */
export function rowsWidth(rows: SheetRows, from = 0): number {
  if (rows.widthFrom) return rows.widthFrom(from);
  let width = 0;
  for (let r = from; r < rows.length; r++) width = Math.max(width, rows.at(r)!.length);
  return width;
}

/**
 * The rows that exist up front, with their indexes: every row of an array, the given ones of
 * rows made on request. Passes over a whole plan (text limits, row heights) take these, so as
 * not to make 100,000 rows only to look at them.
 */
export function* givenRows(rows: SheetRows): Iterable<[number, OutRow]> {
  if (rows.givenRows) {
    yield* rows.givenRows();
    return;
  }
  for (let r = 0; r < rows.length; r++) yield [r, rows.at(r)!];
}

export interface OutputSheet {
  name: string;
  kind: OutputSheetKind;
  /** Rows from A1. */
  rows: SheetRows;
  /** Widths in characters, per column from A. */
  columnWidths: number[];
  freeze?: { rows: number; columns: number };
  /** The Excel tables on the sheet (a summary of several source tables has one per table). */
  tables?: OutTable[];
  charts?: ChartSpec[];
  colorScales?: ColorScale[];
  /** Merged areas, 0-based inclusive, local to this sheet. */
  merges?: { top: number; left: number; bottom: number; right: number }[];
  /** Page setup for printing. */
  print?: { orientation: 'portrait' | 'landscape'; fitToWidth: boolean };
  /**
   * Row heights in points, per row from 1; null keeps the default. Set for rows with wrapped
   * text, because neither exceljs nor every spreadsheet application grows such rows by itself.
   */
  rowHeights?: (number | null)[];
}

/** All Excel tables of an output sheet (none when it has no `tables`). */
export function tablesOf(sheet: OutputSheet): OutTable[] {
  return sheet.tables ?? [];
}

export type HighlightKind = 'deficit' | 'attention';

export interface Highlight {
  sheet: string;
  /** Local A1 ranges on that sheet; adjacent cells are merged into ranges. */
  ranges: string[];
  kind: HighlightKind;
}

/** Fill colours of the highlights (Excel's light red and light yellow) and their font colours. */
export const HIGHLIGHT_COLORS: Record<HighlightKind, { fill: string; font: string }> = {
  deficit: { fill: 'FFC7CE', font: '9C0006' },
  attention: { fill: 'FFEB9C', font: '9C5700' },
};

export interface OutputPlan {
  sheets: OutputSheet[];
  highlights: Highlight[];
}
