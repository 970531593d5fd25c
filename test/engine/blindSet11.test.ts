import { strict as assert } from 'assert';
import { analyzeWorkbook } from '../../src/engine/analyze';
import type { CellValue, SheetGrid } from '../../src/engine/grid';
import { buildOutputPlan } from '../../src/engine/output/buildOutputPlan';
import { rowsOf } from '../support/planRows';

/** A school form: numbering, name, all teachers, young ones; «Итого» written in the numbering column. */
function schools(merged: boolean): SheetGrid {
  const values: CellValue[][] = [
    ['Сведения о молодых педагогах по школам района'],
    [],
    ['№ п/п', 'Образовательная организация', 'Всего педагогов', 'из них молодых педагогов'],
    [1, 'Школа № 1', 64, 9],
    [2, 'Школа № 2', 58, 7],
    [3, 'Школа № 3', 42, 5],
    ['Итого по району', null, 164, 21],
  ];
  return { name: 'Школы', startRow: 0, startCol: 0, values, merges: merged ? [{ top: 6, left: 0, bottom: 6, right: 1 }] : [] };
}

/**
 * The eleventh blind probe (session 7), counts forms: «Итого по району» in the numbering column
 * was read as a school named «Строка 7», and every regional figure counted the district twice.
 */
describe('A total row labelled in the numbering column (blind probe 11)', () => {
  for (const merged of [true, false]) {
    it(`is a total row, checked against the rows above, not a school${merged ? ' (label merged across the names)' : ''}`, () => {
      const a = analyzeWorkbook({ sheets: [schools(merged)] });
      const t = a.tables[0];
      assert.deepEqual(t.entities.map((e) => e.name), ['Школа № 1', 'Школа № 2', 'Школа № 3']);
      const region = t.shares.find((s) => s.entity === null)!;
      assert.equal(region.numerator, 21);
      assert.equal(region.base, 164);
      assert.ok(Math.abs(region.share! - (21 / 164) * 100) < 1e-9);
      assert.ok(!a.problems.some((p) => /не указано название/.test(p.message)), a.problems.map((p) => p.message).join('\n'));
    });
  }

  it('reports a total in the numbering column that disagrees with the rows, at its cell', () => {
    const g = schools(false);
    g.values[6][2] = 170;
    const a = analyzeWorkbook({ sheets: [g] });
    assert.ok(a.problems.some((p) => p.cell === 'Школы!C7'), a.problems.map((p) => `${p.cell}: ${p.message}`).join('\n'));
  });
});

describe('Сводная of a counts form of descriptive shares (blind probe 11)', () => {
  it('describes the counts that are no base of a share by their sum, mean, median, least and greatest', () => {
    const g = schools(false);
    g.values[2].push('Количество обучающихся');
    [640, 580, 415].forEach((n, i) => g.values[3 + i].push(n)); // more than the teachers: no part of them
    g.values[6].push(1635);
    const summary = buildOutputPlan(analyzeWorkbook({ sheets: [g] })).sheets.find((s) => s.kind === 'summary')!;
    const rows = rowsOf(summary.rows).map((r) => r.map((c) => c?.value ?? null));
    const head = rows.findIndex((r) => r[0] === 'Код' && r[2] === 'Сумма');
    assert.ok(head > 0, rows.map((r) => r.join(' | ')).join('\n'));
    assert.deepEqual(rows[head].slice(0, 7), ['Код', 'Показатель', 'Сумма', 'Среднее', 'Медиана', 'Мин.', 'Макс.']);
    assert.deepEqual(rows[head + 1], ['E', 'Количество обучающихся', 1635, 545, 580, 415, 640]);
    assert.equal(rows[head + 2], undefined, 'the bases «Всего педагогов» are not described here');
  });
});
