import { strict as assert } from 'assert';
import fc from 'fast-check';
import { extremes, type Named } from '../../src/engine/note/prose';
import { displayPercent } from '../../src/engine/text/percent';

/** The plain definition: round every value as Сводная shows it, then take the ends. */
function reference(items: Named[]) {
  const xs = items.filter((x) => x.value !== null && Number.isFinite(x.value)).map((x) => ({ ...x, v: displayPercent(x.value as number) }));
  if (xs.length === 0) return { best: null, worst: null, allEqual: false };
  const max = Math.max(...xs.map((x) => x.v));
  const min = Math.min(...xs.map((x) => x.v));
  const best = xs.filter((x) => x.v === max);
  const worst = xs.filter((x) => x.v === min);
  return {
    best: { value: best[0].value, names: best.map((x) => x.name) },
    worst: { value: worst[0].value, names: worst.map((x) => x.name) },
    allEqual: max === min,
  };
}

describe('The strongest and the weakest of a list, as Сводная shows them', () => {
  it('names every entity that shows the same rounded value, 70,65 and 70,6499… alike', () => {
    const ex = extremes([
      { name: 'А', value: 70.65 },
      { name: 'Б', value: 70.64999999999999 },
      { name: 'В', value: 70.64 },
      { name: 'Г', value: null },
      { name: 'Д', value: 12.34 },
    ]);
    assert.deepEqual(ex.best, { value: 70.65, names: ['А', 'Б'] });
    assert.deepEqual(ex.worst, { value: 12.34, names: ['Д'] });
    assert.equal(ex.allEqual, false);
  });

  it('agrees with rounding every value first, on any list', () => {
    const value = fc.oneof(fc.constant(null), fc.double({ min: 0, max: 100, noNaN: true }), fc.integer({ min: 0, max: 1000 }).map((k) => k / 10), fc.constantFrom(70.65, 70.64999999999999, 70.6499999999, 70.55, 0.05, 99.95));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 40 }), (values) => {
        const items = values.map((v, i) => ({ name: `Р${i}`, value: v }));
        assert.deepEqual(extremes(items), reference(items));
      }),
      { numRuns: 500 },
    );
  });
});
