/**
 * k-means by Lloyd's algorithm on flat row-major Float64Array data, with k-means++ seeding
 * and several restarts; the restart with the lowest inertia (sum of squared distances of
 * the rows to their centres) wins, the earliest one on a tie. One seeded generator feeds
 * all restarts, so the same data and seed give the same result.
 *
 * Convergence (as in scikit-learn): stop when no row changes its cluster, or when the total
 * squared shift of the centres falls to `tolerance × mean feature variance` (default 1e-4);
 * in the second case one last assignment pass is made so that labels, centres and inertia
 * agree. At most `maxIterations` (300) iterations.
 *
 * An empty cluster (possible only with duplicate seeds or bad luck) takes the row farthest
 * from its own centre, so the result always has k non-empty clusters when k ≤ distinct rows.
 *
 * This core does not make the result independent of row order by itself: see
 * canonicalOrder.ts, which sorts the rows before calling it.
 *
 * Example:
 *   const data = Float64Array.from([1, 1, 1.2, 0.9, 8, 8, 8.1, 7.9]); // 4 rows × 2
 *   const fit = kmeans(data, 4, 2, 2, { restarts: 5, seed: 1 });
 *   // fit.labels like [0, 0, 1, 1] (or [1, 1, 0, 0]); fit.inertia ≈ 0.07
 */
import { defaultTrials, kmeansPlusPlus } from './kmeansPlusPlus';
import { DEFAULT_SEED, seededRandom } from './seededRandom';

export interface KMeansOptions {
  /** Independent k-means++ starts; the lowest inertia wins. Default 10. */
  restarts?: number;
  seed?: number;
  maxIterations?: number;
  /** Relative tolerance on the centre shift (× mean feature variance). Default 1e-4. */
  tolerance?: number;
}

export interface KMeansFit {
  /** Cluster index 0…k−1 per row (not yet ordered weakest→strongest). */
  labels: Int32Array;
  /** k × d, flat. */
  centres: Float64Array;
  inertia: number;
  /** Iterations of the winning restart. */
  iterations: number;
  converged: boolean;
  /** Index of the winning restart (0-based). */
  restart: number;
}

export const DEFAULT_RESTARTS = 10;
const DEFAULT_MAX_ITERATIONS = 300;
const DEFAULT_TOLERANCE = 1e-4;

export function kmeans(data: Float64Array, n: number, d: number, k: number, opts: KMeansOptions = {}): KMeansFit {
  if (n < 1 || d < 1) throw new Error('kmeans: no data');
  if (!(k >= 1 && k <= n && Number.isInteger(k))) throw new Error(`kmeans: k = ${k} for ${n} rows`);
  const restarts = Math.max(1, Math.floor(opts.restarts ?? DEFAULT_RESTARTS));
  const maxIterations = opts.maxIterations ?? DEFAULT_MAX_ITERATIONS;
  const tolerance = (opts.tolerance ?? DEFAULT_TOLERANCE) * meanVariance(data, n, d);
  const rnd = seededRandom(opts.seed ?? DEFAULT_SEED);
  const trials = defaultTrials(k);

  const scratch = new LloydScratch(n, d, k);
  let best: KMeansFit | null = null;
  for (let r = 0; r < restarts; r++) {
    const centres = kmeansPlusPlus(data, n, d, k, rnd, trials, scratch.dist);
    const fit = lloyd(data, n, d, k, centres, maxIterations, tolerance, scratch);
    if (best === null || fit.inertia < best.inertia) {
      best = { ...fit, labels: Int32Array.from(scratch.labels), restart: r };
    }
  }
  return best!;
}

/** Reusable buffers for one data size, so restarts do not allocate. */
export class LloydScratch {
  readonly labels: Int32Array;
  readonly dist: Float64Array;
  readonly sums: Float64Array;
  readonly counts: Float64Array;
  constructor(n: number, d: number, k: number) {
    this.labels = new Int32Array(n);
    this.dist = new Float64Array(n);
    this.sums = new Float64Array(k * d);
    this.counts = new Float64Array(k);
  }
}

/**
 * Lloyd's iterations from the given centres (modified in place). Labels end in
 * `scratch.labels`.
 */
