/**
 * Heights for rows whose text wraps. A wrapped header or a long indicator name needs a taller
 * row; Excel grows such rows only when it recalculates layout, LibreOffice and exceljs do not,
 * so the plan states the heights itself. The estimate counts characters per line from the
 * column width (a width of w characters holds about w characters of the default font; bold
 * header text is wider) and the explicit line breaks.
 *
 * Example:
 *   estimateRowHeights({ rows: [[{ value: 'Критерий 1. Системность методической работы', wrap: true }]],
 *                        columnWidths: [12], … })
 *   // → [75]  (4 lines of 15 pt would be 60; bold header text needs 5)
 */

import { givenRows, type OutCell, type OutputSheet } from './plan';

/** Points per line of the default 11-pt font, with Excel's usual leading. */
export const LINE_HEIGHT = 15;
const DEFAULT_WIDTH = 8.43;
/** Cap, so a pathological cell does not make a row taller than a screen. */
const MAX_LINES = 20;

function cellLines(cell: OutCell, width: number): number {
  if (cell.value === null || cell.value === undefined) return 1;
  const text = String(cell.value);
  const perLine = Math.max(1, Math.floor(width * (cell.style === 'header' || cell.style === 'title' ? 0.85 : 1.0)));
  // Most wrapped cells (a name, a short message) fit on one line: no splitting for them — a
  // 100 000-row sheet spent most of this function's time splitting such text into words.
  if (text.length <= perLine && !text.includes('\n')) return 1;
  let lines = 0;
  for (const part of text.split('\n')) {
    // Wrap at word boundaries: count words greedily into lines of perLine characters.
    let line = 0;
    let count = 1;
    for (const word of part.split(/\s+/).filter((w) => w !== '')) {
      const len = word.length;
      if (line === 0) line = len;
      else if (line + 1 + len <= perLine) line += 1 + len;
      else {
        count++;
        line = len;
      }
      // A word longer than the line breaks inside itself.
      while (line > perLine) {
        count++;
        line -= perLine;
      }
    }
    lines += count;
  }
  return Math.min(MAX_LINES, Math.max(1, lines));
}

export function estimateRowHeights(sheet: Pick<OutputSheet, 'rows' | 'columnWidths' | 'merges'>): (number | null)[] {
  const widthOf = (c: number) => sheet.columnWidths[c] ?? DEFAULT_WIDTH;
  // Numeric keys (row × 16384 + column), plain loops: this runs over every cell of a
  // 100,000-row sheet, where a template-string key per wrapped cell cost a quarter second.
  const mergedWidth = new Map<number, number>();
  for (const m of sheet.merges ?? []) {
    if (m.top !== m.bottom) continue; // a vertical merge already has the height of several rows
    let w = 0;
    for (let c = m.left; c <= m.right; c++) w += widthOf(c);
    mergedWidth.set(m.top * 16384 + m.left, w);
  }
  const anyMerged = mergedWidth.size > 0;
  // A cell object shared by many rows (deficitsSheet.ts) is measured once.
  const measured = new Map<OutCell, number>();
  // Made rows (rowBlocks.ts) are not made here: their wrapped cells come from their blocks.
  const heights: (number | null)[] = new Array(sheet.rows.length).fill(null);
  for (const [r, row] of givenRows(sheet.rows)) {
    let lines = 1;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell || !(cell.wrap || cell.style === 'header')) continue;
      const merged = anyMerged ? mergedWidth.get(r * 16384 + c) : undefined;
      let n = merged === undefined ? measured.get(cell) : undefined;
      if (n === undefined) {
        n = cellLines(cell, merged ?? widthOf(c));
        if (merged === undefined) measured.set(cell, n);
      }
      if (n > lines) lines = n;
    }
    heights[r] = lines > 1 ? lines * LINE_HEIGHT : null;
  }
  // Wrapped cells of made rows (never merged), each shared object measured once.
  sheet.rows.forEachMadeWrapped?.((r, c, cell) => {
    let n = measured.get(cell);
    if (n === undefined) measured.set(cell, (n = cellLines(cell, widthOf(c))));
    if (n > 1 && n * LINE_HEIGHT > (heights[r] ?? 0)) heights[r] = n * LINE_HEIGHT;
  });
  return heights;
}
