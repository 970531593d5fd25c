/**
 * The regional level of an indicator (METHODOLOGY §4) and its status against its thresholds.
 * Yes/no: share of «да» among the entities with data (seed 000: «Школа молодого педагога в
 * ОУ — 86 %»); percent: mean of the entities' percents; points: mean / max × 100; a share
 * computed from counts: the pooled Σ numerators / Σ bases (given by the caller).
 * Status: ok at or above the target, attention from the critical level, critical below.
 *
 * Example:
 *   binaryLevel([1, 1, 0, NaN])           // → { level: 66.66…, withData: 3, missing: 1 }
 *   statusOf(66.7, 80, 50)                // → 'attention'
 */

import type { IndicatorStatus } from '../analysis';
import { reaches } from './bound';

export interface Level {
  level: number | null;
  withData: number;
  missing: number;
}

/** Mean of the non-NaN values × scale. */
export function meanLevel(values: Float64Array, scale = 1): Level {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    sum += v;
    n++;
  }
  return { level: n > 0 ? (sum / n) * scale : null, withData: n, missing: values.length - n };
}

export function binaryLevel(values: Float64Array): Level {
  return meanLevel(values, 100);
}

export function pointsLevel(values: Float64Array, max: number | undefined): Level {
  const l = meanLevel(values);
  return { ...l, level: l.level === null || !max ? null : (l.level / max) * 100 };
}

export function statusOf(level: number | null, target: number, critical: number): IndicatorStatus | null {
  if (level === null) return null;
  if (reaches(level, target)) return 'ok';
  if (reaches(level, critical)) return 'attention';
  return 'critical';
}
