/**
 * Chooses the number of clusters by the mean silhouette: k-means is run for every k from 2
 * to 6 — never more than the number of distinct rows — and the k with the highest
 * silhouette wins; on a tie (within 1e-9) the smaller k, as the simpler description.
 * The fits are kept, so the winner is not computed twice.
 *
 * Example:
 *   // three well-separated groups of points
 *   const r = chooseK(data, n, d, distinct, { restarts: 10, seed: 1 });
 *   r.k;            // 3
 *   r.silhouettes;  // [{ k: 2, silhouette: 0.58 }, { k: 3, silhouette: 0.81 }, { k: 4, silhouette: 0.62 }, …]
 *   r.reason;       // 'Число кластеров 3 выбрано по наибольшему среднему силуэту (0,81) среди k = 2…6.'
 */
import { KMeansFit, KMeansOptions, kmeans } from './kmeans';
import { silhouette, SilhouetteOptions } from './silhouette';
import { ru } from './formatRu';

export const AUTO_K_MIN = 2;
export const AUTO_K_MAX = 6;

export interface KChoiceFit {
  k: number;
  fit: KMeansFit;
  silhouette: number | null;
  silhouetteSample: number | null;
  silhouettes: { k: number; silhouette: number }[];
  reason: string;
}

export function chooseK(
  data: Float64Array,
  n: number,
  d: number,
  distinctRows: number,
  opts: KMeansOptions & SilhouetteOptions & { min?: number; max?: number } = {},
): KChoiceFit {
  const lo = opts.min ?? AUTO_K_MIN;
  const hi = Math.min(opts.max ?? AUTO_K_MAX, distinctRows);
  if (hi < lo) throw new Error(`chooseK: ${distinctRows} distinct rows`);
  let best: KChoiceFit | null = null;
  const silhouettes: { k: number; silhouette: number }[] = [];
  for (let k = lo; k <= hi; k++) {
    const fit = kmeans(data, n, d, k, opts);
    const s = silhouette(data, n, d, fit.labels, k, opts);
    const value = s.value ?? -1;
    silhouettes.push({ k, silhouette: value });
    if (best === null || value > (best.silhouette ?? -1) + 1e-9) {
      best = { k, fit, silhouette: s.value, silhouetteSample: s.sample, silhouettes, reason: '' };
    }
  }
  const range = lo === hi ? `k = ${lo}` : `k = ${lo}…${hi}`;
  const limit = hi < (opts.max ?? AUTO_K_MAX) ? ` (больше ${hi} нельзя: столько различных строк)` : '';
  best!.reason =
    lo === hi
      ? `Число кластеров ${best!.k}: других вариантов нет${limit}.`
      : `Число кластеров ${best!.k} выбрано по наибольшему среднему силуэту (${ru(best!.silhouette ?? 0)}) среди ${range}${limit}.`;
  return best!;
}
