/**
 * Highlights on the user's own sheets (METHODOLOGY §7): cell-level deficits red, attention
 * cells yellow. A cell that is both gets only the red. Adjacent cells are merged into
 * rectangles — first runs down a column, then equal runs in neighbouring columns — so that an
 * adapter writes few ranges.
 *
 * Example:
 *   deficits at Лист1!D7, Лист1!D8, Лист1!E7, Лист1!E8 and attention at Лист1!F2
 *   → [{ sheet: 'Лист1', kind: 'deficit', ranges: ['D7:E8'] },
 *      { sheet: 'Лист1', kind: 'attention', ranges: ['F2'] }]
 */

import type { Analysis } from '../analysis';
import { localAddress, splitAddress } from '../address';
import type { Highlight, HighlightKind } from './plan';

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Merges a set of cells (0-based row, col) into rectangles, in reading order. */
export function mergeCells(cells: { row: number; col: number }[]): Rect[] {
  const byCol = new Map<number, number[]>();
  for (const c of cells) {
    if (!byCol.has(c.col)) byCol.set(c.col, []);
    byCol.get(c.col)!.push(c.row);
  }
  // Vertical runs per column.
  const runs: Rect[] = [];
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    const rowsInCol = [...new Set(byCol.get(col)!)].sort((a, b) => a - b);
    let start = rowsInCol[0];
    let prev = start;
    for (let i = 1; i <= rowsInCol.length; i++) {
      const r = rowsInCol[i];
      if (r === prev + 1) {
        prev = r;
        continue;
      }
      runs.push({ top: start, bottom: prev, left: col, right: col });
      start = r;
      prev = r;
    }
  }
  // Join runs with the same rows in adjacent columns.
  const open = new Map<string, Rect>();
  const out: Rect[] = [];
  for (const run of runs) {
    const key = `${run.top}:${run.bottom}`;
    const prev = open.get(key);
    if (prev && prev.right === run.left - 1) {
      prev.right = run.right;
    } else {
      const rect = { ...run };
      open.set(key, rect);
      out.push(rect);
    }
  }
  return out.sort((a, b) => a.top - b.top || a.left - b.left);
}

function rectAddress(r: Rect): string {
  const a = localAddress(r.top, r.left);
  const b = localAddress(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

/**
 * Row and column (0-based) of the local part of an address starting at `from` («D7», «$D$7»),
 * or null. By hand rather than with parseLocalAddress's regex: a large table has a hundred
 * thousand findings, and the regex with its match objects was most of this function's time.
 */
function localPosition(address: string, from: number): { row: number; col: number } | null {
  let i = from;
  if (address.charCodeAt(i) === 36) i++; // $
  let col = 0;
  let letters = 0;
  for (; i < address.length; i++, letters++) {
    const ch = address.charCodeAt(i) | 32; // lower case
    if (ch < 97 || ch > 122) break;
    col = col * 26 + (ch - 96);
  }
  if (letters === 0 || letters > 3) return null;
  if (address.charCodeAt(i) === 36) i++;
  let row = 0;
  let digits = 0;
  for (; i < address.length; i++, digits++) {
    const ch = address.charCodeAt(i);
    if (ch < 48 || ch > 57) return null;
    row = row * 10 + (ch - 48);
  }
  if (digits === 0 || row === 0) return null;
  return { row: row - 1, col: col - 1 };
}

/** Highlights for every cell-level finding of the analysis, grouped per sheet and kind. */
export function buildHighlights(analysis: Analysis): Highlight[] {
  // sheet → numeric cell key → kind (deficit wins)
  const bySheet = new Map<string, Map<number, HighlightKind>>();
  // The sheet part of an address, unquoted, per distinct prefix: one table has one or a few.
  const sheetOfPrefix = new Map<string, string>();
  for (const t of analysis.tables) {
    for (const d of t.deficits) {
      if (d.scope !== 'cell' || !d.cell) continue;
      if (d.kind !== 'deficit' && d.kind !== 'attention') continue;
      const bang = d.cell.lastIndexOf('!');
      if (bang <= 0) continue;
      const prefix = d.cell.slice(0, bang);
      let sheet = sheetOfPrefix.get(prefix);
      if (sheet === undefined) {
        sheet = splitAddress(d.cell).sheet;
        sheetOfPrefix.set(prefix, sheet);
      }
      const pos = localPosition(d.cell, bang + 1);
      if (!sheet || !pos) continue;
      let cells = bySheet.get(sheet);
      if (!cells) bySheet.set(sheet, (cells = new Map()));
      // A numeric key: Excel has at most 16,384 columns.
      const key = pos.row * 16384 + pos.col;
      const prev = cells.get(key);
      if (prev === undefined || (prev === 'attention' && d.kind === 'deficit')) cells.set(key, d.kind);
    }
  }
  const order = new Map(analysis.sheets.map((s, i) => [s, i]));
  const sheets = [...bySheet.keys()].sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9));
  const out: Highlight[] = [];
  for (const sheet of sheets) {
    const cells = bySheet.get(sheet)!;
    for (const kind of ['deficit', 'attention'] as HighlightKind[]) {
      const mine: { row: number; col: number }[] = [];
      for (const [key, k] of cells) if (k === kind) mine.push({ row: Math.floor(key / 16384), col: key % 16384 });
      if (mine.length === 0) continue;
      out.push({ sheet, kind, ranges: mergeCells(mine).map(rectAddress) });
    }
  }
  return out;
}
