import { strict as assert } from 'assert';
import { analyzeWorkbook } from '../../src/engine/analyze';
import { buildNote } from '../../src/engine/note/buildNote';
import type { CellValue, SheetGrid } from '../../src/engine/grid';

const DISTRICTS = ['Бокситогорский район', 'Волосовский район', 'Волховский район', 'Гатчинский район'];

/** A district form with a second table under the first one's notes (blind acceptance set 6, f01). */
function twoTables(second = true): SheetGrid {
  const values: CellValue[][] = [
    ['Таблица 1. Наставничество'],
    ['Муниципальный район', '1.1 Наличие программы наставничества', '1.2 Наличие школы молодого педагога'],
    ...DISTRICTS.map((d, i) => [d, 'да', i % 2 === 0 ? 'да' : 'нет']),
    [],
    ['Примечание: данные представлены районами.'],
    [],
  ];
  if (second) {
    values.push(
      ['Таблица 2. Инновационная деятельность'],
      ['Муниципальный район', '2.1 Доля школ с проектами, %', '2.2 Наличие сети методических объединений'],
      ...DISTRICTS.map((d, i) => [d, `${40 + 20 * i}%`, i === 0 ? 'нет' : 'да']),
    );
  } else {
    values.push(['1. Сведения за 2024 год.'], ['2. Сверка — ЛОИРО.'], ['3. Ответственный — методист.']);
  }
  return { name: 'Форма 1', startRow: 0, startCol: 0, values, merges: [] };
}

describe('A sheet with a second table under the first', () => {
  const a = analyzeWorkbook({ sheets: [twoTables()] });

  it('reads both tables, each with its own title (the note between them belongs to neither)', () => {
    assert.deepEqual(a.tables.map((t) => [t.title, t.entities.length]), [
      ['Таблица 1. Наставничество', 4],
      ['Таблица 2. Инновационная деятельность', 4],
    ]);
  });

  it('keeps the sheet’s own addresses in the second table', () => {
    const t = a.tables[1];
    assert.equal(t.entities[0].nameCell, "'Форма 1'!A12");
    const deficit = t.deficits.find((d) => d.scope === 'cell' && d.entity === 'Бокситогорский район' && d.indicator === '2.2');
    assert.equal(deficit?.cell, "'Форма 1'!C12");
  });

  it('says it found the second table, with its rows', () => {
    const info = a.problems.filter((p) => /под таблицей найдена ещё одна таблица/.test(p.message));
    assert.deepEqual(info.map((p) => [p.severity, p.message]), [['info', 'На листе «Форма 1» под таблицей найдена ещё одна таблица (строки 11–15); она проанализирована отдельно.']]);
  });

  it('gives the second table its own part of the note, without numbering it twice', () => {
    const headings = buildNote(a).sections.filter((s) => s.key === 'table').map((s) => s.heading);
    assert.deepEqual(headings, ['1. Таблица 1. Наставничество', '2. Таблица 2. Инновационная деятельность']);
  });

  it('takes no numbered list of notes under a table for a table', () => {
    const one = analyzeWorkbook({ sheets: [twoTables(false)] });
    assert.equal(one.tables.length, 1);
    assert.ok(!one.problems.some((p) => /ещё одна таблица/.test(p.message)));
  });
});

describe('Hidden rows and columns of a table', () => {
  const sheet: SheetGrid = {
    name: 'Мониторинг',
    startRow: 0,
    startCol: 0,
    values: [
      ['Муниципальный район', '1.1 Наличие программы', '1.2 Наличие плана'],
      ...DISTRICTS.map((d, i) => [d, i === 1 ? 'нет' : 'да', 'да']),
    ],
    merges: [],
    hiddenRows: new Set([2, 4]),
    hiddenColumns: new Set([2]),
  };
  const a = analyzeWorkbook({ sheets: [sheet] });

  it('are counted like any other: every district is an entity, the hidden indicator is scored', () => {
    assert.equal(a.tables[0].entities.length, 4);
    assert.deepEqual(a.tables[0].indicators.map((i) => i.id), ['1.1', '1.2']);
  });

  it('are named in one note, so the count in the summary is not a surprise', () => {
    const info = a.problems.filter((p) => /скрыты, но учтены/.test(p.message));
    assert.deepEqual(info.map((p) => p.message), [
      'На листе «Мониторинг» скрыты, но учтены в расчётах: 2 строки (Волосовский район, Гатчинский район) и столбец C. Таблица считается целиком — независимо от фильтра, группировки и скрытия.',
    ]);
  });

  it('name several hidden indicator columns in the plural', () => {
    const wide = analyzeWorkbook({ sheets: [{ ...sheet, hiddenRows: undefined, hiddenColumns: new Set([1, 2]) }] });
    assert.ok(wide.problems.some((p) => /скрыты, но учтены в расчётах: столбцы B, C\./.test(p.message)), wide.problems.map((p) => p.message).join('\n'));
  });

  it('say nothing when nothing read is hidden', () => {
    const plain = analyzeWorkbook({ sheets: [{ ...sheet, hiddenRows: new Set([40]), hiddenColumns: undefined }] });
    assert.ok(!plain.problems.some((p) => /скрыты/.test(p.message)));
  });
});

describe('A legend under a table', () => {
  it('is no second table, and the sheet is not said to have no table', () => {
    const values: CellValue[][] = [
      ['Муниципальный район', '1.1 Наличие программы наставничества', '1.2 Наличие школы молодого педагога'],
      ...DISTRICTS.map((d, i) => [d, 'да', i % 2 === 0 ? 'да' : 'нет']),
      [],
      ['Обозначения', 'Значение'],
      ['да', 'мероприятие проведено'],
      ['нет', 'мероприятие не проведено'],
      ['н/д', 'нет данных от района'],
    ];
    const a = analyzeWorkbook({ sheets: [{ name: 'Форма', startRow: 0, startCol: 0, values, merges: [] }] });
    assert.equal(a.tables.length, 1);
    assert.equal(a.tables[0].entities.length, 4);
    assert.ok(!a.problems.some((p) => /не найдено таблицы|ещё одна таблица/.test(p.message)), a.problems.map((p) => p.message).join('\n'));
  });
});

describe('A matrix whose first column is a municipality code (blind acceptance set 7, g01)', () => {
  for (const code of ['Код ОКТМО', 'Код МО', 'ОКТМО']) {
    it(`is read as a matrix of municipalities with «${code}», not as a list of teachers`, () => {
      const values: CellValue[][] = [
        [code, '№', 'Муниципальное образование', '1.1 Наличие программы наставничества', '1.2 Доля педагогов с ИОМ, %'],
        ...DISTRICTS.map((d, i) => [String(28502000 + i), i + 1, d, i === 2 ? 'нет' : 'да', `${60 + 10 * i}%`]),
      ];
      const t = analyzeWorkbook({ sheets: [{ name: 'Мониторинг', startRow: 0, startCol: 0, values, merges: [] }] }).tables[0];
      assert.equal(t.layout, 'matrix');
      assert.deepEqual(t.entities.map((e) => e.name), DISTRICTS);
      assert.deepEqual(t.indicators.map((i) => i.id), ['1.1', '1.2']);
    });
  }
});
