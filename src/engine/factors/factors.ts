/**
 * Factors (seed 004: «выявление факторов, влияющих на результаты»): how strongly each scored
 * indicator goes together with the overall fulfilment across the entities of a table, by
 * Spearman's rank correlation. A rank measure, because the scores are yes/no, shares and points
 * on different scales, and a few entities make a linear fit meaningless.
 *
 * The overall result contains the indicator itself, so a positive association is partly built
 * in; the note therefore speaks of «связь», never of cause, and always gives n. Below
 * MIN_ENTITIES (5) no association is claimed at all; below CAUTION_ENTITIES (10) the note adds
 * a caution sentence.
 *
 * Strength words follow the Chaddock scale used in Russian statistics:
 * |ρ| < 0.3 слабая, < 0.5 умеренная, < 0.7 заметная, < 0.9 высокая, else весьма высокая.
 *
 * Example:
 *   tableFactors(table).indicators[0] // → { id: '2.5', name: '…', rho: 0.87, n: 5, strength: 'высокая', direction: 'positive' }
 */

import type { Analysis, TableAnalysis } from '../analysis';
import { spearmanAgainst } from './rankCorrelation';
import { indicatorScores } from '../layouts/entityCells';

export const MIN_ENTITIES = 5;
export const CAUTION_ENTITIES = 10;
/** |ρ| from which an association is named in the note (умеренная and stronger). */
export const NAMED_RHO = 0.3;

export type FactorStrength = 'слабая' | 'умеренная' | 'заметная' | 'высокая' | 'весьма высокая';

export interface IndicatorFactor {
  id: string;
  name: string;
  criterion: string | null;
  rho: number;
  n: number;
  strength: FactorStrength;
  direction: 'positive' | 'negative';
}

export interface TableFactors {
  /** Index into analysis.tables. */
  table: number;
  /** Entities with an overall result. */
  entities: number;
  /** 'none' below 5 entities (no claim), 'caution' below 10, 'ok' otherwise. */
  reliability: 'none' | 'caution' | 'ok';
  /** Indicators with a correlation, strongest |ρ| first; empty when reliability is 'none'. */
  indicators: IndicatorFactor[];
  /** Indicators without one (the same value everywhere, or too few pairs). */
  undefinedFor: string[];
}

export function strengthOf(rho: number): FactorStrength {
  const a = Math.abs(rho);
  if (a < 0.3) return 'слабая';
  if (a < 0.5) return 'умеренная';
  if (a < 0.7) return 'заметная';
  if (a < 0.9) return 'высокая';
  return 'весьма высокая';
}

export function tableFactors(t: TableAnalysis, index = 0): TableFactors {
  const overall = t.entities.map((e) => (e.fulfilment === null || !Number.isFinite(e.fulfilment) ? null : e.fulfilment));
  const entities = overall.filter((x) => x !== null).length;
  const reliability = entities < MIN_ENTITIES ? 'none' : entities < CAUTION_ENTITIES ? 'caution' : 'ok';
  const indicators: IndicatorFactor[] = [];
  const undefinedFor: string[] = [];
  if (reliability !== 'none') {
    const againstOverall = spearmanAgainst(overall);
    for (const ind of t.indicators) {
      if (ind.kind === 'count' || ind.kind === 'number') continue; // descriptive, not in the overall result
      const c = againstOverall(indicatorScores(t, ind.id)); // NaN where the entity has no score
      if (c.rho === null || c.n < MIN_ENTITIES) {
        undefinedFor.push(ind.id);
        continue;
      }
      indicators.push({
        id: ind.id,
        name: ind.name,
        criterion: ind.criterion,
        rho: c.rho,
        n: c.n,
        strength: strengthOf(c.rho),
        direction: c.rho >= 0 ? 'positive' : 'negative',
      });
    }
    indicators.sort((a, b) => Math.abs(b.rho) - Math.abs(a.rho) || a.id.localeCompare(b.id, 'ru', { numeric: true }));
  }
  return { table: index, entities, reliability, indicators, undefinedFor };
}

/** Factors of every table that has entities with an overall result (plan tables excluded). */
export function analysisFactors(analysis: Analysis): TableFactors[] {
  return analysis.tables
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => t.layout !== 'plan' && t.entities.length > 0)
    .map(({ t, i }) => tableFactors(t, i));
}
