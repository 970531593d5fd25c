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
