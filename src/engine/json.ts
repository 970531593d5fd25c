/**
 * The machine-readable result of METHODOLOGY §8 (`analyze --json`). Percentages are numbers
 * 0–100, unrounded; a missing value is null; addresses are `Sheet!A1` / `'Sheet name'!A1`.
 * Entities, indicators, shares and deficits of every table are concatenated, each tagged with
 * its `table` index; the extra key `tables` summarises each table (layout, sheets, title,
 * number of entities, count/base pairs with their reasons, points detail) and `thresholds`
 * holds the levels in force; `note` is the analytical note (its sections of Russian text),
 * `changes` the comparison with the previous period (or null) and `factors` the rank
 * correlations of the indicators with the overall result. `clusters` and `roster` (§8) are
 * those of the first clustered table (a roster first) and the first roster, or null; every
 * table's own are in `tables[i].clusters` / `tables[i].roster`.
 *
 * Example:
 *   toResultJson(analysis).entities[0]
 *   // → { name: 'Кировский район', fulfilment: 96.67, criteria: { 'Критерий 1': 100 }, group: 1,
 *   //     rank: 1, incomplete: false, table: 0, sheet: 'Лист1', cell: 'Лист1!B4', belowMedian: false }
 */

import type {
  Analysis,
  CountPair,
  DeficitKind,
  IndicatorKind,
  IndicatorStatus,
  LayoutKind,
  PointsEntity,
  SourceLine,
  TableAnalysis,
} from './analysis';
import type { CellValue } from './grid';
import type { ProblemCode, Severity } from './problems';
import type { NoteDocument } from './note/document';
import { buildNote } from './note/buildNote';
import type { PeriodChanges } from './periods/types';
import type { TableFactors } from './factors/factors';
import { analysisFactors } from './factors/factors';
import type { ClusterSummary } from './clusterProfiles/types';
import type { RosterResult } from './layouts/roster/rosterTypes';

export interface ResultEntity {
  name: string;
  fulfilment: number | null;
  criteria: Record<string, number | null>;
  /** Points layout only. */
  points?: number | null;
  maxPoints?: number | null;
  group: number | null;
  rank: number | null;
  incomplete: boolean;
  belowMedian: boolean;
  /** Index into `tables`. */
  table: number;
  sheet: string;
  /** Address of the entity's name cell. */
  cell: string;
}

export interface ResultIndicator {
  id: string;
  name: string;
  criterion: string | null;
  kind: IndicatorKind;
  level: number | null;
  status: IndicatorStatus | null;
  target: number;
  critical: number;
  max?: number;
  withData: number;
  missing: number;
  table: number;
  sheet: string;
  /** Address of the header cell. */
  cell: string;
  /**
   * Sum, mean, median, min and max of a count's values as read (METHODOLOGY §4: counts are
   * described by these); null for other kinds and for a column without a value.
   */
  stats: { sum: number; mean: number; median: number; min: number; max: number } | null;
}

export interface ResultShare {
  entity: string | null;
  indicator: string;
  indicatorId: string;
  numerator: number | null;
  base: number | null;
  share: number | null;
  mean: number | null;
  median: number | null;
  declared: number | null;
  declaredCell: string | null;
  mismatch: boolean;
  numeratorCell: string | null;
  baseCell: string | null;
  excluded: boolean;
  table: number;
}

export interface ResultDeficit {
  entity: string | null;
  indicator: string | null;
  indicatorName: string | null;
  criterion: string | null;
  cell: string | null;
  value: CellValue;
  threshold: number | null;
  kind: DeficitKind;
  scope: 'cell' | 'indicator' | 'criterion' | 'entity';
  table: number;
}

export interface ResultProblem {
  cell: string | null;
  sheet: string | null;
  severity: Severity;
  code: ProblemCode;
  message: string;
}

export interface ResultLine {
  header: string;
  cell: string;
}

export interface ResultPair {
  sheet: string;
  numerator: ResultLine;
  base: ResultLine;
  declared: ResultLine | null;
  reason: string;
  manual: boolean;
}

