import { strict as assert } from 'assert';
import { analyzeWorkbook } from '../../src/engine/analyze';
import { buildHighlights } from '../../src/engine/output/highlights';
import { periodOfCell, splitByPeriodColumn } from '../../src/engine/periods/periodColumn';
import { ProblemList } from '../../src/engine/problems';
import type { CellValue, SheetGrid } from '../../src/engine/grid';

const H = ['Муниципальный район', 'Год', '1.1 Наличие программы наставничества', '1.2 Доля педагогов с ИППР, %'];
const grid = (rows: CellValue[][], header = H, name = 'Лист1'): SheetGrid => ({ name, startRow: 0, startCol: 0, values: [['Мониторинг методической работы'], [], header, ...rows], merges: [] });

// 2023: Кировский (нет, 50 %) = 25 %, Лужский (да, 70 %) = 85 %, Пропавший only in 2023.
// 2024: Кировский (да, 65 %) = 82,5 %, Лужский (да, 60 %) = 80 %, Новый only in 2024.
const ROWS: CellValue[][] = [
  ['Кировский район', 2024, 'да', '65%'],
  ['Лужский район', 2024, 'да', '60%'],
  ['Новый район', 2024, 'нет', '72,5%'],
  ['Кировский район', 2023, 'нет', '50%'],
  ['Лужский район', 2023, 'да', '70%'],
  ['Пропавший район', 2023, 'да', '60%'],
];

