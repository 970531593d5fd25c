/**
 * One entity's row of a count/base pair, read from the pair's columns instead of being copied
 * out of them. A 100,000-row form has 300,000 such rows; as plain objects of fifteen fields with
 * their own address strings they were 81 MB of its analysis, as these small views on arrays the
 * pair already holds (counts, bases, shares; addresses made on request) they are 16 MB with
 * those arrays (heap after a forced collection, session 6). The analysis is never sent across a worker boundary (the pane
 * posts the output plan), so getters are safe; JSON is built field by field (json.ts).
 *
 * Example:
 *   const row = new EntityShare(columns, 4);
 *   row.share         // → 70.65… (the pair's `shares[4]`)
 *   row.numeratorCell // → 'Форма!D9'
 */

import type { ShareResult } from '../analysis';
import * as cellState from '../values/cellState';

const S_OK = cellState.S_OK;

export const SHARE_MISMATCH = 1;
export const SHARE_PLAIN = 2;
export const SHARE_EXCLUDED = 4;

/** The columns of one pair, shared by all its entity rows. */
export interface PairColumns {
  indicator: string;
  indicatorId: string;
  names: readonly string[];
  num: Float64Array;
  numState: Uint8Array;
  base: Float64Array;
  baseState: Uint8Array;
  /** Share per entity, NaN when none. */
  shares: Float64Array;
  numCell(i: number): string;
  baseCell(i: number): string;
  declared: { values: Float64Array; states: Uint8Array; cell(i: number): string } | null;
  /** SHARE_MISMATCH | SHARE_PLAIN | SHARE_EXCLUDED per entity. */
  flags: Uint8Array;
}

export class EntityShare implements ShareResult {
  constructor(
    private readonly columns: PairColumns,
    private readonly i: number,
  ) {}

  /** Mean and median belong to the region's row only. */
  get mean(): null {
    return null;
  }
  get median(): null {
    return null;
  }
  get entity(): string {
    return this.columns.names[this.i];
  }
  get indicator(): string {
    return this.columns.indicator;
  }
  get indicatorId(): string {
    return this.columns.indicatorId;
  }
  get numerator(): number | null {
    return this.columns.numState[this.i] === S_OK ? this.columns.num[this.i] : null;
  }
  get base(): number | null {
    return this.columns.baseState[this.i] === S_OK ? this.columns.base[this.i] : null;
  }
  get share(): number | null {
    const s = this.columns.shares[this.i];
    return Number.isNaN(s) ? null : s;
  }
  get declared(): number | null {
    const d = this.columns.declared;
    return d && d.states[this.i] === S_OK ? d.values[this.i] : null;
  }
  get declaredCell(): string | null {
    return this.columns.declared ? this.columns.declared.cell(this.i) : null;
  }
  get numeratorCell(): string {
    return this.columns.numCell(this.i);
  }
  get baseCell(): string {
    return this.columns.baseCell(this.i);
  }
  get mismatch(): boolean {
    return (this.columns.flags[this.i] & SHARE_MISMATCH) !== 0;
  }
  get plain(): boolean {
    return (this.columns.flags[this.i] & SHARE_PLAIN) !== 0;
  }
  get excluded(): boolean {
    return (this.columns.flags[this.i] & SHARE_EXCLUDED) !== 0;
  }

  /** The fields as a plain object (for tests and debugging: a class instance prints its getters as nothing). */
  toJSON(): ShareResult {
    const { entity, indicator, indicatorId, numerator, base, share, mean, median, declared, declaredCell, mismatch, numeratorCell, baseCell, plain, excluded } = this;
    return { entity, indicator, indicatorId, numerator, base, share, mean, median, declared, declaredCell, mismatch, numeratorCell, baseCell, plain, excluded };
  }
}