export interface ResultPoints {
  entity: string;
  total: number;
  max: number;
  percent: number | null;
  formula: string | null;
  blocks: {
    name: string;
    total: number;
    max: number;
    declaredMax: number | null;
    declaredMaxCell: string | null;
    positions: {
      position: string;
      total: number;
      max: number;
      declaredTotal: number | null;
      declaredCell: string | null;
      adjusted: boolean;
      parameters: { name: string; raw: CellValue; points: number; cell: string | null }[];
    }[];
  }[];
}

export interface ResultTable {
  layout: LayoutKind;
  sheets: string[];
  title: string | null;
  entityLabel: string;
  transposed: boolean;
  entities: number;
  region: { mean: number | null; median: number | null; entities: number; complete: number };
  criteria: { label: string; id: string | null; indicators: string[]; mean: number | null; median: number | null }[];
  pairs: ResultPair[];
  points: ResultPoints[];
  clusters?: ResultClusters;
  roster?: ResultRoster;
}

/** METHODOLOGY §8 `clusters`, plus the profiles, sizes, how k was chosen and the one-dimensional view. */
export interface ResultClusters {
  method: 'kmeans';
  k: number;
  features: string[];
  /** centres[c − 1]: cluster c's centre per feature, percent. */
  centres: number[][];
  /** row: 1-based sheet row of the entity; cluster null when left out for a missing value. */
  assignments: { row: number; name: string; cluster: number | null; overallCluster: number | null; cell: string }[];
  /** Index into `tables`. */
  table: number;
  audience: ClusterSummary['audience'];
  basis: ClusterSummary['basis'];
  featureIds: string[];
  sizes: number[];
  profiles: { cluster: number; name: string; size: number; share: number; mean: number; weakest: string | null; strongest: string | null; actions: string[] }[];
  kChoice: { requested: number | 'auto'; how: string; reason: string };
  silhouette: number | null;
  standardised: boolean;
  leftOut: number;
  /** Ckmeans on the overall result (same number of groups). */
  overall: { method: 'ckmeans'; feature: string; k: number; breaks: number[]; clusters: { cluster: number; size: number; centre: number; min: number; max: number }[] } | null;
}

/** METHODOLOGY §8 `roster`, plus the counts behind each share and the risk profile per subject. */
export interface ResultRoster {
  table: number;
  youngTeachers: {
    count: number;
    base: number;
    share: number | null;
    mentored: number | null;
    mentoredShare: number | null;
    unknown: number;
    mentorBlank: number;
    rule: string;
  };
  deficitMap: { unit: string; area: string; share: number | null; level: string; municipality: string | null; school: string | null; areaId: string; teachers: number; below: number; withData: number }[];
  subjectRisk: { subject: string; teachers: number; mean: number | null; areas: { area: string; areaId: string; below: number; withData: number; share: number | null }[] }[];
  critical: number;
  referenceDate: string | null;
}

export interface ResultThresholds {
  target: number;
  critical: number;
  /** `min` is null for the last band (no lower bound). */
  bands: { group: number; min: number | null; label: string }[];
}

export interface ResultJson {
  /** Layout of the first table (null when there is none). */
  layout: LayoutKind | null;
  sheets: string[];
  entities: ResultEntity[];
  indicators: ResultIndicator[];
  shares: ResultShare[];
  deficits: ResultDeficit[];
  problems: ResultProblem[];
  tables: ResultTable[];
  thresholds: ResultThresholds;
  /** The analytical note («Справка»): title, period and its sections of Russian paragraphs; null when it was not asked for (`--no-note`). */
  note: NoteDocument | null;
  /** Change since the previous period (AnalysisOptions.previousSheets); null when none was given. */
  changes: PeriodChanges | null;
  /** Rank correlation of each indicator with the overall result, per table (`table` is its index). */
  factors: TableFactors[];
  /** Clusters of the first clustered table (a roster first); null when no table was clustered. Every table's in `tables[i].clusters`. */
  clusters: ResultClusters | null;
  /** The first teacher roster's results; null when there is none. Every roster's in `tables[i].roster`. */
  roster: ResultRoster | null;
}

/** NaN and infinities are not JSON: they become null. */
function num(x: number | null | undefined): number | null {
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
}

