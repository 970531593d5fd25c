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
  pairs: { sheet: string; numerator: string; base: string; declared: string | null; reason: string; manual: boolean }[];
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
