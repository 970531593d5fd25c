/**
 * Clustering in the engine (METHODOLOGY §6): k-means on several features (`clusterRows`)
 * and optimal one-dimensional clustering of a single score (`clusterScores`, Ckmeans).
 * Threshold groups (§4) live elsewhere and are not changed by this folder.
 *
 * Example:
 *   import { clusterRows, clusterScores } from './clusters';
 *   const r = clusterRows(rows, { featureNames: ['Предметные', 'Методические', 'Цифровые'] });
 *   r.clusters; // [{ cluster: 1, size, centre, … }, …] — 1 = weakest profile
 */
export { clusterRows } from './clusterRows';
export type { ClusterRowsOptions } from './clusterRows';
export { clusterScores } from './ckmeans1d';
export type { ClusterScoresOptions } from './ckmeans1d';
export { kmeans, DEFAULT_RESTARTS } from './kmeans';
export type { KMeansFit, KMeansOptions } from './kmeans';
export { kmeansOrderInvariant, canonicalOrder } from './canonicalOrder';
export { silhouette, SILHOUETTE_EXACT_UP_TO, SILHOUETTE_SAMPLE } from './silhouette';
export { chooseK, AUTO_K_MIN, AUTO_K_MAX } from './chooseK';
export { featureScales, scalesDiffer, standardise, SCALE_RATIO } from './standardise';
export type { FeatureScale } from './standardise';
export { orderClusters } from './orderClusters';
export { seededRandom, DEFAULT_SEED } from './seededRandom';
export * from './types';
