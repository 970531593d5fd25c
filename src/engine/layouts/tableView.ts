/**
 * A rectangular window on a sheet that the layout readers walk in "view" coordinates
 * (row r, column c), while every address they report stays the real one on the sheet.
 *
 * Why: a transposed table (indicators in rows, municipalities in columns) is the same table
 * turned by 90°. Instead of writing every reader twice, the reader works on a view; a
 * transposed view swaps rows and columns, so view column 3 is sheet row 3 of the window,
 * and `address(r, c)` still names the cell the user will click.
 *
 * Example (sheet with values [['Показатель','Район А'],['1.1 Наличие','да']] at A1):
 *   const v = new TableView(sheet, true);
 *   v.value(1, 1)    // → 'да' (sheet B2: the «Район А» line, indicator 1.1)
 *   v.address(1, 0)  // → 'Лист1!B1' (the header cell naming «Район А»)
 *   v.lineIndex(1)   // → 1: indicator column 1 of the view is sheet row 1 (0-based)
 */

import { gridWidth, type CellValue, type MergedArea, type SheetGrid } from '../grid';
import { quoteSheetName } from '../address';
import { ViewAddresses } from './viewAddresses';

/** A merged area in view coordinates (inclusive). */
export interface ViewMerge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Merges above this size are looked up by scanning rather than indexed cell by cell. */
const INDEX_LIMIT = 4096;

export class TableView {
  readonly name: string;
  /** Number of view rows and columns. */
  readonly rows: number;
  readonly cols: number;
  private readonly prefix: string;
  private addressing: ViewAddresses | null = null;
  private mergeIndex: Map<number, MergedArea> | null = null;
  private bigMerges: MergedArea[] = [];
  private readonly gridWidth: number;
  /**
   * View column → grid column, when some grid columns are left out of the view (an empty
   * column a district inserted into the common form: see TableView.withoutColumns).
   */
  private readonly columnMap: number[] | null = null;
  private columnOfGrid: Map<number, number> | null = null;

  /**
   * @param sheet the grid
   * @param transposed swap rows and columns
   * @param top,left grid-relative origin of the window (0-based, relative to startRow/startCol)
   * @param height,width window size in grid rows/columns (defaults: to the end of the grid)
   * @param columnMap view column → grid column, when columns are left out (withoutColumns)
   */
  constructor(
    readonly sheet: SheetGrid,
    readonly transposed = false,
    readonly top = 0,
    readonly left = 0,
    height?: number,
    width?: number,
    columnMap?: number[],
  ) {
    this.name = sheet.name;
    const w = gridWidth(sheet);
    this.gridWidth = w;
    const h = height ?? Math.max(0, sheet.values.length - top);
    const wd = columnMap ? columnMap.length : width ?? Math.max(0, w - left);
    if (columnMap && !transposed) this.columnMap = columnMap;
    this.rows = transposed ? wd : h;
    this.cols = transposed ? h : wd;
    this.prefix = `${quoteSheetName(sheet.name)}!`;
  }

  /** The same sheet without the given grid columns (not transposed): the other columns close up. */
  static withoutColumns(sheet: SheetGrid, dropped: Set<number>): TableView {
    const w = gridWidth(sheet);
    const map: number[] = [];
    for (let c = 0; c < w; c++) if (!dropped.has(c)) map.push(c);
    return new TableView(sheet, false, 0, 0, undefined, undefined, map);
  }

  /** Grid row/column of a view cell. */
  gridRow(r: number, c: number): number {
    return this.top + (this.transposed ? c : r);
  }

  gridCol(r: number, c: number): number {
    if (this.columnMap) return this.columnMap[c] ?? this.gridWidth + c;
    return this.left + (this.transposed ? r : c);
  }

  /** View column of a grid column (−1 when it is left out of a compacted view). */
  private viewColumn(gridCol: number): number {
    if (!this.columnMap) return gridCol;
    if (!this.columnOfGrid) this.columnOfGrid = new Map(this.columnMap.map((g, c) => [g, c]));
    return this.columnOfGrid.get(gridCol) ?? -1;
  }

  value(r: number, c: number): CellValue {
    if (r < 0 || c < 0 || r >= this.rows || c >= this.cols) return null;
    const row = this.sheet.values[this.gridRow(r, c)];
    if (!row) return null;
    const v = row[this.gridCol(r, c)];
    return v === undefined ? null : v;
  }

  format(r: number, c: number): string | null {
    const row = this.sheet.numberFormats?.[this.gridRow(r, c)];
    if (!row) return null;
    return row[this.gridCol(r, c)] ?? null;
  }

