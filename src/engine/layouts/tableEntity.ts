/**
 * The entities of a matrix or counts table (EntityResult) as views on the table's columns:
 * each entity is its index and a reference to what the whole table computed (names, places,
 * results per entity), and reads its fields from there when asked. On a 100,000-row form the
 * entities as objects of their own fields were 15 MB of the analysis (16 fields of 8 bytes
 * each, Node keeping full pointers) and a share of every garbage collection that copied them;
 * as views they are 4 MB. The address of the name cell is made from the row's placement on its
 * sheet (not from its view, which would keep the grid alive); the cells and criteria records
 * are made on first use and then kept, so an entity gives the same record every time.
 *
 * The fields read like the plain ones; no one changes an entity of such a table once it is made.
 *
 * Example:
 *   const entities = tableEntities(columns);
 *   entities[4].name        // → columns.names[4]
 *   entities[4].nameCell    // → 'Форма!B9' (made now)
 *   entities[4].cells['D']  // → the cells record (made now, then kept)
 */

import type { EntityResult, ScoredCell } from '../analysis';
import { reaches } from '../compute/bound';
import type { ViewAddresses } from './viewAddresses';

/** What a table knows of all its entities, index-aligned. */
export interface EntityColumns {
  names: readonly string[];
  /** The views the entities come from (a table has one or a few): sheet name and placement. */
  sheets: readonly string[];
  places: readonly ViewAddresses[];
  /** Per entity: its view (index into sheets and places), view row and the view column of its name. */
  viewOf: Int32Array;
  rows: Int32Array;
  nameCols: Int32Array;
  /** Sheet row (column when transposed) of each entity. */
  lines: Int32Array;
  cellsOf: (i: number) => Record<string, ScoredCell>;
  criteriaLabels: readonly string[];
  /** Per criterion (in criteriaLabels' order): fulfilment and group of each entity. */
  byCriterion: readonly (readonly (number | null)[])[];
  groupsByCriterion: readonly (readonly (number | null)[])[];
  overall: readonly (number | null)[];
  groups: readonly (number | null)[];
  ranks: readonly (number | null)[];
  incomplete: readonly boolean[];
  regionMedian: number | null;
}

/** Entities of a table without criteria share one empty record (frozen). */
const NO_CRITERIA: Record<string, number | null> = Object.freeze({}) as Record<string, number | null>;

export class TableEntity implements EntityResult {
  private cellsRecord: Record<string, ScoredCell> | null = null;
  private criteriaRecord: Record<string, number | null> | null = null;
  private groupsRecord: Record<string, number | null> | null = null;

  constructor(
    private readonly columns: EntityColumns,
    private readonly i: number,
  ) {}

  get name(): string {
    return this.columns.names[this.i];
  }
  get sheet(): string {
    return this.columns.sheets[this.columns.viewOf[this.i]];
  }
  get index(): number {
    return this.columns.lines[this.i];
  }
  get nameCell(): string {
    const c = this.columns;
    return c.places[c.viewOf[this.i]].address(c.rows[this.i], c.nameCols[this.i]);
  }
  get cells(): Record<string, ScoredCell> {
    return (this.cellsRecord ??= this.columns.cellsOf(this.i));
  }
  get criteria(): Record<string, number | null> {
    return (this.criteriaRecord ??= this.record(this.columns.byCriterion));
  }
  get criteriaGroups(): Record<string, number | null> {
    return (this.groupsRecord ??= this.record(this.columns.groupsByCriterion));
  }
  get fulfilment(): number | null {
    return this.columns.overall[this.i];
  }
  get group(): number | null {
    return this.columns.groups[this.i];
  }
  get rank(): number | null {
    return this.columns.ranks[this.i];
  }
  get incomplete(): boolean {
    return this.columns.incomplete[this.i];
  }
  get belowMedian(): boolean {
    const overall = this.columns.overall[this.i];
    const median = this.columns.regionMedian;
    return overall !== null && median !== null && !reaches(overall, median);
  }

  /** Criterion label → this entity's value in `perCriterion`. */
  private record(perCriterion: readonly (readonly (number | null)[])[]): Record<string, number | null> {
    const labels = this.columns.criteriaLabels;
    if (labels.length === 0) return NO_CRITERIA;
    const out: Record<string, number | null> = {};
    for (let c = 0; c < labels.length; c++) out[labels[c]] = perCriterion[c][this.i];
    return out;
  }
}

/** The entities over `columns`, one view per index. */
export function tableEntities(columns: EntityColumns): TableEntity[] {
  const n = columns.names.length;
  const out = new Array<TableEntity>(n);
  for (let i = 0; i < n; i++) out[i] = new TableEntity(columns, i);
  return out;
}
