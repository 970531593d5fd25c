/**
 * A table's count/base shares grouped by indicator, in the order the shares come: per group the
 * entity rows (index-aligned with the table's entities, one per entity) and the regional row.
 * Сводная's shares section and the note's paragraph on each share both go by indicator; a
 * counts form of 100,000 rows has 300,000 share rows, and each of them scanning the whole list
 * once per indicator was a tenth of the engine's time. Built once per table (cached on its list
 * of shares).
 *
 * Example:
 *   sharesByIndicator(t)[0] // → { key: 'D', indicatorId: 'D', indicator: 'из них молодых', entities: [41 rows], region: {…}, declared: true }
 */

import type { ShareResult, TableAnalysis } from '../analysis';

export interface IndicatorShares {
  /** The indicator's id, or its header when it has none. */
  key: string;
  indicatorId: string;
  indicator: string;
  entities: ShareResult[];
  region: ShareResult | null;
  /** Some row of the indicator has a declared share on the form. */
  declared: boolean;
}

const cache = new WeakMap<readonly ShareResult[], { length: number; groups: IndicatorShares[] }>();

export function sharesByIndicator(t: Pick<TableAnalysis, 'shares'>): IndicatorShares[] {
  const hit = cache.get(t.shares);
  if (hit && hit.length === t.shares.length) return hit.groups;
  const byKey = new Map<string, IndicatorShares>();
  const groups: IndicatorShares[] = [];
  const shares = t.shares;
  const keyOf = (s: ShareResult) => s.indicatorId || s.indicator;
  for (let i = 0; i < shares.length; ) {
    const s = shares[i];
    const key = keyOf(s);
    let g = byKey.get(key);
    if (!g) {
      g = { key, indicatorId: s.indicatorId, indicator: s.indicator, entities: [], region: null, declared: false };
      byKey.set(key, g);
      groups.push(g);
    }
    if (s.entity === null) {
      g.region = s;
      if (!g.declared && s.declaredCell) g.declared = true;
      i++;
      continue;
    }
    // A pair's entity rows come together (computeShares makes them in one list): taken as one
    // slice, not pushed row by row.
    let j = i + 1;
    while (j < shares.length && shares[j].entity !== null && keyOf(shares[j]) === key) j++;
    const run = shares.slice(i, j);
    g.entities = g.entities.length === 0 ? run : g.entities.concat(run);
    for (let k = i; k < j && !g.declared; k++) if (shares[k].declaredCell) g.declared = true;
    i = j;
  }
  cache.set(t.shares, { length: t.shares.length, groups });
  return groups;
}
