/**
 * Standardisation (z-scores): z = (x − mean) / sd, with the population standard deviation,
 * so that a feature measured in large numbers (years of experience, 0–40) does not outweigh
 * one in small numbers (a 0–1 index) in the k-means distance.
 *
 * When scales "differ": when the largest standard deviation among the features is more
 * than twice the smallest (`SCALE_RATIO` = 2). Features in the same units with a similar
 * spread (say, several percentages with sd 12 and 18) are left as they are, so the centres
 * read directly in percent and a criterion on which the entities differ more keeps its
 * greater weight; percentages (sd ≈ 15) next to a 0–1 index (sd ≈ 0.2) are standardised.
 * The caller can force either way (`standardise: true | false` in clusterRows).
 *
 * A feature is constant when its sd is 0 or below 1e-12 of its magnitude; it cannot be
 * standardised and carries no information for clustering: clusterRows drops it.
 *
 * Example:
 *   const data = Float64Array.from([10, 0.1,  20, 0.3,  30, 0.2]); // 3 rows × 2
 *   const s = featureScales(data, 3, 2);   // [{ mean: 20, sd: 8.16… }, { mean: 0.2, sd: 0.0816… }]
 *   scalesDiffer(s);                        // true (ratio 100)
 *   standardise(data, 3, 2, s);             // [−1.22, −1.22,  0, 1.22,  1.22, 0]
 */

export const SCALE_RATIO = 2;

export interface FeatureScale {
  mean: number;
  /** Population standard deviation. */
  sd: number;
}

export function featureScales(data: Float64Array, n: number, d: number): FeatureScale[] {
  const scales: FeatureScale[] = [];
  for (let j = 0; j < d; j++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += data[i * d + j];
    mean /= n;
    let v = 0;
    for (let i = 0; i < n; i++) {
      const diff = data[i * d + j] - mean;
      v += diff * diff;
    }
    scales.push({ mean, sd: Math.sqrt(v / n) });
  }
  return scales;
}

export function isConstant(s: FeatureScale): boolean {
  return !(s.sd > 1e-12 * Math.max(1, Math.abs(s.mean)));
}

/** True when the non-constant features' standard deviations differ more than SCALE_RATIO times. */
export function scalesDiffer(scales: readonly FeatureScale[], ratio: number = SCALE_RATIO): boolean {
  const sds = scales.filter((s) => !isConstant(s)).map((s) => s.sd);
  if (sds.length < 2) return false;
  return Math.max(...sds) > ratio * Math.min(...sds);
}

/** A standardised copy (a constant feature becomes 0). */
export function standardise(data: Float64Array, n: number, d: number, scales: readonly FeatureScale[]): Float64Array {
  const out = new Float64Array(n * d);
  for (let j = 0; j < d; j++) {
    const { mean, sd } = scales[j];
    const inv = isConstant(scales[j]) ? 0 : 1 / sd;
    for (let i = 0; i < n; i++) out[i * d + j] = (data[i * d + j] - mean) * inv;
  }
  return out;
}
