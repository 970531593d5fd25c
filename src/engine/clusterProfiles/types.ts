/**
 * Clusters of a table as the analysis carries them (`TableAnalysis.clusters`; METHODOLOGY §6,
 * §8 key `clusters`): the k-means result of clusters/clusterRows.ts made readable — every
 * cluster with a Russian name, its size, its centre per feature (percent of the maximum, the
 * unit all features share here), its weakest and strongest feature and the recommended
 * actions; every entity with its cluster; and Ckmeans on the overall result as a second,
 * one-dimensional view.
 *
 * Example (a roster, k = 3):
 *   clusters.clusters[0] // → { cluster: 1, name: 'Кластер 1 — наиболее низкие результаты', size: 812, share: 27.1,
 *                        //     centre: [41.2, 38.5, 35.0, 44.1], mean: 39.7, weakest: 'Цифровые', position: 'weakest',
 *                        //     actions: ['Разработать индивидуальный образовательный маршрут (ИОМ) …', …] }
 *   clusters.assignments[0] // → { entity: 0, row: 4, name: 'П-0001', cell: 'Педагоги!B4', cluster: 2 }
 */

import type { ClusterMessage, KChoice, ScoreCluster } from '../clusters/types';

/** Whose clusters: teachers of a roster (actions for a teacher) or entities of a matrix (actions for a municipality). */
export type ClusterAudience = 'teachers' | 'entities';

export type ClusterPosition = 'weakest' | 'middle' | 'strongest' | 'single';

export interface ClusterProfile {
  /** 1…k, 1 = weakest profile. */
  cluster: number;
  /** «Кластер 1 — наиболее низкие результаты». */
  name: string;
  /** The description after the dash: «наиболее низкие результаты». */
  label: string;
  position: ClusterPosition;
  size: number;
  /** size / clustered × 100. */
  share: number;
  /** Centre per feature, percent (0–100), in the order of `features`. */
  centre: number[];
  /** Mean of the centre (each feature weighted equally): the profile's level, for its label. */
  mean: number;
  /**
   * Mean of the members' overall results (entities: their fulfilment, as in «Сводная»), or
   * null when there is none. Differs from `mean` when criteria have different numbers of
   * indicators or a member has a gap: the note quotes this one as «средний результат».
   */
  meanResult: number | null;
  /** Feature with the lowest / highest centre value. */
  weakest: string | null;
  strongest: string | null;
  /** Recommended actions (clusterActions.ts), Russian sentences. */
  actions: string[];
}

export interface ClusterAssignment {
  /** Index into the table's entities. */
  entity: number;
  /** 1-based sheet row (column, when transposed) of the entity. */
  row: number;
  name: string;
  /** Address of the entity's name cell. */
  cell: string;
  /** 1…k, or null when left out (a missing feature). */
  cluster: number | null;
  /** Ckmeans group of the overall result, or null. */
  overallCluster: number | null;
}

export interface OverallClusters {
  method: 'ckmeans';
  /** The score clustered: «Общий результат». */
  feature: string;
  k: number;
  clusters: ScoreCluster[];
  /** Lower bounds of groups 2…k, percent. */
  breaks: number[];
}

export interface ClusterSummary {
  method: 'kmeans';
  audience: ClusterAudience;
  k: number;
  /** Feature names (areas, criteria or indicators) and their indicator ids / criterion labels. */
  features: string[];
  featureIds: string[];
  /**
   * Every feature the table offers (areas, criteria or indicators), chosen or not, so the
   * pane can list them for the user to pick.
   */
  available: { id: string; name: string }[];
  /** Features dropped because they were constant. */
  droppedFeatures: string[];
  /** 'criteria' for criterion fulfilment, 'indicators' for indicator scores (areas of a roster). */
  basis: 'criteria' | 'indicators';
  standardised: boolean;
  /** centres[c − 1] = centre of cluster c, percent. */
  centres: number[][];
  clusters: ClusterProfile[];
  assignments: ClusterAssignment[];
  kChoice: KChoice;
  silhouette: number | null;
  /** Entities clustered / left out for a missing feature. */
  clustered: number;
  leftOut: number;
  overall: OverallClusters | null;
  /** The clustering's own findings (also in the analysis problems). */
  messages: ClusterMessage[];
}
