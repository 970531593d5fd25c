/**
 * k-means by Lloyd's algorithm on flat row-major Float64Array data, with k-means++ seeding
 * and several restarts; the restart with the lowest inertia (sum of squared distances of
 * the rows to their centres) wins, the earliest one on a tie. One seeded generator feeds
 * all restarts, so the same data and seed give the same result.
 *
 * The iterations are exactly Lloyd's (assign every row to its nearest centre, move every
 * centre to the mean of its rows), but Hamerly's bounds (2010) skip the distance
 * computations that cannot change a row's cluster: an upper bound on the distance to the
 * own centre and a lower bound on the distance to any other centre, both corrected by how
 * far the centres moved. The first assignment comes free from the seeding.
 *
 * Convergence (as in scikit-learn): stop when no row changes its cluster, or when the total
 * squared shift of the centres falls to `tolerance × mean feature variance` (default 1e-4),
 * then one last assignment. At the end the centres are recomputed exactly as the means of
 * their rows and the inertia exactly from them. At most `maxIterations` (300) iterations.
 *
 * An empty cluster (possible only with duplicate seeds) takes the row farthest from its own
 * centre, so the result has k non-empty clusters when k ≤ the number of distinct rows.
 *
 * This core does not make the result independent of row order by itself: see
 * canonicalOrder.ts, which sorts the rows before calling it.
 *
 * Why hand-written: measured on 100,000 × 8, k = 3, 10 restarts (benchmarks/data from
 * benchmarks/makeClusterCsv.ts), 2-core machine shared with other jobs (load average ≈ 2.5):
 *   npm run bench:kmeans (same run, medians of 5, interleaved):
 *     ours, canonical sort + k-means, 1 thread   191 ms  (core alone 155 ms; CPU 178 ms)
 *     scikit-learn 1.2.1 KMeans lloyd, 2 threads   742 ms  (CPU 840 ms); inertia equal to 1e-14
 *     a second run: ours 202 ms, scikit-learn 592 ms
 *   scikit-learn alone on a quiet machine earlier: 117 ms (not the same run).
 *   ml-kmeans 7.0.1 (10 × kmeans++ starts, same load): 1600–1950 ms, ≈ 9× ours; it stores
 *   rows as number[][] and has no restarts, bounds or fused kernels.
 * Earlier versions of this file, per 10 restarts of CPU: plain Lloyd + one-candidate-at-a-time
 * seeding ≈ 320 ms; with Hamerly bounds, three-candidate seeding and bounds from the seeding
 * ≈ 150 ms. A comparison sort for the canonical order cost ≈ 40 ms, the radix sort ≈ 6 ms.
 *
 * Example:
 *   const data = Float64Array.from([1, 1, 1.2, 0.9, 8, 8, 8.1, 7.9]); // 4 rows × 2
 *   const fit = kmeans(data, 4, 2, 2, { restarts: 5, seed: 1 });
 *   // fit.labels like [0, 0, 1, 1] (or [1, 1, 0, 0]); fit.inertia = 0.035
 */
import { SeedScratch, Seeds, defaultTrials, kmeansPlusPlus } from './kmeansPlusPlus';
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
  /** k × d, flat: the means of the rows of each cluster. */
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
  const run = new KMeansRestarts(data, n, d, k, opts);
  run.restart(Math.max(1, Math.floor(opts.restarts ?? DEFAULT_RESTARTS)));
  return run.best();
}

/**
 * k-means restarts that can be continued: `restart(3)` then `restart(7)` gives exactly the fit
 * of `kmeans(…, { restarts: 10 })` with the same seed, since one generator feeds them all in
 * turn. chooseK.ts fits each candidate k with a few restarts and continues only the winner's,
 * instead of fitting it again from the first restart.
 *
 * Example:
 *   const run = new KMeansRestarts(data, n, d, 3, { seed: 1 });
 *   run.restart(3);  run.best().inertia  // the best of restarts 1–3
 *   run.restart(7);  run.best()          // the same as kmeans(data, n, d, 3, { restarts: 10, seed: 1 })
 */
