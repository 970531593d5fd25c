/**
 * Deficits and problem zones (METHODOLOGY §4), every kind, in the order a reader of the
 * «Дефициты» sheet wants them: the addressed cell findings entity by entity, then the
 * indicators that are weak across the region, then weak criteria and weak entities.
 *
 * - cell ('deficit'): «нет» in a yes/no indicator, or a score below the indicator's critical
 *   level; ('attention'): critical ≤ score < target;
 * - indicator (entity null): regional level below target → 'attention', below critical →
 *   'deficit';
 * - criterion / entity 'group-3': the entity falls in the weakest band on a criterion or
 *   overall;
 * - entity 'below-median': overall fulfilment strictly below the regional median (a weaker
 *   flag, seed 004); equal within 1e-9 is not below.
 *
 * Example (target 80, critical 50): a cell «нет» in 2.7 → { scope: 'cell', kind: 'deficit',
 * entity: 'Назрановский район', indicator: '2.7', cell: 'Лист1!L7', value: 'нет', threshold: 50 }
 */

import type { CellValue } from '../grid';
import type { Deficit } from '../analysis';
import type { ScoreLine } from './scoreLine';
import { reaches } from './bound';

export interface DeficitLine {
  line: ScoreLine;
  level: number | null;
  cellOf(e: number): string;
  /** What the user sees: the raw cell, or the computed share for a count pair. */
  valueOf(e: number): CellValue;
}

export interface DeficitInput {
  names: string[];
  lines: DeficitLine[];
  criteria: string[];
  byCriterion: Map<string, (number | null)[]>;
  criteriaGroups: Map<string, (number | null)[]>;
  overall: (number | null)[];
  groups: (number | null)[];
  median: number | null;
  weakest: number | null;
  /** Upper bound of the weakest band (the critical level by default). */
  weakestCeiling: number | null;
}

/** A cell's finding: 'deficit', 'attention' or null (METHODOLOGY §4, as in the file's doc). */
function cellKind(line: ScoreLine, s: number): 'deficit' | 'attention' | null {
  if (Number.isNaN(s)) return null;
  if (line.kind === 'binary') return s === 0 ? 'deficit' : null;
  const pct = s * 100;
  if (!reaches(pct, line.critical)) return 'deficit';
  return reaches(pct, line.target) ? null : 'attention';
}

export function buildDeficits(input: DeficitInput): Deficit[] {
  const n = input.names.length;
  const lines = input.lines;
  // Counted first, then made into an array of that size: pushed one by one, the 77,000 cell
  // findings of a 3000 × 60 matrix were a third of this function.
  let cells = 0;
  for (let e = 0; e < n; e++) for (let l = 0; l < lines.length; l++) if (cellKind(lines[l].line, lines[l].line.scores[e]) !== null) cells++;
  const out: Deficit[] = new Array(cells);
  let k = 0;
  for (let e = 0; e < n; e++) {
    for (let l = 0; l < lines.length; l++) {
      const dl = lines[l];
      const { line } = dl;
      const kind = cellKind(line, line.scores[e]);
      if (kind === null) continue;
      out[k++] = {
        scope: 'cell',
        kind,
        entity: input.names[e],
        indicator: line.id,
        indicatorName: line.name,
        criterion: line.criterion,
        cell: dl.cellOf(e),
        value: dl.valueOf(e),
        threshold: kind === 'attention' ? line.target : line.critical,
      };
    }
  }
  for (const dl of input.lines) {
    const { line, level } = dl;
    if (level === null) continue;
    const kind = !reaches(level, line.critical) ? 'deficit' : !reaches(level, line.target) ? 'attention' : null;
    if (!kind) continue;
    out.push({
      scope: 'indicator',
      kind,
      entity: null,
      indicator: line.id,
      indicatorName: line.name,
      criterion: line.criterion,
      cell: null,
      value: level,
      threshold: kind === 'deficit' ? line.critical : line.target,
    });
  }
  if (input.weakest !== null) {
    for (const c of input.criteria) {
      const groups = input.criteriaGroups.get(c)!;
      const values = input.byCriterion.get(c)!;
      for (let e = 0; e < n; e++) {
        if (groups[e] !== input.weakest) continue;
        out.push({
          scope: 'criterion',
          kind: 'group-3',
          entity: input.names[e],
          indicator: null,
          indicatorName: null,
          criterion: c,
          cell: null,
          value: values[e],
          threshold: input.weakestCeiling,
        });
      }
    }
    for (let e = 0; e < n; e++) {
      if (input.groups[e] !== input.weakest) continue;
      out.push({
        scope: 'entity',
        kind: 'group-3',
        entity: input.names[e],
        indicator: null,
        indicatorName: null,
        criterion: null,
        cell: null,
        value: input.overall[e],
        threshold: input.weakestCeiling,
      });
    }
  }
  if (input.median !== null) {
    for (let e = 0; e < n; e++) {
      const v = input.overall[e];
      if (v === null || reaches(v, input.median)) continue;
      out.push({
        scope: 'entity',
        kind: 'below-median',
        entity: input.names[e],
        indicator: null,
        indicatorName: null,
        criterion: null,
        cell: null,
        value: v,
        threshold: input.median,
      });
    }
  }
  return out;
}