  formula(r: number, c: number): string | null {
    const f = this.sheet.formulas?.[this.gridRow(r, c)]?.[this.gridCol(r, c)];
    return typeof f === 'string' && f.startsWith('=') ? f : null;
  }

  /** A view row that belongs to another view of the sheet (SheetGrid.omittedRows): skip it. */
  omitted(r: number): boolean {
    return !this.transposed && this.sheet.omittedRows !== undefined && this.sheet.omittedRows.has(this.top + r);
  }

  /** 0-based sheet row and column of a view cell. */
  sheetRow(r: number, c: number): number {
    return this.sheet.startRow + this.gridRow(r, c);
  }

  sheetCol(r: number, c: number): number {
    return this.sheet.startCol + this.gridCol(r, c);
  }

  /**
   * The sheet index of a view column as a line of the table: its sheet column, or its sheet
   * row when the view is transposed (an indicator of a transposed table lies in a row).
   */
  lineIndex(c: number): number {
    return this.transposed ? this.sheet.startRow + this.top + c : this.sheet.startCol + this.gridCol(0, c);
  }

  /** The sheet index of a view row as a line: sheet row, or sheet column when transposed. */
  rowLineIndex(r: number): number {
    return this.transposed ? this.sheet.startCol + this.left + r : this.sheet.startRow + this.top + r;
  }

  /** Full address, identical to cellAddress(sheet, row, col) but cached per column. */
  address(r: number, c: number): string {
    return this.addresses().address(r, c);
  }

  /** This view's addresses, apart from its grid: what the analysis keeps to name its cells. */
  addresses(): ViewAddresses {
    if (!this.addressing) {
      this.addressing = new ViewAddresses({
        prefix: this.prefix,
        transposed: this.transposed,
        rowBase: this.sheet.startRow + this.top,
        colBase: this.sheet.startCol + this.left,
        columnMap: this.columnMap ? this.columnMap.map((g) => this.sheet.startCol + g) : null,
        overflow: this.sheet.startCol + this.gridWidth,
      });
    }
    return this.addressing;
  }

  /** The merged area covering a view cell, in view coordinates, or null. */
  mergeAt(r: number, c: number): ViewMerge | null {
    if (!this.sheet.merges || this.sheet.merges.length === 0) return null;
    if (!this.mergeIndex) this.buildMergeIndex();
    const gr = this.sheet.startRow + this.gridRow(r, c);
    const gc = this.sheet.startCol + this.gridCol(r, c);
    let m = this.mergeIndex!.get(gr * 16384 + gc) ?? null;
    if (!m) {
      for (const b of this.bigMerges) {
        if (gr >= b.top && gr <= b.bottom && gc >= b.left && gc <= b.right) {
          m = b;
          break;
        }
      }
    }
    if (!m) return null;
    // Back to view coordinates (the merge may extend beyond the window; clip is not needed
    // because callers only compare coordinates).
    const t = m.top - this.sheet.startRow - this.top;
    const b = m.bottom - this.sheet.startRow - this.top;
    let l = m.left - this.sheet.startCol - this.left;
    let rr = m.right - this.sheet.startCol - this.left;
    if (this.columnMap) {
      // A merge over a left-out column: its ends close up with the columns kept.
      let a = m.left - this.sheet.startCol;
      let z = m.right - this.sheet.startCol;
      while (a <= z && this.viewColumn(a) < 0) a++;
      while (z >= a && this.viewColumn(z) < 0) z--;
      l = this.viewColumn(a);
      rr = this.viewColumn(z);
    }
    return this.transposed ? { top: l, bottom: rr, left: t, right: b } : { top: t, bottom: b, left: l, right: rr };
  }

  private buildMergeIndex(): void {
    const index = new Map<number, MergedArea>();
    for (const m of this.sheet.merges ?? []) {
      const area = (m.bottom - m.top + 1) * (m.right - m.left + 1);
      if (area <= 1) continue;
      if (area > INDEX_LIMIT) {
        this.bigMerges.push(m);
        continue;
      }
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) index.set(r * 16384 + c, m);
      }
    }
    this.mergeIndex = index;
  }

  /** A view of a sub-window of this sheet (grid-relative rows/columns), optionally transposed. */
  static window(sheet: SheetGrid, transposed: boolean, top: number, left: number, bottom: number, right: number): TableView {
    return new TableView(sheet, transposed, top, left, bottom - top + 1, right - left + 1);
  }

  /** Width of the underlying grid (the longest row). */
  get gridColumns(): number {
    return this.gridWidth;
  }
}
