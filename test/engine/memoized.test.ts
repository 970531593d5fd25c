import { strict as assert } from 'assert';
import { memoized } from '../../src/engine/memoized';

describe('memoized: kept answers of a pure reading', () => {
  it('computes each argument once and gives the same answer again', () => {
    const asked: string[] = [];
    const upper = memoized((s: string) => (asked.push(s), { text: s.toUpperCase() }), 10);
    const first = upper('да');
    assert.equal(upper('да'), first);
    assert.equal(upper('нет').text, 'НЕТ');
    assert.deepEqual(asked, ['да', 'нет']);
  });

  it('keeps answers that are null or undefined too', () => {
    let calls = 0;
    const nothing = memoized((_: number) => (calls++, undefined), 10);
    nothing(1);
    nothing(1);
    assert.equal(calls, 1);
  });

  it('forgets everything when full and keeps computing right answers', () => {
    const asked: number[] = [];
    const square = memoized((x: number) => (asked.push(x), x * x), 2);
    assert.equal(square(2), 4);
    assert.equal(square(3), 9);
    assert.equal(square(4), 16); // full: forgotten, then kept anew
    assert.equal(square(2), 4);
    assert.equal(square(4), 16);
    assert.deepEqual(asked, [2, 3, 4, 2]);
  });
});
