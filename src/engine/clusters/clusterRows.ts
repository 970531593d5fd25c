/**
 * The clustering entry: k-means on several features of a table's rows (teachers, schools,
 * municipalities), with everything a methodologist needs to trust the result.
 *
 * Steps: rows with a missing feature are left out and reported (missing.ts); the rest are
 * put in canonical order (canonicalOrder.ts), so the row order of the table does not
 * matter; constant features are dropped with a message; features are standardised when
 * their scales differ (standardise.ts); k is given, reduced to the number of distinct rows,
 * or chosen by silhouette among 2…6 (chooseK.ts); k-means++ with restarts and a fixed seed
 * (kmeans.ts); clusters are numbered 1…k from the weakest profile to the strongest
 * (orderClusters.ts) and described by their centres in the original units and sizes.
 *
 * Example:
 *   clusterRows(
 *     [[35, 40], [82, 85], [38, null], [80, 78], [30, 33], [88, 90]],
 *     { k: 'auto', featureNames: ['Предметные', 'Методические'], rowLabels: ['Анна', 'Борис', 'Вера', 'Глеб', 'Дина', 'Ефим'] },
 *   )
 *   // k: 2; assignments: [1, 2, null, 2, 1, 2]; centres: [[32.5, 36.5], [83.3, 84.3]];
 *   // messages: «Вера: нет значения «Методические» — строка не включена в кластеризацию …»,
 *   //           «Число кластеров 2 выбрано по наибольшему среднему силуэту (0,87) среди k = 2…5 …»
 */
import { KMeansFit, kmeans, DEFAULT_RESTARTS } from './kmeans';
import { canonicalOrder, compareRows, permuteRows } from './canonicalOrder';
import { chooseK, AUTO_K_MAX, AUTO_K_MIN } from './chooseK';
import { featureScales, isConstant, scalesDiffer, standardise, SCALE_RATIO } from './standardise';
import { silhouette } from './silhouette';
import { orderClusters } from './orderClusters';
import { leftOutMessage, splitComplete, Cell } from './missing';
import { DEFAULT_SEED } from './seededRandom';
import { plural, ru, ruValue } from './formatRu';
import { ClusterMessage, ClusterResult, KChoice } from './types';

export interface ClusterRowsOptions {
  /** A number of clusters, or 'auto' (default): chosen by silhouette among 2…6. */
  k?: number | 'auto';
  /** k-means++ restarts; the lowest inertia wins. Default 10. */
  restarts?: number;
  /** Seed of the generator. Default DEFAULT_SEED: the same input gives the same clusters. */
  seed?: number;
  /** Names of the features = the columns of `rows`, for messages and the result. */
  featureNames: string[];
  /** Names of the rows (teacher, school) for messages; default «строка N». */
  rowLabels?: readonly string[];
  /** 'auto' (default): standardise when scales differ (standardise.ts); or force. */
  standardise?: boolean | 'auto';
  /** Per feature: false when a lower value is better (e.g. a share of deficits). Default all true. */
  higherIsBetter?: readonly boolean[];
}

