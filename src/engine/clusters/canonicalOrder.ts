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
 *   const order = canonicalOrder(rows, 3, 2);           // Int32Array [2, 1, 0]: (2,3) < (2,7) < (5,1)
 *   const sorted = permuteRows(rows, 3, 2, order);      // [2, 3,  2, 7,  5, 1]
 *   const fit = kmeans(sorted, 3, 2, 2);
 *   const labels = unpermute(fit.labels, order);        // labels of the original rows
 */
import { KMeansFit, KMeansOptions, kmeans } from './kmeans';

/**
 * Row indices in canonical order: lexicographic by value, feature 1 first. A radix sort on
 * the first feature (4 passes of 16 bits over its IEEE-754 bits, O(n)), then the rare runs
 * of equal first values are sorted by the remaining features. On 100,000 rows this takes a
 * few milliseconds, against tens for a comparison sort.
 */
export function canonicalOrder(data: Float64Array, n: number, d: number): Int32Array {
  // Sortable unsigned keys: flip the sign bit of positives, all bits of negatives.
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  const pair = new Float64Array(1);
  const words = new Uint32Array(pair.buffer);
  const little = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  const H = little ? 1 : 0;
  const L = little ? 0 : 1;
  for (let i = 0; i < n; i++) {
    pair[0] = data[i * d] === 0 ? 0 : data[i * d]; // −0 sorts as 0
    const h = words[H];
    const l = words[L];
    if (h & 0x80000000) {
      hi[i] = ~h >>> 0;
      lo[i] = ~l >>> 0;
    } else {
      hi[i] = (h | 0x80000000) >>> 0;
      lo[i] = l;
    }
  }
  let order = new Int32Array(n);
  let next = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const count = new Int32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    const keys = pass < 2 ? lo : hi;
    const shift = pass % 2 === 0 ? 0 : 16;
    count.fill(0);
    for (let i = 0; i < n; i++) count[(keys[i] >>> shift) & 0xffff]++;
    if (count[(keys[0] >>> shift) & 0xffff] === n) continue; // one digit for all: nothing to do
    let sum = 0;
    for (let b = 0; b < 65536; b++) {
      const c = count[b];
      count[b] = sum;
      sum += c;
    }
    for (let r = 0; r < n; r++) {
      const i = order[r];
      next[count[(keys[i] >>> shift) & 0xffff]++] = i;
    }
    const t = order;
    order = next;
    next = t;
  }
  if (d > 1) {
    // Runs of equal first values: order them by the other features.
    let start = 0;
    while (start < n) {
      let end = start + 1;
      const a = order[start];
      while (end < n && hi[order[end]] === hi[a] && lo[order[end]] === lo[a]) end++;
      if (end - start > 1) {
        const run = Array.from(order.subarray(start, end));
        run.sort((x, y) => compareRows(data, d, x, y, 1));
        order.set(run, start);
      }
      start = end;
    }
  }
  return order;
}

/** Lexicographic comparison of rows a and b from feature `from` on; 0 when equal. */
export function compareRows(data: Float64Array, d: number, a: number, b: number, from = 0): number {
  const ab = a * d;
  const bb = b * d;
  for (let j = from; j < d; j++) {
    const x = data[ab + j];
    const y = data[bb + j];
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
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