export function lloyd(
  data: Float64Array,
  n: number,
  d: number,
  k: number,
  centres: Float64Array,
  maxIterations: number,
  tolerance: number,
  scratch: LloydScratch,
): Omit<KMeansFit, 'labels' | 'restart'> {
  const { labels, dist, sums, counts } = scratch;
  labels.fill(-1);
  let iterations = 0;
  let converged = false;
  let inertia = 0;
  while (iterations < maxIterations) {
    iterations++;
    // Assignment and accumulation in one pass.
    sums.fill(0);
    counts.fill(0);
    let changed = 0;
    inertia = 0;
    for (let i = 0; i < n; i++) {
      const base = i * d;
      let bestC = 0;
      let bestD = Infinity;
      for (let c = 0; c < k; c++) {
        const cb = c * d;
        let s = 0;
        for (let j = 0; j < d; j++) {
          const diff = data[base + j] - centres[cb + j];
          s += diff * diff;
        }
        if (s < bestD) {
          bestD = s;
          bestC = c;
        }
      }
      if (labels[i] !== bestC) {
        labels[i] = bestC;
        changed++;
      }
      dist[i] = bestD;
      inertia += bestD;
      counts[bestC]++;
      const sb = bestC * d;
      for (let j = 0; j < d; j++) sums[sb + j] += data[base + j];
    }
    if (changed === 0) {
      converged = true;
      break;
    }
    relocateEmpty(data, n, d, k, centres, scratch);
    // Update step and centre shift.
    let shift = 0;
    for (let c = 0; c < k; c++) {
      const cnt = counts[c];
      const cb = c * d;
      for (let j = 0; j < d; j++) {
        const v = sums[cb + j] / cnt;
        const diff = v - centres[cb + j];
        shift += diff * diff;
        centres[cb + j] = v;
      }
    }
    if (shift <= tolerance) {
      converged = true;
      inertia = assignOnly(data, n, d, k, centres, labels);
      break;
    }
  }
  return { centres, inertia, iterations, converged };
}

/** Gives every empty cluster the row farthest from its centre (lowest index on a tie). */
function relocateEmpty(data: Float64Array, n: number, d: number, k: number, centres: Float64Array, s: LloydScratch): void {
  for (let c = 0; c < k; c++) {
    if (s.counts[c] > 0) continue;
    let far = -1;
    let farD = -1;
    for (let i = 0; i < n; i++) {
      if (s.dist[i] > farD && s.counts[s.labels[i]] > 1) {
        farD = s.dist[i];
        far = i;
      }
    }
    if (far < 0) continue;
    const old = s.labels[far];
    s.counts[old]--;
    for (let j = 0; j < d; j++) s.sums[old * d + j] -= data[far * d + j];
    s.labels[far] = c;
    s.counts[c] = 1;
    for (let j = 0; j < d; j++) s.sums[c * d + j] = data[far * d + j];
    s.dist[far] = 0;
  }
}

/** Assigns every row to its nearest centre (lowest index on a tie); returns the inertia. */
export function assignOnly(
  data: Float64Array,
  n: number,
  d: number,
  k: number,
  centres: Float64Array,
  labels: Int32Array,
): number {
  let inertia = 0;
  for (let i = 0; i < n; i++) {
    const base = i * d;
    let bestC = 0;
    let bestD = Infinity;
    for (let c = 0; c < k; c++) {
      const cb = c * d;
      let s = 0;
      for (let j = 0; j < d; j++) {
        const diff = data[base + j] - centres[cb + j];
        s += diff * diff;
      }
      if (s < bestD) {
        bestD = s;
        bestC = c;
      }
    }
    labels[i] = bestC;
    inertia += bestD;
  }
  return inertia;
}

/** Mean of the per-feature (population) variances: the scale of scikit-learn's `tol`. */
export function meanVariance(data: Float64Array, n: number, d: number): number {
  let total = 0;
  for (let j = 0; j < d; j++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += data[i * d + j];
    mean /= n;
    let v = 0;
    for (let i = 0; i < n; i++) {
      const diff = data[i * d + j] - mean;
      v += diff * diff;
    }
    total += v / n;
  }
  return total / d;
}