export function clusterRows(rows: readonly (readonly Cell[])[], opts: ClusterRowsOptions): ClusterResult {
  const names = opts.featureNames;
  const restarts = Math.max(1, Math.floor(opts.restarts ?? DEFAULT_RESTARTS));
  const seed = opts.seed ?? DEFAULT_SEED;
  const requested = opts.k ?? 'auto';
  const messages: ClusterMessage[] = [];
  const assignments: (number | null)[] = rows.map(() => null);

  const result = (partial: Partial<ClusterResult> & { kChoice: KChoice }): ClusterResult => ({
    method: 'kmeans',
    k: 0,
    features: [],
    droppedFeatures: [],
    standardised: false,
    clusters: [],
    centres: [],
    sizes: [],
    assignments,
    inertia: 0,
    silhouette: null,
    silhouetteSample: null,
    leftOut,
    messages,
    seed,
    restarts,
    ...partial,
  });

  // 1. Missing values: rows left out, reported one by one.
  const { complete, leftOut } = splitComplete(rows, names, opts.rowLabels);
  for (const r of leftOut) {
    messages.push({ code: 'missing-values', severity: 'warning', message: leftOutMessage(r), row: r.row, feature: r.missing[0] });
  }
  if (names.length === 0) {
    const reason = 'Не выбрано ни одного признака для кластеризации.';
    messages.push({ code: 'no-features', severity: 'error', message: reason });
    return result({ kChoice: { requested, k: 0, how: 'single', reason } });
  }
  const n = complete.length;
  if (n === 0) {
    const reason = 'Нет ни одной строки, где заполнены все признаки, — кластеризация невозможна.';
    messages.push({ code: 'no-rows', severity: 'error', message: reason });
    return result({ kChoice: { requested, k: 0, how: 'single', reason } });
  }

  // 2. Canonical order of the complete rows (on all features; −0 counts as 0).
  const dAll = names.length;
  const raw = new Float64Array(n * dAll);
  complete.forEach((row, i) => {
    for (let j = 0; j < dAll; j++) raw[i * dAll + j] = (rows[row][j] as number) + 0;
  });
  const order = canonicalOrder(raw, n, dAll);
  const sortedAll = permuteRows(raw, n, dAll, order);
  const rowOf = (r: number): number => complete[order[r]]; // sorted position → input row

  // 3. Constant features are dropped.
  const scalesAll = featureScales(sortedAll, n, dAll);
  const keep: number[] = [];
  const dropped: string[] = [];
  scalesAll.forEach((s, j) => {
    if (n > 1 && isConstant(s)) {
      dropped.push(names[j]);
      messages.push({
        code: 'constant-feature',
        severity: 'warning',
        message: `Признак «${names[j]}» одинаков у всех строк (${ruValue(s.mean)}) и не различает их — он исключён из кластеризации.`,
        feature: names[j],
      });
    } else keep.push(j);
  });
  const features = keep.map((j) => names[j]);
  const d = keep.length;
  const scales = keep.map((j) => scalesAll[j]);
  const sorted = new Float64Array(n * d);
  for (let r = 0; r < n; r++) for (let t = 0; t < d; t++) sorted[r * d + t] = sortedAll[r * dAll + keep[t]];
  const higher = keep.map((j) => opts.higherIsBetter?.[j] !== false);

  // One cluster of everything: a single row, or rows that do not differ.
  const single = (code: 'single-row' | 'identical-rows' | 'no-features', reason: string): ClusterResult => {
    messages.push({ code, severity: 'warning', message: reason });
    const centre = (d > 0 ? keep : names.map((_, j) => j)).map((j) => scalesAll[j].mean);
    for (const row of complete) assignments[row] = 1;
    return result({
      k: 1,
      features: d > 0 ? features : names.slice(),
      droppedFeatures: d > 0 ? dropped : [],
      clusters: [{ cluster: 1, size: n, centre, standardisedCentre: centre.map(() => 0), profile: 0 }],
      centres: [centre],
      sizes: [n],
      kChoice: { requested, k: 1, how: 'single', reason },
    });
  };
  if (n === 1) {
    return single(
      'single-row',
      'Для кластеризации есть только одна строка с полными данными — делить на кластеры нечего; она отнесена к кластеру 1.',
    );
  }
  if (d === 0) {
    return single('no-features', 'Все признаки одинаковы у всех строк — строки не различаются, все отнесены к одному кластеру.');
  }
  let distinct = 1;
  for (let r = 1; r < n; r++) if (compareRows(sorted, d, r - 1, r) !== 0) distinct++;
  if (distinct === 1) {
    return single('identical-rows', `Все ${n} ${plural(n, 'строка', 'строки', 'строк')} совпадают по признакам — они образуют один кластер.`);
  }

  // 4. Standardisation when scales differ.
  const doStandardise = opts.standardise === undefined || opts.standardise === 'auto' ? scalesDiffer(scales) : opts.standardise;
  const work = doStandardise ? standardise(sorted, n, d, scales) : sorted;
  if (doStandardise) {
    messages.push({
      code: 'standardised',
      severity: 'info',
      message:
        opts.standardise === true
          ? 'Признаки приведены к z-оценкам (среднее 0, стандартное отклонение 1) по выбору пользователя.'
          : `Разброс признаков различается больше чем в ${SCALE_RATIO} раза, поэтому они приведены к z-оценкам (среднее 0, стандартное отклонение 1); центры кластеров показаны в исходных единицах.`,
    });
  }

  // 5. The number of clusters.
  let k: number;
  let fit: KMeansFit;
  let kChoice: KChoice;
  let sil: number | null;
  let silSample: number | null;
  const kmOpts = { restarts, seed };
  let fixedK: number | null = null;
  let how: KChoice['how'] = 'given';
  let reason = '';
  if (requested !== 'auto') {
    if (!Number.isInteger(requested) || requested < 1) {
      reason = `Число кластеров должно быть целым числом не меньше 1 (задано ${requested}); оно выбрано автоматически.`;
      messages.push({ code: 'k-invalid', severity: 'warning', message: reason });
    } else if (requested > distinct) {
      fixedK = distinct;
      how = 'reduced';
      reason = `Задано ${requested} ${plural(requested, 'кластер', 'кластера', 'кластеров')}, но различных строк только ${distinct} — число кластеров уменьшено до ${distinct}.`;
      messages.push({ code: 'k-reduced', severity: 'warning', message: reason });
    } else {
      fixedK = requested;
      reason = `Число кластеров ${requested} задано пользователем.`;
    }
  }
  if (fixedK !== null) {
    k = fixedK;
    fit = kmeans(work, n, d, k, kmOpts);
    const s = k >= 2 ? silhouette(work, n, d, fit.labels, k, { seed }) : { value: null, sample: null };
    sil = s.value;
    silSample = s.sample;
    kChoice = { requested, k, how, reason };
  } else {
    const c = chooseK(work, n, d, distinct, { ...kmOpts, min: AUTO_K_MIN, max: AUTO_K_MAX });
    k = c.k;
    fit = c.fit;
    sil = c.silhouette;
    silSample = c.silhouetteSample;
    kChoice = { requested, k, how: 'silhouette', reason: reason ? `${reason} ${c.reason}` : c.reason, silhouettes: c.silhouettes };
    messages.push({ code: 'k-chosen', severity: 'info', message: c.reason });
  }
  if (sil !== null && sil < 0.25) {
    messages.push({
      code: 'weak-structure',
      severity: 'warning',
      message: `Средний силуэт ${ru(sil)} ниже 0,25: выраженных групп в данных нет, кластеры следует считать условным делением.`,
    });
  }
  if (silSample !== null) {
    messages.push({
      code: 'silhouette-sampled',
      severity: 'info',
      message: `Силуэт рассчитан по выборке из ${silSample} строк (всего ${n}); выборка воспроизводима.`,
    });
  }

  // 6. Centres in original units and in z-scores; numbering weakest → strongest.
  const sums = new Float64Array(k * d);
  const counts = new Array<number>(k).fill(0);
  for (let r = 0; r < n; r++) {
    const c = fit.labels[r];
    counts[c]++;
    for (let t = 0; t < d; t++) sums[c * d + t] += sorted[r * d + t];
  }
  const centres = Array.from({ length: k }, (_, c) => Array.from({ length: d }, (_, t) => sums[c * d + t] / counts[c]));
  const zCentres = centres.map((c) => c.map((v, t) => (v - scales[t].mean) / scales[t].sd));
  const { number, profile } = orderClusters(zCentres, higher);
  for (let r = 0; r < n; r++) assignments[rowOf(r)] = number[fit.labels[r]];
  const clusters = Array.from({ length: k }, (_, c) => c)
    .map((c) => ({ cluster: number[c], size: counts[c], centre: centres[c], standardisedCentre: zCentres[c], profile: profile[c] }))
    .sort((a, b) => a.cluster - b.cluster);

  return result({
    k,
    features,
    droppedFeatures: dropped,
    standardised: doStandardise,
    clusters,
    centres: clusters.map((c) => c.centre),
    sizes: clusters.map((c) => c.size),
    inertia: fit.inertia,
    silhouette: sil,
    silhouetteSample: silSample,
    kChoice,
  });
}
