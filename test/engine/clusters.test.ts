import { strict as assert } from 'node:assert';
import { clusterRows } from '../../src/engine/clusters';
import { kmeans, KMeansRestarts } from '../../src/engine/clusters/kmeans';
import { sampleRows, silhouette, silhouetteOf } from '../../src/engine/clusters/silhouette';
import { kmeansOrderInvariant, canonicalOrder, compareRows } from '../../src/engine/clusters/canonicalOrder';
import { adjustedRand, permutation, planted } from './clustersFixtures';

const three = planted(
  [
    [20, 25, 30],
    [50, 55, 45],
    [85, 80, 90],
  ],
  [40, 60, 50],
  4,
);

describe('clusterRows: k-means on several features', () => {
  it('recovers planted well-separated clusters exactly', () => {
    const r = clusterRows(three.rows, { k: 3, featureNames: ['A', 'B', 'C'] });
    assert.equal(r.k, 3);
    assert.equal(adjustedRand(r.assignments as number[], three.truth), 1);
    assert.deepEqual(r.sizes, [40, 60, 50]);
  });

  it('numbers clusters from the weakest profile (1) to the strongest (k)', () => {
    const r = clusterRows(three.rows, { k: 3, featureNames: ['A', 'B', 'C'] });
    // planted cluster 0 is the lowest on every feature, 2 the highest
    assert.equal(r.assignments[0], 1);
    assert.equal(r.assignments[45], 2);
    assert.equal(r.assignments[149], 3);
    const profiles = r.clusters.map((c) => c.profile);
    assert.ok(profiles[0] < profiles[1] && profiles[1] < profiles[2]);
    assert.ok(Math.abs(r.centres[0][0] - 20) < 3 && Math.abs(r.centres[2][2] - 90) < 3, 'centres in original units');
  });

  it('numbers by the opposite sign for a feature where less is better', () => {
    // groups: A = (70 points, 10 % deficits), B = (75, 90), C = (40, 50)
    const g = planted(
      [
        [70, 10],
        [75, 90],
        [40, 50],
      ],
      [5, 5, 5],
      0.5,
    );
    const names = ['Балл', 'Доля дефицитов'];
    const plain = clusterRows(g.rows, { k: 3, featureNames: names });
    const signed = clusterRows(g.rows, { k: 3, featureNames: names, higherIsBetter: [true, false] });
    // as if more deficits were better: C weakest, then A, then B
    assert.deepEqual([plain.assignments[0], plain.assignments[5], plain.assignments[10]], [2, 3, 1]);
    // deficits counted against: C weakest, then B, then A strongest
    assert.deepEqual([signed.assignments[0], signed.assignments[5], signed.assignments[10]], [3, 2, 1]);
  });

  it('gives the same clusters for shuffled rows', () => {
    const base = clusterRows(three.rows, { k: 'auto', featureNames: ['A', 'B', 'C'] });
    for (const seed of [1, 2, 3]) {
      const p = permutation(three.rows.length, seed);
      const shuffled = p.map((i) => three.rows[i]);
      const r = clusterRows(shuffled, { k: 'auto', featureNames: ['A', 'B', 'C'] });
      assert.deepEqual(
        p.map((_, at) => r.assignments[at]),
        p.map((i) => base.assignments[i]),
      );
      assert.deepEqual(r.centres, base.centres); // bitwise: the same canonical order, the same sums
      assert.equal(r.inertia, base.inertia);
      assert.equal(r.silhouette, base.silhouette);
    }
  });

  it('gives the same clusters for shuffled rows even on overlapping data, where seeding matters', () => {
    // one blob, no real structure: different seeds would give different splits
    const blob = planted([[0, 0, 0, 0]], [300], 1, 11).rows;
    const base = clusterRows(blob, { k: 4, featureNames: ['a', 'b', 'c', 'd'], restarts: 2 });
    const p = permutation(blob.length, 5);
    const r = clusterRows(
      p.map((i) => blob[i]),
      { k: 4, featureNames: ['a', 'b', 'c', 'd'], restarts: 2 },
    );
    assert.deepEqual(
      p.map((_, at) => r.assignments[at]),
      p.map((i) => base.assignments[i]),
    );
    // and the seed does matter there, so the test above can fail
    const other = clusterRows(blob, { k: 4, featureNames: ['a', 'b', 'c', 'd'], restarts: 2, seed: 12345 });
    assert.notDeepEqual(other.inertia, base.inertia);
  });

  it('gives the same result for the same seed', () => {
    const blob = planted([[0, 0, 0]], [200], 1, 3).rows;
    const a = clusterRows(blob, { k: 3, featureNames: ['a', 'b', 'c'], seed: 99 });
    const b = clusterRows(blob, { k: 3, featureNames: ['a', 'b', 'c'], seed: 99 });
    assert.deepEqual(a, b);
  });

  it('picks the planted k automatically for clear data', () => {
    for (const [k, centres] of [
      [2, [[0, 0], [10, 10]]],
      [3, [[0, 0], [10, 0], [5, 9]]],
      [4, [[0, 0], [10, 0], [0, 10], [10, 10]]],
    ] as const) {
      const d = planted(centres.map((c) => [...c]), centres.map(() => 30), 0.8, k);
      const r = clusterRows(d.rows, { featureNames: ['x', 'y'] });
      assert.equal(r.k, k, `planted ${k}`);
      assert.equal(r.kChoice.how, 'silhouette');
      assert.match(r.kChoice.reason, new RegExp(`Число кластеров ${k} выбрано по наибольшему среднему силуэту`));
      assert.equal(r.kChoice.silhouettes!.length, 5);
      assert.equal(adjustedRand(r.assignments as number[], d.truth), 1);
    }
  });

  it('drops a constant feature with a message and clusters on the others', () => {
    const rows = three.rows.map((r) => [r[0], 7, r[1]]);
    const r = clusterRows(rows, { k: 3, featureNames: ['A', 'Постоянный', 'B'] });
    assert.deepEqual(r.features, ['A', 'B']);
    assert.deepEqual(r.droppedFeatures, ['Постоянный']);
    const m = r.messages.find((x) => x.code === 'constant-feature');
    assert.ok(m);
    assert.match(m.message, /Признак «Постоянный» одинаков у всех строк \(7\).*исключён/);
    assert.equal(r.centres[0].length, 2);
    assert.equal(adjustedRand(r.assignments as number[], three.truth), 1);
  });

  it('puts a single row into cluster 1 and says there is nothing to split', () => {
    const r = clusterRows([[5, 6]], { k: 3, featureNames: ['a', 'b'] });
    assert.equal(r.k, 1);
    assert.deepEqual(r.assignments, [1]);
    assert.deepEqual(r.centres, [[5, 6]]);
    assert.ok(r.messages.some((m) => m.code === 'single-row' && /только одна строка/.test(m.message)));
  });

  it('reduces k larger than the number of distinct rows, with a message', () => {
    const rows = [
      [1, 1],
      [1, 1],
      [5, 5],
      [5, 5],
      [9, 9],
      [1, 1],
    ];
    const r = clusterRows(rows, { k: 5, featureNames: ['a', 'b'] });
    assert.equal(r.k, 3);
    assert.equal(r.kChoice.how, 'reduced');
    assert.ok(r.messages.some((m) => m.code === 'k-reduced' && /Задано 5 кластеров, но различных строк только 3/.test(m.message)));
    assert.deepEqual(r.assignments, [1, 1, 2, 2, 3, 1]);
    assert.deepEqual(r.sizes, [3, 2, 1]);
  });

  it('makes one cluster when all rows are equal, with a message', () => {
    const r = clusterRows(
      [
        [3, 4],
        [3, 4],
        [3, 4],
      ],
      { k: 2, featureNames: ['a', 'b'] },
    );
    assert.equal(r.k, 1);
    assert.deepEqual(r.assignments, [1, 1, 1]);
    assert.ok(r.messages.length > 0);
  });

  it('leaves rows with missing cells out, reports them by row, and never treats them as 0', () => {
    const rows: (number | null)[][] = three.rows.map((r) => [...r]);
    rows[3] = [null, rows[3][1], rows[3][2]];
    rows[70] = [rows[70][0], NaN, null];
    const r = clusterRows(rows, { k: 3, featureNames: ['A', 'B', 'C'], rowLabels: rows.map((_, i) => `Учитель ${i + 1}`) });
    assert.equal(r.assignments[3], null);
    assert.equal(r.assignments[70], null);
    assert.deepEqual(
      r.leftOut.map((x) => [x.row, x.missing]),
      [
        [3, ['A']],
        [70, ['B', 'C']],
      ],
    );
    const msgs = r.messages.filter((m) => m.code === 'missing-values').map((m) => m.message);
    assert.equal(msgs.length, 2);
    assert.match(msgs[0], /^Учитель 4: нет значения «A» — строка не включена в кластеризацию/);
    assert.match(msgs[1], /^Учитель 71: нет значений «B», «C»/);
    assert.deepEqual(r.sizes, [39, 59, 50]);
    // had the nulls been zeros, the lowest cluster's centre would drop well below 20 on A
    assert.ok(r.centres[0][0] > 18, `centre ${r.centres[0][0]}`);
    // and a row of zeros would itself have made a cluster of its own or joined cluster 1
    const zeros = clusterRows(
      rows.map((row) => row.map((v) => (v === null || Number.isNaN(v) ? 0 : v))),
      { k: 3, featureNames: ['A', 'B', 'C'] },
    );
    assert.notDeepEqual(zeros.centres, r.centres);
  });

  it('reports an empty result when no row is complete', () => {
    const r = clusterRows(
      [
        [null, 1],
        [2, null],
      ],
      { featureNames: ['a', 'b'] },
    );
    assert.equal(r.k, 0);
    assert.deepEqual(r.assignments, [null, null]);
    assert.ok(r.messages.some((m) => m.code === 'no-rows' && m.severity === 'error'));
  });

  it('standardises only when the scales differ', () => {
    // percentages with similar spreads: no standardisation, centres read in percent
    const similar = planted(
      [
        [30, 40],
        [70, 80],
      ],
      [20, 20],
      5,
    );
    const a = clusterRows(similar.rows, { k: 2, featureNames: ['%1', '%2'] });
    assert.equal(a.standardised, false);
    assert.ok(!a.messages.some((m) => m.code === 'standardised'));
    // a percentage next to a 0–1 index: standardised, centres still in original units
    const mixed = planted(
      [
        [30, 0.2],
        [70, 0.8],
      ],
      [20, 20],
      0.05,
    ).rows.map((r, i) => [r[0] * 100 + (i % 7), r[1]]);
    const b = clusterRows(mixed, { k: 2, featureNames: ['%', 'Индекс'] });
    assert.equal(b.standardised, true);
    assert.ok(b.messages.some((m) => m.code === 'standardised' && /z-оценкам/.test(m.message)));
    assert.ok(b.centres[1][1] > 0.5 && b.centres[1][1] < 1, 'index centre in 0–1 units');
  });

  it('lets the index feature count when standardised, which raw units would drown', () => {
    // groups differ only on the 0–1 index; the percentage is noise with a large spread
    const rows: number[][] = [];
    for (let i = 0; i < 60; i++) rows.push([((i * 37) % 100) + 0.5, i < 30 ? 0.1 : 0.9]);
    const std = clusterRows(rows, { k: 2, featureNames: ['%', 'Индекс'] });
    const raw = clusterRows(rows, { k: 2, featureNames: ['%', 'Индекс'], standardise: false });
    const truth = rows.map((_, i) => (i < 30 ? 0 : 1));
    assert.equal(adjustedRand(std.assignments as number[], truth), 1);
    assert.ok(adjustedRand(raw.assignments as number[], truth) < 0.5);
  });
});

