/**
 * Spearman's rank correlation of two paired series, skipping pairs where either value is
 * missing. Ties take the average rank, which matters here: yes/no indicators are nothing but
 * ties. A series without variance has no correlation (null), rather than NaN travelling into
 * the note.
 *
 * Why not simple-statistics' sampleRankCorrelation (used before, and still the tests' oracle):
 * on the 3000 × 60 matrix its ranks — an object per value, sorted — allocated 65 MB and took
 * about 0.1 s of the engine's second; ranks over a typed index array give the same ρ with two
 * small arrays per series.
 *
 * Example:
 *   spearman([1, 0, 1, null], [90, 40, 80, 70]) // → { rho: 0.866…, n: 3 }
 */

export interface Correlation {
  /** −1…1, or null when it cannot be computed (fewer than 3 pairs, or no variance). */
  rho: number | null;
  /** Pairs where both values are present. */
  n: number;
}

/**
 * Ranks 1…n with ties at their average rank (midranks): the values sorted natively (a typed
 * array, no comparator), then each value's rank from the first and last place it holds.
 */
export function midranks(values: Float64Array): Float64Array {
  const n = values.length;
  const sorted = Float64Array.from(values).sort();
  const ranks = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    // First index with sorted[k] >= v, and first with sorted[k] > v.
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    hi = n;
    while (end < hi) {
      const mid = (end + hi) >>> 1;
      if (sorted[mid] <= v) end = mid + 1;
      else hi = mid;
    }
    ranks[i] = (lo + 1 + end) / 2; // average of ranks lo+1 … end
  }
  return ranks;
}

/** Pearson's correlation of two series of equal length; NaN without variance. */
function pearson(x: Float64Array, y: Float64Array): number {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

export function spearman(x: (number | null)[], y: (number | null)[]): Correlation {
  const len = Math.min(x.length, y.length);
  const xs = new Float64Array(len);
  const ys = new Float64Array(len);
  let n = 0;
  let xVaries = false;
  let yVaries = false;
  for (let i = 0; i < len; i++) {
    const a = x[i];
    const b = y[i];
    if (a === null || b === null || !Number.isFinite(a) || !Number.isFinite(b)) continue;
    xs[n] = a;
    ys[n] = b;
    if (n > 0 && a !== xs[0]) xVaries = true;
    if (n > 0 && b !== ys[0]) yVaries = true;
    n++;
  }
  if (n < 3 || !xVaries || !yVaries) return { rho: null, n };
  const rho = pearson(midranks(xs.subarray(0, n)), midranks(ys.subarray(0, n)));
  return { rho: Number.isFinite(rho) ? Math.max(-1, Math.min(1, rho)) : null, n };
}
