/**
 * Whether a percentage reaches a threshold. A value within 1e-9 percentage points below a bound
 * counts as on it: that is a floating-point residue, never a real difference — 4.2 of 6 is
 * 69.99999999999999 %, and a 57 % cell scores 0.57, which is 56.99999999999999 % again. Groups,
 * levels, deficits and the note's digits all ask this one question, so a methodologist's 70 %
 * is never group 2 in one place and «70,0 %» in another (blind set 8).
 *
 * Example:
 *   reaches(69.99999999999999, 70) // → true
 *   reaches(69.99, 70)             // → false
 */

/** Percentage points within which a value counts as on a bound. */
export const BOUND_TOLERANCE = 1e-9;

export function reaches(value: number, bound: number): boolean {
  return value >= bound - BOUND_TOLERANCE;
}
