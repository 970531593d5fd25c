import { strict as assert } from 'assert';
import { analyzeWorkbook } from '../../src/engine/analyze';
import { sheet } from './tabularFixtures';

describe('Sheets of one template are read as one table', () => {
  const form = (name: string, title: string, rows: (string | number)[][], top = 0) =>
    sheet(name, [
      ...Array.from({ length: top }, () => []),
      [title],
      [],
      ['Образовательная организация', 'Всего педагогов', 'из них молодых педагогов'],
      ...rows,
    ]);

  it('concatenates the entities of two district forms and pools their counts', () => {
    const a = analyzeWorkbook({
      sheets: [
        form('Кировский', 'Отчёт Кировского района', [['СОШ № 1', 40, 10], ['СОШ № 2', 20, 2]]),
        form('Тосненский', 'Отчёт Тосненского района', [['Лицей № 3', 60, 30]], 3),
      ],
    });
    assert.equal(a.tables.length, 1);
    const t = a.tables[0];
    assert.deepEqual(t.sheets, ['Кировский', 'Тосненский']);
    assert.deepEqual(t.entities.map((e) => [e.name, e.sheet]), [
      ['СОШ № 1', 'Кировский'],
      ['СОШ № 2', 'Кировский'],
      ['Лицей № 3', 'Тосненский'],
    ]);
    assert.equal(t.entities[2].nameCell, 'Тосненский!A7');
    const region = t.shares.find((s) => s.entity === null)!;
    assert.equal(region.numerator, 42);
    assert.equal(region.base, 120);
    assert.equal(t.headerRows.length, 2);
    assert.equal(t.headerRows[1].first, 5);
  });

  it('warns when the same entity appears on two sheets', () => {
    const a = analyzeWorkbook({
      sheets: [
        form('Лист1', 'Форма', [['СОШ № 1', 40, 10]]),
        form('Лист2', 'Форма', [['СОШ № 1', 20, 2]]),
      ],
    });
    const d = a.problems.filter((p) => p.code === 'duplicate-entity');
    assert.deepEqual(d.map((p) => p.cell), ['Лист2!A4']);
    assert.equal(a.tables[0].entities.length, 2);
  });

  it('keeps sheets with different headers as separate tables', () => {
    const other = sheet('Другой', [
      ['МО', 'Наличие плана'],
      ['А', 'да'],
    ]);
    const a = analyzeWorkbook({ sheets: [form('Лист1', 'Форма', [['СОШ № 1', 40, 10]]), other] });
    assert.equal(a.tables.length, 2);
  });
});
