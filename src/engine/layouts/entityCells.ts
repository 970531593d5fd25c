/**
 * Each entity's `cells` record (indicator id → ScoredCell) as a view on the table's columns.
 * A record of plain objects costs an object per entity × indicator with its own address string:
 * on a 100,000-row form that was 63 MB of the analysis (11 MB this way, heap after a forced
 * collection) and the largest share of the engine's garbage collection. Here an entity's record is one small object; its properties — one per
 * indicator, on a prototype made for the table — read the columns when asked:
 * `e.cells['2.1'].score` is the column's score at the entity's index, and the address is made
 * only when something names the cell.
 *
 * The record reads like the plain one (`e.cells[id]?.score`, `'2.1' in e.cells`); the analysis
 * never crosses a worker boundary (the pane posts the output plan), and json.ts does not
 * serialise entity cells.
 *
 * Example:
 *   const recordOf = entityCellRecords([{ id: '2.1', cell: (i) => `Лист1!D${i + 3}`, raw: [90, 'нет'], scores, values, plain: () => true }]);
 *   recordOf(0)['2.1'].cell  // → 'Лист1!D3'
 *   recordOf(1)['2.1'].raw   // → 'нет'
 */

import type { CellValue } from '../grid';
import type { ScoredCell } from '../analysis';

/** One indicator's column, as the entities' cells read it. */
export interface CellColumn {
  id: string;
  cell(i: number): string;
  raw: readonly CellValue[];
  /** Normalised 0…1, NaN when none; null for a column without scores (counts). */
  scores: Float64Array | null;
  /** As read (percent 0–100, count as is), NaN when none. */
  values: Float64Array;
  plain(i: number): boolean;
}

class ColumnCell implements ScoredCell {
  constructor(
    private readonly column: CellColumn,
    private readonly i: number,
  ) {}

  get cell(): string {
    return this.column.cell(this.i);
  }
  get raw(): CellValue {
    return this.column.raw[this.i];
  }
  get score(): number | null {
    const s = this.column.scores ? this.column.scores[this.i] : NaN;
    return Number.isNaN(s) ? null : s;
  }
  get value(): number | null {
    const v = this.column.values[this.i];
    return Number.isNaN(v) ? null : v;
  }
  get plain(): boolean {
    return this.column.plain(this.i);
  }
}

const INDEX = Symbol('entity index');

/** A function giving the cells record of the entity at index i. */
export function entityCellRecords(columns: readonly CellColumn[]): (i: number) => Record<string, ScoredCell> {
  // A class per table: its prototype carries one getter per indicator of this table.
  class Cells {
    readonly [INDEX]: number;
    constructor(i: number) {
      this[INDEX] = i;
    }
  }
  for (const column of columns) {
    Object.defineProperty(Cells.prototype, column.id, {
      get(this: Cells): ScoredCell {
        return new ColumnCell(column, this[INDEX]);
      },
      enumerable: true,
      configurable: false,
    });
  }
  return (i) => new Cells(i) as unknown as Record<string, ScoredCell>;
}

/**
 * The columns behind a table's entity records, by the entities array they were made for: a pass
 * over one indicator for every entity (the factors, the clusters' features) reads the column's
 * scores at once instead of 3,000 keyed getters, each making a cell view — on the 3000 × 60
 * matrix the factors alone spent 50 ms so.
 */
const columnsOf = new WeakMap<readonly unknown[], { length: number; byId: Map<string, CellColumn> }>();

/** Registers the columns of the entities' records (buildTable.ts, once the entities exist). */
export function registerEntityColumns(entities: readonly unknown[], columns: readonly CellColumn[]): void {
  columnsOf.set(entities, { length: entities.length, byId: new Map(columns.map((c) => [c.id, c])) });
}

/**
 * Every entity's score in indicator `id` (0…1), NaN where it has none, in entity order: the
 * column's scores when the records are views on it, else read entity by entity.
 *
 * Example:
 *   indicatorScores(table, '2.1') // → Float64Array [1, 0, NaN, 1, …]
 */
export function indicatorScores(t: { entities: readonly { cells: Record<string, ScoredCell> }[] }, id: string): Float64Array {
  const registered = columnsOf.get(t.entities);
  const column = registered && registered.length === t.entities.length ? registered.byId.get(id) : undefined;
  if (column) return column.scores ? column.scores.slice() : new Float64Array(t.entities.length).fill(NaN);
  return Float64Array.from(t.entities, (e) => e.cells[id]?.score ?? NaN);
}
