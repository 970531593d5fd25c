import { strict as assert } from 'assert';
import { analyzeWorkbook } from '../../src/engine/analyze';
import { loadScheme, positionMax } from '../../src/engine/points/scheme';
import { DEFAULT_SCHEME } from '../../src/engine/points/defaultScheme';
import { ProblemList } from '../../src/engine/problems';
import type { CellValue } from '../../src/engine/grid';
import { grid, templateRows, type Marks } from './pointsFixtures';

const [IND, MON] = DEFAULT_SCHEME.blocks;

/** Показатели 4 × (1, 1, 0) = 8 of 8; Мониторинг (1,1,1) (1,0,0) (0,0,0) (1,1,0) = 3 + 1 + 0 + 2 = 6 of 12. */
const SHEET = grid('Крымский', templateRows('Оценочный лист: Крымский район', [
  { name: IND.name, positions: IND.positions.map((p) => ({ name: p.name, marks: [1, 1, 0] as Marks })) },
  {
    name: MON.name,
    positions: MON.positions.map((p, i) => ({ name: p.name, marks: ([[1, 1, 1], [1, 0, 0], [0, 0, 0], [1, 1, 0]] as Marks[])[i] })),
  },
]));

describe('points scheme: built-in default and the sheet «Методика»', () => {
  it('has the seed’s seven blocks with maxima 8, 12, 12, 12, 21, 3, 3 (71) as data', () => {
    const maxima = DEFAULT_SCHEME.blocks.map((b) => positionMax(b) * b.positions.length);
    assert.deepEqual(maxima, [8, 12, 12, 12, 21, 3, 3]);
    assert.equal(DEFAULT_SCHEME.blocks[4].declaredMax, 24);
    assert.deepEqual(DEFAULT_SCHEME.blocks[0].parameters.map((p) => p.points), [1, 1, -1]);
    assert.deepEqual(DEFAULT_SCHEME.blocks.filter((b) => b.dependsOn).map((b) => b.name), ['Мониторинг', 'Анализ результатов мониторинга']);
  });

  it('uses the built-in scheme when the workbook has no «Методика»', () => {
    const analysis = analyzeWorkbook({ sheets: [SHEET] });
    const e = analysis.tables[0].entities[0];
    assert.deepEqual([e.points, e.maxPoints], [14, 20]);
    assert.ok(analysis.tables[0].points[0].formula);
  });

  it('changes the totals when «Методика» gives the presence of monitoring 2 points', () => {
    const methodology = grid('Методика', [
      ['Схема оценивания', null, null, null],
      ['Блок', 'Позиция', 'Параметр', 'Баллы'],
      ['Показатели', null, null, null],
      ['Мониторинг', null, 'Наличие показателей мониторинга', 2],
      [null, null, 'Наличие сведений о сроках проведения мониторинга', 1],
      [null, null, 'Наличие сведений об использовании результатов мониторинга', null],
    ]);
    const analysis = analyzeWorkbook({ sheets: [SHEET, methodology] });
    assert.equal(analysis.tables.length, 1);
    assert.deepEqual(analysis.tables[0].sheets, ['Крымский'], '«Методика» is not read as data');
    const e = analysis.tables[0].entities[0];
    // Мониторинг: 4 + 2 + 0 + 3 = 9 of 4 × 4 = 16; Показатели unchanged 8 of 8.
    assert.deepEqual([e.points, e.maxPoints], [17, 24]);
    assert.equal(analysis.tables[0].indicators.find((i) => i.id === '2.1')!.max, 4);
    assert.equal(analysis.tables[0].points[0].formula, null, 'a cell holding 1 for 2 points cannot be summed as it is');
    assert.equal(analysis.problems.filter((p) => p.code === 'scheme-sheet').length, 0);
  });

  it('reports bad rows of «Методика» with their addresses and reads the rest', () => {
    const rows: CellValue[][] = [
      ['Блок', 'Позиция', 'Параметр', 'Баллы', 'Зависит от'],
      [null, 'Позиция без блока', null, null, null],
      ['Мониторинг', 'по организации сетевых форм взаимодействия педагогов', 'Наличие показателей мониторинга', 'два', 'Показатели'],
      [null, null, 'Наличие сведений о сроках проведения мониторинга', 1, null],
      [null, null, 'Наличие сведений об использовании результатов мониторинга', 1, null],
      ['Мониторинг', 'по осуществлению научно-методического сопровождения педагогических работников', null, null, null],
    ];
    const problems = new ProblemList();
    const scheme = loadScheme({ sheets: [grid('Методика', rows)] }, problems);
    assert.equal(scheme.source, 'Методика');
    assert.deepEqual(problems.items.map((p) => [p.code, p.cell]), [
      ['scheme-sheet', 'Методика!B2'],
      ['scheme-sheet', 'Методика!D3'],
      ['scheme-sheet', 'Методика!E3'],
    ]);
    assert.equal(scheme.blocks.length, 1);
    assert.deepEqual(scheme.blocks[0].parameters.map((p) => p.points), [1, 1]);
    assert.equal(scheme.blocks[0].positions.length, 2);
    assert.equal(scheme.blocks[0].dependsOn, null, '«Показатели» is not in this scheme');
  });

  it('falls back to the built-in scheme when «Методика» has no header it can read', () => {
    const problems = new ProblemList();
    const scheme = loadScheme({ sheets: [grid('Методика', [['просто текст']])] }, problems);
    assert.equal(scheme, DEFAULT_SCHEME);
    assert.equal(problems.items[0].code, 'scheme-sheet');
  });
});
