/**
 * Helper sheets that feed another sheet's formulas. A methodologist often keeps the raw counts
 * on a sheet of their own («Расчёт») and computes the monitoring table from it
 * (`='Расчёт'!D4/'Расчёт'!C4`). Read as a monitoring of its own, such a sheet repeats the
 * table's data as a second «table» in Сводная and Справка, with its own groups and
 * recommendations that contradict the first (finding of the sixth acceptance set). A sheet is a
 * source when at least 80 % of its table's filled data cells are referenced by formulas on
 * another sheet that is read too; it is then left out with a message, and `--sheet` (or the
 * pane's choice of sheets) still reads it alone.
 *
 * Example:
 *   const refs = formulaReferences(sheets);   // 'Расчёт' → cells D4, C4, E4, … referenced from «Свод»
 *   sourceOf(frameOfРасчёт, refs, ['Свод'])   // → 'Свод'
 */

import type { MergedArea, SheetGrid } from '../grid';
import { columnIndex } from '../address';
import type { TableFrame } from './tableFrame';

/** Cells of one sheet that other sheets' formulas refer to, in sheet coordinates (0-based). */
export interface ReferencedCells {
  cells: Set<number>;
  ranges: MergedArea[];
  /** Sheets whose formulas refer here. */
  from: Set<string>;
}

/** Columns fit in 2^14 (XFD): a cell is one number. */
const key = (row: number, col: number) => row * 16384 + col;

const REF = /(?:'((?:[^']|'')+)'|([A-Za-zА-Яа-яЁё_][A-Za-zА-Яа-яЁё0-9_.]*))!\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?/g;

/** Every cross-sheet reference in the sheets' formulas, by the sheet referred to. */
export function formulaReferences(sheets: SheetGrid[]): Map<string, ReferencedCells> {
  const out = new Map<string, ReferencedCells>();
  for (const sheet of sheets) {
    const rows = sheet.formulas;
    if (!rows) continue;
    for (const row of rows) {
      if (!row) continue;
      for (const f of row) {
        if (typeof f !== 'string' || !f.includes('!')) continue;
        for (const m of f.matchAll(REF)) {
          const target = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
          if (target === sheet.name) continue;
          let entry = out.get(target);
          if (!entry) out.set(target, (entry = { cells: new Set(), ranges: [], from: new Set() }));
          entry.from.add(sheet.name);
          const top = Number(m[4]) - 1;
          const left = columnIndex(m[3]);
          if (m[5] === undefined) entry.cells.add(key(top, left));
          else {
            const bottom = Number(m[6]) - 1;
            const right = columnIndex(m[5]);
            entry.ranges.push({ top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) });
          }
        }
      }
    }
  }
  return out;
}

function referenced(refs: ReferencedCells, row: number, col: number): boolean {
  if (refs.cells.has(key(row, col))) return true;
  for (const r of refs.ranges) if (row >= r.top && row <= r.bottom && col >= r.left && col <= r.right) return true;
  return false;
}

/** Share of filled data cells that must be referenced for the sheet to count as a source. */
const SOURCE_SHARE = 0.8;

/**
 * The sheet (among `readers`, the other sheets being read) whose formulas this frame's table
 * feeds, or null when the table stands on its own.
 */
export function sourceOf(frame: TableFrame, refs: Map<string, ReferencedCells>, readers: Set<string>): string | null {
  const r = refs.get(frame.sheet);
  if (!r) return null;
  const from = [...r.from].filter((s) => s !== frame.sheet && readers.has(s));
  if (from.length === 0) return null;
  const { view } = frame;
  const sheet = view.sheet;
  let filled = 0;
  let hit = 0;
  for (const e of frame.entities) {
    for (const c of frame.columns) {
      const v = view.value(e.row, c.col);
      if (v === null || v === '') continue;
      filled++;
      if (referenced(r, sheet.startRow + view.gridRow(e.row, c.col), sheet.startCol + view.gridCol(e.row, c.col))) hit++;
    }
  }
  return filled > 0 && hit >= SOURCE_SHARE * filled ? from[0] : null;
}