export class KMeansRestarts {
  private readonly maxIterations: number;
  private readonly tolerance: number;
  private readonly rnd: () => number;
  private readonly trials: number;
  private readonly totalSquaredNorm: number;
  private readonly seedScratch: SeedScratch;
  private readonly scratch: LloydScratch;
  private winner: KMeansFit | null = null;
  private done = 0;

  constructor(
    private readonly data: Float64Array,
    private readonly n: number,
    private readonly d: number,
    private readonly k: number,
    opts: KMeansOptions = {},
  ) {
    if (n < 1 || d < 1) throw new Error('kmeans: no data');
    if (!(Number.isInteger(k) && k >= 1 && k <= n)) throw new Error(`kmeans: k = ${k} for ${n} rows`);
    this.maxIterations = opts.maxIterations ?? DEFAULT_MAX_ITERATIONS;
    this.tolerance = (opts.tolerance ?? DEFAULT_TOLERANCE) * meanVariance(data, n, d);
    this.rnd = seededRandom(opts.seed ?? DEFAULT_SEED);
    this.trials = defaultTrials(k);
    let totalSquaredNorm = 0;
    for (let i = 0; i < n * d; i++) totalSquaredNorm += data[i] * data[i];
    this.totalSquaredNorm = totalSquaredNorm;
    this.seedScratch = new SeedScratch(n);
    this.scratch = new LloydScratch(n, d, k);
  }

  /** Runs `count` more restarts; the lowest inertia so far wins, the earliest on a tie. */
  restart(count: number): void {
    const { data, n, d, k, scratch } = this;
    for (let r = 0; r < count; r++) {
      const seeds = kmeansPlusPlus(data, n, d, k, this.rnd, this.trials, this.seedScratch);
      const fit = lloyd(data, n, d, k, seeds, this.maxIterations, this.tolerance, scratch, this.totalSquaredNorm);
      if (this.winner === null || fit.inertia < this.winner.inertia) {
        this.winner = { ...fit, centres: Float64Array.from(fit.centres), labels: Int32Array.from(scratch.labels), restart: this.done };
      }
      this.done++;
    }
  }

  /** The winner so far, its centres exactly the means of its rows and its inertia from them (a copy). */
  best(): KMeansFit {
    if (this.winner === null) throw new Error('kmeans: no restart run');
    const w = this.winner;
    const fit: KMeansFit = { ...w, centres: Float64Array.from(w.centres), labels: Int32Array.from(w.labels) };
    exactCentres(this.data, this.n, this.d, this.k, fit.labels, fit.centres, this.scratch);
    fit.inertia = inertiaOf(this.data, this.n, this.d, fit.centres, fit.labels);
    return fit;
  }
}

/** Reusable buffers for one data size, so restarts do not allocate. */
export class LloydScratch {
  readonly labels: Int32Array;
  /** Upper bound on the distance (not squared) to the own centre. */
  readonly upper: Float64Array;
  /** Lower bound on the distance to every other centre. */
  readonly lower: Float64Array;
  readonly sums: Float64Array;
  readonly counts: Float64Array;
  /** Squared distances of one row to every centre. */
  readonly rowDist: Float64Array;
  constructor(n: number, d: number, k: number) {
    this.labels = new Int32Array(n);
    this.upper = new Float64Array(n);
    this.lower = new Float64Array(n);
    this.sums = new Float64Array(k * d);
    this.counts = new Float64Array(k);
    this.rowDist = new Float64Array(k);
  }
}

/**
 * Lloyd's iterations from k-means++ seeds (with their nearest-seed labels and distances).
 * `seeds.centres` is replaced in place by the final centres; labels end in
 * `scratch.labels`. The inertia returned is measured against the final centres.
 */
