/**
 * An output sheet's rows as blocks: rows given as they are (titles, headers, regional rows)
 * and blocks of rows made only when a writer asks for one (the entity rows of a long table).
 * On a 100,000-row counts form, Сводная's entity rows made up front were 1.3 million cell
 * objects and about 140 MB, the largest part of the command's memory; made on request, each
 * row lives only while it is written. A made row is made again each time it is asked for, so
 * its maker must give the same row every time (it reads the analysis, which does not change)
 * and no one may change a row taken (cellTextLimit.ts cuts made rows as they are made).
 *
 * Made rows are a sheet's plain data: no header cells, and wrapped cells only in the columns
 * their block names, with a way to reach those cells without making the row (`MadeWrapped`), so
 * the row heights (rowHeights.ts) never make a row.
 *
 * Example:
 *   const rows = new RowBlocks();
 *   rows.push([{ value: 'Сводная', style: 'title' }]);
 *   rows.pushMade(3, 2, (i) => [{ value: i + 1 }, { value: `Школа № ${i + 1}` }]);
 *   rows.length   // → 4
 *   rows.at(2)    // → [{ value: 2 }, { value: 'Школа № 2' }]
 */

import { limitRowText } from './cellTextLimit';
import type { OutCell, OutRow, SheetRows } from './plan';

interface GivenBlock {
  start: number;
  rows: OutRow[];
}

/**
 * The wrapped cells of a block of made rows: their columns, and the cell of row `index` (from
 * the block's first row) in one of them, the same object the made row holds there.
 */
export interface MadeWrapped {
  columns: readonly number[];
  cell(index: number, column: number): OutCell | null;
}

interface MadeBlock {
  start: number;
  count: number;
  width: number;
  make: (index: number) => OutRow;
  wrapped?: MadeWrapped;
}

type Block = GivenBlock | MadeBlock;

const isMade = (b: Block): b is MadeBlock => 'make' in b;
const sizeOf = (b: Block): number => (isMade(b) ? b.count : b.rows.length);

export class RowBlocks implements SheetRows {
  private readonly blocks: Block[] = [];
  private total = 0;
  /** The block of the last row asked for: writers ask in order. */
  private lastBlock = 0;

  get length(): number {
    return this.total;
  }

  /** Append given rows. */
  push(...rows: OutRow[]): number {
    let last = this.blocks[this.blocks.length - 1];
    if (!last || isMade(last)) {
      last = { start: this.total, rows: [] };
      this.blocks.push(last);
    }
    for (const row of rows) last.rows.push(row);
    this.total += rows.length;
    return this.total;
  }

  /**
   * Append `count` rows, at most `width` cells each, the i-th made by `make(i)` when asked for;
   * `wrapped` names the columns where the made rows have wrapped cells.
   */
  pushMade(count: number, width: number, make: (index: number) => OutRow, wrapped?: MadeWrapped): void {
    if (count <= 0) return;
    this.blocks.push({ start: this.total, count, width, make, ...(wrapped ? { wrapped } : {}) });
    this.total += count;
  }

  at(index: number): OutRow | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.total) return undefined;
    const b = this.blockOf(index);
    if (!isMade(b)) return b.rows[index - b.start];
    const row = b.make(index - b.start);
    limitRowText(row);
    return row;
  }

  *[Symbol.iterator](): Iterator<OutRow> {
    for (let r = 0; r < this.total; r++) yield this.at(r)!;
  }

  /** The given rows with their indexes (what row heights and text limits look at up front). */
  *givenRows(): Iterable<[number, OutRow]> {
    for (const b of this.blocks) if (!isMade(b)) for (let i = 0; i < b.rows.length; i++) yield [b.start + i, b.rows[i]];
  }

  /** Every wrapped cell of the made rows, with its row and column, without making the rows. */
  forEachMadeWrapped(visit: (row: number, column: number, cell: OutCell) => void): void {
    for (const b of this.blocks) {
      if (!isMade(b) || !b.wrapped) continue;
      const { columns, cell } = b.wrapped;
      for (let i = 0; i < b.count; i++) {
        for (const c of columns) {
          const x = cell(i, c);
          if (x) visit(b.start + i, c, x);
        }
      }
    }
  }

  /** The widest row from `from` on, without making any row. */
  widthFrom(from: number): number {
    let width = 0;
    for (const b of this.blocks) {
      const end = b.start + sizeOf(b);
      if (end <= from) continue;
      if (isMade(b)) width = Math.max(width, b.width);
      else for (let i = Math.max(0, from - b.start); i < b.rows.length; i++) width = Math.max(width, b.rows[i].length);
    }
    return width;
  }

  private blockOf(index: number): Block {
    const hit = (b: Block) => index >= b.start && index < b.start + sizeOf(b);
    if (hit(this.blocks[this.lastBlock])) return this.blocks[this.lastBlock];
    // Blocks are few (a handful per source table): a scan is enough.
    this.lastBlock = this.blocks.findIndex(hit);
    return this.blocks[this.lastBlock];
  }
}
