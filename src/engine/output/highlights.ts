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

/** Excel has at most 1,048,576 rows: a cell as one number, column-major, so a sort gives runs down a column. */
const ROWS = 1 << 20;

/** Merges a set of cells (0-based row, col) into rectangles, in reading order. */
export function mergeCells(cells: { row: number; col: number }[]): Rect[] {
  return mergeCellKeys(Float64Array.from(cells, (c) => c.col * ROWS + c.row));
}

/**
 * The same for cells given as `col × 2^20 + row` keys: no object per cell — a large matrix has
 * tens of thousands of highlighted cells, and their objects were most of this function's time.
 */
function mergeCellKeys(keys: Float64Array): Rect[] {
  keys.sort();
  // Vertical runs per column.
  const runs: Rect[] = [];
  for (let i = 0; i < keys.length; ) {
    const col = Math.floor(keys[i] / ROWS);
    const top = keys[i] - col * ROWS;
    let bottom = top;
    let j = i + 1;
    while (j < keys.length && (keys[j] === keys[j - 1] || keys[j] === col * ROWS + bottom + 1)) {
      bottom = keys[j] - col * ROWS;
      j++;
    }
    runs.push({ top, bottom, left: col, right: col });
    i = j;
  }
  // Join runs with the same rows in adjacent columns (runs come column by column).
  const open = new Map<number, Rect>();
  const out: Rect[] = [];
  for (const run of runs) {
    const key = run.top * ROWS + run.bottom;
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
 * The local part of an address starting at `from` («D7», «$D$7») as `col × 2^20 + row`
 * (0-based), or −1. By hand rather than with parseLocalAddress's regex: a large table has a
 * hundred thousand findings, and the regex with its match objects was most of this function's time.
 */
function localKey(address: string, from: number): number {
  let i = from;
  if (address.charCodeAt(i) === 36) i++; // $
  let col = 0;
  let letters = 0;
  for (; i < address.length; i++, letters++) {
    const ch = address.charCodeAt(i) | 32; // lower case
    if (ch < 97 || ch > 122) break;
    col = col * 26 + (ch - 96);
  }
  if (letters === 0 || letters > 3) return -1;
  if (address.charCodeAt(i) === 36) i++;
  let row = 0;
  let digits = 0;
  for (; i < address.length; i++, digits++) {
    const ch = address.charCodeAt(i);
    if (ch < 48 || ch > 57) return -1;
    row = row * 10 + (ch - 48);
  }
  if (digits === 0 || row === 0 || row > ROWS) return -1;
  return (col - 1) * ROWS + (row - 1);
}

/** Highlights for every cell-level finding of the analysis, grouped per sheet and kind. */
export function buildHighlights(analysis: Analysis): Highlight[] {
  // sheet → cell key → kind (deficit wins)
  const bySheet = new Map<string, Map<number, HighlightKind>>();
  // The sheet part of an address, unquoted, per distinct prefix: one table has one or a few, so
  // the last one is kept and compared in place (no prefix string cut out of every address).
  let lastPrefix = '';
  let lastSheet = '';
  let lastCells: Map<number, HighlightKind> | null = null;
  for (const t of analysis.tables) {
    for (const d of t.deficits) {
      if (d.scope !== 'cell' || !d.cell) continue;
      if (d.kind !== 'deficit' && d.kind !== 'attention') continue;
      const address = d.cell;
      let bang: number;
      if (lastCells !== null && address.charCodeAt(lastPrefix.length) === 33 && address.startsWith(lastPrefix)) {
        bang = lastPrefix.length;
      } else {
        bang = address.lastIndexOf('!');
        if (bang <= 0) continue;
        lastPrefix = address.slice(0, bang);
        lastSheet = splitAddress(address).sheet;
        if (!lastSheet) {
          lastCells = null;
          continue;
        }
        lastCells = bySheet.get(lastSheet) ?? null;
        if (!lastCells) bySheet.set(lastSheet, (lastCells = new Map()));
      }
      const key = localKey(address, bang + 1);
      if (key < 0 || lastCells === null) continue;
      const prev = lastCells.get(key);
      if (prev === undefined || (prev === 'attention' && d.kind === 'deficit')) lastCells.set(key, d.kind);
    }
  }
  const order = new Map(analysis.sheets.map((s, i) => [s, i]));
  const sheets = [...bySheet.keys()].sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9));
  const out: Highlight[] = [];
  for (const sheet of sheets) {
    const cells = bySheet.get(sheet)!;
    for (const kind of ['deficit', 'attention'] as HighlightKind[]) {
      let n = 0;
      for (const k of cells.values()) if (k === kind) n++;
      if (n === 0) continue;
      const keys = new Float64Array(n);
      let i = 0;
      for (const [key, k] of cells) if (k === kind) keys[i++] = key;
      out.push({ sheet, kind, ranges: mergeCellKeys(keys).map(rectAddress) });
    }
  }
  return out;
}
