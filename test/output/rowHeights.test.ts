import { strict as assert } from 'assert';
import { estimateRowHeights, LINE_HEIGHT } from '../../src/engine/output/rowHeights';

describe('estimateRowHeights', () => {
  it('leaves rows without wrapped text at the default height', () => {
    const h = estimateRowHeights({ rows: [[{ value: 'Очень длинный текст, который не переносится по словам' }]], columnWidths: [10] });
    assert.deepEqual(h, [null]);
  });

  it('makes a wrapped cell as tall as its lines at the column width', () => {
    // 'один два три четыре' in a 9-character column: «один два» | «три» | «четыре» → 3 lines.
    const h = estimateRowHeights({ rows: [[{ value: 'один два три четыре', wrap: true }]], columnWidths: [9] });
    assert.deepEqual(h, [3 * LINE_HEIGHT]);
  });

  it('counts explicit line breaks', () => {
    const h = estimateRowHeights({ rows: [[{ value: 'да\nнет\nн/д', wrap: true }]], columnWidths: [30] });
    assert.deepEqual(h, [3 * LINE_HEIGHT]);
  });

  it('uses the width of a horizontal merge', () => {
    const rows = [[{ value: 'один два три четыре', wrap: true }, null]];
    const merged = estimateRowHeights({ rows, columnWidths: [9, 20], merges: [{ top: 0, left: 0, bottom: 0, right: 1 }] });
    assert.deepEqual(merged, [null]);
  });

  it('takes the tallest cell of a row', () => {
    const h = estimateRowHeights({
      rows: [[{ value: 'коротко', wrap: true }, { value: 'а б в г д е ж з', wrap: true }]],
      columnWidths: [20, 3],
    });
    assert.deepEqual(h, [4 * LINE_HEIGHT]);
  });
});
