/**
 * Request sizes are estimated cell by cell while chunks are built; the estimate must equal
 * the JSON size it replaces (non-ASCII counted as a 6-byte escape).
 */

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { jsonBytes, rowJsonBytes, valueJsonBytes } from '../../src/adapters/office/payload';

describe('Request size estimates', () => {
  it('measure a value as jsonBytes does: Cyrillic, quotes, backslashes, control characters, numbers', () => {
    const samples: (string | number | boolean | null)[] = [
      '',
      'Кировский район',
      'он сказал "да"',
      'C:\\путь',
      'строка\nвторая\tтаб\r\b\f',
      '\u0001\u001f',
      '😀',
      '\ud800',
      0,
      -0,
      1e21,
      0.1 + 0.2,
      -12.5,
      NaN,
      Infinity,
      true,
      false,
      null,
    ];
    for (const v of samples) assert.equal(valueJsonBytes(v), jsonBytes(v), JSON.stringify(v));
  });

  it('measure any row of values as jsonBytes does', () => {
    const value = fc.oneof(fc.string({ unit: 'binary' }), fc.double(), fc.integer(), fc.boolean(), fc.constant(null));
    fc.assert(fc.property(fc.array(value), (row) => rowJsonBytes(row) === jsonBytes(row)));
  });
});
