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

// simple-statistics reads any array-like (its median sorts a copy made by slice()); its types
// say number[] only.
type Numbers = readonly number[] | Float64Array;
const asList = (xs: Numbers) => xs as unknown as number[];

export function meanOrNull(xs: Numbers): number | null {
  return xs.length === 0 ? null : mean(asList(xs));
}

export function medianOrNull(xs: Numbers): number | null {
  return xs.length === 0 ? null : median(asList(xs));
}

/** Sum, mean, median, min, max of a list; null when it is empty. */
export function describe(xs: Numbers): { sum: number; mean: number; median: number; min: number; max: number } | null {
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
  return { sum, mean: mean(asList(xs)), median: median(asList(xs)), min, max };
}