function numRecord(r: Record<string, number | null>): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const [k, v] of Object.entries(r)) out[k] = num(v);
  return out;
}

function line(l: SourceLine): ResultLine {
  return { header: l.header, cell: l.headerCell };
}

function pair(p: CountPair): ResultPair {
  return {
    sheet: p.sheet,
    numerator: line(p.numerator),
    base: line(p.base),
    declared: p.declared ? line(p.declared) : null,
    reason: p.reason,
    manual: p.manual,
  };
}

function pointsDetail(p: PointsEntity): ResultPoints {
  return {
    entity: p.entity,
    total: p.total,
    max: p.max,
    percent: p.max > 0 ? (p.total / p.max) * 100 : null,
    formula: p.formula,
    blocks: p.blocks.map((b) => ({
      name: b.name,
      total: b.total,
      max: b.max,
      declaredMax: num(b.declaredMax),
      declaredMaxCell: b.declaredMaxCell,
      positions: b.positions.map((pos) => ({
        position: pos.position,
        total: pos.total,
        max: pos.max,
        declaredTotal: num(pos.declaredTotal),
        declaredCell: pos.declaredCell,
        adjusted: pos.adjusted,
        parameters: pos.parameters.map((x) => ({ name: x.name, raw: x.raw, points: x.points, cell: x.cell })),
      })),
    })),
  };
}

export function clustersJson(c: ClusterSummary, table: number): ResultClusters {
  return {
    method: c.method,
    k: c.k,
    features: [...c.features],
    centres: c.centres.map((row) => row.map((x) => num(x) ?? 0)),
    assignments: c.assignments.map((a) => ({ row: a.row, name: a.name, cluster: a.cluster, overallCluster: a.overallCluster, cell: a.cell })),
    table,
    audience: c.audience,
    basis: c.basis,
    featureIds: [...c.featureIds],
    sizes: c.clusters.map((p) => p.size),
    profiles: c.clusters.map((p) => ({
      cluster: p.cluster,
      name: p.name,
      size: p.size,
      share: p.share,
      mean: p.mean,
      weakest: p.weakest,
      strongest: p.strongest,
      actions: [...p.actions],
    })),
    kChoice: { requested: c.kChoice.requested, how: c.kChoice.how, reason: c.kChoice.reason },
    silhouette: num(c.silhouette),
    standardised: c.standardised,
    leftOut: c.leftOut,
    overall: c.overall
      ? { method: 'ckmeans', feature: c.overall.feature, k: c.overall.k, breaks: [...c.overall.breaks], clusters: c.overall.clusters.map((x) => ({ ...x })) }
      : null,
  };
}

export function rosterJson(r: RosterResult, table: number): ResultRoster {
  const y = r.youngTeachers;
  return {
    table,
    youngTeachers: {
      count: y.count,
      base: y.base,
      share: num(y.share),
      mentored: y.mentored,
      mentoredShare: num(y.mentoredShare),
      unknown: y.unknown,
      mentorBlank: y.mentorBlank,
      rule: y.rule,
    },
    deficitMap: r.deficitMap.map((d) => ({
      unit: d.unit,
      area: d.area,
      share: num(d.share),
      level: d.level,
      municipality: d.municipality,
      school: d.school,
      areaId: d.areaId,
      teachers: d.teachers,
      below: d.below,
      withData: d.withData,
    })),
    subjectRisk: r.subjectRisk.map((s) => ({
      subject: s.subject,
      teachers: s.teachers,
      mean: num(s.mean),
      areas: s.areas.map((a) => ({ ...a, share: num(a.share) })),
    })),
    critical: r.critical,
    referenceDate: r.referenceDate,
  };
}

function tableSummary(t: TableAnalysis, index: number): ResultTable {
  const out: ResultTable = {
    layout: t.layout,
    sheets: [...t.sheets],
    title: t.title,
    entityLabel: t.entityLabel,
    transposed: t.transposed,
    entities: t.entities.length,
    region: { mean: num(t.region.mean), median: num(t.region.median), entities: t.region.entities, complete: t.region.complete },
    criteria: t.criteria.map((c) => ({ label: c.label, id: c.id, indicators: [...c.indicatorIds], mean: num(c.mean), median: num(c.median) })),
    pairs: t.pairs.map(pair),
    points: t.points.map(pointsDetail),
  };
  if (t.clusters) out.clusters = clustersJson(t.clusters, index);
  if (t.roster) out.roster = rosterJson(t.roster, index);
  return out;
}

