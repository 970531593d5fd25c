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

/** Up to this many distinct values, ranks come from counting them (no sort). */
const FEW = 16;

/**
 * Ranks 1…n with ties at their average rank (midranks). A series of a few distinct values — a
 * yes/no indicator is nothing but ties — is ranked by counting each value; any other by sorting
 * a copy natively (a typed array, no comparator), giving each distinct value the midrank of the
 * run it holds, and finding each value's run by a binary search.
 */
export function midranks(values: Float64Array): Float64Array {
  return fewMidranks(values) ?? sortedMidranks(values);
}

function fewMidranks(values: Float64Array): Float64Array | null {
  const n = values.length;
  const distinct: number[] = [];
  const counts: number[] = [];
  const slot = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    let k = 0;
    while (k < distinct.length && distinct[k] !== v) k++;
    if (k === distinct.length) {
      if (k === FEW) return null;
      distinct.push(v);
      counts.push(0);
    }
    counts[k]++;
    slot[i] = k;
  }
  // Each distinct value's midrank: the values below it, then the middle of its own run.
  const rankOf = distinct.map((v, k) => {
    let below = 0;
    for (let j = 0; j < distinct.length; j++) if (distinct[j] < v) below += counts[j];
    return below + (counts[k] + 1) / 2;
  });
  const ranks = new Float64Array(n);
  for (let i = 0; i < n; i++) ranks[i] = rankOf[slot[i]];
  return ranks;
}

function sortedMidranks(values: Float64Array): Float64Array {
  const n = values.length;
  const sorted = values.slice().sort(); // slice, not Float64Array.from: from() walks an iterator (3× slower here)
  const distinct = new Float64Array(n);
  const rankOf = new Float64Array(n);
  let d = 0;
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && sorted[end] === sorted[start]) end++;
    distinct[d] = sorted[start];
    rankOf[d++] = (start + 1 + end) / 2; // average of ranks start+1 … end
    start = end;
  }
  const ranks = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    let lo = 0;
    let hi = d - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (distinct[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    ranks[i] = rankOf[lo];
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

/**
 * Spearman's ρ of many series against one (every indicator against the overall result; null
 * and NaN are missing values). `y` is sorted once; for each series, the ranks of the `y` values
 * paired with it come from a walk down that order skipping the unpaired ones — no sort per
 * series, whether or not it has gaps. On the 3000 × 60 matrix, ranking the overall result anew
 * for each indicator was most of the note's time.
 *
 * Example:
 *   const against = spearmanAgainst([90, 40, 80, 70]);
 *   against([1, 0, 1, null]) // → { rho: 0.866…, n: 3 }
 */
export function spearmanAgainst(y: ArrayLike<number | null>): (x: ArrayLike<number | null>) => Correlation {
  const yv = new Float64Array(y.length);
  let present = 0;
  for (let i = 0; i < y.length; i++) {
    const b = y[i];
    yv[i] = b === null || !Number.isFinite(b) ? NaN : b;
    if (!Number.isNaN(yv[i])) present++;
  }
  // Indexes of the present y, by value (ties in index order).
  const order = new Uint32Array(present);
  for (let i = 0, k = 0; i < yv.length; i++) if (!Number.isNaN(yv[i])) order[k++] = i;
  order.sort((a, b) => yv[a] - yv[b] || a - b);
  return (x) => {
    const len = Math.min(x.length, y.length);
    // Pairs in index order: their position among the pairs, −1 for an index left out.
    const position = new Int32Array(yv.length).fill(-1);
    const xs = new Float64Array(len);
    let n = 0;
    let xVaries = false;
    let yVaries = false;
    let firstY = NaN;
    for (let i = 0; i < len; i++) {
      const a = x[i];
      const b = yv[i];
      if (a === null || !Number.isFinite(a) || Number.isNaN(b)) continue;
      if (n > 0 && a !== xs[0]) xVaries = true;
      if (n > 0 && b !== firstY) yVaries = true;
      if (n === 0) firstY = b;
      xs[n] = a;
      position[i] = n++;
    }
    if (n < 3 || !xVaries || !yVaries) return { rho: null, n };
    // The paired y in value order: runs of equal values share their average rank.
    const yRanks = new Float64Array(n);
    let rank = 0;
    for (let k = 0; k < order.length; ) {
      let end = k;
      let run = 0;
      while (end < order.length && yv[order[end]] === yv[order[k]]) {
        if (position[order[end]] >= 0) run++;
        end++;
      }
      const mid = rank + (run + 1) / 2;
      for (let j = k; j < end; j++) if (position[order[j]] >= 0) yRanks[position[order[j]]] = mid;
      rank += run;
      k = end;
    }
    const rho = pearson(midranks(xs.subarray(0, n)), yRanks);
    return { rho: Number.isFinite(rho) ? Math.max(-1, Math.min(1, rho)) : null, n };
  };
}

export function spearman(x: ArrayLike<number | null>, y: ArrayLike<number | null>): Correlation {
  return spearmanAgainst(y)(x);
}
