/**
 * Builds the pane's compact views from an `Analysis` (runs in the worker, next to the engine).
 *
 * Example:
 *   const analysis = analyzeWorkbook(grid, { target: 80, critical: 50 });
 *   recognitionSummary(analysis).tables[0].entityCount // → 5
 *   resultSummary(analysis).tables[0].groups[0]        // → { group: 1, label: '80–100 %', count: 3, names: [...] }
 */

import type { Analysis, SourceLine, TableAnalysis } from '../engine/analysis';
import { entityLabels } from '../engine/text/entityLabels';
import { columnLetter } from '../engine/address';
import type { ClusterSummary } from '../engine/clusterProfiles/types';
import { youngTeachersSentence } from '../engine/output/summaryRoster';
import type { Problem } from '../engine/problems';
import { tableNoun } from '../engine/text/entityNoun';
import {
  NAME_LIMIT,
  PROBLEM_LIMIT,
  WORST_LIMIT,
  type ChangesView,
  type ClustersView,
  type DeficitEntity,
  type GroupSummary,
  type RecognitionSummary,
  type ResultSummary,
  type TableRecognition,
  type TableResult,
} from './summaryTypes';

const SEVERITY_ORDER: Record<Problem['severity'], number> = { error: 0, warning: 1, info: 2 };

export function recognitionSummary(analysis: Analysis): RecognitionSummary {
  const problems = analysis.problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => SEVERITY_ORDER[a.p.severity] - SEVERITY_ORDER[b.p.severity] || a.i - b.i)
    .slice(0, PROBLEM_LIMIT)
    .map(({ p }) => p);
  return { tables: analysis.tables.map(tableRecognition), problems, problemCount: analysis.problems.length };
}

function tableRecognition(t: TableAnalysis): TableRecognition {
  const sample = t.entities.slice(0, NAME_LIMIT).map((e) => e.name);
  return {
    layout: t.layout,
    sheets: t.sheets,
    title: t.title,
    entityLabel: t.entityLabel,
    entity: tableNoun(t, sample),
    entityCount: t.entities.length,
    entityNames: sample,
    criteria: t.criteria.map((c) => ({ label: c.label, indicatorCount: c.indicatorIds.length })),
    indicators: t.indicators.slice(0, 200).map((i) => ({ id: i.id, name: i.name, kind: i.kind, criterion: i.criterion, headerCell: i.source.headerCell })),
    indicatorCount: t.indicators.length,
    pairs: t.pairs.map((p) => ({
      sheet: p.sheet,
      numerator: p.numerator.header,
      base: p.base.header,
      declared: p.declared?.header ?? null,
      numeratorColumn: letterOf(p.numerator),
      baseColumn: letterOf(p.base),
      declaredColumn: p.declared ? letterOf(p.declared) : null,
      reason: p.reason,
      manual: p.manual,
    })),
    countColumns: t.pairs.length === 0 ? [] : t.indicators
      .filter((i) => i.kind === 'count' && !i.source.transposed)
      .map((i) => ({ column: columnLetter(i.source.index), header: i.source.header })),
    clusterFeatures: t.clusters ? t.clusters.available.map((f) => ({ ...f })) : [],
  };
}

function letterOf(line: SourceLine): string | null {
  return line.transposed ? null : columnLetter(line.index);
}

export function resultSummary(analysis: Analysis): ResultSummary {
  return {
    tables: analysis.tables.map((t) => tableResult(t, analysis)),
    target: analysis.options.target,
    critical: analysis.options.critical,
    problemCount: analysis.problems.length,
  };
}

