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

  it('takes criteria numbered «1. Системность…» and «2.Поддержка…» (seed 003) for a header under a title, not for data', () => {
    const s = sheet('Мониторинг 2024', [
      ['Мониторинг деятельности методических служб Республики Ингушетия, 2024 год'],
      [],
      ['№ п/п', 'Муниципальное образование', '1. Системность методической работы', null, '2.Поддержка обновления профессиональных компетенций', null],
      [null, null, '1.1. Наличие нормативной базы', '1.3. Наличие плана', '2.1. Доля педагогов с ИППР, %', '2.5. Наличие программы'],
      [1, 'г. Магас и г. Назрань', 'да', 'да', '90%', 'да'],
      [2, 'Сунженский район', 'да', 'нет', '50%', 'нет'],
    ], [{ top: 2, left: 0, bottom: 3, right: 0 }, { top: 2, left: 1, bottom: 3, right: 1 }, { top: 2, left: 2, bottom: 2, right: 3 }, { top: 2, left: 4, bottom: 2, right: 5 }]);
    const t = analyzeWorkbook({ sheets: [s] }).tables[0];
    assert.deepEqual(t.entities.map((e) => e.name), ['г. Магас и г. Назрань', 'Сунженский район']);
    assert.deepEqual(t.indicators.map((i) => i.id), ['1.1', '1.3', '2.1', '2.5']);
    assert.equal(t.criteria.length, 2);
  });

  it('ends the table at the header of a reference table below it, and at «Справочно:»', () => {
    const s = sheet('Мониторинг ММС', [
      ['№', 'Муниципальное образование', '1.1 Наличие программы', '1.2 Доля педагогов с ИОМ, %'],
      [1, 'Кировский район', 'да', '80%'],
      [2, 'Лужский район', 'нет', '40%'],
      [null, 'Итого по области', null, null],
      [],
      [],
      ['Справочно: численность педагогических работников'],
      ['№', 'Муниципальное образование', 'Численность педагогических работников, чел.'],
      [1, 'Кировский район', 610],
      [2, 'Лужский район', 430],
    ], [{ top: 6, left: 0, bottom: 6, right: 3 }]);
    const a = analyzeWorkbook({ sheets: [s] });
    assert.deepEqual(a.tables[0].entities.map((e) => e.name), ['Кировский район', 'Лужский район']);
    assert.deepEqual(a.problems.filter((p) => p.severity === 'error'), []);
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
