/**
 * The change between two periods (issue 5, point 2), as computed by comparePeriods: per
 * entity (overall fulfilment in p.p., group, rank, criteria), per indicator (regional level),
 * per value (entity × indicator), and the entities and indicators present in one period only.
 * Percentages are 0–100; a change of percentages is in percentage points between the values as
 * Сводная shows them (one decimal), so «рост на 12,5 п.п.» in the note is exactly the
 * difference of the two printed numbers.
 *
 * Example:
 *   changes.tables[0].entities[0]
 *   // → { entity: 'Кировский район', previous: { fulfilment: 60, group: 2, rank: 3 }, current: { fulfilment: 72.5, … },
 *   //     fulfilmentChange: 12.5, groupChange: 0, rankChange: 1, status: 'improved', … }
 */

import type { CellValue } from '../grid';
import type { IndicatorKind } from '../analysis';

/** Better / worse / the same at the precision shown (higher scores, groups nearer 1, ranks nearer 1 are better). */
export type ChangeStatus = 'improved' | 'declined' | 'unchanged';

export interface EntityStanding {
  fulfilment: number | null;
  group: number | null;
  rank: number | null;
}

export interface CriterionChange {
  criterion: string;
  previous: number | null;
  current: number | null;
  /** p.p. between the displayed values; null when one is missing. */
  change: number | null;
  status: ChangeStatus | null;
}

export interface EntityChange {
  /** Name in the current period. */
  entity: string;
  previousName: string;
  previous: EntityStanding;
  current: EntityStanding;
  fulfilmentChange: number | null;
  /** previous group − current group: positive when the entity moved to a stronger group. */
  groupChange: number | null;
  /** previous rank − current rank: positive when it moved up. */
  rankChange: number | null;
  /** By the overall fulfilment. */
  status: ChangeStatus | null;
  criteria: CriterionChange[];
  /** Address of the name cell in the current period. */
  cell: string;
}

export interface IndicatorChange {
  id: string;
  previousId: string;
  name: string;
  criterion: string | null;
  kind: IndicatorKind;
  previousLevel: number | null;
  currentLevel: number | null;
  change: number | null;
  status: ChangeStatus | null;
  /** How the two were matched. */
  matchedBy: 'name' | 'id';
}

export interface ValueChange {
  entity: string;
  indicator: string;
  indicatorName: string;
  kind: IndicatorKind;
  previousRaw: CellValue;
  currentRaw: CellValue;
  /** Values as read (percent 0–100, yes/no 1/0, counts, points); null when missing. */
  previous: number | null;
  current: number | null;
  /** current − previous (p.p. for percentages); null when one is missing. */
  change: number | null;
  /** null for counts and numbers, where more is not necessarily better. */
  status: ChangeStatus | null;
  previousCell: string | null;
  cell: string | null;
}

export interface OnePeriodOnly {
  entities: string[];
  /**
   * The results those entities had in their one period (as many as `entities`, same order), so
   * that «Динамика» shows the previous period's figures of a district that is gone as it shows
   * the current ones of a new district.
   */
  results: { fulfilment: number | null; group: number | null; rank: number | null; cell: string }[];
  /** Indicator names (as written in that period). */
  indicators: string[];
}

export interface TableChanges {
  /** Index of the table in the current analysis and in the previous one. */
  table: number;
  previousTable: number;
  title: string | null;
  region: { previous: number | null; current: number | null; change: number | null; status: ChangeStatus | null };
  /**
   * The mean overall result of the entities present in both periods, when the periods do not
   * hold the same entities: the regional means above then compare different sets of
   * municipalities, and this says how the comparable ones moved. Null when the sets are the same.
   */
  comparable: { entities: number; previous: number; current: number; change: number } | null;
  entities: EntityChange[];
  indicators: IndicatorChange[];
  values: ValueChange[];
  onlyPrevious: OnePeriodOnly;
  onlyCurrent: OnePeriodOnly;
}

export interface PeriodChanges {
  previousSheets: string[];
  currentSheets: string[];
  /** Short Russian labels of the periods («2023 год», or the sheet names). */
  previousLabel: string;
  currentLabel: string;
  tables: TableChanges[];
  /** Tables of one period that have no counterpart in the other (by index). */
  unmatchedPrevious: number[];
  unmatchedCurrent: number[];
}
