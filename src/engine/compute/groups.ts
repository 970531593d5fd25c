/**
 * Groups of entities by fulfilment (METHODOLOGY §4, seed 003): group 1 «80–100 %» at or
 * above the target, group 2 «50–79 %» from the critical level, group 3 «менее 50 %» below.
 * Bands come from the options (any number, any bounds, strongest first); the value is
 * compared unrounded, so 79.99 is group 2 even though it is shown as «80,0 %» — but within
 * 1e-9 of a bound it counts as on the bound: 0.7 and 0.9 average to 79.99999999999999 in
 * floating point, and a methodologist's 80 % must be group 1 (points: 4 of 5 = 80 %).
 *
 * Example (default bands):
 *   groupOf(85.7, bands) // → 1
 *   groupOf(79.99, bands) // → 2
 *   groupOf(null, bands) // → null (no data)
 */

import type { Band } from '../options';
import { reaches } from './bound';

export function groupOf(value: number | null, bands: Band[]): number | null {
  if (value === null || Number.isNaN(value)) return null;
  for (const b of bands) if (reaches(value, b.min)) return b.group;
  return bands.length > 0 ? bands[bands.length - 1].group : null;
}

/** The weakest group (group 3 with the default bands): the one that is a deficit. */
export function weakestGroup(bands: Band[]): number | null {
  let g: number | null = null;
  for (const b of bands) if (g === null || b.group > g) g = b.group;
  return g;
}

/** The lower bound of the bands above the weakest (the critical level by default). */
export function weakestGroupCeiling(bands: Band[]): number | null {
  const w = weakestGroup(bands);
  let ceiling: number | null = null;
  for (const b of bands) if (b.group !== w && (ceiling === null || b.min < ceiling)) ceiling = b.min;
  return ceiling;
}
