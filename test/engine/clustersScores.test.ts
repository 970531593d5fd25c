import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { clusterScores } from '../../src/engine/clusters';
import { silhouette, SILHOUETTE_SAMPLE } from '../../src/engine/clusters/silhouette';
import { featureScales, scalesDiffer, standardise, isConstant } from '../../src/engine/clusters/standardise';
import { orderClusters } from '../../src/engine/clusters/orderClusters';
import { seededRandom } from '../../src/engine/clusters/seededRandom';
import { kmeansPlusPlus } from '../../src/engine/clusters/kmeansPlusPlus';

describe('clusterScores: optimal one-dimensional clustering (Ckmeans)', () => {
  it('splits a small hand-checked series into its natural groups', () => {
    const r = clusterScores([12, 1, 30, 2, 11, 3, 10, 31], { k: 3, feature: 'Баллы' });
    assert.deepEqual(r.assignments, [2, 1, 3, 1, 2, 1, 2, 3]);
    assert.deepEqual(
      r.clusters.map((c) => [c.size, c.centre, c.min, c.max]),
      [
        [3, 2, 1, 3],
        [3, 11, 10, 12],
        [2, 30.5, 30, 31],
      ],
    );
    assert.deepEqual(r.breaks, [10, 30]);
    // within sums of squares by hand: 2 + 2 + 0.5
    assert.equal(r.inertia, 4.5);
  });

  it('finds the optimum where greedy splitting would not: 1 2 6 7 8 | 20', () => {
    // k = 2: {1,2,6,7,8} | {20} has SSE 38.8; {1,2} | {6,7,8,20} has 0.5 + 131 = 131.5
    const r = clusterScores([1, 2, 6, 7, 8, 20], { k: 2 });
    assert.deepEqual(r.assignments, [1, 1, 1, 1, 1, 2]);
    assert.ok(Math.abs(r.inertia - 38.8) < 1e-9);
  });

  it('reduces k to the number of distinct values, with a message', () => {
    const r = clusterScores([5, 5, 7, 7], { k: 3, feature: 'Балл' });
    assert.equal(r.k, 2);
    assert.deepEqual(r.assignments, [1, 1, 2, 2]);
    assert.match(r.messages[0].message, /Задано 3 групп, но различных значений «Балл» только 2/);
  });

  it('handles fewer values than k and a single value', () => {
    const r = clusterScores([4, 9], { k: 5 });
    assert.equal(r.k, 2);
    assert.deepEqual(r.assignments, [1, 2]);
    const one = clusterScores([4], { k: 3 });
    assert.equal(one.k, 1);
    assert.deepEqual(one.assignments, [1]);
    assert.equal(one.messages[0].code, 'single-row');
  });

  it('leaves missing scores out and reports them', () => {
    const r = clusterScores([1, null, 2, NaN, 20, 21], { k: 2, feature: 'Балл', rowLabels: ['a', 'Школа 2', 'c', 'd', 'e', 'f'] });
    assert.deepEqual(r.assignments, [1, null, 1, null, 2, 2]);
    assert.deepEqual(
      r.leftOut.map((x) => x.row),
      [1, 3],
    );
    assert.match(r.messages[0].message, /^Школа 2: нет значения «Балл»/);
    assert.equal(r.clusters[0].centre, 1.5);
  });

  it('chooses k by silhouette when asked for auto', () => {
    const r = clusterScores([1, 1.5, 2, 50, 51, 52, 100, 101, 99]);
    assert.equal(r.k, 3);
    assert.equal(r.kChoice.how, 'silhouette');
  });

  it('numbers groups from the lowest scores to the highest whatever the order of the values', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 40 }), (xs) => {
        const r = clusterScores(xs, { k: 3 });
        for (let i = 0; i < xs.length; i++) {
          for (let j = 0; j < xs.length; j++) {
            if (xs[i] < xs[j]) assert.ok((r.assignments[i] as number) <= (r.assignments[j] as number));
          }
        }
        const rev = clusterScores([...xs].reverse(), { k: 3 });
        assert.deepEqual([...rev.assignments].reverse(), r.assignments);
      }),
      { numRuns: 60 },
    );
  });
});

