/**
 * k-means++ seeding (Arthur & Vassilvitskii, 2007), in its "greedy" form used by
 * scikit-learn: the first centre is a row drawn uniformly; every next centre is chosen
 * among `trials` candidate rows, each drawn with probability proportional to D² (the squared
 * distance to the nearest centre chosen so far), and the candidate that lowers the total D²
 * the most wins. With `trials = 2 + ⌊ln k⌋` (scikit-learn's default) the seeds are better
 * than with one candidate, so Lloyd's iterations start closer to a good optimum.
 *
 * Data are flat row-major: row i, feature j is `data[i * d + j]`.
 *
 * Example:
 *   // two obvious groups on a line: 0, 0.1, 0.2 and 10, 10.1
 *   const data = Float64Array.from([0, 0.1, 0.2, 10, 10.1]);
 *   const c = kmeansPlusPlus(data, 5, 1, 2, seededRandom(1));
 *   // c holds one centre near 0 and one near 10 (which comes first depends on the seed)
 *
 * When fewer than k distinct rows exist, the remaining D² are all zero; a candidate is then
 * drawn uniformly (the caller normally prevents this — see chooseK/clusterRows).
 */
import { Random } from './seededRandom';

export function defaultTrials(k: number): number {
  return 2 + Math.floor(Math.log(k));
}

/**
 * Returns k centres, flat (k × d). `closest` (length n) is scratch space that receives each
 * row's D² to its nearest seed; pass it to avoid an allocation per restart.
 */
export function kmeansPlusPlus(
  data: Float64Array,
  n: number,
  d: number,
  k: number,
  rnd: Random,
  trials: number = defaultTrials(k),
  closest: Float64Array = new Float64Array(n),
): Float64Array {
  const centres = new Float64Array(k * d);
  const cumulative = new Float64Array(n);
  const candidateDist = new Float64Array(n);
  const bestDist = new Float64Array(n);

  copyRow(data, Math.floor(rnd() * n), centres, 0, d);
  for (let i = 0; i < n; i++) closest[i] = sqDistToRow(data, i, centres, 0, d);

  for (let c = 1; c < k; c++) {
    let acc = 0;
    for (let i = 0; i < n; i++) {
      acc += closest[i];
      cumulative[i] = acc;
    }
    let bestPotential = Infinity;
    let bestCandidate = -1;
    for (let t = 0; t < trials; t++) {
      const candidate = acc > 0 ? searchCumulative(cumulative, rnd() * acc) : Math.floor(rnd() * n);
      let pot = 0;
      const off = candidate * d;
      for (let i = 0; i < n; i++) {
        const base = i * d;
        let s = 0;
        for (let j = 0; j < d; j++) {
          const diff = data[base + j] - data[off + j];
          s += diff * diff;
        }
        const m = s < closest[i] ? s : closest[i];
        candidateDist[i] = m;
        pot += m;
      }
      if (pot < bestPotential) {
        bestPotential = pot;
        bestCandidate = candidate;
        bestDist.set(candidateDist);
      }
    }
    copyRow(data, bestCandidate, centres, c, d);
    closest.set(bestDist);
  }
  return centres;
}

/** The first index whose cumulative weight exceeds r (binary search). */
function searchCumulative(cumulative: Float64Array, r: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid] > r) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function copyRow(data: Float64Array, row: number, centres: Float64Array, c: number, d: number): void {
  for (let j = 0; j < d; j++) centres[c * d + j] = data[row * d + j];
}

function sqDistToRow(data: Float64Array, i: number, centres: Float64Array, c: number, d: number): number {
  let s = 0;
  for (let j = 0; j < d; j++) {
    const diff = data[i * d + j] - centres[c * d + j];
    s += diff * diff;
  }
  return s;
}
