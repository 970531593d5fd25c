/** Generated data with planted clusters for the clustering tests. */
import { seededRandom } from '../../src/engine/clusters/seededRandom';

export interface Planted {
  rows: number[][];
  truth: number[];
}

/** `sizes[c]` rows around `centres[c]` with Gaussian noise of the given spread. */
export function planted(centres: number[][], sizes: number[], spread: number, seed = 7): Planted {
  const rnd = seededRandom(seed);
  const gauss = (): number => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const rows: number[][] = [];
  const truth: number[] = [];
  centres.forEach((c, ci) => {
    for (let i = 0; i < sizes[ci]; i++) {
      rows.push(c.map((v) => v + spread * gauss()));
      truth.push(ci);
    }
  });
  return { rows, truth };
}

/** A seeded permutation of 0…n−1. */
export function permutation(n: number, seed: number): number[] {
  const rnd = seededRandom(seed);
  const p = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [p[i], p[j]] = [p[j], p[i]];
  }
  return p;
}

/** Adjusted Rand index of two labelings (1 = identical partitions). */
export function adjustedRand(a: readonly number[], b: readonly number[]): number {
  const n = a.length;
  const table = new Map<string, number>();
  const ra = new Map<number, number>();
  const rb = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const key = `${a[i]}|${b[i]}`;
    table.set(key, (table.get(key) ?? 0) + 1);
    ra.set(a[i], (ra.get(a[i]) ?? 0) + 1);
    rb.set(b[i], (rb.get(b[i]) ?? 0) + 1);
  }
  const c2 = (x: number): number => (x * (x - 1)) / 2;
  let index = 0;
  for (const v of table.values()) index += c2(v);
  let sa = 0;
  for (const v of ra.values()) sa += c2(v);
  let sb = 0;
  for (const v of rb.values()) sb += c2(v);
  const expected = (sa * sb) / c2(n);
  const max = (sa + sb) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}
