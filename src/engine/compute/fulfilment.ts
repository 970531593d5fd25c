/**
 * Criterion and overall fulfilment of each entity (METHODOLOGY §4): the mean of its
 * indicator scores over the cells that have data, × 100. Overall is the mean over all its
 * scored indicators (weighting 'indicators', the default: a criterion with more indicators
 * weighs more) or the mean of its criterion fulfilments ('criteria': every criterion
 * weighs the same; indicators outside any criterion form one more group). An entity with any
 * scored cell missing or unreadable is incomplete; its means are over what it has.
 *
 * Example (two criteria; entity scores 1.1=1, 1.2=0, 2.1=0.9):
 *   criteria: { K1: 50, K2: 90 }
 *   overall 'indicators' = (1 + 0 + 0.9) / 3 × 100 = 63.33…
 *   overall 'criteria'   = (50 + 90) / 2 = 70
 */

import type { ScoreLine } from './scoreLine';

export interface Fulfilment {
  overall: (number | null)[];
  /** Per criterion label, per entity. */
  byCriterion: Map<string, (number | null)[]>;
  incomplete: boolean[];
}

export function computeFulfilment(
  entities: number,
  lines: ScoreLine[],
  criteria: string[],
  weighting: 'indicators' | 'criteria',
): Fulfilment {
  const ci = new Map(criteria.map((c, i) => [c, i]));
  const g = criteria.length + 1; // last slot: indicators without a criterion
  const sums = new Float64Array(entities * g);
  const counts = new Uint32Array(entities * g);
  const incomplete: boolean[] = new Array(entities).fill(false);
  for (const line of lines) {
    const slot = line.criterion !== null && ci.has(line.criterion) ? ci.get(line.criterion)! : criteria.length;
    const s = line.scores;
    for (let e = 0; e < entities; e++) {
      const x = s[e];
      if (Number.isNaN(x)) {
        incomplete[e] = true;
        continue;
      }
      sums[e * g + slot] += x;
      counts[e * g + slot]++;
    }
  }
  const byCriterion = new Map<string, (number | null)[]>();
  for (const [label, k] of ci) {
    const out: (number | null)[] = new Array(entities);
    for (let e = 0; e < entities; e++) out[e] = counts[e * g + k] > 0 ? (sums[e * g + k] / counts[e * g + k]) * 100 : null;
    byCriterion.set(label, out);
  }
  const overall: (number | null)[] = new Array(entities);
  for (let e = 0; e < entities; e++) {
    if (weighting === 'criteria' && criteria.length > 0) {
      let sum = 0;
      let n = 0;
      for (let k = 0; k < g; k++) {
        const c = counts[e * g + k];
        if (c > 0) {
          sum += sums[e * g + k] / c;
          n++;
        }
      }
      overall[e] = n > 0 ? (sum / n) * 100 : null;
    } else {
      let sum = 0;
      let n = 0;
      for (let k = 0; k < g; k++) {
        sum += sums[e * g + k];
        n += counts[e * g + k];
      }
      overall[e] = n > 0 ? (sum / n) * 100 : null;
    }
  }
  return { overall, byCriterion, incomplete };
}
