import { strict as assert } from 'assert';
import { analyzeWorkbook } from '../../src/engine/analyze';
import { buildOutputPlan } from '../../src/engine/output/buildOutputPlan';
import { EXCEL_CELL_TEXT_LIMIT, limitCellText } from '../../src/engine/output/cellTextLimit';
import type { CellValue, SheetGrid } from '../../src/engine/grid';
import { MAX_CHART_ENTITIES } from '../../src/engine/output/summarySheet';
import { nDistricts } from '../engine/noteFixtures';

/** A yes/no matrix of `rows` organisations, every third answer «нет». */
function bigMatrix(rows: number): SheetGrid {
  const values: CellValue[][] = [['Организация', '1.1 Наличие плана', '1.2 Наличие наставников']];
  for (let i = 0; i < rows; i++) values.push([`Школа № ${i + 1}`, i % 3 === 0 ? 'нет' : 'да', 'да']);
  return { name: 'Лист1', startRow: 0, startCol: 0, values };
}

describe('very large tables', () => {
  it('analyse and plan a 120,000-row matrix without overflowing the stack, and every cell fits Excel', () => {
    const analysis = analyzeWorkbook({ sheets: [bigMatrix(120000)] });
    const t = analysis.tables[0];
    assert.equal(t.entities.length, 120000);
    // Indicator 1.1: «да» in two rows of three → level 66.67 %.
    assert.ok(Math.abs((t.indicators[0].level as number) - (80000 / 120000) * 100) < 1e-9);
    const plan = buildOutputPlan(analysis);
    for (const sheet of plan.sheets) {
      for (const row of sheet.rows) {
        for (const cell of row) {
          if (cell && typeof cell.value === 'string') assert.ok(cell.value.length <= EXCEL_CELL_TEXT_LIMIT, sheet.name);
        }
      }
    }
    // Every «нет» is a red highlight: 40,000 cells of column B.
    const red = plan.highlights.filter((h) => h.kind === 'deficit').flatMap((h) => h.ranges);
    assert.ok(red.length > 0);
  });

  it('cuts a text cell over 32,767 characters with an ellipsis and leaves shorter ones alone', () => {
    const rows = [[{ value: 'а'.repeat(40000) }, { value: 'коротко' }]];
    assert.equal(limitCellText({ rows }), 1);
    assert.equal((rows[0][0].value as string).length, EXCEL_CELL_TEXT_LIMIT);
    assert.ok((rows[0][0].value as string).endsWith('…'));
    assert.equal(rows[0][1].value, 'коротко');
  });
});

describe('the chart of the overall result in Сводная', () => {
  it('is drawn for up to 100 entities and left out above, where a bar per entity is unreadable', () => {
    const yesNo = (i: number): CellValue[] => [i % 3 ? 'да' : 'нет', i % 2 ? 'да' : 'нет'];
    const chartsOf = (n: number) => buildOutputPlan(analyzeWorkbook({ sheets: [nDistricts(n, yesNo)] })).sheets[0].charts ?? [];
    assert.equal(chartsOf(MAX_CHART_ENTITIES).length, 1);
    assert.equal(chartsOf(MAX_CHART_ENTITIES + 1).length, 0);
  });
});
