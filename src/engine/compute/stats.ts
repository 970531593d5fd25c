/**
 * Mean and median with the engine's convention for "no data": an empty list gives null,
 * never NaN or an exception. Thin wrappers over simple-statistics so every module computes
 * them the same way.
 *
 * Example:
 *   meanOrNull([70, 80, 90])   // → 80
 *   medianOrNull([3, 1, 2, 4]) // → 2.5
 *   meanOrNull([])             // → null
 */

import { mean, median } from 'simple-statistics';

export function meanOrNull(xs: number[]): number | null {
  return xs.length === 0 ? null : mean(xs);
}

export function medianOrNull(xs: number[]): number | null {
  return xs.length === 0 ? null : median(xs);
}

/** Sum, mean, median, min, max of a list; null when it is empty. */
export function describe(xs: readonly number[] | Float64Array): { sum: number; mean: number; median: number; min: number; max: number } | null {
  if (xs.length === 0) return null;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    sum += x;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  // simple-statistics reads any array-like (its median sorts a copy made by slice()); its
  // types say number[] only.
  const list = xs as unknown as number[];
  return { sum, mean: mean(list), median: median(list), min, max };
}
