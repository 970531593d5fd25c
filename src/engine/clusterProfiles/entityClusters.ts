/**
 * Clusters the entities of indicator matrices and points tables on their profile (issue 4,
 * METHODOLOGY §6 — seed 004 asks for «элементы кластеризации» in the analysis of monitoring
 * results): municipalities (schools, services) that look alike get the same kind of support.
 *
 * Which tables: layout 'matrix' or 'points' with at least MIN_ENTITIES entities — with fewer,
 * groups of one or two say nothing a ranking does not — and at most MAX_ENTITIES. Counts forms are not clustered: their
 * shares are descriptive (METHODOLOGY §4). Features: the criteria's fulfilment when the table
 * has at least two criteria (blocks for points), else the scored indicators (yes/no as 0/100,
 * percent, points as percent of the maximum); a table with fewer than two features is not
 * clustered. The user's choice (`options.clusters.features`) applies when it names something
 * in the table; otherwise every feature is used.
 *
 * Example:
 *   attachEntityClusters(tables, options, problems);
 *   tables[0].clusters?.clusters.map((c) => [c.name, c.size])
 *   // → [['Кластер 1 — наиболее низкие результаты', 2], ['Кластер 2 — средние результаты', 3], ['Кластер 3 — наиболее высокие результаты', 2]]
 */

import { indicatorScores } from '../layouts/entityCells';
import type { TableAnalysis } from '../analysis';
import type { AnalysisOptions } from '../options';
import type { ProblemList } from '../problems';
import { summariseClusters, type ClusterFeature } from './summariseClusters';
import { selectFeatures } from './selectFeatures';
import { clusterProblems } from './clusterProblems';

export const MIN_ENTITIES = 6;
/**
 * Above this many entities a matrix is not clustered (a note says so): a region's schools or
 * municipalities are far fewer, and on a 100,000-row table k-means with the choice of k costs
 * about 1.5 s and a «Кластеры» sheet as long as the table. Teacher rosters have no such limit.
 */
export const MAX_ENTITIES = 5000;

function featuresOf(t: TableAnalysis): { basis: 'criteria' | 'indicators'; features: ClusterFeature[] } {
  if (t.criteria.length >= 2) {
    return {
      basis: 'criteria',
      features: t.criteria.map((c) => ({ id: c.id ?? c.label, name: c.label, values: t.entities.map((e) => e.criteria[c.label] ?? null) })),
    };
  }
  const scored = t.indicators.filter((i) => i.kind === 'binary' || i.kind === 'percent' || i.kind === 'points');
  return {
    basis: 'indicators',
    features: scored.map((i) => ({
      id: i.id,
      name: i.name,
      values: Array.from(indicatorScores(t, i.id), (s) => (Number.isNaN(s) ? null : s * 100)),
    })),
  };
}

export function attachEntityClusters(tables: TableAnalysis[], options: AnalysisOptions, problems: ProblemList): void {
  for (const t of tables) {
    if ((t.layout !== 'matrix' && t.layout !== 'points') || t.entities.length < MIN_ENTITIES) continue;
    if (t.entities.length > MAX_ENTITIES) {
      problems.info(null, t.sheets[0] ?? null, 'clusters',
        `Объекты таблицы на листе «${t.sheets[0]}» не разделены на кластеры: строк ${t.entities.length}, больше ${MAX_ENTITIES} — для такой таблицы полезнее группы по порогам и рейтинг.`);
      continue;
    }
    const { basis, features } = featuresOf(t);
    if (features.length < 2) continue;
    const wanted = options.clusters?.features;
    const { selected, unknown } = selectFeatures(features, wanted);
    const matchedSome = wanted !== undefined && wanted.length > 0 && unknown.length < wanted.length;
    if (matchedSome) {
      for (const u of unknown) problems.warning(null, t.sheets[0] ?? null, 'clusters', `Признак «${u}» для кластеризации не найден в таблице; он не учтён.`);
    }
    const chosen = matchedSome ? selected : features.map((_, i) => i);
    t.clusters = summariseClusters({
      audience: 'entities',
      basis,
      features: chosen.map((i) => features[i]),
      available: features.map((f) => ({ id: f.id, name: f.name })),
      entities: t.entities.map((e) => ({ name: e.name, row: e.index + 1, cell: e.nameCell })),
      overall: t.entities.map((e) => e.fulfilment),
      k: options.clusters?.k,
      target: options.target,
    });
    clusterProblems(t.clusters, t.sheets[0] ?? '', problems);
  }
}
