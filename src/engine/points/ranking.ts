/**
 * Rank and group of a result (METHODOLOGY §4, used for points in §5): rank by value, descending,
 * ties share a rank and the next rank skips ("1, 2, 2, 4", standard competition ranking); group by
 * the bands in force (≥ target → 1, ≥ critical → 2, else 3 with the default bands).
 *
 * Written here for the points layout; the lead may merge it with the same helper of the tabular layouts.
 *
 * Example:
 *   competitionRanks([90, 75, 75, 40, null]) → [1, 2, 2, 4, null]
 *   groupOf(79.9, defaultBands(80, 50))      → 2
 */

import type { Band } from '../options';

export function competitionRanks(values: (number | null)[]): (number | null)[] {
  return values.map((v) => {
    if (v === null || !Number.isFinite(v)) return null;
    return 1 + values.filter((w) => w !== null && Number.isFinite(w) && (w as number) > v + 1e-9).length;
  });
}

export function groupOf(value: number | null, bands: readonly Band[]): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  for (const band of sorted) if (value >= band.min - 1e-9) return band.group;
  return sorted.length > 0 ? sorted[sorted.length - 1].group : null;
}
