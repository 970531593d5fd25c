/**
 * Numbers clusters 1…k from the weakest profile to the strongest. The profile of a cluster
 * is the mean of its centre in z-scores (each feature standardised by the mean and sd of
 * the clustered rows), so every feature counts equally whatever its units; a feature where
 * less is better (a share of deficits) enters with the opposite sign. Ties (equal profiles)
 * are broken by the standardised centre compared feature by feature, then by the old index,
 * so the numbering is deterministic.
 *
 * Example:
 *   // centres in z-scores: A = (0.9, 1.1), B = (−1, −0.8), C = (0.1, −0.1)
 *   orderClusters([[0.9, 1.1], [-1, -0.8], [0.1, -0.1]])
 *   // { number: [3, 1, 2], profile: [1, −0.9, 0] }  → B is cluster 1, C is 2, A is 3
 */

export interface ClusterOrder {
  /** number[old] = new cluster number 1…k. */
  number: number[];
  /** profile[old] = mean of the (signed) standardised centre. */
  profile: number[];
}

export function orderClusters(standardisedCentres: readonly (readonly number[])[], higherIsBetter?: readonly boolean[]): ClusterOrder {
  const k = standardisedCentres.length;
  const signed = standardisedCentres.map((c) => c.map((v, j) => (higherIsBetter?.[j] === false ? -v : v)));
  const profile = signed.map((c) => (c.length === 0 ? 0 : c.reduce((a, b) => a + b, 0) / c.length));
  const old = Array.from({ length: k }, (_, i) => i);
  old.sort((a, b) => {
    if (profile[a] !== profile[b]) return profile[a] - profile[b];
    for (let j = 0; j < signed[a].length; j++) {
      if (signed[a][j] !== signed[b][j]) return signed[a][j] - signed[b][j];
    }
    return a - b;
  });
  const number = new Array<number>(k);
  old.forEach((o, rank) => (number[o] = rank + 1));
  return { number, profile };
}