export function lloyd(
  data: Float64Array,
  n: number,
  d: number,
  k: number,
  seeds: Seeds,
  maxIterations: number,
  tolerance: number,
  scratch: LloydScratch,
  totalSquaredNorm: number,
): Omit<KMeansFit, 'labels' | 'restart'> {
  const { labels, upper, lower, sums, counts } = scratch;
  const centres = seeds.centres;
  const shift = new Float64Array(k);
  const half = new Float64Array(k); // half the distance to the nearest other centre
  const previous = new Float64Array(k * d);

  // Start from the seeding's assignment; its two nearest distances are exact bounds.
  sums.fill(0);
  counts.fill(0);
  const nearest = seeds.nearest;
  const first = seeds.dist;
  const second = seeds.second;
  for (let i = 0; i < n; i++) {
    const c = nearest[i];
    labels[i] = c;
    upper[i] = Math.sqrt(first[i]);
    lower[i] = Math.sqrt(second[i]);
    counts[c]++;
    const base = i * d;
    const cb = c * d;
    for (let j = 0; j < d; j++) sums[cb + j] += data[base + j];
  }

  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    relocateEmpty(data, n, d, k, centres, scratch);
    // Update step: centres move to the means of their rows.
    previous.set(centres);
    let totalShift = 0;
    let maxShift = 0;
    let maxShiftAt = -1;
    let secondShift = 0;
    for (let c = 0; c < k; c++) {
      const cnt = counts[c];
      const cb = c * d;
      let s = 0;
      for (let j = 0; j < d; j++) {
        const v = sums[cb + j] / cnt;
        const diff = v - previous[cb + j];
        s += diff * diff;
        centres[cb + j] = v;
      }
      totalShift += s;
      const m = Math.sqrt(s);
      shift[c] = m;
      if (m > maxShift) {
        secondShift = maxShift;
        maxShift = m;
        maxShiftAt = c;
      } else if (m > secondShift) secondShift = m;
    }
    halfDistances(centres, k, d, half);
    // Assignment step; after a small shift, it is the last one.
    const changed = assignWithBounds(data, n, d, k, centres, half, shift, maxShiftAt, maxShift, secondShift, scratch);
    if (changed === 0 || totalShift <= tolerance) {
      converged = true;
      if (changed > 0) {
        // Labels moved to the final centres: the centres follow once more, as means.
        exactCentres(data, n, d, k, labels, centres, scratch);
      }
      break;
    }
  }
  // Inertia from the cluster sums: Σ‖x‖² − Σ n_c‖μ_c‖² (exact up to rounding; the winner's is
  // recomputed row by row in kmeans()).
  let inertia = totalSquaredNorm;
  for (let c = 0; c < k; c++) {
    const cnt = counts[c];
    if (cnt === 0) continue;
    let s = 0;
    for (let j = 0; j < d; j++) {
      const m = sums[c * d + j] / cnt;
      s += m * m;
    }
    inertia -= cnt * s;
  }
  return { centres, inertia: Math.max(0, inertia), iterations, converged };
}

/**
 * Hamerly's assignment: the bounds are first moved by the centre shifts; a row is
 * re-examined only when its upper bound exceeds both its lower bound and half the distance
 * from its centre to the nearest other centre. Keeps
 * `sums`/`counts` up to date; returns how many rows changed cluster.
 */
function assignWithBounds(
  data: Float64Array,
  n: number,
  d: number,
  k: number,
  centres: Float64Array,
  half: Float64Array,
  shift: Float64Array,
  maxShiftAt: number,
  maxShift: number,
  secondShift: number,
  scratch: LloydScratch,
): number {
  const { labels, upper, lower, sums, counts, rowDist } = scratch;
  let changed = 0;
  for (let i = 0; i < n; i++) {
    const a = labels[i];
    // The bounds follow the centres' moves.
    const u = upper[i] + shift[a];
    const l = lower[i] - (a === maxShiftAt ? secondShift : maxShift);
    upper[i] = u;
    lower[i] = l;
    const h = half[a];
    const z = l > h ? l : h;
    if (u <= z) continue;
    const base = i * d;
    // Tighten the upper bound.
    const ab = a * d;
    let own = 0;
    for (let j = 0; j < d; j++) {
      const diff = data[base + j] - centres[ab + j];
      own += diff * diff;
    }
    const ownDist = Math.sqrt(own);
    upper[i] = ownDist;
    if (ownDist <= z) continue;
    // Full search: nearest and second nearest (the lowest index on a tie).
    rowDistances(data, base, d, centres, k, rowDist);
    rowDist[a] = own;
    let bestC = 0;
    let bestD = rowDist[0];
    let secondD = Infinity;
    for (let c = 1; c < k; c++) {
      const s = rowDist[c];
      if (s < bestD) {
        secondD = bestD;
        bestD = s;
        bestC = c;
      } else if (s < secondD) secondD = s;
    }
    upper[i] = Math.sqrt(bestD);
    lower[i] = Math.sqrt(secondD);
    if (bestC !== a) {
      labels[i] = bestC;
      counts[a]--;
      counts[bestC]++;
      const bb = bestC * d;
      for (let j = 0; j < d; j++) {
        const v = data[base + j];
        sums[ab + j] -= v;
        sums[bb + j] += v;
      }
      changed++;
    }
  }
  return changed;
}

