/**
 * Settings a methodologist can change: the target and critical levels, the group bands,
 * per-indicator thresholds, and corrections to what the reader inferred.
 *
 * Example:
 *   resolveOptions({ target: 85 }).bands
 *   // → [{ group: 1, min: 85, label: '85–100 %' }, { group: 2, min: 50, label: '50–84 %' },
 *   //    { group: 3, min: -Infinity, label: 'менее 50 %' }]
 */

export interface Band {
  /** Group number: 1 is the strongest. */
  group: number;
  /** Lower bound in percent (inclusive); the last band has -Infinity. */
  min: number;
  /** Russian label, e.g. '80–100 %'. */
  label: string;
}

export interface PairOverride {
  /** Sheet of the table. */
  sheet: string;
  /** Column letter of the count (numerator). */
  numerator: string;
  /** Column letter of its base. */
  base: string;
  /** Column letter of the share the sheet already declares, if any. */
  declared?: string | null;
}

export interface AnalysisOptions {
  /** Target level (целевой уровень), percent 0–100. */
  target: number;
  /** Critical level (критический уровень), percent 0–100. */
  critical: number;
  /** Group bands, strongest first; derived from target/critical unless given. */
  bands: Band[];
  /** Restrict the analysis to these sheets (names); empty means every sheet with a table. */
  sheets: string[];
  /** Per-indicator thresholds keyed by indicator id. */
  indicatorThresholds: Record<string, { target?: number; critical?: number }>;
  /** Corrections to the inferred count/base pairs. */
  pairs: PairOverride[];
  /** Overall fulfilment: mean over all indicators ('indicators', default) or mean of criterion means ('criteria'). */
  weighting: 'indicators' | 'criteria';
  /**
   * Sheets holding the previous period (same layout as the current one). They are analysed
   * separately and compared with the rest (Analysis.changes); empty or absent: no comparison.
   */
  previousSheets?: string[];
  /** The period the data describe, as the note should name it («2023/2024 учебный год»); read from titles when absent. */
  period?: string;
  /**
   * Clustering (METHODOLOGY §6): the number of clusters (default 'auto': chosen by silhouette)
   * and the features to cluster on, by name or id (default: every competence area of a roster,
   * every criterion — or indicator — of a matrix). See clusterProfiles/.
   */
  clusters?: ClusterOptions;
}

export interface ClusterOptions {
  k?: number | 'auto';
  features?: string[];
}

export type AnalysisOptionsInput = Partial<AnalysisOptions>;

export const DEFAULT_TARGET = 80;
export const DEFAULT_CRITICAL = 50;

export function formatPercentBound(x: number): string {
  return Number.isInteger(x) ? String(x) : String(x).replace('.', ',');
}

/** The three bands of seed 003 ("80–100 %", "50–79 %", "менее 50 %") for any target/critical. */
export function defaultBands(target: number, critical: number): Band[] {
  const below = (x: number) => (Number.isInteger(x) ? x - 1 : x);
  return [
    { group: 1, min: target, label: `${formatPercentBound(target)}–100 %` },
    { group: 2, min: critical, label: `${formatPercentBound(critical)}–${formatPercentBound(below(target))} %` },
    { group: 3, min: -Infinity, label: `менее ${formatPercentBound(critical)} %` },
  ];
}

export function resolveOptions(input: AnalysisOptionsInput = {}): AnalysisOptions {
  const target = input.target ?? DEFAULT_TARGET;
  const critical = input.critical ?? DEFAULT_CRITICAL;
  if (!(target >= 0 && target <= 100) || !(critical >= 0 && critical <= 100)) {
    throw new RangeError('Пороговые уровни задаются в процентах от 0 до 100.');
  }
  if (critical > target) {
    throw new RangeError('Критический уровень не может быть выше целевого.');
  }
  const bands = input.bands && input.bands.length > 0 ? [...input.bands].sort((a, b) => b.min - a.min) : defaultBands(target, critical);
  return {
    target,
    critical,
    bands,
    sheets: input.sheets ?? [],
    indicatorThresholds: input.indicatorThresholds ?? {},
    pairs: input.pairs ?? [],
    weighting: input.weighting ?? 'indicators',
    ...(input.previousSheets && input.previousSheets.length > 0 ? { previousSheets: [...input.previousSheets] } : {}),
    ...(input.period && input.period.trim() !== '' ? { period: input.period.trim() } : {}),
    ...(input.clusters ? { clusters: { ...input.clusters, ...(input.clusters.features ? { features: [...input.clusters.features] } : {}) } } : {}),
  };
}

/** The thresholds a percentage can fall either side of: the target, the critical level and every band's lower bound. */
export function thresholdsOf(options: AnalysisOptions): number[] {
  return [...new Set([options.target, options.critical, ...options.bands.map((b) => b.min).filter((m) => m > 0)])];
}
