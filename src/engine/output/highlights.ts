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
import type { Highlight } from './plan';

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
  // Vertical runs per column, as parallel arrays (no object per run: a scattered pattern has
  // as many runs as cells).
  const m = keys.length;
  const runTop = new Int32Array(m);
  const runBottom = new Int32Array(m);
  const runCol = new Int32Array(m);
  let runs = 0;
  for (let i = 0; i < m; ) {
    const col = Math.floor(keys[i] / ROWS);
    const top = keys[i] - col * ROWS;
    let bottom = top;
    let j = i + 1;
    while (j < m && (keys[j] === keys[j - 1] || keys[j] === col * ROWS + bottom + 1)) {
      bottom = keys[j] - col * ROWS;
      j++;
    }
    runTop[runs] = top;
    runBottom[runs] = bottom;
    runCol[runs] = col;
    runs++;
    i = j;
  }
  // Join runs with the same rows in adjacent columns. Runs come column by column, each column's
  // from the top, so the rectangles still open at the previous column are matched by a walk
  // down both lists (no map keyed by the rows).
  const out: Rect[] = [];
  let open: Rect[] = [];
  let next: Rect[] = [];
  let col = -2;
  let p = 0;
  for (let r = 0; r < runs; r++) {
    const top = runTop[r];
    const bottom = runBottom[r];
    if (runCol[r] !== col) {
      open = runCol[r] === col + 1 ? next : [];
      next = [];
      col = runCol[r];
      p = 0;
    }
    while (p < open.length && (open[p].top < top || (open[p].top === top && open[p].bottom < bottom))) p++;
    const prev = p < open.length ? open[p] : null;
    if (prev && prev.top === top && prev.bottom === bottom) {
      prev.right = col;
      next.push(prev);
      p++;
    } else {
      const rect = { top, bottom, left: col, right: col };
      out.push(rect);
      next.push(rect);
    }
  }
  return readingOrder(out);
}

/**
 * Rectangles by top row, then left column. No two share a top-left corner, so each is one
 * number `(top · 2^14 + left) · 2^19 + index`, sorted natively: a comparator over the 33,000
 * rectangles of a large matrix took a fifth of this file's time. Past 2^19 rectangles, the comparator.
 */
function readingOrder(rects: Rect[]): Rect[] {
  const n = rects.length;
  if (n >= 2 ** 19) return rects.sort((a, b) => a.top - b.top || a.left - b.left);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (rects[i].top * 2 ** 14 + rects[i].left) * 2 ** 19 + i;
  keys.sort();
  const out = new Array<Rect>(n);
  for (let i = 0; i < n; i++) out[i] = rects[keys[i] % 2 ** 19];
  return out;
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

/** The sorted keys of `a` that are not in the sorted `b` (a cell both red and yellow is red only). */
function without(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length);
  let n = 0;
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    while (j < b.length && b[j] < a[i]) j++;
    if (j < b.length && b[j] === a[i]) continue;
    out[n++] = a[i];
  }
  return out.subarray(0, n);
}

/** Highlights for every cell-level finding of the analysis, grouped per sheet and kind. */
export function buildHighlights(analysis: Analysis): Highlight[] {
  // Each finding's cell as a key, its kind and its sheet in typed arrays, not a map from cell to
  // kind (a map of 77,000 cells was a third of the time) nor arrays grown push by push.
  let total = 0;
  for (const t of analysis.tables) total += t.deficits.length;
  const keys = new Float64Array(total);
  const red = new Uint8Array(total);
  const sheetOf = new Int32Array(total);
  const sheetNames: string[] = [];
  const sheetIndex = new Map<string, number>();
  let found = 0;
  // The sheet part of an address, unquoted, per distinct prefix: one table has one or a few, so
  // the last one is kept and compared in place (no prefix string cut out of every address).
  let lastPrefix = '';
  let lastSheet = -1;
  for (const t of analysis.tables) {
    for (const d of t.deficits) {
      if (d.scope !== 'cell' || !d.cell) continue;
      if (d.kind !== 'deficit' && d.kind !== 'attention') continue;
      const address = d.cell;
      let bang: number;
      if (lastSheet >= 0 && address.charCodeAt(lastPrefix.length) === 33 && address.startsWith(lastPrefix)) {
        bang = lastPrefix.length;
      } else {
        bang = address.lastIndexOf('!');
        if (bang <= 0) continue;
        lastPrefix = address.slice(0, bang);
        const sheet = splitAddress(address).sheet;
        if (!sheet) {
          lastSheet = -1;
          continue;
        }
        let index = sheetIndex.get(sheet);
        if (index === undefined) {
          sheetIndex.set(sheet, (index = sheetNames.length));
          sheetNames.push(sheet);
        }
        lastSheet = index;
      }
      const key = localKey(address, bang + 1);
      if (key < 0 || lastSheet < 0) continue;
      keys[found] = key;
      red[found] = d.kind === 'deficit' ? 1 : 0;
      sheetOf[found] = lastSheet;
      found++;
    }
  }
  const order = new Map(analysis.sheets.map((s, i) => [s, i]));
  const sheets = sheetNames.map((_, i) => i).sort((a, b) => (order.get(sheetNames[a]) ?? 1e9) - (order.get(sheetNames[b]) ?? 1e9));
  const out: Highlight[] = [];
  for (const k of sheets) {
    const sheet = sheetNames[k];
    const deficit = cellsOf(keys, sheetOf, red, found, k, 1).sort();
    const attention = without(cellsOf(keys, sheetOf, red, found, k, 0).sort(), deficit);
    if (deficit.length > 0) out.push({ sheet, kind: 'deficit', ranges: mergeCellKeys(deficit).map(rectAddress) });
    if (attention.length > 0) out.push({ sheet, kind: 'attention', ranges: mergeCellKeys(attention).map(rectAddress) });
  }
  return out;
}

/** The keys of the first `found` findings on sheet `sheet` whose red flag is `isRed`. */
function cellsOf(keys: Float64Array, sheetOf: Int32Array, red: Uint8Array, found: number, sheet: number, isRed: number): Float64Array {
  let n = 0;
  for (let i = 0; i < found; i++) if (sheetOf[i] === sheet && red[i] === isRed) n++;
  const out = new Float64Array(n);
  let k = 0;
  for (let i = 0; i < found; i++) if (sheetOf[i] === sheet && red[i] === isRed) out[k++] = keys[i];
  return out;
}