/** Squared distances of the row at `base` to all k centres, three centres per pass. */
function rowDistances(data: Float64Array, base: number, d: number, centres: Float64Array, k: number, out: Float64Array): void {
  let c = 0;
  for (; c + 3 <= k; c += 3) {
    const b0 = c * d;
    const b1 = b0 + d;
    const b2 = b1 + d;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    for (let j = 0; j < d; j++) {
      const x = data[base + j];
      const a0 = x - centres[b0 + j];
      const a1 = x - centres[b1 + j];
      const a2 = x - centres[b2 + j];
      s0 += a0 * a0;
      s1 += a1 * a1;
      s2 += a2 * a2;
    }
    out[c] = s0;
    out[c + 1] = s1;
    out[c + 2] = s2;
  }
  for (; c < k; c++) out[c] = sqDist(data, base, centres, c * d, d);
}

/** Centres as the exact means of their rows (an empty cluster keeps its centre). */
function exactCentres(
  data: Float64Array,
  n: number,
  d: number,
  k: number,
  labels: Int32Array,
  centres: Float64Array,
  scratch: LloydScratch,
): void {
  const { sums, counts } = scratch;
  accumulate(data, n, d, labels, sums, counts);
  for (let c = 0; c < k; c++) {
    if (counts[c] === 0) continue;
    for (let j = 0; j < d; j++) centres[c * d + j] = sums[c * d + j] / counts[c];
  }
}

/** half[c] = ½ · distance from centre c to the nearest other centre. */
function halfDistances(centres: Float64Array, k: number, d: number, half: Float64Array): void {
  half.fill(Infinity);
  for (let a = 0; a < k; a++) {
    for (let b = a + 1; b < k; b++) {
      let s = 0;
      for (let j = 0; j < d; j++) {
        const diff = centres[a * d + j] - centres[b * d + j];
        s += diff * diff;
      }
      const h = Math.sqrt(s) / 2;
      if (h < half[a]) half[a] = h;
      if (h < half[b]) half[b] = h;
    }
  }
  if (k === 1) half[0] = Infinity;
}

function accumulate(data: Float64Array, n: number, d: number, labels: Int32Array, sums: Float64Array, counts: Float64Array): void {
  sums.fill(0);
  counts.fill(0);
  for (let i = 0; i < n; i++) {
    const c = labels[i];
    counts[c]++;
    const base = i * d;
    const cb = c * d;
    for (let j = 0; j < d; j++) sums[cb + j] += data[base + j];
  }
}

/**
 * Gives every empty cluster the row farthest from its own centre (lowest index on a tie),
 * taken from a cluster that keeps at least one row; all lower bounds are reset.
 */
function relocateEmpty(data: Float64Array, n: number, d: number, k: number, centres: Float64Array, s: LloydScratch): void {
  for (let c = 0; c < k; c++) {
    if (s.counts[c] > 0) continue;
    let far = -1;
    let farD = -1;
    for (let i = 0; i < n; i++) {
      const a = s.labels[i];
      if (s.counts[a] < 2) continue;
      const dd = sqDist(data, i * d, centres, a * d, d);
      if (dd > farD) {
        farD = dd;
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
    s.upper[far] = 0;
    s.lower.fill(0);
  }
}

function sqDist(a: Float64Array, ao: number, b: Float64Array, bo: number, d: number): number {
  let s = 0;
  for (let j = 0; j < d; j++) {
    const diff = a[ao + j] - b[bo + j];
    s += diff * diff;
  }
  return s;
}

/** Sum of squared distances of the rows to their own centres. */
export function inertiaOf(data: Float64Array, n: number, d: number, centres: Float64Array, labels: Int32Array): number {
  let total = 0;
  for (let i = 0; i < n; i++) total += sqDist(data, i * d, centres, labels[i] * d, d);
  return total;
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
