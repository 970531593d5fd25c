import { strict as assert } from 'assert';
import fc from 'fast-check';
import { buildHighlights, mergeCells } from '../../src/engine/output/highlights';
import type { Analysis, Deficit } from '../../src/engine/analysis';
import { resolveOptions } from '../../src/engine/options';
import { matrixAnalysis, matrixTable } from '../fixtures/analysisFixtures';

function cellDeficit(cell: string, kind: Deficit['kind']): Deficit {
  return { scope: 'cell', kind, entity: 'X', indicator: '1', indicatorName: null, criterion: null, cell, value: 'нет', threshold: 50 };
}

function analysisWith(deficits: Deficit[], sheets = ['Лист1', 'Лист 2']): Analysis {
  const t = matrixTable();
  t.deficits = deficits;
  return { tables: [t], problems: [], options: resolveOptions(), sheets };
}

describe('highlights mark deficit cells red and attention cells yellow', () => {
  it('turns each cell-level deficit into a red range and each attention into a yellow one', () => {
    assert.deepEqual(buildHighlights(matrixAnalysis()), [
      { sheet: 'Лист1', kind: 'deficit', ranges: ['D5', 'C6', 'E6'] },
      { sheet: 'Лист1', kind: 'attention', ranges: ['E5'] },
    ]);
  });

  it('reads quoted sheet names, absolute and three-letter columns, and skips an address that is not a cell', () => {
    const h = buildHighlights(analysisWith([
      cellDeficit("'Лист 2'!$D$7", 'deficit'),
      cellDeficit("'Лист 2'!AAB10", 'deficit'),
      cellDeficit("'It''s'!B2", 'attention'),
      cellDeficit('Лист1!D', 'deficit'),
      cellDeficit('Лист1!7', 'deficit'),
    ], ['Лист1', 'Лист 2', "It's"]));
    assert.deepEqual(h, [
      { sheet: 'Лист 2', kind: 'deficit', ranges: ['D7', 'AAB10'] },
      { sheet: "It's", kind: 'attention', ranges: ['B2'] },
    ]);
  });

  it('merges cells adjacent in a column into one range', () => {
    const h = buildHighlights(analysisWith(['Лист1!D7', 'Лист1!D8', 'Лист1!D9', 'Лист1!D11'].map((c) => cellDeficit(c, 'deficit'))));
    assert.deepEqual(h, [{ sheet: 'Лист1', kind: 'deficit', ranges: ['D7:D9', 'D11'] }]);
  });

  it('merges cells adjacent in a row, and equal column runs into a rectangle', () => {
    assert.deepEqual(
      buildHighlights(analysisWith(['Лист1!B2', 'Лист1!C2', 'Лист1!D2'].map((c) => cellDeficit(c, 'attention'))))[0].ranges,
      ['B2:D2'],
    );
    assert.deepEqual(
      buildHighlights(analysisWith(['Лист1!D7', 'Лист1!D8', 'Лист1!E7', 'Лист1!E8', 'Лист1!G7'].map((c) => cellDeficit(c, 'deficit'))))[0].ranges,
      ['D7:E8', 'G7'],
    );
  });

  it('does not merge cells that only touch at a corner', () => {
    assert.deepEqual(mergeCells([{ row: 0, col: 0 }, { row: 1, col: 1 }]).length, 2);
  });

  it('gives a cell that is both deficit and attention only the red', () => {
    const h = buildHighlights(analysisWith([cellDeficit('Лист1!D7', 'attention'), cellDeficit('Лист1!D7', 'deficit'), cellDeficit('Лист1!D8', 'attention')]));
    assert.deepEqual(h, [
      { sheet: 'Лист1', kind: 'deficit', ranges: ['D7'] },
      { sheet: 'Лист1', kind: 'attention', ranges: ['D8'] },
    ]);
  });

  it('keeps sheets apart, reads quoted sheet names, and ignores findings without a cell', () => {
    const h = buildHighlights(
      analysisWith([
        cellDeficit("'Лист 2'!A1", 'deficit'),
        cellDeficit('Лист1!A2', 'deficit'),
        { ...cellDeficit('Лист1!A1', 'below-median'), scope: 'entity' },
        { ...cellDeficit('', 'deficit'), cell: null },
      ]),
    );
    assert.deepEqual(h, [
      { sheet: 'Лист1', kind: 'deficit', ranges: ['A2'] },
      { sheet: 'Лист 2', kind: 'deficit', ranges: ['A1'] },
    ]);
  });

  it('merges any set of cells into disjoint rectangles that cover exactly those cells (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ row: fc.integer({ min: 0, max: 9 }), col: fc.integer({ min: 0, max: 9 }) }), { maxLength: 60 }), (cells) => {
        const want = new Set(cells.map((c) => `${c.row}:${c.col}`));
        const covered: string[] = [];
        for (const r of mergeCells(cells)) {
          for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) covered.push(`${row}:${col}`);
        }
        assert.equal(covered.length, new Set(covered).size, 'rectangles overlap');
        assert.deepEqual(new Set(covered), want);
      }),
      { numRuns: 300 },
    );
  });
});
