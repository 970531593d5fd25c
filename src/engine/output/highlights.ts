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
import { localAddress, parseLocalAddress, splitAddress } from '../address';
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

/** Highlights for every cell-level finding of the analysis, grouped per sheet and kind. */
export function buildHighlights(analysis: Analysis): Highlight[] {
  // sheet → address → kind (deficit wins)
  const bySheet = new Map<string, Map<number, { row: number; col: number; kind: HighlightKind }>>();
  for (const t of analysis.tables) {
    for (const d of t.deficits) {
      if (d.scope !== 'cell' || !d.cell) continue;
      if (d.kind !== 'deficit' && d.kind !== 'attention') continue;
      const { sheet, local } = splitAddress(d.cell);
      const pos = parseLocalAddress(local);
      if (!sheet || !pos) continue;
      if (!bySheet.has(sheet)) bySheet.set(sheet, new Map());
      const cells = bySheet.get(sheet)!;
      // A numeric key: Excel has at most 16,384 columns.
      const key = pos.row * 16384 + pos.col;
      const prev = cells.get(key);
      if (!prev || (prev.kind === 'attention' && d.kind === 'deficit')) cells.set(key, { ...pos, kind: d.kind });
    }
  }
  const order = new Map(analysis.sheets.map((s, i) => [s, i]));
  const sheets = [...bySheet.keys()].sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9));
  const out: Highlight[] = [];
  for (const sheet of sheets) {
    const cells = [...bySheet.get(sheet)!.values()];
    for (const kind of ['deficit', 'attention'] as HighlightKind[]) {
      const mine = cells.filter((c) => c.kind === kind);
      if (mine.length === 0) continue;
      out.push({ sheet, kind, ranges: mergeCells(mine).map(rectAddress) });
    }
  }
  return out;
}
