/**
 * Ranking by overall fulfilment, descending; ties share a rank and the next rank skips
 * (1, 2, 2, 4 — "standard competition ranking", as a methodologist ranks districts).
 * Values equal within 1e-9 percentage points are ties: two districts with the same answers
 * can reach the same mean through sums in a different order, and must not be told apart by
 * a rounding residue. Entities without a value have no rank.
 *
 * Example:
 *   competitionRanks([90, 75, 90, null, 60]) // → [1, 3, 1, null, 4]
 */

const EPS = 1e-9;

export function competitionRanks(values: (number | null)[]): (number | null)[] {
  const idx: number[] = [];
  values.forEach((v, i) => {
    if (v !== null && !Number.isNaN(v)) idx.push(i);
  });
  idx.sort((a, b) => (values[b] as number) - (values[a] as number) || a - b);
  const ranks: (number | null)[] = new Array(values.length).fill(null);
  for (let k = 0; k < idx.length; k++) {
    const v = values[idx[k]] as number;
    if (k > 0 && Math.abs((values[idx[k - 1]] as number) - v) <= EPS) ranks[idx[k]] = ranks[idx[k - 1]];
    else ranks[idx[k]] = k + 1;
  }
  return ranks;
}