/** A raw cell value safe for JSON (non-finite numbers become null). */
function cellValue(v: CellValue): CellValue {
  return typeof v === 'number' && !Number.isFinite(v) ? null : v;
}

export function toResultJson(analysis: Analysis, options: { note?: boolean } = {}): ResultJson {
  const entities: ResultEntity[] = [];
  const indicators: ResultIndicator[] = [];
  const shares: ResultShare[] = [];
  const deficits: ResultDeficit[] = [];
  const sheets: string[] = [];

  analysis.tables.forEach((t, table) => {
    for (const s of t.sheets) if (!sheets.includes(s)) sheets.push(s);
    for (const e of t.entities) {
      const r: ResultEntity = {
        name: e.name,
        fulfilment: num(e.fulfilment),
        criteria: numRecord(e.criteria),
        group: e.group,
        rank: e.rank,
        incomplete: e.incomplete,
        belowMedian: e.belowMedian,
        table,
        sheet: e.sheet,
        cell: e.nameCell,
      };
      if (e.points !== undefined || t.layout === 'points') {
        r.points = num(e.points);
        r.maxPoints = num(e.maxPoints);
      }
      entities.push(r);
    }
    for (const i of t.indicators) {
      const r: ResultIndicator = {
        id: i.id,
        name: i.name,
        criterion: i.criterion,
        kind: i.kind,
        level: num(i.level),
        status: i.status,
        target: i.target,
        critical: i.critical,
        withData: i.withData,
        missing: i.missing,
        table,
        sheet: i.source.sheet,
        cell: i.source.headerCell,
        // Counts only: the sum of districts' percentages means nothing (blind probe 10).
        stats: i.stats && (i.kind === 'count' || i.kind === 'number') ? { sum: i.stats.sum, mean: i.stats.mean, median: i.stats.median, min: i.stats.min, max: i.stats.max } : null,
      };
      if (i.max !== undefined) r.max = i.max;
      indicators.push(r);
    }
    for (const s of t.shares) {
      shares.push({
        entity: s.entity,
        indicator: s.indicator,
        indicatorId: s.indicatorId,
        numerator: num(s.numerator),
        base: num(s.base),
        share: num(s.share),
        mean: num(s.mean),
        median: num(s.median),
        declared: num(s.declared),
        declaredCell: s.declaredCell,
        mismatch: s.mismatch,
        numeratorCell: s.numeratorCell,
        baseCell: s.baseCell,
        excluded: s.excluded,
        table,
      });
    }
    for (const d of t.deficits) {
      deficits.push({
        entity: d.entity,
        indicator: d.indicator,
        indicatorName: d.indicatorName,
        criterion: d.criterion,
        cell: d.cell,
        value: cellValue(d.value),
        threshold: num(d.threshold),
        kind: d.kind,
        scope: d.scope,
        table,
      });
    }
  });

  const tables = analysis.tables.map(tableSummary);
  const firstRoster = tables.find((t) => t.roster);
  const firstClusters = tables.find((t) => t.layout === 'roster' && t.clusters) ?? tables.find((t) => t.clusters);
  return {
    layout: analysis.tables[0]?.layout ?? null,
    sheets,
    entities,
    indicators,
    shares,
    deficits,
    problems: analysis.problems.map((p) => ({ cell: p.cell, sheet: p.sheet, severity: p.severity, code: p.code, message: p.message })),
    tables,
    thresholds: {
      target: analysis.options.target,
      critical: analysis.options.critical,
      bands: analysis.options.bands.map((b) => ({ group: b.group, min: Number.isFinite(b.min) ? b.min : null, label: b.label })),
    },
    note: options.note === false ? null : buildNote(analysis),
    changes: analysis.changes ?? null,
    factors: analysisFactors(analysis),
    clusters: firstClusters?.clusters ?? null,
    roster: firstRoster?.roster ?? null,
  };
}
