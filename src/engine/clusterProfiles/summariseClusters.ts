/**
 * Runs the clustering core on a table's entities and turns its result into a ClusterSummary:
 * k-means on the features (clusters/clusterRows.ts: k given or chosen by silhouette, fixed
 * seed, clusters numbered weakest → strongest), cluster names and recommended actions, and
 * Ckmeans on the overall result with the same number of groups, so that the one-dimensional
 * view can be read next to the profile view.
 *
 * All features are percentages (0–100: an area's result or a criterion's fulfilment), so the
 * centres read directly in percent. The names:
 *   cluster 1 «наиболее низкие результаты», cluster k «наиболее высокие результаты»;
 *   with three clusters the middle one «средние результаты»; with more, each middle cluster
 *   «результаты ниже среднего» or «… выше среднего» by its mean against the mean of all;
 *   a single cluster «единый профиль».
 *
 * Example:
 *   summariseClusters({ audience: 'teachers', basis: 'indicators', k: 'auto',
 *     features: [{ id: 'I', name: 'Предметные', values: [35, 82, 80, 30] }, { id: 'J', name: 'Методические', values: [40, 85, 78, 33] }],
 *     entities: [...], overall: [37.5, 83.5, 79, 31.5] })
 *   // → { k: 2, clusters: [{ cluster: 1, name: 'Кластер 1 — наиболее низкие результаты', size: 2, … }, …], … }
 */

import { clusterRows } from '../clusters/clusterRows';
import { clusterScores } from '../clusters/ckmeans1d';
import type { ClusterMessage } from '../clusters/types';
import { clusterActions } from './clusterActions';
import { meanOrNull } from '../compute/stats';
import type { ClusterAssignment, ClusterAudience, ClusterPosition, ClusterProfile, ClusterSummary, OverallClusters } from './types';

export interface ClusterFeature {
  id: string;
  name: string;
  /** Per entity, percent 0–100; null when missing. */
  values: (number | null)[];
}

export interface ClusterInput {
  audience: ClusterAudience;
  basis: 'criteria' | 'indicators';
  features: ClusterFeature[];
  /** Every feature of the table, chosen or not (defaults to `features`). */
  available?: { id: string; name: string }[];
  entities: { name: string; row: number; cell: string }[];
  /** Overall result per entity (percent), for the one-dimensional view. */
  overall: (number | null)[];
  k?: number | 'auto';
  /**
   * The target level: the strongest cluster gets the actions for the strong (methodical asset,
   * «учитель-методист») only when its mean reaches it — a best cluster at 70 % under a target of
   * 80 % is the best of a weak field and gets the middle's actions (blind acceptance, round 5).
   */
  target?: number;
}

export const OVERALL_FEATURE = 'Общий результат';

export function clusterLabel(cluster: number, k: number, mean: number, meanOfAll: number): { label: string; position: ClusterPosition } {
  if (k === 1) return { label: 'единый профиль', position: 'single' };
  if (cluster === 1) return { label: 'наиболее низкие результаты', position: 'weakest' };
  if (cluster === k) return { label: 'наиболее высокие результаты', position: 'strongest' };
  if (k === 3) return { label: 'средние результаты', position: 'middle' };
  return { label: mean < meanOfAll ? 'результаты ниже среднего' : 'результаты выше среднего', position: 'middle' };
}

export function summariseClusters(input: ClusterInput): ClusterSummary {
  const n = input.entities.length;
  const rows = Array.from({ length: n }, (_, e) => input.features.map((f) => f.values[e]));
  const labels = input.entities.map((e) => e.name);
  const result = clusterRows(rows, { k: input.k ?? 'auto', featureNames: input.features.map((f) => f.name), rowLabels: labels });
  const featureIds = result.features.map((name) => input.features.find((f) => f.name === name)?.id ?? name);
  const clustered = result.sizes.reduce((a, b) => a + b, 0);
  const meanOfAll =
    clustered > 0 ? result.clusters.reduce((s, c) => s + c.size * mean(c.centre), 0) / clustered : 0;

  const clusters: ClusterProfile[] = result.clusters.map((c) => {
    const m = mean(c.centre);
    const { label, position } = clusterLabel(c.cluster, result.k, m, meanOfAll);
    let lo = -1;
    let hi = -1;
    c.centre.forEach((v, j) => {
      if (lo < 0 || v < c.centre[lo]) lo = j;
      if (hi < 0 || v > c.centre[hi]) hi = j;
    });
    const weakest = lo >= 0 ? result.features[lo] : null;
    const results: number[] = [];
    result.assignments.forEach((a, i) => {
      const x = input.overall[i];
      if (a === c.cluster && x !== null && x !== undefined && Number.isFinite(x)) results.push(x);
    });
    return {
      cluster: c.cluster,
      name: `Кластер ${c.cluster} — ${label}`,
      label,
      position,
      size: c.size,
      share: clustered > 0 ? (c.size / clustered) * 100 : 0,
      centre: [...c.centre],
      mean: m,
      meanResult: meanOrNull(results),
      weakest,
      strongest: hi >= 0 ? result.features[hi] : null,
      actions: clusterActions(input.audience, position === 'strongest' && input.target !== undefined && m < input.target ? 'middle' : position, weakest),
    };
  });

  // The one-dimensional view: Ckmeans on the overall result, as many groups as profile clusters.
  let overall: OverallClusters | null = null;
  let overallAssign: (number | null)[] = input.overall.map(() => null);
  const messages: ClusterMessage[] = [...result.messages];
  if (result.k >= 1 && input.overall.some((x) => x !== null && Number.isFinite(x))) {
    const s = clusterScores(input.overall, { k: result.k, feature: OVERALL_FEATURE, rowLabels: labels });
    overall = { method: 'ckmeans', feature: OVERALL_FEATURE, k: s.k, clusters: s.clusters, breaks: s.breaks };
    overallAssign = s.assignments;
    // Its left-out rows repeat the reader's findings; keep only what it says about k.
    for (const m of s.messages) if (m.code === 'k-reduced') messages.push(m);
  }

  const assignments: ClusterAssignment[] = input.entities.map((e, i) => ({
    entity: i,
    row: e.row,
    name: e.name,
    cell: e.cell,
    cluster: result.assignments[i] ?? null,
    overallCluster: overallAssign[i] ?? null,
  }));

  return {
    method: 'kmeans',
    audience: input.audience,
    k: result.k,
    features: [...result.features],
    featureIds,
    available: (input.available ?? input.features).map((f) => ({ id: f.id, name: f.name })),
    droppedFeatures: [...result.droppedFeatures],
    basis: input.basis,
    standardised: result.standardised,
    centres: clusters.map((c) => c.centre),
    clusters,
    assignments,
    kChoice: result.kChoice,
    silhouette: result.silhouette,
    clustered,
    leftOut: result.leftOut.length,
    overall,
    messages,
  };
}

function mean(xs: number[]): number {
  return xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}
