/**
 * One scored indicator as the computations see it: a normalised score per entity (0…1, NaN
 * when missing or unreadable) plus what it belongs to. Binary, percent, points columns and
 * the shares computed from count pairs all become score lines; plain counts never do.
 *
 * Example (indicator 1.1, yes/no, three municipalities, the third left «возможно»):
 *   { id: '1.1', criterion: 'Критерий 1. Системность', kind: 'binary',
 *     scores: Float64Array [1, 0, NaN], target: 80, critical: 50 }
 */

import type { IndicatorKind } from '../analysis';

export interface ScoreLine {
  id: string;
  name: string;
  criterion: string | null;
  kind: IndicatorKind;
  scores: Float64Array;
  target: number;
  critical: number;
}