describe('silhouette', () => {
  it('is exact on a small hand-checked example', () => {
    const s = silhouette(Float64Array.from([0, 1, 10, 11]), 4, 1, Int32Array.from([0, 0, 1, 1]), 2);
    const expected = (2 * (9.5 / 10.5) + 2 * (8.5 / 9.5)) / 4;
    assert.ok(Math.abs((s.value as number) - expected) < 1e-12);
    assert.equal(s.sample, null);
  });

  it('uses a reproducible sample above the exact limit', () => {
    const rnd = seededRandom(3);
    const n = 5000;
    const data = new Float64Array(n).map((_, i) => (i < n / 2 ? 0 : 10) + rnd());
    const labels = Int32Array.from({ length: n }, (_, i) => (i < n / 2 ? 0 : 1));
    const a = silhouette(data, n, 1, labels, 2);
    const b = silhouette(data, n, 1, labels, 2);
    assert.equal(a.sample, SILHOUETTE_SAMPLE);
    assert.equal(a.value, b.value);
    const exact = silhouette(data, n, 1, labels, 2, { exactUpTo: n });
    assert.ok(Math.abs((a.value as number) - (exact.value as number)) < 0.01);
  });

  it('is null for a single cluster', () => {
    assert.equal(silhouette(Float64Array.from([1, 2]), 2, 1, Int32Array.from([0, 0]), 1).value, null);
  });
});

describe('standardisation', () => {
  it('standardises only when the largest spread is more than twice the smallest', () => {
    assert.equal(scalesDiffer([{ mean: 50, sd: 12 }, { mean: 60, sd: 20 }]), false);
    assert.equal(scalesDiffer([{ mean: 50, sd: 12 }, { mean: 60, sd: 25 }]), true);
    assert.equal(scalesDiffer([{ mean: 50, sd: 15 }, { mean: 0.5, sd: 0.2 }]), true);
    // a constant feature does not count
    assert.equal(scalesDiffer([{ mean: 50, sd: 12 }, { mean: 3, sd: 0 }]), false);
  });

  it('gives z-scores with mean 0 and sd 1', () => {
    const data = Float64Array.from([10, 0.1, 20, 0.3, 30, 0.2]);
    const s = featureScales(data, 3, 2);
    const z = standardise(data, 3, 2, s);
    const zs = featureScales(z, 3, 2);
    for (const f of zs) {
      assert.ok(Math.abs(f.mean) < 1e-12);
      assert.ok(Math.abs(f.sd - 1) < 1e-12);
    }
    assert.ok(isConstant({ mean: 7, sd: 0 }));
  });
});

describe('ordering and seeding', () => {
  it('orders clusters by the mean standardised centre', () => {
    const o = orderClusters([
      [0.9, 1.1],
      [-1, -0.8],
      [0.1, -0.1],
    ]);
    assert.deepEqual(o.number, [3, 1, 2]);
  });

  it('breaks ties of the profile deterministically', () => {
    const o = orderClusters([
      [1, -1],
      [-1, 1],
    ]);
    assert.deepEqual(o.number, [2, 1]);
  });

  it('seeds k-means++ in different groups and knows each row’s nearest seed', () => {
    const data = Float64Array.from([0, 0.1, 0.2, 10, 10.1]);
    for (let seed = 1; seed <= 20; seed++) {
      const s = kmeansPlusPlus(data, 5, 1, 2, seededRandom(seed));
      const [a, b] = [s.centres[0], s.centres[1]];
      assert.ok(Math.min(a, b) <= 0.2 && Math.max(a, b) >= 10, `seed ${seed}: ${a}, ${b}`);
      const low = s.nearest[0];
      assert.deepEqual([...s.nearest], [low, low, low, 1 - low, 1 - low]);
      assert.ok(s.second[0] >= s.dist[0]);
    }
  });
});
