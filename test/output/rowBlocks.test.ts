import { strict as assert } from 'assert';
import { analyzeWorkbook } from '../../src/engine/analyze';
import { buildOutputPlan } from '../../src/engine/output/buildOutputPlan';
import { EXCEL_CELL_TEXT_LIMIT } from '../../src/engine/output/cellTextLimit';
import { givenRows, rowsWidth, type OutRow } from '../../src/engine/output/plan';
import { RowBlocks } from '../../src/engine/output/rowBlocks';
import { estimateRowHeights } from '../../src/engine/output/rowHeights';
import type { CellValue, SheetGrid } from '../../src/engine/grid';

/** A counts form of `rows` schools: all teachers, young ones, the declared share; trained ones. */
function countsForm(rows: number): SheetGrid {
  const values: CellValue[][] = [
    ['Сведения о педагогах'],
    [],
    ['№ п/п', 'Образовательная организация', 'Всего педагогов', 'из них молодых педагогов', 'Доля молодых, %', 'Количество педагогов, прошедших КПК'],
  ];
  for (let i = 0; i < rows; i++) {
    const all = 20 + (i % 90);
    const young = i % 7 === 0 ? all + 1 : (i * 13) % (all + 1); // every seventh row: more young than all
    values.push([i + 1, `Школа № ${i + 1}`, all, young, Math.round((young / all) * 1000) / 10, i % 11 === 0 ? null : Math.floor(all / 2)]);
  }
  return { name: 'Форма', startRow: 0, startCol: 0, values };
}

describe('Rows made on request (RowBlocks)', () => {
  it('counts given and made rows in order, makes a row only when asked, and answers undefined outside', () => {
    const rows = new RowBlocks();
    let made = 0;
    rows.push([{ value: 'Сводная', style: 'title' }], []);
    rows.pushMade(3, 2, (i) => {
      made++;
      return [{ value: i + 1 }, { value: `Школа № ${i + 1}` }];
    });
    rows.push([null, { value: 'Итого', style: 'total' }, { value: 3 }]);
    assert.equal(rows.length, 6);
    assert.equal(made, 0, 'nothing made up front');
    assert.deepEqual(rows.at(3), [{ value: 2 }, { value: 'Школа № 2' }]);
    assert.deepEqual(rows.at(5), [null, { value: 'Итого', style: 'total' }, { value: 3 }]);
    assert.equal(rows.at(6), undefined);
    assert.equal(rows.at(-1), undefined);
    assert.deepEqual([...rows].map((r) => r[1]?.value ?? r[0]?.value ?? null), ['Сводная', null, 'Школа № 1', 'Школа № 2', 'Школа № 3', 'Итого']);
    assert.deepEqual([...givenRows(rows)].map(([r]) => r), [0, 1, 5]);
    assert.equal(rowsWidth(rows), 3);
    assert.equal(rowsWidth(rows, 2), 3);
    assert.equal(rows.widthFrom(2), 3);
    assert.equal(new RowBlocks().length, 0);
  });

  it('names the wrapped cells of made rows by their columns, without making a row', () => {
    const rows = new RowBlocks();
    const long = { value: 'Наличие плана', wrap: true };
    let made = 0;
    rows.push([{ value: 'Дефициты', style: 'title' }]);
    rows.pushMade(2, 3, () => (made++, [null, long, { value: 1 }]), { columns: [1], cell: (i) => (i === 0 ? long : null) });
    rows.pushMade(1, 1, () => [{ value: 2 }]);
    const seen: [number, number, unknown][] = [];
    rows.forEachMadeWrapped((r, c, cell) => seen.push([r, c, cell.value]));
    assert.deepEqual(seen, [[1, 1, 'Наличие плана']]);
    assert.equal(made, 0);
  });

  it('cuts a made row\'s over-long text to Excel\'s limit as it is made', () => {
    const rows = new RowBlocks();
    rows.pushMade(1, 1, () => [{ value: 'а'.repeat(EXCEL_CELL_TEXT_LIMIT + 10) }]);
    const text = rows.at(0)![0]!.value as string;
    assert.equal(text.length, EXCEL_CELL_TEXT_LIMIT);
    assert.ok(text.endsWith('…'));
  });
});