function tableResult(t: TableAnalysis, analysis: Analysis): TableResult {
  const sample = t.entities.slice(0, NAME_LIMIT).map((e) => e.name);
  return {
    layout: t.layout,
    sheets: t.sheets,
    entity: tableNoun(t, sample),
    entityCount: t.entities.length,
    region: { mean: t.region.mean, median: t.region.median, complete: t.region.complete },
    groups: groupsOf(t, analysis),
    criticalIndicators: t.indicators
      .filter((i) => i.status === 'critical')
      .sort((a, b) => (a.level ?? 0) - (b.level ?? 0))
      .map((i) => ({ id: i.id, name: i.name, level: i.level, criterion: i.criterion, cell: i.source.headerCell })),
    attentionIndicators: t.indicators.filter((i) => i.status === 'attention').length,
    worstEntities: worstEntities(t),
    clusters: t.clusters ? clustersView(t.clusters) : null,
    descriptive: t.criteria.length === 0 && t.shares.length > 0 && t.entities.every((e) => e.fulfilment === null),
    shares: t.shares.filter((s) => s.entity === null).slice(0, NAME_LIMIT).map((s) => ({ indicator: s.indicator, share: s.share })),
    youngTeachers: t.roster ? youngTeachersSentence(t.roster) : null,
    changes: changesView(analysis, analysis.tables.indexOf(t)),
  };
}

function clustersView(c: ClusterSummary): ClustersView {
  return {
    k: c.k,
    kText: c.kChoice.how === 'silhouette' && c.silhouette !== null
      ? `выбрано по среднему силуэту (${c.silhouette.toFixed(2).replace('.', ',')})`
      : c.kChoice.how === 'given' ? 'задано' : c.kChoice.reason,
    features: [...c.features],
    clustered: c.clustered,
    leftOut: c.leftOut,
    profiles: c.clusters.map((p) => ({
      cluster: p.cluster,
      name: p.name,
      size: p.size,
      share: p.share,
      mean: p.mean,
      meanResult: p.meanResult,
      centre: [...p.centre],
      weakest: p.weakest,
      actions: [...p.actions],
    })),
  };
}

/** The change of a table since the previous period, when the analysis compared periods. */
function changesView(analysis: Analysis, table: number): ChangesView | null {
  const all = analysis.changes;
  const ch = all?.tables.find((x) => x.table === table);
  if (!all || !ch) return null;
  const count = (status: string) => ch.entities.filter((e) => e.status === status).length;
  return {
    previousLabel: all.previousLabel,
    currentLabel: all.currentLabel,
    regionChange: ch.region.change,
    improved: count('improved'),
    declined: count('declined'),
    unchanged: count('unchanged'),
    onlyCurrent: ch.onlyCurrent.entities.slice(0, NAME_LIMIT),
    onlyPrevious: ch.onlyPrevious.entities.slice(0, NAME_LIMIT),
    onlyCurrentTotal: ch.onlyCurrent.entities.length,
    onlyPreviousTotal: ch.onlyPrevious.entities.length,
  };
}

/** Members of each band, best fulfilment first; bands come from the options in force. */
function groupsOf(t: TableAnalysis, analysis: Analysis): GroupSummary[] {
  const byGroup = new Map<number, TableAnalysis['entities']>();
  for (const e of t.entities) {
    if (e.group === null) continue;
    const list = byGroup.get(e.group) ?? [];
    list.push(e);
    byGroup.set(e.group, list);
  }
  // A name entered on two rows is shown with its row, as in the note.
  const labels = entityLabels(t);
  return analysis.options.bands.map((band) => {
    const members = byGroup.get(band.group) ?? [];
    const best = [...members].sort((a, b) => (b.fulfilment ?? 0) - (a.fulfilment ?? 0));
    return { group: band.group, label: band.label, count: members.length, names: best.slice(0, NAME_LIMIT).map(labels.of) };
  });
}

/** Entities with the most deficit cells; ties go to the lower fulfilment. */
function worstEntities(t: TableAnalysis): DeficitEntity[] {
  // Counted per row, not per name: two rows of one name are two entities (labelled with their rows).
  const labels = entityLabels(t);
  const counts = new Map<string, number>();
  for (const d of t.deficits) {
    if (d.scope !== 'cell' || d.kind !== 'deficit' || d.entity === null) continue;
    const key = labels.ofCell(d.entity, d.cell);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const rows: DeficitEntity[] = [];
  for (const e of t.entities) {
    const name = labels.of(e);
    const n = counts.get(name);
    if (n) rows.push({ name, deficits: n, fulfilment: e.fulfilment, group: e.group, cell: e.nameCell });
  }
  rows.sort((a, b) => b.deficits - a.deficits || (a.fulfilment ?? 0) - (b.fulfilment ?? 0));
  return rows.slice(0, WORST_LIMIT);
}
