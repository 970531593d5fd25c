/**
 * The addresses of a TableView's cells without the view's grid. The analysis names a source
 * cell for every entity × indicator, share and finding; kept as strings, those names were a
 * third of a 100,000-row form's analysis, and a view kept to make them later would keep the
 * whole grid alive after the command has let it go. This copy holds only the numbers that place
 * the view on its sheet, so an address can be made when something asks for it.
 *
 * Example:
 *   const a = new ViewAddresses({ prefix: 'Лист1!', transposed: false, rowBase: 2, colBase: 0, columnMap: null, overflow: 5 });
 *   a.address(4, 1) // → 'Лист1!B7'
 */

import { columnLetter } from '../address';

export interface ViewPlacement {
  /** «Лист1!» or «'Лист 1'!». */
  prefix: string;
  transposed: boolean;
  /** Sheet row of view row 0 (view column 0 when transposed). */
  rowBase: number;
  /** Sheet column of view column 0 (view row 0 when transposed), without a column map. */
  colBase: number;
  /** View column → sheet column, when the view leaves grid columns out. */
  columnMap: readonly number[] | null;
  /** Sheet column of the first view column past the map (columns beyond the grid). */
  overflow: number;
}

export class ViewAddresses {
  private readonly letters: string[] = [];

  constructor(private readonly p: ViewPlacement) {}

  sheetRow(r: number, c: number): number {
    return this.p.rowBase + (this.p.transposed ? c : r);
  }

  sheetCol(r: number, c: number): number {
    const m = this.p.columnMap;
    if (m) return m[c] ?? this.p.overflow + c;
    return this.p.colBase + (this.p.transposed ? r : c);
  }

  address(r: number, c: number): string {
    const col = this.sheetCol(r, c);
    let l = this.letters[col];
    if (l === undefined) {
      l = columnLetter(col);
      this.letters[col] = l;
    }
    return `${this.p.prefix}${l}${this.sheetRow(r, c) + 1}`;
  }
}
