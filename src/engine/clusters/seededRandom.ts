/**
 * A small, fast, deterministic pseudo-random generator: mulberry32 (Tommy Ettinger, public
 * domain). One 32-bit state word, period 2^32, passes the usual quick statistical batteries;
 * more than enough for picking k-means++ seeds and silhouette samples, and — unlike
 * `Math.random` — the same seed gives the same sequence everywhere (Node, browser, worker),
 * so the same input gives the same clusters.
 *
 * Example:
 *   const rnd = seededRandom(DEFAULT_SEED);
 *   rnd(); // 0.…, always the same first number for this seed
 *   rnd(); // the next one
 */

/** The fixed default seed ("MM", «Методический монитор»); change it only with a reason. */
export const DEFAULT_SEED = 0x4d4d;

/** A generator of uniform numbers in [0, 1). */
export type Random = () => number;

export function seededRandom(seed: number = DEFAULT_SEED): Random {
  let a = seed >>> 0;
  return function mulberry32(): number {
    a = (a + 0x6d2b79f5) | 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform integer in [0, n). */
export function randomInt(rnd: Random, n: number): number {
  return Math.floor(rnd() * n);
}
