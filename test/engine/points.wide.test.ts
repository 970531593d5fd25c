import { strict as assert } from 'assert';
import { readPointsSheets } from '../../src/engine/points/readPoints';
import { DEFAULT_SCHEME } from '../../src/engine/points/defaultScheme';
import { resolveOptions } from '../../src/engine/options';
import { ProblemList } from '../../src/engine/problems';
import type { CellValue, MergedArea, SheetGrid } from '../../src/engine/grid';
import { grid } from './pointsFixtures';

const m = (top: number, left: number, bottom: number, right: number): MergedArea => ({ top, left, bottom, right });

/**
 *      A                    B–D / E–G (Показатели)        H–J / K–M (Мониторинг) + N всего   O–Q (Управленческие решения)   R
 *  1   Муниципальное обр.   Показатели                    Мониторинг                          Управленческие решения        Итого баллов
 *  2                        Молодые педагоги | Метод. объ. Молодые педагоги | Метод. объ. | всего Принятие управленческих решений
 *  3                        Наличие, Соответствие цели, Неэффективные | … Наличие показателей мониторинга, Сроки, Использование | … Наличие, Сроки, Ответственные
 */
function wideSheet(): SheetGrid {
  const ind = ['Наличие', 'Соответствие цели', 'Неэффективные'];
  const mon = ['Наличие показателей мониторинга', 'Сроки', 'Использование результатов'];
  const values: CellValue[][] = [
    ['Муниципальное образование', 'Показатели', null, null, null, null, null, 'Мониторинг', null, null, null, null, null, null, 'Управленческие решения', null, null, 'Итого баллов'],
    [null, 'Молодые педагоги / наставничество', null, null, 'Методические объединения и профессиональные сообщества', null, null,
      'Молодые педагоги / наставничество', null, null, 'Методические объединения, профессиональные сообщества', null, null, 'всего',
      'Принятие управленческих решений', null, null, null],
    [null, ...ind, ...ind, ...mon, ...mon, null, 'Наличие', 'Сроки', 'Ответственные', null],
    // B–D 2, E–G 1 | H–J 3, K–M 1, N 4 | O–Q 2 | R 9: all as computed.
    ['Крымский район', 1, 1, 0, 1, 0, 0, 1, 1, 1, 1, 0, 0, 4, 1, 1, 0, 9],
    // B–D only ineffective (−1), E–G 2 | H–J 3 zeroed by the rule, K–M 3, N says 6 | O–Q inconsistent (0) | R says 7, computed 4.
    ['Абинский район', 0, 0, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 6, 0, 1, 0, 7],
    ['Итого', 1, 1, 1, 2, 1, 0, 2, 2, 2, 2, 1, 1, 10, 1, 2, 0, 16],
  ];
  return grid('Свод', values, [
    m(0, 0, 2, 0), m(0, 1, 0, 6), m(0, 7, 0, 13), m(0, 14, 0, 16), m(0, 17, 2, 17),
    m(1, 1, 1, 3), m(1, 4, 1, 6), m(1, 7, 1, 9), m(1, 10, 1, 12), m(1, 13, 2, 13), m(1, 14, 1, 16),
  ]);
}

function readAll(sheets: SheetGrid[]) {
  const problems = new ProblemList();
  const result = readPointsSheets(sheets, DEFAULT_SCHEME, resolveOptions(), problems);
  return { ...result, problems: problems.items };
}

