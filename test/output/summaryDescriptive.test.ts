import { strict as assert } from 'assert';
import * as path from 'path';
import { readWorkbookFiles } from '../../src/adapters/xlsx/readWorkbookFiles';
import { analyzeWorkbook } from '../../src/engine/analyze';
import { buildSummarySheet } from '../../src/engine/output/summarySheet';
import { tablesOf } from '../../src/engine/output/plan';
import { rowsOf } from '../support/planRows';

const COUNTS = path.join(__dirname, '..', '..', 'examples', 'counts-leningrad.xlsx');

describe('Сводная of a counts form whose shares are descriptive', () => {
  it('has no table of empty fulfilment, group and rank columns, but the shares table and a sentence saying why', async () => {
    const loaded = await readWorkbookFiles([COUNTS]);
    const sheet = buildSummarySheet(analyzeWorkbook(loaded.grid), 'Сводная');
    const texts = rowsOf(sheet.rows).flat().map((c) => (c && typeof c.value === 'string' ? c.value : ''));
    assert.ok(!texts.includes('Общее выполнение'), 'no fulfilment column');
    assert.ok(texts.some((t) => /^Доли описательные: общее выполнение, группы и место в рейтинге не рассчитываются/.test(t)));
    const tables = tablesOf(sheet);
    assert.equal(tables.length, 1);
    assert.match(tables[0].name, /доли/);
    assert.equal(sheet.freeze?.rows, tables[0].headerRow + 1, 'the shares header stays in view');
  });

  it('keeps the fulfilment table once a threshold makes a share scored', async () => {
    const loaded = await readWorkbookFiles([COUNTS]);
    const plain = analyzeWorkbook(loaded.grid);
    const share = plain.tables[0].indicators.find((i) => /молод/.test(i.name))!;
    const scored = analyzeWorkbook(loaded.grid, { indicatorThresholds: { [share.id]: { target: 15, critical: 5 } } });
    const sheet = buildSummarySheet(scored, 'Сводная');
    assert.ok(rowsOf(sheet.rows).flat().some((c) => c?.value === 'Общее выполнение'));
  });
});
