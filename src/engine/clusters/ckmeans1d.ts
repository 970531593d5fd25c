/**
 * Optimal one-dimensional clustering of a single score: Ckmeans (Wang & Song, 2011) from
 * simple-statistics, a dynamic programme that finds the k groups of consecutive values
 * with the smallest within-group sum of squares — the exact optimum, unlike k-means.
 * Clusters are numbered 1…k from the lowest scores to the highest, and described by their
 * mean, minimum, maximum and size; missing scores are left out and reported, never 0.
 *
 * k is given or chosen by silhouette (2…6); never more than the number of distinct values:
 * with fewer, k is reduced with a message (simple-statistics would throw for k > n and
 * split equal values for k > distinct values).
 *
 * Example:
 *   clusterScores([1, 2, 3, 10, 11, 12, 30, 31], { k: 3, feature: 'Баллы' })
 *   // clusters: [{ cluster: 1, size: 3, centre: 2, min: 1, max: 3 },
 *   //            { cluster: 2, size: 3, centre: 11, min: 10, max: 12 },
 *   //            { cluster: 3, size: 2, centre: 30.5, min: 30, max: 31 }]
 *   // breaks: [10, 30]; assignments: [1, 1, 1, 2, 2, 2, 3, 3]
 */
import { ckmeans } from 'simple-statistics';
import { silhouetteOf } from './silhouette';
import { isPresent, leftOutMessage } from './missing';
import { ru, rowName } from './formatRu';
import { AUTO_K_MAX, AUTO_K_MIN } from './chooseK';
import { ClusterMessage, KChoice, LeftOutRow, ScoreClusterResult } from './types';

export interface ClusterScoresOptions {
  k?: number | 'auto';
  /** Name of the score, for messages. */
  feature?: string;
  rowLabels?: readonly string[];
}

export function clusterScores(values: readonly (number | null | undefined)[], opts: ClusterScoresOptions = {}): ScoreClusterResult {
  const feature = opts.feature ?? 'балл';
  const messages: ClusterMessage[] = [];
  const leftOut: LeftOutRow[] = [];
  const present: number[] = [];
  values.forEach((v, i) => {
    if (isPresent(v)) present.push(i);
    else {
      const r: LeftOutRow = { row: i, label: rowName(i, opts.rowLabels), missing: [feature] };
      leftOut.push(r);
      messages.push({ code: 'missing-values', severity: 'warning', message: leftOutMessage(r), row: i, feature });
    }
  });
  const requested = opts.k ?? 'auto';
  const xs = present.map((i) => values[i] as number);
  const sorted = [...xs].sort((a, b) => a - b);
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;

  const empty = (k: number, reason: string, how: KChoice['how']): ScoreClusterResult => ({
    method: 'ckmeans',
    k,
    feature,
    clusters: [],
    breaks: [],
    assignments: values.map(() => null),
    inertia: 0,
    silhouette: null,
    kChoice: { requested, k, how, reason },
    leftOut,
    messages,
  });
  if (xs.length === 0) {
    const reason = `Нет ни одного значения «${feature}» — группировать нечего.`;
    messages.push({ code: 'no-rows', severity: 'error', message: reason });
    return empty(0, reason, 'single');
  }

  let k: number;
  let how: KChoice['how'];
  let reason: string;
  let silhouettes: { k: number; silhouette: number }[] | undefined;
  // The values' distances are computed once, for every candidate k and for the k kept.
  const silhouetteFor = silhouetteOf(Float64Array.from(sorted), sorted.length, 1);
  if (distinct === 1) {
    k = 1;
    how = 'single';
    reason =
      xs.length === 1
        ? `Только одно значение «${feature}» — делить на группы нечего; оно отнесено к группе 1.`
        : `Все значения «${feature}» одинаковы (${ru(xs[0])}) — одна группа.`;
    messages.push({ code: xs.length === 1 ? 'single-row' : 'identical-rows', severity: 'warning', message: reason });
  } else if (requested === 'auto') {
    const hi = Math.min(AUTO_K_MAX, distinct);
    let best = -Infinity;
    k = AUTO_K_MIN;
    silhouettes = [];
    for (let kk = AUTO_K_MIN; kk <= hi; kk++) {
      const labels = labelsFor(sorted, ckmeans(sorted, kk));
      const s = silhouetteFor(labels, kk).value ?? -1;
      silhouettes.push({ k: kk, silhouette: s });
      if (s > best + 1e-9) {
        best = s;
        k = kk;
      }
    }
    how = 'silhouette';
    reason = `Число групп ${k} выбрано по наибольшему среднему силуэту (${ru(best)}) среди k = ${AUTO_K_MIN}…${hi}.`;
    messages.push({ code: 'k-chosen', severity: 'info', message: reason });
  } else if (!Number.isInteger(requested) || requested < 1) {
    k = Math.min(3, distinct);
    how = 'reduced';
    reason = `Число групп должно быть целым числом не меньше 1 (задано ${requested}); взято ${k}.`;
    messages.push({ code: 'k-invalid', severity: 'warning', message: reason });
  } else if (requested > distinct) {
    k = distinct;
    how = 'reduced';
    reason = `Задано ${requested} групп, но различных значений «${feature}» только ${distinct} — число групп уменьшено до ${k}.`;
    messages.push({ code: 'k-reduced', severity: 'warning', message: reason });
  } else {
    k = requested;
    how = 'given';
    reason = `Число групп ${k} задано пользователем.`;
  }

  const groups = k === 1 ? [sorted] : ckmeans(sorted, k);
  const breaks = groups.slice(1).map((g) => g[0]);
  const clusterOf = (v: number): number => {
    let c = 1;
    while (c <= breaks.length && v >= breaks[c - 1]) c++;
    return c;
  };
  const assignments: (number | null)[] = values.map(() => null);
  const acc = Array.from({ length: k }, () => ({ size: 0, sum: 0, min: Infinity, max: -Infinity }));
  for (const i of present) {
    const v = values[i] as number;
    const c = clusterOf(v);
    assignments[i] = c;
    const a = acc[c - 1];
    a.size++;
    a.sum += v;
    if (v < a.min) a.min = v;
    if (v > a.max) a.max = v;
  }
  const clusters = acc.map((a, i) => ({ cluster: i + 1, size: a.size, centre: a.sum / a.size, min: a.min, max: a.max }));
  let inertia = 0;
  for (const i of present) {
    const v = values[i] as number;
    const diff = v - clusters[(assignments[i] as number) - 1].centre;
    inertia += diff * diff;
  }
  let sil: number | null = null;
  if (k >= 2) {
    const labels = labelsFor(sorted, groups);
    sil = silhouetteFor(labels, k).value;
  }
  return {
    method: 'ckmeans',
    k,
    feature,
    clusters,
    breaks,
    assignments,
    inertia,
    silhouette: sil,
    kChoice: { requested, k, how, reason, silhouettes },
    leftOut,
    messages,
  };
}

/** Labels 0…k−1 of the sorted values, by the groups Ckmeans returned (consecutive slices). */
function labelsFor(sorted: number[], groups: number[][]): Int32Array {
  const labels = new Int32Array(sorted.length);
  let i = 0;
  groups.forEach((g, c) => {
    for (let t = 0; t < g.length; t++) labels[i++] = c;
  });
  return labels;
}