describe('A table with a period column («Год»)', () => {
  it('reads a period from a year, an academic year in its usual spellings, and «2024 год»', () => {
    assert.deepEqual(periodOfCell(2024), { key: 2024, label: '2024 год' });
    assert.deepEqual(periodOfCell('2023/2024'), { key: 2023, label: '2023/2024 учебный год' });
    assert.deepEqual(periodOfCell('2023-2024 уч. г.'), { key: 2023, label: '2023/2024 учебный год' });
    assert.deepEqual(periodOfCell('2024 год'), { key: 2024, label: '2024 год' });
    assert.equal(periodOfCell('см. примечание 2024'), null);
    assert.equal(periodOfCell(85), null);
  });

  it('finds the column under «Год», «Учебный год», «Период» and «Отчётный период», with years as numbers or text', () => {
    for (const header of ['Год', 'Учебный год', 'Период', 'Отчётный период']) {
      const rows = ROWS.map((r) => [r[0], header === 'Учебный год' ? `${Number(r[1]) - 1}/${r[1]}` : r[1], r[2], r[3]]);
      const split = splitByPeriodColumn(grid(rows, [H[0], header, H[2], H[3]]), new ProblemList());
      assert.ok(split, header);
      assert.equal(split.periods.length, 2, header);
      assert.equal(split.headerCell, 'Лист1!B3');
    }
  });

  it('leaves alone a column of years that is data («Год основания»), each row a different school', () => {
    const rows = [['Школа № 1', 1995, 'да', '70%'], ['Школа № 2', 2001, 'нет', '40%'], ['Школа № 3', 2010, 'да', '90%']];
    assert.equal(splitByPeriodColumn(grid(rows, [H[0], 'Год основания', H[2], H[3]]), new ProblemList()), null);
    assert.equal(analyzeWorkbook({ sheets: [grid(rows, [H[0], 'Год основания', H[2], H[3]])] }).changes, undefined);
  });

  const analysis = analyzeWorkbook({ sheets: [grid(ROWS)] });
  const t = analysis.tables[0];
  const ch = analysis.changes!;

  it('analyses the latest period as the table, at its real cells, without the year as an indicator', () => {
    assert.deepEqual(t.entities.map((e) => [e.name, e.fulfilment, e.nameCell]), [
      ['Кировский район', 82.5, 'Лист1!A4'],
      ['Лужский район', 80, 'Лист1!A5'],
      ['Новый район', 36.25, 'Лист1!A6'],
    ]);
    assert.deepEqual(t.indicators.map((i) => i.id), ['1.1', '1.2']);
    assert.equal(analysis.options.period, '2024 год');
  });

  it('compares it with the period before, as a hand count: Кировский +57,5 p.p. and a stronger group, Лужский −5', () => {
    assert.deepEqual([ch.previousLabel, ch.currentLabel], ['2023 год', '2024 год']);
    const kir = ch.tables[0].entities.find((e) => e.entity === 'Кировский район')!;
    assert.deepEqual([kir.previous.fulfilment, kir.fulfilmentChange, kir.status, kir.groupChange], [25, 57.5, 'improved', 2]);
    const luz = ch.tables[0].entities.find((e) => e.entity === 'Лужский район')!;
    assert.deepEqual([luz.fulfilmentChange, luz.status], [-5, 'declined']);
    assert.deepEqual(ch.tables[0].onlyCurrent.entities, ['Новый район']);
    assert.deepEqual(ch.tables[0].onlyPrevious.entities, ['Пропавший район']);
  });

  it('gives the same result whatever the order of the rows', () => {
    const shuffled = analyzeWorkbook({ sheets: [grid([ROWS[3], ROWS[0], ROWS[4], ROWS[5], ROWS[2], ROWS[1]])] });
    const byName = (a: typeof analysis) => a.changes!.tables[0].entities.map((e) => `${e.entity}:${e.fulfilmentChange}`).sort();
    assert.deepEqual(byName(shuffled), byName(analysis));
  });

  it('highlights only the current period’s cells', () => {
    const rows2024 = new Set([4, 5, 6]); // sheet rows (1-based) of 2024
    for (const h of buildHighlights(analysis)) {
      for (const range of h.ranges) {
        for (const m of range.matchAll(/[A-Z]+(\d+)/g)) assert.ok(rows2024.has(Number(m[1])), `${range} is not a 2024 row`);
      }
    }
  });

  it('compares the last two of three periods and says which periods it found', () => {
    const three = analyzeWorkbook({ sheets: [grid([...ROWS, ['Кировский район', 2022, 'нет', '10%'], ['Лужский район', 2022, 'нет', '20%']])] });
    assert.deepEqual([three.changes!.previousLabel, three.changes!.currentLabel], ['2023 год', '2024 год']);
    const info = three.problems.find((p) => p.code === 'periods' && /задаёт периоды/.test(p.message))!;
    assert.match(info.message, /2022 год, 2023 год, 2024 год\. Текущий период — 2024 год, предыдущий — 2023 год; более ранние периоды в сравнении не участвуют\./);
  });

  it('reports a row without a period and a period it cannot read, with their addresses, and counts them nowhere', () => {
    const a = analyzeWorkbook({ sheets: [grid([...ROWS, ['Забытый район', null, 'да', '90%'], ['Странный район', 'в прошлом году', 'да', '90%']])] });
    const missing = a.problems.find((p) => p.cell === 'Лист1!B10')!;
    assert.equal(missing.severity, 'warning');
    assert.match(missing.message, /не указан период/);
    const odd = a.problems.find((p) => p.cell === 'Лист1!B11')!;
    assert.equal(odd.severity, 'error');
    assert.match(odd.message, /Не удалось прочитать период «в прошлом году»/);
    assert.ok(!a.tables[0].entities.some((e) => /Забытый|Странный/.test(e.name)));
    assert.ok(!a.changes!.tables[0].onlyPrevious.entities.some((n) => /Забытый|Странный/.test(n)));
  });

  it('works for a counts form too: the shares of the current year only, compared with last year', () => {
    const header = ['Муниципальный район', 'Отчётный период', 'Всего педагогов', 'из них молодых педагогов'];
    const rows = [
      ['Кировский район', '2023/2024', 100, 10], ['Лужский район', '2023/2024', 200, 40],
      ['Кировский район', '2022/2023', 100, 5], ['Лужский район', '2022/2023', 200, 30],
    ];
    const a = analyzeWorkbook({ sheets: [grid(rows, header)] });
    const region = a.tables[0].shares.find((s) => s.entity === null)!;
    assert.ok(Math.abs(region.share! - 50 / 3) < 1e-9, String(region.share)); // (10 + 40) / (100 + 200)
    assert.deepEqual([a.changes!.previousLabel, a.changes!.currentLabel], ['2022/2023 учебный год', '2023/2024 учебный год']);
  });

  it('lets sheets named as the previous period win, and says so', () => {
    const last = grid([['Кировский район', 'да', '10%'], ['Лужский район', 'да', '10%']], ['Муниципальный район', H[2], H[3]], 'Прошлый');
    const a = analyzeWorkbook({ sheets: [grid(ROWS), last] }, { previousSheets: ['Прошлый'] });
    assert.deepEqual(a.changes!.previousSheets, ['Прошлый']);
    assert.ok(a.problems.some((p) => /Прошлый период задан листами «Прошлый»: сравнение идёт с ними/.test(p.message)));
    assert.deepEqual(a.tables[0].entities.map((e) => e.name), ['Кировский район', 'Лужский район', 'Новый район']);
  });
});