describe('k-means core', () => {
  it('reaches the same inertia as a brute-force Lloyd on random data', () => {
    const blob = planted([[0, 0, 0], [3, 3, 3]], [150, 150], 1.5, 21).rows;
    const n = blob.length;
    const d = 3;
    const data = Float64Array.from(blob.flat());
    const fit = kmeans(data, n, d, 3, { restarts: 1, seed: 4, tolerance: 0 });
    // plain Lloyd from the winner's own labels must not move anymore
    const centres = fit.centres;
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let best = -1;
      let bestD = Infinity;
      for (let c = 0; c < 3; c++) {
        let s = 0;
        for (let j = 0; j < d; j++) s += (data[i * d + j] - centres[c * d + j]) ** 2;
        if (s < bestD - 1e-12) {
          bestD = s;
          best = c;
        }
      }
      if (best !== fit.labels[i]) moved++;
    }
    assert.equal(moved, 0);
    assert.ok(fit.converged);
  });

  it('recovers 8 planted clusters, where k-means++ weighs more than three candidates per seed', () => {
    const centres = Array.from({ length: 8 }, (_, c) => [(c % 4) * 20, Math.floor(c / 4) * 20]);
    const g = planted(centres, centres.map(() => 25), 1, 8);
    const fit = kmeans(Float64Array.from(g.rows.flat()), g.rows.length, 2, 8, { restarts: 5 });
    assert.equal(adjustedRand([...fit.labels], g.truth), 1);
  });

  it('never returns an empty cluster when k equals the number of distinct rows', () => {
    const data = Float64Array.from([0, 0, 0, 0, 1, 1, 1, 1, 2, 2]);
    const fit = kmeans(data, 10, 1, 3, { restarts: 3 });
    assert.deepEqual([...new Set(fit.labels)].sort(), [0, 1, 2]);
    assert.equal(fit.inertia, 0);
  });

  it('continues restarts to exactly the fit of all of them at once', () => {
    // Unstructured rows, where restarts end in different local optima.
    const g = planted([[0, 0], [1, 1], [2, 0]], [60, 60, 60], 2.5, 5);
    const data = Float64Array.from(g.rows.flat());
    const n = g.rows.length;
    const run = new KMeansRestarts(data, n, 2, 4, { seed: 9 });
    run.restart(3);
    const early = run.best();
    run.restart(7);
    const all = kmeans(data, n, 2, 4, { restarts: 10, seed: 9 });
    assert.deepEqual(run.best(), all);
    assert.ok(all.inertia <= early.inertia);
    assert.deepEqual(early, kmeans(data, n, 2, 4, { restarts: 3, seed: 9 }));
  });

  it('sorts rows canonically, so the order-invariant fit maps back to the input rows', () => {
    const data = Float64Array.from([5, 1, 2, 7, 2, 3, -1, 0]);
    const order = canonicalOrder(data, 4, 2);
    assert.deepEqual([...order], [3, 2, 1, 0]);
    for (let r = 1; r < 4; r++) assert.ok(compareRows(data, 2, order[r - 1], order[r]) < 0);
    const fit = kmeansOrderInvariant(data, 4, 2, 2, { restarts: 2 });
    assert.equal(fit.labels.length, 4);
    assert.equal(fit.labels[2], fit.labels[1], '(2,7) and (2,3) together');
  });
});

