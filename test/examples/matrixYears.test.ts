/**
 * The year-column example as the add-in reads it (examples/matrix-years.xlsx, built by
 * scripts/examples/matrixYears.ts): 2024 is the table, 2023 the previous period, and what the
 * builder's comment promises comes out in the analysis, Сводная and Справка.
 */

import { strict as assert } from 'assert';
import path from 'path';
import { readWorkbookFiles } from '../../src/adapters/xlsx/readWorkbookFiles';
import { analyzeWorkbook } from '../../src/engine/analyze';
import type { Analysis } from '../../src/engine/analysis';
import { buildOutputPlan } from '../../src/engine/output/buildOutputPlan';
import { YEAR_ROWS } from '../../scripts/examples/matrixYears';
import { rowsOf } from '../support/planRows';

describe('the year-column example (examples/matrix-years.xlsx)', () => {
  let analysis: Analysis;
  before(async () => {
    const loaded = await readWorkbookFiles([path.join(__dirname, '../../examples/matrix-years.xlsx')]);
    analysis = analyzeWorkbook(loaded.grid);
  });

  it('reads the five districts of 2024 from their own rows', () => {
    const expected = YEAR_ROWS.map((r, i) => ({ name: r[0], year: r[1], row: 5 + i })).filter((r) => r.year === 2024);
    assert.deepEqual(
      analysis.tables[0].entities.map((e) => [e.name, e.nameCell]),
      expected.map((r) => [r.name, `'Мониторинг по годам'!B${r.row}`]),
    );
  });

  it('compares 2024 with 2023: Малгобекский grows into group 2, Назрановский declines, one-period districts listed', () => {
    const ch = analysis.changes!.tables[0];
    const malg = ch.entities.find((e) => e.entity.startsWith('Малгобекский'))!;
    assert.deepEqual([malg.status, malg.previous.group, malg.current.group], ['improved', 3, 2]);
    assert.equal(ch.entities.find((e) => e.entity === 'Назрановский район')!.status, 'declined');
    assert.deepEqual(ch.onlyCurrent.entities, ['Джейрахский район']);
    assert.deepEqual(ch.onlyPrevious.entities, ['Сунженский район (до объединения)']);
  });

  it('reports the row without a year at its cell', () => {
    const p = analysis.problems.find((x) => x.cell === "'Мониторинг по годам'!C15");
    assert.ok(p && p.severity === 'warning', JSON.stringify(analysis.problems));
  });

  it('writes Динамика and names 2024 in Справка as the period', () => {
    const plan = buildOutputPlan(analysis);
    assert.ok(plan.sheets.some((s) => s.kind === 'changes'));
    const note = plan.sheets.find((s) => s.kind === 'note')!;
    assert.ok(rowsOf(note.rows).flat().some((c) => c?.value === 'Период: 2024 год.'), 'period line');
  });
});