describe('Сводная of a long counts form', () => {
  const analysis = analyzeWorkbook({ sheets: [countsForm(30_000)] });
  const summary = buildOutputPlan(analysis).sheets.find((s) => s.kind === 'summary')!;
  const all: OutRow[] = [...summary.rows];

  it('holds its entity rows as rows made on request, the same each time they are made', () => {
    const given = [...givenRows(summary.rows)];
    assert.ok(summary.rows.length > 30_000, `${summary.rows.length} rows`);
    assert.ok(given.length < 50, `${given.length} rows given up front`);
    const kirov = all.findIndex((r) => r[1]?.value === 'Школа № 12345');
    assert.ok(kirov > 0);
    assert.deepEqual(summary.rows.at(kirov), all[kirov]);
    assert.notEqual(summary.rows.at(kirov), all[kirov], 'made again, not kept');
  });

  it('gives its made rows no header or wrapped cell, so the heights from the given rows are those of all rows', () => {
    const made = all.filter((_, r) => ![...givenRows(summary.rows)].some(([g]) => g === r));
    assert.ok(made.every((row) => row.every((c) => !c || (!c.wrap && c.style !== 'header'))));
    assert.deepEqual(summary.rowHeights, estimateRowHeights({ rows: all, columnWidths: summary.columnWidths, merges: summary.merges }));
  });

  it('writes each entity row with formulas on its source cells and its table over exactly those rows', () => {
    const table = summary.tables!.find((t) => all[t.headerRow].some((c) => String(c?.value).endsWith(': число')))!;
    assert.equal(table.lastRow - table.headerRow, 30_000);
    const row = all[table.headerRow + 5];
    assert.equal(row[1]?.value, 'Школа № 5');
    assert.ok(row.some((c) => c?.formula === '=Форма!C8'), JSON.stringify(row));
  });
});

describe('Дефициты of a large matrix', () => {
  // Indicator names long enough to wrap, and findings of every kind for 2,000 schools.
  const names = ['1.1 Наличие утверждённого плана методической работы на учебный год с мероприятиями', '1.2 Наставники', '2.1 Участие педагогов в профессиональных конкурсах регионального уровня'];
  const values: CellValue[][] = [['Организация', ...names]];
  for (let i = 0; i < 2000; i++) values.push([`Школа № ${(i * 7919) % 2000}`, i % 3 === 0 ? 'нет' : 'да', i % 5 === 0 ? 'нет' : 'да', i % 2 ? 'да' : 'нет']);
  const analysis = analyzeWorkbook({ sheets: [{ name: 'Лист1', startRow: 0, startCol: 0, values }] });
  const sheet = buildOutputPlan(analysis).sheets.find((s) => s.kind === 'deficits')!;
  const all: OutRow[] = [...sheet.rows];
  const header = sheet.tables![0].headerRow;

  it('makes its finding rows on request, the same each time', () => {
    assert.ok([...givenRows(sheet.rows)].length <= header + 1);
    assert.equal(sheet.rows.length - header - 1, analysis.tables[0].deficits.length);
    assert.deepEqual(sheet.rows.at(header + 500), all[header + 500]);
  });

  it('has the row heights of all its rows, the wrapped names of made rows included', () => {
    const expected = estimateRowHeights({ rows: all, columnWidths: sheet.columnWidths, merges: sheet.merges });
    assert.ok(expected.slice(header + 1).some((h) => h !== null), 'some finding rows are taller');
    assert.deepEqual(sheet.rowHeights, expected);
  });

  it('lists the most serious kind first, then by name (numbers in order), then in the table\'s order', () => {
    const order = ['дефицит', 'группа 3', 'зона внимания', 'ниже медианы'];
    const rows = all.slice(header + 1);
    const key = (r: OutRow) => [order.indexOf(r[7]!.value as string), Number(String(r[1]!.value).replace(/\D/g, ''))];
    const inTable = new Map(analysis.tables[0].deficits.map((d, i) => [d, i]));
    for (let i = 1; i < rows.length; i++) {
      const [k0, n0] = key(rows[i - 1]);
      const [k1, n1] = key(rows[i]);
      assert.ok(k0 < k1 || (k0 === k1 && n0 <= n1), `row ${i}: ${rows[i - 1][1]!.value} before ${rows[i][1]!.value}`);
    }
    assert.ok(inTable.size > 1000);
    // Equal kind and name: the order of the findings in the analysis (the address tells them apart).
    const cells = analysis.tables[0].deficits.map((d) => d.cell);
    const pos = (r: OutRow) => cells.indexOf(r[8]?.value as string);
    for (let i = 1; i < rows.length; i++) {
      if (rows[i][7]!.value === rows[i - 1][7]!.value && rows[i][1]!.value === rows[i - 1][1]!.value && rows[i][8]?.value) {
        assert.ok(pos(rows[i - 1]) < pos(rows[i]));
      }
    }
  });
});