/** The silhouette by its definition, on the given rows only (Rousseeuw 1987). */
function naiveSilhouette(rows: number[][], labels: number[]): number {
  const dist = (a: number[], b: number[]) => Math.sqrt(a.reduce((s, x, j) => s + (x - b[j]) ** 2, 0));
  let total = 0;
  rows.forEach((row, i) => {
    const byCluster = new Map<number, number[]>();
    rows.forEach((other, j) => {
      if (j !== i) byCluster.set(labels[j], [...(byCluster.get(labels[j]) ?? []), dist(row, other)]);
    });
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const own = byCluster.get(labels[i]);
    if (!own) return; // alone in its cluster: 0
    const a = mean(own);
    const b = Math.min(...[...byCluster].filter(([c]) => c !== labels[i]).map(([, xs]) => mean(xs)));
    total += (b - a) / Math.max(a, b);
  });
  return total / rows.length;
}

describe('silhouette', () => {
  const g = planted([[0, 0, 0], [4, 4, 4], [8, 0, 4]], [30, 40, 30], 1.5, 3);
  const data = Float64Array.from(g.rows.flat());
  const n = g.rows.length;
  const labelings = [2, 3, 4].map((k) => ({ k, labels: kmeans(data, n, 3, k, { restarts: 2 }).labels }));

  it('gives every clustering of the same rows the silhouette of its definition', () => {
    const of = silhouetteOf(data, n, 3);
    for (const { k, labels } of labelings) {
      const r = of(labels, k);
      assert.equal(r.sample, null);
      assert.ok(Math.abs(r.value! - naiveSilhouette(g.rows, [...labels])) < 1e-12, `k = ${k}`);
    }
  });

  it('samples the same rows for every clustering above the exact limit', () => {
    const of = silhouetteOf(data, n, 3, { exactUpTo: 50, sampleSize: 40, seed: 7 });
    const rows = [...sampleRows(n, 40, 7)];
    for (const { k, labels } of labelings) {
      const r = of(labels, k);
      assert.equal(r.sample, 40);
      assert.ok(Math.abs(r.value! - naiveSilhouette(rows.map((i) => g.rows[i]), rows.map((i) => labels[i]))) < 1e-12);
      assert.equal(r.value, silhouette(data, n, 3, labels, k, { exactUpTo: 50, sampleSize: 40, seed: 7 }).value);
    }
  });
});
