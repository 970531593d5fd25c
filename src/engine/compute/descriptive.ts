/**
 * Descriptive indicators and tables (METHODOLOGY §4: counts are descriptive). A count/base
 * pair's share has a regional level — the pooled share — but no status unless the user set a
 * threshold for it: 11 % young teachers is not an 11 % "fulfilment" of a target. A table whose
 * shares are all such has no overall result, groups or ranks. The summary sheet and the note
 * must both say so, in the same terms, rather than describe an absent target as reached.
 *
 * Example:
 *   isDescriptiveShare({ kind: 'percent', level: 35.9, status: null }) // → true
 *   isDescriptiveTable(f01a)  // → true: four shares, no threshold, no criteria
 */

import type { Indicator, TableAnalysis } from '../analysis';

export function isDescriptiveShare(i: Pick<Indicator, 'kind' | 'level' | 'status'>): boolean {
  return i.kind === 'percent' && i.level !== null && i.status === null;
}

export function isDescriptiveTable(t: Pick<TableAnalysis, 'criteria' | 'shares' | 'entities'>): boolean {
  return t.criteria.length === 0 && t.shares.length > 0 && t.entities.every((e) => e.fulfilment === null);
}

/**
 * The table's descriptive counts: count and number columns that are not the base of a pair
 * («Всего педагогов» is the denominator of the shares, not an indicator of its own).
 *
 * Example:
 *   describedCounts(form).map((i) => i.id) // → ['I', 'J'] (C and F are bases of the pairs)
 */
export function describedCounts(t: Pick<TableAnalysis, 'indicators' | 'pairs'>): Indicator[] {
  const bases = new Set(t.pairs.map((pair) => `${pair.base.sheet}\u0000${pair.base.index}`));
  return t.indicators.filter((i) => (i.kind === 'count' || i.kind === 'number') && !bases.has(`${i.source.sheet}\u0000${i.source.index}`));
}
