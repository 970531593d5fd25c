/**
 * Spearman's rank correlation of two paired series, skipping pairs where either value is
 * missing. Ties take the average rank (simple-statistics' sampleRankCorrelation), which matters
 * here: yes/no indicators are nothing but ties. A series without variance has no correlation
 * (null), rather than NaN travelling into the note.
 *
 * Example:
 *   spearman([1, 0, 1, null], [90, 40, 80, 70]) // → { rho: 0.866…, n: 3 }
 */

import { sampleRankCorrelation } from 'simple-statistics';

export interface Correlation {
  /** −1…1, or null when it cannot be computed (fewer than 3 pairs, or no variance). */
  rho: number | null;
  /** Pairs where both values are present. */
  n: number;
}

export function spearman(x: (number | null)[], y: (number | null)[]): Correlation {
  const xs: number[] = [];
  const ys: number[] = [];
  const len = Math.min(x.length, y.length);
  for (let i = 0; i < len; i++) {
    const a = x[i];
    const b = y[i];
    if (a === null || b === null || !Number.isFinite(a) || !Number.isFinite(b)) continue;
    xs.push(a);
    ys.push(b);
  }
  const n = xs.length;
  if (n < 3 || new Set(xs).size < 2 || new Set(ys).size < 2) return { rho: null, n };
  const rho = sampleRankCorrelation(xs, ys);
  return { rho: Number.isFinite(rho) ? Math.max(-1, Math.min(1, rho)) : null, n };
}
