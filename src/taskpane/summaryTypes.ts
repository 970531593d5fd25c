/**
 * The compact views of an analysis that the worker sends to the pane: small whatever the
 * size of the sheet (name lists are cut to a few dozen, with the total kept), so that the
 * main thread never receives the whole `Analysis`.
 *
 * Example:
 *   const r: RecognitionSummary = { tables: [{ layout: 'matrix', entityCount: 5, … }], problems: [], problemCount: 0 };
 */

import type { IndicatorKind, LayoutKind } from '../engine/analysis';
import type { Problem } from '../engine/problems';
import type { EntityNoun } from '../engine/text/entityNoun';

export interface TableRecognition {
  layout: LayoutKind;
  sheets: string[];
  title: string | null;
  /** Header of the entity column ('Муниципальное образование'). */
  entityLabel: string;
  /** The noun for the rows, as the note (Справка) names them: see `tableNoun` in summarize.ts. */
  entity: EntityNoun;
  entityCount: number;
  /** The first names (at most NAME_LIMIT); `entityCount` tells how many there are. */
  entityNames: string[];
  criteria: { label: string; indicatorCount: number }[];
  indicators: { id: string; name: string; kind: IndicatorKind; criterion: string | null; headerCell: string }[];
  indicatorCount: number;
  pairs: PairRecognition[];
  /** Count columns a pair's base can be changed to (column letter and header), in sheet order. */
  countColumns: { column: string; header: string }[];
  /** What the table can be clustered on (areas, criteria or indicators); empty when it is not clustered. */
  clusterFeatures: { id: string; name: string }[];
}

export interface PairRecognition {
  sheet: string;
  /** Headers of the columns. */
  numerator: string;
  base: string;
  declared: string | null;
  /** Column letters, for a correction (`PairOverride`); null in a transposed table. */
  numeratorColumn: string | null;
  baseColumn: string | null;
  declaredColumn: string | null;
  reason: string;
  manual: boolean;
}

export interface RecognitionSummary {
  tables: TableRecognition[];
  /** The first problems (at most PROBLEM_LIMIT), errors first. */
  problems: Problem[];
  problemCount: number;
}

export interface GroupSummary {
  group: number;
  /** '80–100 %' */
  label: string;
  count: number;
  /** The first names, best first. */
  names: string[];
}

export interface CriticalIndicator {
  id: string;
  name: string;
  level: number | null;
  criterion: string | null;
  /** Header cell of the indicator in the source. */
  cell: string;
}

export interface DeficitEntity {
  name: string;
  /** Number of deficit cells (below the critical level, or «нет»). */
  deficits: number;
  fulfilment: number | null;
  group: number | null;
  cell: string;
}

/** A cluster profile as the pane lists it. */
export interface ClusterProfileView {
  cluster: number;
  name: string;
  size: number;
  /** Percent of the clustered entities. */
  share: number;
  /** Mean of the centre, percent. */
  mean: number;
  /** Mean of the members' overall results, as in «Сводная»; null when they have none. */
  meanResult: number | null;
  /** Centre per feature, percent, in the order of `ClustersView.features`. */
  centre: number[];
  weakest: string | null;
  actions: string[];
}

export interface ClustersView {
  k: number;
  /** How k was chosen, in Russian («выбрано по силуэту (0,58)» or «задано»). */
  kText: string;
  features: string[];
  /** Entities clustered / left out for a missing feature. */
  clustered: number;
  leftOut: number;
  profiles: ClusterProfileView[];
}

export interface ChangesView {
  previousLabel: string;
  currentLabel: string;
  /** Regional change of the overall result, p.p.; null when not comparable. */
  regionChange: number | null;
  improved: number;
  declined: number;
  unchanged: number;
  /** Entities of one period only (first names) and how many there are. */
  onlyCurrent: string[];
  onlyPrevious: string[];
  onlyCurrentTotal: number;
  onlyPreviousTotal: number;
}

export interface TableResult {
  layout: LayoutKind;
  sheets: string[];
  entity: EntityNoun;
  entityCount: number;
  region: { mean: number | null; median: number | null; complete: number };
  groups: GroupSummary[];
  criticalIndicators: CriticalIndicator[];
  attentionIndicators: number;
  /** The entities with the most deficit cells, at most WORST_LIMIT. */
  worstEntities: DeficitEntity[];
  clusters: ClustersView | null;
  /** A counts form whose shares are descriptive: no fulfilment, groups or rank to show. */
  descriptive: boolean;
  /** Regional (pooled) shares of a counts form: indicator and percent, at most NAME_LIMIT. */
  shares: { indicator: string; share: number | null }[];
  /** The young-teacher sentence of a roster («Молодые педагоги: 371 из 2997 (12,4 %), …»), else null. */
  youngTeachers: string | null;
  changes: ChangesView | null;
}

export interface ResultSummary {
  tables: TableResult[];
  target: number;
  critical: number;
  problemCount: number;
}

/** How many names a summary lists before «и ещё …». */
export const NAME_LIMIT = 12;
/** How many problems the pane lists (the rest are on «Проверка данных»). */
export const PROBLEM_LIMIT = 100;
export const WORST_LIMIT = 5;
