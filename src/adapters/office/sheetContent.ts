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

import { tablesOf, type CellStyle, type OutputSheet } from '../../engine/output/plan';

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
  const height = sheet.rows.length;
  let width = 0;
  for (const row of sheet.rows) width = Math.max(width, row.length);
  for (const t of tablesOf(sheet)) width = Math.max(width, t.columns);
  const cells: (string | number | boolean)[][] = [];
  const formats: string[][] = [];
  let hasFormulas = false;
  for (const row of sheet.rows) {
    const outCells: (string | number | boolean)[] = [];
    const outFormats: string[] = [];
    for (let c = 0; c < width; c++) {
      const cell = row[c] ?? null;
      if (!cell) {
        outCells.push('');
        outFormats.push('General');
      } else if (cell.formula) {
        hasFormulas = true;
        outCells.push(cell.formula);
        outFormats.push(cell.format ?? 'General');
      } else if (typeof cell.value === 'string' && cell.value !== '') {
        outCells.push(cell.value);
        outFormats.push(TEXT_FORMAT);
      } else {
        outCells.push(cell.value ?? '');
        outFormats.push(cell.format ?? 'General');
      }
    }
    cells.push(outCells);
    formats.push(outFormats);
  }
  return { width, height, cells, formats, hasFormulas, styles: styleRects(sheet) };
}

/** Cells of equal style (and wrap) grouped into rectangles: runs in a row, then equal runs stacked. */
export function styleRects(sheet: OutputSheet): StyleRect[] {
  const open = new Map<string, StyleRect>();
  const done: StyleRect[] = [];
  sheet.rows.forEach((row, r) => {
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
      const prev = open.get(key);
      if (prev && prev.r1 === r - 1) {
        prev.r1 = r;
        next.set(key, prev);
        open.delete(key);
      } else next.set(key, run);
    }
    for (const rect of open.values()) done.push(rect);
    open.clear();
    for (const [k, v] of next) open.set(k, v);
  });
  for (const rect of open.values()) done.push(rect);
  return done.sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
}
