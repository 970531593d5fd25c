/**
 * Builds a sheet's grid as its cells are read, straight into the grid's rows — no list of the
 * cells on the side: on a 100,000-row form that list (a million entries in five columns) was as
 * large as the grid itself at the reader's peak.
 *
 * The grid is the one exceljs's reader gave (the oracle test holds both to it): the used range
 * of the cells that hold a value or a formula, grown to the merged areas; inside it, a row is as
 * long as its last such cell; an empty cell's number format is kept where it lies inside its
 * row (a percent column with gaps); a merged cell other than the top-left one holds no value.
 * A row of number formats or formulas ends with its last format or formula (SheetGrid allows
 * shorter rows: a missing cell has none), and a row with none is one shared empty array.
 *
 * Example:
 *   const b = new GridBuilder();
 *   b.set(2, 0, 'Район', null, null); b.set(2, 1, 0.5, null, '0%');
 *   b.finish([]) // → { startRow: 2, startCol: 0, values: [['Район', 0.5]], numberFormats: [[null, '0%']], formulas: [[]], merges: [] }
 */

import type { CellValue, MergedArea, SheetGrid } from '../../../engine/grid';

const isKept = (value: CellValue, formula: string | null) => (value !== null && value !== '') || !!formula;

/**
 * The row of formats or formulas of a row that has none: one array for all of them, frozen so
 * no one can fill it by mistake. A 100,000-row form of plain numbers had 200,000 arrays of
 * nulls, about 35 MB of the command's peak.
 */
const NONE: (string | null)[] = Object.freeze([]) as unknown as (string | null)[];

/** Dense (push, not a write past the end), so V8 keeps the row a plain array. */
function put<T>(row: (T | null)[], c: number, item: T): void {
  while (row.length <= c) row.push(null);
  row[c] = item;
}

/** The row without its trailing nulls; NONE when nothing is left. */
function trimmed(row: (string | null)[]): (string | null)[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === null) end--;
  if (end === 0) return NONE;
  row.length = end;
  return row;
}

export class GridBuilder {
  /** By absolute row and column, as read; formats and formulas only for rows that have some. */
  private readonly values: CellValue[][] = [];
  private readonly formats: (string | null)[][] = [];
  private readonly formulas: (string | null)[][] = [];

  set(r: number, c: number, value: CellValue, formula: string | null, format: string | null): void {
    if (r < 0 || c < 0) return;
    put((this.values[r] ??= []), c, value);
    if (format !== null) put((this.formats[r] ??= []), c, format);
    else if (this.formats[r] && c < this.formats[r].length) this.formats[r][c] = null;
    if (formula !== null) put((this.formulas[r] ??= []), c, formula);
    else if (this.formulas[r] && c < this.formulas[r].length) this.formulas[r][c] = null;
  }

  finish(merges: MergedArea[]): Omit<SheetGrid, 'name'> {
    for (const m of merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        const values = this.values[r];
        if (!values) continue;
        const formulas = this.formulas[r];
        for (let c = m.left; c <= Math.min(m.right, values.length - 1); c++) {
          if (r === m.top && c === m.left) continue;
          values[c] = null;
          if (formulas && c < formulas.length) formulas[c] = null;
        }
      }
    }
    // The used range: rows and columns of kept cells, grown to the merged areas.
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const last = new Array<number>(this.values.length);
    for (let r = 0; r < this.values.length; r++) {
      const values = this.values[r];
      last[r] = -1;
      if (!values) continue;
      const formulas = this.formulas[r] ?? NONE;
      let first = -1;
      for (let c = 0; c < values.length; c++) {
        if (!isKept(values[c], formulas[c] ?? null)) continue;
        if (first < 0) first = c;
        last[r] = c;
      }
      if (first < 0) continue;
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (first < left) left = first;
      if (last[r] > right) right = last[r];
    }
    for (const m of merges) {
      if (m.top < top) top = m.top;
      if (m.left < left) left = m.left;
      if (m.bottom > bottom) bottom = m.bottom;
      if (m.right > right) right = m.right;
    }
    if (bottom < 0) return { startRow: 0, startCol: 0, values: [], numberFormats: [], formulas: [], merges };
    const height = bottom - top + 1;
    const values: CellValue[][] = new Array(height);
    const numberFormats: (string | null)[][] = new Array(height);
    const formulas: (string | null)[][] = new Array(height);
    for (let i = 0; i < height; i++) {
      const r = top + i;
      const end = r < last.length ? last[r] + 1 : 0;
      if (end <= left) {
        values[i] = [];
        numberFormats[i] = NONE;
        formulas[i] = NONE;
        continue;
      }
      // Cells before `left` are empty. Always a copy of just the row's cells: a row grown push by
      // push has room for half as many again, and on a 100,000-row form that spare room was a
      // sixth of the grid (30 → 25 MB).
      const rv = this.values[r].slice(left, end);
      const rx = this.formulas[r] ? trimmed(this.formulas[r].slice(left, end)) : NONE;
      // An empty text without a formula is a gap, as in exceljs's grid.
      for (let c = 0; c < rv.length; c++) if (rv[c] === '' && !rx[c]) rv[c] = null;
      values[i] = rv;
      formulas[i] = rx;
      numberFormats[i] = this.formats[r] ? trimmed(this.formats[r].slice(left, end)) : NONE;
      // The row as read goes at once, so the grid is never held twice.
      this.values[r] = NONE;
      if (this.formats[r]) this.formats[r] = NONE;
      if (this.formulas[r]) this.formulas[r] = NONE;
    }
    return { startRow: top, startCol: left, values, numberFormats, formulas, merges };
  }
}
