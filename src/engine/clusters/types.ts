/**
 * Types of the clustering results, for the analysis, the sheets, the JSON (METHODOLOGY §8,
 * key `clusters`) and a later roster step. Cluster numbers are 1…k from the weakest profile
 * to the strongest; a row left out of the clustering has the assignment `null`.
 *
 * Example (what `clusterRows` returns for 6 teachers, two features, k chosen automatically):
 *   {
 *     method: 'kmeans', k: 2, features: ['Предметные', 'Методические'], standardised: false,
 *     clusters: [{ cluster: 1, size: 3, centre: [41, 38], standardisedCentre: [-0.98, -1.0], profile: -0.99 },
 *                { cluster: 2, size: 3, centre: [82, 79], standardisedCentre: [0.98, 1.0], profile: 0.99 }],
 *     assignments: [1, 2, 1, null, 2, 2, 1], leftOut: [{ row: 3, label: 'строка 4', missing: ['Методические'] }],
 *     kChoice: { requested: 'auto', k: 2, how: 'silhouette', reason: 'Число кластеров 2 выбрано …' }, …
 *   }
 */

export type ClusterSeverity = 'error' | 'warning' | 'info';

export type ClusterMessageCode =
  | 'missing-values' // a row left out because a feature is missing
  | 'constant-feature' // a feature with one value for all rows: dropped
  | 'no-rows' // no row with complete data
  | 'single-row' // one row: nothing to split
  | 'identical-rows' // all rows equal on the features used
  | 'no-features' // no usable feature
  | 'k-reduced' // k larger than the number of distinct rows (values)
  | 'k-invalid' // k not a whole number ≥ 1
  | 'k-chosen' // how k was chosen (the reason)
  | 'standardised' // features brought to z-scores
  | 'weak-structure' // silhouette below 0.25
  | 'silhouette-sampled'; // silhouette computed on a sample

/** One finding for the user; `message` is a Russian sentence. */
export interface ClusterMessage {
  code: ClusterMessageCode;
  severity: ClusterSeverity;
  message: string;
  /** Index of the input row concerned (0-based), when there is one. */
  row?: number;
  feature?: string;
}

/** A row left out of the clustering. */
export interface LeftOutRow {
  /** Index in the input rows (0-based). */
  row: number;
  /** The row's label in messages: `rowLabels[row]` or «строка N». */
  label: string;
  /** The features whose value is missing. */
  missing: string[];
}

export interface KChoice {
  requested: number | 'auto';
  k: number;
  /** given: as asked; silhouette: chosen by silhouette; reduced: fewer distinct rows than asked; single: one cluster only. */
  how: 'given' | 'silhouette' | 'reduced' | 'single';
  /** Russian sentence: why this k. */
  reason: string;
  /** Silhouette for every k tried (auto only). */
  silhouettes?: { k: number; silhouette: number }[];
}

/** One cluster of a multi-feature k-means. */
export interface ClusterDescription {
  /** 1…k, 1 = weakest profile. */
  cluster: number;
  size: number;
  /** Centre in the original units of `features`. */
  centre: number[];
  /** Centre in z-scores of `features` (whether or not the clustering standardised). */
  standardisedCentre: number[];
  /** Mean of the standardised centre (signs turned by `higherIsBetter`): the order key. */
  profile: number;
}

export interface ClusterResult {
  method: 'kmeans';
  /** Number of clusters (0 when nothing could be clustered). */
  k: number;
  /** Features used, in input order (constant ones dropped). */
  features: string[];
  droppedFeatures: string[];
  /** Whether the clustering ran on z-scores (see standardise.ts). */
  standardised: boolean;
  clusters: ClusterDescription[];
  /** centres[c − 1] = centre of cluster c, original units (same as clusters[c − 1].centre). */
  centres: number[][];
  sizes: number[];
  /** Per input row: cluster 1…k, or null when the row was left out. */
  assignments: (number | null)[];
  /** Sum of squared distances to the centres, in the clustering space (z-scores if standardised). */
  inertia: number;
  /** Mean silhouette (−1…1); null for k < 2. */
  silhouette: number | null;
  /** Rows the silhouette was computed on, when it was a sample; null when exact. */
  silhouetteSample: number | null;
  kChoice: KChoice;
  leftOut: LeftOutRow[];
  messages: ClusterMessage[];
  seed: number;
  restarts: number;
}

/** One cluster of a single score (Ckmeans). */
export interface ScoreCluster {
  cluster: number;
  size: number;
  /** Mean of the scores in the cluster. */
  centre: number;
  min: number;
  max: number;
}

export interface ScoreClusterResult {
  method: 'ckmeans';
  k: number;
  feature: string;
  clusters: ScoreCluster[];
  /** Lower bounds of clusters 2…k (a score ≥ breaks[i] is in cluster i + 2 or higher). */
  breaks: number[];
  assignments: (number | null)[];
  /** Within-cluster sum of squares. */
  inertia: number;
  silhouette: number | null;
  kChoice: KChoice;
  leftOut: LeftOutRow[];
  messages: ClusterMessage[];
}
