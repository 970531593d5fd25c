/**
 * The cells of one data column, parsed once (METHODOLOGY §3) and kept in typed arrays: a
 * kind code and a number per entity row. A 100 000-row form therefore costs two arrays per
 * column, not 100 000 objects; only cells that need a message later (text, ignored comment)
 * keep their parse result.
 *
 * Example:
 *   const cells = readColumnCells(entities, 3);   // column D of the entity rows
 *   cells.kinds[0] === K_PERCENT; cells.values[0] === 86; cells.explicit[0] === 1  // '86%'
 *   cells.kinds[1] === K_NUMBER;  cells.values[1] === 0.7; cells.explicit[1] === 0  // bare 0.7
 */

import type { CellValue } from '../grid';
import { parseCell, isPercentFormat, type ParsedCell } from '../values/parseCell';
import type { RowRef } from './entityRows';
import { memoized } from '../memoized';

export const K_EMPTY = 0;
export const K_MISSING = 1;
export const K_YES = 2;
export const K_NO = 3;
export const K_PERCENT = 4;
export const K_NUMBER = 5;
export const K_TEXT = 6;
export const K_ERROR = 7;

const CODE: Record<ParsedCell['kind'], number> = {
  empty: K_EMPTY,
  missing: K_MISSING,
  yes: K_YES,
  no: K_NO,
  percent: K_PERCENT,
  number: K_NUMBER,
  text: K_TEXT,
  error: K_ERROR,
};

export interface ColumnCells {
  kinds: Uint8Array;
  values: Float64Array;
  /** 1 when a percent was explicit (percent format or '%' in the text), 0 for a bare number. */
  explicit: Uint8Array;
  /** Parse results kept for messages: cells with ignored text, text, errors, missing markers. */
  extra: Map<number, ParsedCell>;
  /** Tallies by kind code. */
  tally: number[];
  /** The cells as read (the entities' `raw`, kept so the analysis need not keep the grid). */
  raw: CellValue[];
}

const isPercentFormatKept = memoized(isPercentFormat, 1000);

function percentFormat(f: string | null): boolean {
  return f ? isPercentFormatKept(f) : false;
}

export function readColumnCells(rows: RowRef[], col: number): ColumnCells {
  const n = rows.length;
  const kinds = new Uint8Array(n);
  const values = new Float64Array(n);
  const explicit = new Uint8Array(n);
  const extra = new Map<number, ParsedCell>();
  const tally = [0, 0, 0, 0, 0, 0, 0, 0];
  const raw = new Array<CellValue>(n);
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    const v: CellValue = row.view.value(row.row, col);
    raw[i] = v;
    let k: number;
    if (typeof v === 'number' && Number.isFinite(v)) {
      // Fast path: most cells of a counts form are plain numbers.
      if (percentFormat(row.view.format(row.row, col))) {
        k = K_PERCENT;
        values[i] = v * 100;
        explicit[i] = 1;
      } else {
        k = K_NUMBER;
        values[i] = v;
      }
    } else if (v === null || v === '') {
      k = K_EMPTY;
      values[i] = NaN;
    } else {
      const p = parseCell(v, typeof v === 'string' ? null : row.view.format(row.row, col));
      k = CODE[p.kind];
      values[i] = p.value ?? NaN;
      if (k === K_PERCENT) explicit[i] = 1;
      if (p.ignoredText || k === K_TEXT || k === K_ERROR || k === K_MISSING) extra.set(i, p);
    }
    kinds[i] = k;
    tally[k]++;
  }
  return { kinds, values, explicit, extra, tally, raw };
}

/** Cells that carry data (да/нет, percent, number). */
export function dataCount(t: number[]): number {
  return t[K_YES] + t[K_NO] + t[K_PERCENT] + t[K_NUMBER];
}
