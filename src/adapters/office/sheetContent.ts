/**
 * An output sheet of the plan as the 2-D arrays Excel takes in one write each: the cells
 * (each either its formula or its value), the number formats, and the rectangles of equal
 * style. Text is always written as text: every text cell gets the Text number format '@'
 * (written before the values), so user text such as '=не число', '01.02', '1 234' or '86%'
 * is kept as typed instead of becoming a formula, a date or a number.
 *
 * Example:
 *   sheetContent({ rows: [[{ value: 'МО', style: 'header' }, { value: 0.5, format: '0.0%' }]], … })
 *   // → { width: 2, height: 1, cells: [['МО', 0.5]], formats: [['@', '0.0%']], hasFormulas: false,
 *   //     styles: [{ key: 'header|', r0: 0, c0: 0, r1: 0, c1: 0 }] }
 */

import { rowsWidth, tablesOf, type CellStyle, type OutRow, type OutputSheet } from '../../engine/output/plan';

export const TEXT_FORMAT = '@';

export interface StyleRect {
  style: CellStyle | null;
  wrap: boolean;
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface SheetContent {
  width: number;
  height: number;
  /** Formula or value per cell; '' for an empty cell. */
  cells: (string | number | boolean)[][];
  formats: string[][];
  hasFormulas: boolean;
  styles: StyleRect[];
}

export function sheetContent(sheet: OutputSheet): SheetContent {
  const width = sheetWidth(sheet);
  const rows = contentRows(sheet, 0, sheet.rows.length, width);
  return { width, height: sheet.rows.length, ...rows, styles: styleRects(sheet) };
}

/** Columns Excel receives per row: the longest row, or a table's width if that is wider. */
export function sheetWidth(sheet: OutputSheet): number {
  let width = rowsWidth(sheet.rows);
  for (const t of tablesOf(sheet)) width = Math.max(width, t.columns);
  return width;
}

/** Cells and number formats of rows [start, end), each row padded to `width`. */
export function contentRows(sheet: OutputSheet, start: number, end: number, width: number): Pick<SheetContent, 'cells' | 'formats' | 'hasFormulas'> {
  const cells: SheetContent['cells'] = [];
  const formats: string[][] = [];
  let hasFormulas = false;
  for (let r = start; r < end; r++) {
    const row = contentRow(sheet.rows.at(r)!, width);
    cells.push(row.cells);
    formats.push(row.formats);
    hasFormulas ||= row.hasFormula;
  }
  return { cells, formats, hasFormulas };
}

/** One row of the plan as Excel takes it: formula or value per cell, and its number format. */
export function contentRow(row: OutRow, width: number): { cells: (string | number | boolean)[]; formats: string[]; hasFormula: boolean } {
  const cells: (string | number | boolean)[] = [];
  const formats: string[] = [];
  let hasFormula = false;
  for (let c = 0; c < width; c++) {
    const cell = row[c] ?? null;
    if (!cell) {
      cells.push('');
      formats.push('General');
    } else if (cell.formula) {
      hasFormula = true;
      cells.push(cell.formula);
      formats.push(cell.format ?? 'General');
    } else if (typeof cell.value === 'string' && cell.value !== '') {
      cells.push(cell.value);
      formats.push(TEXT_FORMAT);
    } else {
      cells.push(cell.value ?? '');
      formats.push(cell.format ?? 'General');
    }
  }
  return { cells, formats, hasFormula };
}

/** Cells of equal style (and wrap) grouped into rectangles: runs in a row, then equal runs stacked. */
export function styleRects(sheet: OutputSheet): StyleRect[] {
  const rects = new StyleRects();
  const done: StyleRect[] = [];
  let r = 0;
  for (const row of sheet.rows) done.push(...rects.add(row, r++));
  done.push(...rects.finish());
  return done.sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
}

/**
 * styleRects row by row, so a large sheet's styles are found chunk by chunk along with its
 * cells: `add` takes the next row and returns the rectangles that row closed (they can grow no
 * more), `finish` returns the ones still open after the last row.
 */
export class StyleRects {
  private open = new Map<string, StyleRect>();

  add(row: OutRow, r: number): StyleRect[] {
    const runs: StyleRect[] = [];
    row.forEach((cell, c) => {
      const style = cell?.style ?? null;
      const wrap = cell?.wrap ?? false;
      if (!style && !wrap) return;
      const last = runs[runs.length - 1];
      if (last && last.style === style && last.wrap === wrap && last.c1 === c - 1) last.c1 = c;
      else runs.push({ style, wrap, r0: r, c0: c, r1: r, c1: c });
    });
    const next = new Map<string, StyleRect>();
    for (const run of runs) {
      const key = `${run.style}|${run.wrap}|${run.c0}|${run.c1}`;
      const prev = this.open.get(key);
      if (prev && prev.r1 === r - 1) {
        prev.r1 = r;
        next.set(key, prev);
        this.open.delete(key);
      } else next.set(key, run);
    }
    const closed = [...this.open.values()];
    this.open = next;
    return closed;
  }

  finish(): StyleRect[] {
    const rest = [...this.open.values()];
    this.open.clear();
    return rest;
  }
}
