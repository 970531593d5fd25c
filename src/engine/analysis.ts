/**
 * The engine's output, before anything is written: what was recognised and what was computed.
 * Percentages here are numbers from 0 to 100, unrounded (the same convention as the JSON of
 * METHODOLOGY §8); normalised indicator scores are 0…1; a missing value is null.
 *
 * One workbook can hold several tables (a matrix on one sheet, a counts form on another);
 * each gets its own TableAnalysis. Sheets of the same template (one evaluation sheet per
 * municipality, one form per district) are read as one table.
 */

import type { CellValue } from './grid';
import type { AnalysisOptions } from './options';
import type { Problem } from './problems';

export type LayoutKind = 'matrix' | 'counts' | 'points' | 'roster' | 'plan';

/** How the values of an indicator column are read and scored. */
export type IndicatorKind = 'binary' | 'percent' | 'count' | 'points' | 'number';

export type IndicatorStatus = 'ok' | 'attention' | 'critical';

/** Where a column (or, in a transposed table, a row) of the source lies. */
export interface SourceLine {
  sheet: string;
  /** 0-based sheet column of an indicator column (or row, when `transposed`). */
  index: number;
  /** Header text as the user wrote it (header rows joined with ' / '). */
  header: string;
  /** Address of the header cell that names it. */
  headerCell: string;
  transposed?: boolean;
}

export interface Criterion {
  /** As written: 'Критерий 1. Системность методической работы', or 'Критерий 1' when only ids give it. */
  label: string;
  /** Short id ('1'), when one can be read. */
  id: string | null;
  indicatorIds: string[];
  /** Mean fulfilment of the entities on this criterion, 0–100. */
  mean: number | null;
  median: number | null;
}

export interface Indicator {
  /** '2.1' when the header numbers it, else the column letter ('D'). Unique within a table. */
  id: string;
  name: string;
  /** Criterion label, or null when the table has no criteria. */
  criterion: string | null;
  kind: IndicatorKind;
  /** Points: the maximum of the column (from the scheme or the header); otherwise undefined. */
  max?: number;
  source: SourceLine;
  /** Regional level, 0–100: share of "да" (binary), mean (percent), mean/max (points); null for counts. */
  level: number | null;
  /** ok ≥ target, attention ≥ critical, critical below; null when there is no level. */
  status: IndicatorStatus | null;
  target: number;
  critical: number;
  /** How many entities have data / are missing. */
  withData: number;
  missing: number;
  /** Descriptive statistics of the raw values (counts and numbers; also percent, 0–100). */
  stats: { sum: number; mean: number; median: number; min: number; max: number } | null;
}

/** One entity×indicator cell, as read. */
export interface ScoredCell {
  /** Full address of the source cell. */
  cell: string;
  raw: CellValue;
  /** Normalised 0…1 (binary 1/0, percent fraction, points/max); null when missing or unreadable. */
  score: number | null;
  /** Numeric value as read (percent as 0–100, count as is, binary 1/0); null when none. */
  value: number | null;
  /** The source cell holds a plain number (no formula, no text), so a summary may reference it. */
  plain: boolean;
}

export interface EntityResult {
  name: string;
  /** Sheet and 0-based sheet row (column, when transposed) of the entity. */
  sheet: string;
  index: number;
  /** Address of the cell holding the entity's name. */
  nameCell: string;
  /** Scores keyed by indicator id. */
  cells: Record<string, ScoredCell>;
  /** Criterion fulfilment 0–100 keyed by criterion label. */
  criteria: Record<string, number | null>;
  /** Group per criterion label. */
  criteriaGroups: Record<string, number | null>;
  /** Overall fulfilment 0–100. */
  fulfilment: number | null;
  points?: number | null;
  maxPoints?: number | null;
  group: number | null;
  rank: number | null;
  /** Some scored cells are missing or unreadable. */
  incomplete: boolean;
  /** Overall below the regional median. */
  belowMedian: boolean;
}

/** Which count goes with which base, and why the reader thinks so (shown to the user). */
export interface CountPair {
  sheet: string;
  numerator: SourceLine;
  base: SourceLine;
  declared: SourceLine | null;
  /** Russian explanation: 'по заголовку', 'ближайший столбец «Всего» слева', 'задано пользователем' … */
  reason: string;
  /** Set by the user rather than inferred. */
  manual: boolean;
}

export interface ShareResult {
  /** Entity name, or null for the regional (pooled) row. */
  entity: string | null;
  /** Numerator column header. */
  indicator: string;
  indicatorId: string;
  numerator: number | null;
  base: number | null;
  /** 0–100; for the region the pooled Σnum/Σbase. */
  share: number | null;
  /** Region only: mean and median of the entities' shares. */
  mean: number | null;
  median: number | null;
  declared: number | null;
  declaredCell: string | null;
  mismatch: boolean;
  numeratorCell: string | null;
  baseCell: string | null;
  /** Both cells hold plain numbers, so the summary can compute the share by formula. */
  plain: boolean;
  /** The row was left out of the regional figures (error in the pair, base 0). */
  excluded: boolean;
}