describe('points: one wide table with block → position → parameter in three merged header rows', () => {
  const { tables, consumed, problems } = readAll([wideSheet()]);
  const table = tables[0];

  it('is consumed as a points table with the municipalities in rows and the total row left out', () => {
    assert.deepEqual(consumed, ['Свод']);
    assert.equal(table.layout, 'points');
    assert.deepEqual(table.entities.map((e) => e.name), ['Крымский район', 'Абинский район']);
    assert.equal(table.entityLabel, 'Муниципальное образование');
    assert.deepEqual(table.entities.map((e) => e.nameCell), ['Свод!A4', 'Свод!A5']);
  });

  it('places every column under its block, position and parameter', () => {
    const p = table.points[0];
    assert.deepEqual(p.blocks.map((b) => b.name), ['Показатели', 'Мониторинг', 'Управленческие решения']);
    assert.deepEqual(p.blocks[0].positions.map((x) => x.indicator), ['1.1', '1.2']);
    assert.deepEqual(p.blocks[1].positions.map((x) => x.indicator), ['2.1', '2.2']);
    assert.deepEqual(p.blocks[0].positions[0].parameters.map((x) => x.cell), ['Свод!B4', 'Свод!C4', 'Свод!D4']);
    assert.deepEqual(p.blocks[1].positions[1].parameters.map((x) => x.cell), ['Свод!K4', 'Свод!L4', 'Свод!M4']);
    assert.equal(p.blocks[1].declaredTotal, 4);
    assert.equal(p.blocks[1].declaredTotalCell, 'Свод!N4');
    assert.equal(p.declaredCell, 'Свод!R4');
  });

  it('scores by the rules: block maxima from the positions present (4 + 6 + 3 = 13)', () => {
    assert.deepEqual(table.entities.map((e) => [e.points, e.maxPoints]), [[9, 13], [4, 13]]);
    assert.deepEqual(table.points[1].blocks.map((b) => b.total), [1, 3, 0]);
    assert.ok(Math.abs(table.entities[0].fulfilment! - (9 / 13) * 100) < 1e-9);
    assert.deepEqual(table.entities.map((e) => [e.group, e.rank]), [[2, 1], [3, 2]]);
  });

  it('reports the rule findings and the declared totals that disagree, at the cells of the municipality’s row', () => {
    const found = problems.map((p) => [p.code, p.cell]);
    assert.deepEqual(found.sort(), [
      ['declared-total-mismatch', 'Свод!N5'],
      ['declared-total-mismatch', 'Свод!R5'],
      ['inconsistent-parameters', 'Свод!O5'],
      ['ineffective-monitoring', 'Свод!H5'],
      ['penalty-only', 'Свод!D5'],
    ]);
    const r5 = problems.find((p) => p.cell === 'Свод!R5')!;
    assert.match(r5.message, /7.*4/);
  });

  it('gives Крымский a formula over its row, each penalty counted when its cell is not 0, and Абинский none', () => {
    assert.equal(table.points[0].formula, 'Свод!B4+Свод!C4-(Свод!D4<>0)+Свод!E4+Свод!F4-(Свод!G4<>0)+Свод!H4+Свод!I4+Свод!J4+Свод!K4+Свод!L4+Свод!M4+Свод!O4+Свод!P4+Свод!Q4');
    assert.equal(table.points[1].formula, null);
  });
});

describe('points: what is not an evaluation sheet', () => {
  it('does not take an indicator matrix of да/нет, even with «Мониторинг» and «Адресные рекомендации» among its indicators', () => {
    const matrix = grid('Матрица', [
      ['Муниципальное образование', 'Критерий 1. Системность методической работы', null, 'Критерий 2. Поддержка педагогов', null],
      [null, '1.1 Наличие нормативно-правовой базы', '1.2 Мониторинг', '2.1 Наставничество', '2.2 Адресные рекомендации'],
      ['Крымский район', 'да', 'да', 'нет', 'да'],
      ['Абинский район', 'нет', 'да', 'да', 'нет'],
      ['Итого по региону', 1, 2, 1, 1],
    ], [m(0, 1, 0, 2), m(0, 3, 0, 4)]);
    const { tables, consumed, problems } = readAll([matrix]);
    assert.deepEqual(consumed, []);
    assert.equal(tables.length, 0);
    assert.equal(problems.length, 0, 'a sheet that is not taken stays silent');
  });

  it('does not take a transposed matrix whose indicator rows are named like blocks and positions', () => {
    const transposed = grid('По районам', [
      ['Показатель', 'Крымский район', 'Абинский район', 'Северский район'],
      ['Мониторинг', 0.8, 0.6, 0.7],
      ['Наставничество молодых педагогов', 0.9, 0.5, 0.4],
      ['Адресные рекомендации', 1, 0, 1],
      ['Сетевые формы взаимодействия', 0.3, 0.2, 0.1],
    ]);
    const { consumed, problems } = readAll([transposed]);
    assert.deepEqual(consumed, []);
    assert.equal(problems.length, 0);
  });

  it('does not take a counts form whose municipalities sit where block names would', () => {
    const counts = grid('Кадры', [
      ['Муниципальное образование', 'Всего педагогов', 'из них молодых', 'Доля, %'],
      ['Крымский район', 120, 14, 0.12],
      ['Анализ результатов', 10, 1, 0.1],
    ]);
    const { consumed } = readAll([counts]);
    assert.deepEqual(consumed, []);
  });
});
