/**
 * The scoring rules of seed 004 for one evaluation position (METHODOLOGY §5), applied to the
 * marks read from its parameter cells.
 *
 *  1. A position that is absent scores 0 on every parameter (ll. 407, 559, 653, 719, 781, 864, 911:
 *     «…отсутствует, то по всем … параметрам выставляется 0 баллов»). "Absent" = the first
 *     positive parameter (наличие) is 0, «нет», a dash or empty.
 *  2. The other parameters describe the thing that is present (its dates, its use, its goal), so
 *     none of them can score while the first is 0: such a row is inconsistent and scores 0
 *     (reported by the caller as 'inconsistent-parameters').
 *  3. The penalty (negative points, the indicators block) is subtracted when marked, with or
 *     without presence: ll. 399–405 give 2 − 1, 1 − 1, and for "a single indicator that is
 *     itself ineffective" 0 + 0 − 1. That last row (0, 0, marked) is NOT inconsistent; it is the
 *     state 'only-ineffective', which also zeroes the dependent blocks (rule 4).
 *  4. Monitoring (l. 555) and the analysis of monitoring results (l. 647) of indicators that are
 *     all ineffective score 0: `zeroForIneffectiveSource` (the caller finds the source position).
 *
 * Example (indicators block: наличие +1, соответствие цели +1, неэффективные −1):
 *   scorePosition(block, cells(1, 1, 0)).total  → 2
 *   scorePosition(block, cells(1, 0, 0)).total  → 1
 *   scorePosition(block, cells(1, 1, 1)).total  → 1      (2 − 1)
 *   scorePosition(block, cells(1, 0, 'да')).total → 0    (1 − 1)
 *   scorePosition(block, cells(0, 0, -1))       → { total: -1, state: 'only-ineffective' }
 *   scorePosition(block, cells(0, 1, 0))        → { total: 0, state: 'inconsistent', adjusted: true }
 */

import type { SourceCell } from './sheetReading';
import { readMark, type Mark } from './marks';
import { isPenalty, positionMax, presenceIndex, type SchemeBlock } from './scheme';

export type PositionState = 'present' | 'absent' | 'inconsistent' | 'only-ineffective';

export interface ParameterScore {
  name: string;
  /** Scheme points of the parameter (negative for the penalty). */
  weight: number;
  cell: SourceCell | null;
  mark: Mark;
  /** Points after the rules. */
  points: number;
}

export interface PositionScore {
  params: ParameterScore[];
  total: number;
  /** Sum of the positive parameter points. */
  max: number;
  state: PositionState;
  penaltyApplied: boolean;
  /** A rule scored the row differently from what its cells say. */
  adjusted: boolean;
  /** Rule 4 zeroed the position (its indicators are all ineffective). */
  zeroedBySource: boolean;
}

const NO_MARK: Mark = { marked: false, value: null, kind: 'empty', issue: null };

/** The share of a parameter's points a mark gives: its value when between 0 and 1 (0,5), else all. */
function partialCredit(mark: Mark): number {
  return mark.value !== null && mark.value > 0 && mark.value < 1 ? mark.value : 1;
}

export function scorePosition(block: SchemeBlock, cells: (SourceCell | null)[]): PositionScore {
  const presence = presenceIndex(block);
  const params: ParameterScore[] = block.parameters.map((p, i) => {
    const cell = cells[i] ?? null;
    const mark = cell ? readMark(cell.raw, cell.format, isPenalty(p)) : NO_MARK;
    return { name: p.name, weight: p.points, cell, mark, points: 0 };
  });
  const present = presence >= 0 && params[presence].mark.marked;
  const otherPositive = params.some((p, i) => i !== presence && p.weight > 0 && p.mark.marked);
  const penaltyMarked = params.some((p) => p.weight < 0 && p.mark.marked);

  let state: PositionState;
  if (present) state = 'present';
  else if (otherPositive) state = 'inconsistent';
  else if (penaltyMarked) state = 'only-ineffective';
  else state = 'absent';

  for (const p of params) {
    if (!p.mark.marked) continue;
    if (p.weight < 0) p.points = state === 'inconsistent' ? 0 : p.weight;
    else p.points = state === 'present' ? p.weight * partialCredit(p.mark) : 0;
  }
  return {
    params,
    total: params.reduce((s, p) => s + p.points, 0),
    max: positionMax(block),
    state,
    penaltyApplied: params.some((p) => p.points < 0),
    adjusted: state === 'inconsistent',
    zeroedBySource: false,
  };
}

/**
 * Rule 4: the source position (same position in the indicators block) has only ineffective
 * indicators, so this position scores 0. `adjusted` only when the sheet had given it points.
 */
export function zeroForIneffectiveSource(score: PositionScore): PositionScore {
  const hadPoints = score.params.some((p) => p.points !== 0);
  return {
    ...score,
    params: score.params.map((p) => ({ ...p, points: 0 })),
    total: 0,
    penaltyApplied: false,
    adjusted: score.adjusted || hadPoints,
    zeroedBySource: true,
  };
}