export type DeficitKind = 'deficit' | 'attention' | 'below-median' | 'group-3';
export type DeficitScope = 'cell' | 'indicator' | 'criterion' | 'entity';

export interface Deficit {
  scope: DeficitScope;
  kind: DeficitKind;
  /** null for a region-level problem zone (scope 'indicator'). */
  entity: string | null;
  /** Indicator id, or null for criterion/entity scope. */
  indicator: string | null;
  indicatorName: string | null;
  criterion: string | null;
  /** Source cell for cell scope; null otherwise. */
  cell: string | null;
  /** The value as the user sees it: the raw cell for cell scope, a percent for the others. */
  value: CellValue;
  /** The threshold it was compared with (percent), or the median. */
  threshold: number | null;
}

/** Per-entity detail of the points layout (METHODOLOGY §5). */
export interface PointsPosition {
  block: string;
  position: string;
  /** Parameter scores after the rules (may be −1 for the penalty parameter). */
  parameters: { name: string; raw: CellValue; points: number; cell: string | null }[];
  total: number;
  max: number;
  declaredTotal: number | null;
  declaredCell: string | null;
  /** A rule changed what the sheet says (inconsistent row, ineffective monitoring). */
  adjusted: boolean;
  /** Id of the indicator this position is in the table ('2.3' = block 2, position 3). */
  indicator?: string;
}

export interface PointsBlock {
  name: string;
  total: number;
  max: number;
  declaredMax: number | null;
  declaredMaxCell: string | null;
  /** A declared block score (a wide table's block «всего» column; a template block row whose «всего» equals the score, not the maximum). */
  declaredTotal?: number | null;
  declaredTotalCell?: string | null;
  positions: PointsPosition[];
}

export interface PointsEntity {
  entity: string;
  blocks: PointsBlock[];
  total: number;
  max: number;
  /** Formula (without '=') that sums the plain source cells, when the rules change nothing. */
  formula: string | null;
  /** The entity's total as the sheet declares it («Итого»), and where. */
  declaredTotal?: number | null;
  declaredCell?: string | null;
}

export interface TableAnalysis {
  layout: LayoutKind;
  /** Sheets read as this table (several for one template per municipality). */
  sheets: string[];
  /** Title above the table, if any. */
  title: string | null;
  /** Header of the entity column ('Муниципальное образование'). */
  entityLabel: string;
  transposed: boolean;
  /**
   * 0-based sheet rows of the header block and the data, per sheet (for highlights and pane):
   * `first` is the first header row, `last` the last data row. Optional detail: `headerLast`
   * (last header row) and `dataFirst` (first data row). In a transposed table these are
   * sheet columns.
   */
  headerRows: { sheet: string; first: number; last: number; headerLast?: number; dataFirst?: number }[];
  criteria: Criterion[];
  indicators: Indicator[];
  entities: EntityResult[];
  pairs: CountPair[];
  shares: ShareResult[];
  deficits: Deficit[];
  points: PointsEntity[];
  /** Regional overall: mean and median of the entities' fulfilment. */
  region: { mean: number | null; median: number | null; entities: number; complete: number };
  /** A teacher roster (layout 'roster'): young teachers, the deficit map, the risk profile per subject. */
  roster?: import('./layouts/roster/rosterTypes').RosterResult;
  /**
   * Clusters of the entities on their profile (METHODOLOGY §6): teachers of a roster on their
   * competence areas; entities of a matrix or points table (at least 6) on their criteria or
   * indicators. Absent when the table is not clustered.
   */
  clusters?: import('./clusterProfiles/types').ClusterSummary;
}

export interface Analysis {
  tables: TableAnalysis[];
  problems: import('./problems').Problem[];
  options: AnalysisOptions;
  /** Every sheet read, in workbook order. */
  sheets: string[];
  /**
   * The file each sheet came from, when several workbooks were read as one (SheetGrid.source):
   * sheet name → file name. Absent for a single workbook.
   */
  sources?: Record<string, string>;
  /**
   * Change since the previous period, when `options.previousSheets` named the sheets of that
   * period (periods/comparePeriods.ts).
   */
  changes?: import('./periods/types').PeriodChanges;
  /**
   * The recommendations in force: the built-in catalogue, changed by a «Рекомендации» sheet
   * when the workbook has one (recommendations/sheet.ts). Absent means the built-in one.
   */
  recommendations?: import('./recommendations/catalogue').RecommendationCatalogue;
}

export type { Problem };
