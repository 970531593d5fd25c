/**
 * Makes k-means independent of the order of the rows. k-means++ draws rows by position,
 * and floating-point sums depend on the order of addition, so the same table sorted
 * differently could give different clusters. We therefore sort the rows canonically —
 * lexicographically by their values, feature 1 first — cluster the sorted copy, and map
 * the labels back to the original rows. Equal rows are indistinguishable, so any order
 * among them gives the same result; every later tie (nearest centre, best restart) is
 * broken by the lowest index in this canonical order, hence deterministically.
 *
 * Example:
 *   const rows = Float64Array.from([5, 1,  2, 7,  2, 3]); // 3 rows × 2
 *   const order = canonicalOrder(rows, 3, 2);           // Int32Array [1, 2, 0]: (2,3) < (2,7) < (5,1)
 *   const sorted = permuteRows(rows, 3, 2, order);      // [2, 3,  2, 7,  5, 1]
 *   const fit = kmeans(sorted, 3, 2, 2);
 *   const labels = unpermute(fit.labels, order);        // labels of the original rows
 */
import { KMeansFit, KMeansOptions, kmeans } from './kmeans';

/** Row indices in canonical (lexicographic by value) order. */
export function canonicalOrder(data: Float64Array, n: number, d: number): Int32Array {
  const index = new Array<number>(n);
  for (let i = 0; i < n; i++) index[i] = i;
  index.sort((a, b) => {
    const ab = a * d;
    const bb = b * d;
    for (let j = 0; j < d; j++) {
      const x = data[ab + j];
      const y = data[bb + j];
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  });
  return Int32Array.from(index);
}

/** A copy of the data with row r of the result = row order[r] of the input. */
export function permuteRows(data: Float64Array, n: number, d: number, order: Int32Array): Float64Array {
  const out = new Float64Array(n * d);
  for (let r = 0; r < n; r++) {
    const src = order[r] * d;
    const dst = r * d;
    for (let j = 0; j < d; j++) out[dst + j] = data[src + j];
  }
  return out;
}

/** Labels of the sorted rows brought back to the original row positions. */
export function unpermute(labels: Int32Array, order: Int32Array): Int32Array {
  const out = new Int32Array(labels.length);
  for (let r = 0; r < labels.length; r++) out[order[r]] = labels[r];
  return out;
}

/** k-means whose result does not depend on the row order: sort, cluster, map back. */
export function kmeansOrderInvariant(
  data: Float64Array,
  n: number,
  d: number,
  k: number,
  opts: KMeansOptions = {},
): KMeansFit {
  const order = canonicalOrder(data, n, d);
  const fit = kmeans(permuteRows(data, n, d, order), n, d, k, opts);
  return { ...fit, labels: unpermute(fit.labels, order) };
}
