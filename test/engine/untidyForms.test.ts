import { strict as assert } from 'assert';
import { analyzeWorkbook } from '../../src/engine/analyze';
import type { SheetGrid } from '../../src/engine/grid';

/** Untidy forms found by the second blind acceptance set (test/acceptance/round2), in small. */
function sheet(name: string, values: (string | number | null)[][], merges: SheetGrid['merges'] = []): SheetGrid {
  return { name, startRow: 0, startCol: 0, values, merges };
}

describe('Untidy forms (second blind acceptance set)', () => {
  it('names both rows of a district whose name is merged down over its rows of two years', () => {
    const s = sheet('Мониторинг', [
      ['Муниципальное образование', 'Учебный год', '1.1 Наличие программы', '1.2 Доля педагогов с ИОМ, %'],
      ['Сунженский район', '2022/2023', 'нет', '40%'],
      [null, '2023/2024', 'да', '80%'],
      ['Малгобекский район', '2023/2024', 'да', '60%'],
      [null, '2022/2023', 'да', '20%'],
    ], [{ top: 1, left: 0, bottom: 2, right: 0 }, { top: 3, left: 0, bottom: 4, right: 0 }]);
    const a = analyzeWorkbook({ sheets: [s] });
    assert.deepEqual(a.tables[0].entities.map((e) => [e.name, e.fulfilment]), [['Сунженский район', 90], ['Малгобекский район', 80]]);
    assert.ok(a.changes, 'the two years are compared');
    assert.ok(!JSON.stringify(a).includes('Строка '), 'no placeholder names');
  });

  it('reads a district file with an inserted empty column together with the other districts', () => {
    const head = ['№', 'Район', 'Всего педагогов', 'из них молодых'];
    const a = analyzeWorkbook({
      sheets: [
        sheet('Форма', [head, [1, 'Всеволожский район', 1850, 212]]),
        sheet('Форма (2)', [head, [1, 'Киришский район', 640, 71]]),
        sheet('Форма (3)', [['№', null, 'Район', 'Всего педагогов', 'из них молодых'], [1, null, 'Лужский район', 760, 87]]),
      ],
    });
    assert.equal(a.tables.length, 1);
    assert.deepEqual(a.tables[0].entities.map((e) => e.name), ['Всеволожский район', 'Киришский район', 'Лужский район']);
    const region = a.tables[0].shares.find((s) => s.entity === null)!;
    assert.deepEqual([region.numerator, region.base], [370, 3250]);
    assert.equal(a.tables[0].shares.find((s) => s.entity === 'Лужский район')!.numeratorCell, "'Форма (3)'!E2");
    assert.ok(a.problems.some((p) => p.sheet === 'Форма (3)' && /пустой столбец B пропущен/.test(p.message)));
  });

  it('does not take a column of codes («Код МО») for an indicator', () => {
    const a = analyzeWorkbook({
      sheets: [sheet('Л', [
        ['МО', 'Код МО', '1.1 Наличие программы'],
        ['Кировский район', 41625000, 'да'],
        ['Лужский район', 41633000, 'нет'],
      ])],
    });
    assert.deepEqual(a.tables[0].indicators.map((i) => i.id), ['1.1']);
    assert.ok(a.problems.some((p) => /«Код МО» содержит коды, а не показатель/.test(p.message)));
  });

  it('keeps indicators after a long criterion row of a transposed table', () => {
    const long = 'Критерий 2. Поддержка обновления профессиональных компетенций педагогических работников образовательных организаций';
    const s = sheet('Показатели', [
      ['№', 'Показатель', 'Кировский район', 'Лужский район'],
      ['Критерий 1. Системность', null, null, null],
      ['1.1', '1.1 Наличие программы', 'да', 'нет'],
      [long, null, null, null],
      ['2.1', '2.1 Доля педагогов с ИОМ, %', '80%', '40%'],
    ], [{ top: 1, left: 0, bottom: 1, right: 3 }, { top: 3, left: 0, bottom: 3, right: 3 }]);
    const t = analyzeWorkbook({ sheets: [s] }).tables[0];
    assert.equal(t.transposed, true);
    assert.deepEqual(t.indicators.map((i) => i.id), ['1.1', '2.1']);
    assert.deepEqual(t.entities.map((e) => [e.name, e.fulfilment]), [['Кировский район', 90], ['Лужский район', 20]]);
  });
});
