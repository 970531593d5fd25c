/**
 * Builds a sheet's grid as its cells are read, straight into the grid's rows — no list of the
 * cells on the side: on a 100,000-row form that list (a million entries in five columns) was as
 * large as the grid itself at the reader's peak.
 *
 * The grid is the one exceljs's reader gave (the oracle test holds both to it): the used range
 * of the cells that hold a value or a formula, grown to the merged areas; inside it, a row is as
 * long as its last such cell; an empty cell's number format is kept where it lies inside its
 * row (a percent column with gaps); a merged cell other than the top-left one holds no value.
 *
 * Example:
 *   const b = new GridBuilder();
 *   b.set(2, 0, 'Район', null, null); b.set(2, 1, 0.5, null, '0%');
 *   b.finish([]) // → { startRow: 2, startCol: 0, values: [['Район', 0.5]], numberFormats: [[null, '0%']], formulas: [[null, null]], merges: [] }
 */

import type { CellValue, MergedArea, SheetGrid } from '../../../engine/grid';

const isKept = (value: CellValue, formula: string | null) => (value !== null && value !== '') || !!formula;

export class GridBuilder {
  /** By absolute row and column, as read. */
  private readonly values: CellValue[][] = [];
  private readonly formats: (string | null)[][] = [];
  private readonly formulas: (string | null)[][] = [];

  set(r: number, c: number, value: CellValue, formula: string | null, format: string | null): void {
    if (r < 0 || c < 0) return;
    const values = (this.values[r] ??= []);
    const formats = (this.formats[r] ??= []);
    const formulas = (this.formulas[r] ??= []);
    // Dense rows (push, not a write past the end), so V8 keeps them as plain arrays.
    while (values.length <= c) values.push(null);
    while (formats.length <= c) formats.push(null);
    while (formulas.length <= c) formulas.push(null);
    values[c] = value;
    formats[c] = format;
    formulas[c] = formula;
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
          formulas[c] = null;
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
      const formulas = this.formulas[r];
      let first = -1;
      for (let c = 0; c < values.length; c++) {
        if (!isKept(values[c], formulas[c])) continue;
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
        numberFormats[i] = [];
        formulas[i] = [];
        continue;
      }
      const v = this.values[r];
      const f = this.formats[r];
      const x = this.formulas[r];
      // Cells before `left` are empty; a row keeps its array when it starts at the first column.
      const cut = <T>(row: T[]): T[] => {
        if (left === 0) {
          row.length = end;
          return row;
        }
        return row.slice(left, end);
      };
      const rv = cut(v);
      const rx = cut(x);
      // An empty text without a formula is a gap, as in exceljs's grid.
      for (let c = 0; c < rv.length; c++) if (rv[c] === '' && !rx[c]) rv[c] = null;
      values[i] = rv;
      formulas[i] = rx;
      numberFormats[i] = cut(f);
    }
    return { startRow: top, startCol: left, values, numberFormats, formulas, merges };
  }
}
