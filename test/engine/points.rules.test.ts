import { strict as assert } from 'assert';
import { readPointsSheets } from '../../src/engine/points/readPoints';
import { DEFAULT_SCHEME } from '../../src/engine/points/defaultScheme';
import { scorePosition } from '../../src/engine/points/rules';
import { resolveOptions } from '../../src/engine/options';
import { ProblemList } from '../../src/engine/problems';
import type { CellValue, SheetGrid } from '../../src/engine/grid';
import type { SourceCell } from '../../src/engine/points/sheetReading';
import { grid, templateRows, rowOf, type Marks } from './pointsFixtures';

const [IND, MON, ANA] = DEFAULT_SCHEME.blocks;
const EMPTY: Marks = [0, 0, 0];

function cells(...values: CellValue[]): SourceCell[] {
  return values.map((raw, i) => ({ raw, format: null, formula: false, address: `Т!${'BCD'[i]}5`, sheet: 'Т', row: 4, col: i + 1 }));
}

/** A sheet with the indicators, monitoring and analysis blocks (4 positions each). */
function sheetWith(ind: Marks[], mon: Marks[] = [EMPTY, EMPTY, EMPTY, EMPTY], ana: Marks[] = [EMPTY, EMPTY, EMPTY, EMPTY]): SheetGrid {
  return grid('Тест', templateRows('Оценочный лист: Тестовый район', [
    { name: IND.name, positions: IND.positions.map((p, i) => ({ name: p.name, marks: ind[i] })) },
    { name: MON.name, positions: MON.positions.map((p, i) => ({ name: p.name, marks: mon[i] })) },
    { name: ANA.name, positions: ANA.positions.map((p, i) => ({ name: p.name, marks: ana[i] })) },
  ]));
}

function read(sheet: SheetGrid) {
  const problems = new ProblemList();
  const result = readPointsSheets([sheet], DEFAULT_SCHEME, resolveOptions(), problems);
  assert.equal(result.tables.length, 1, 'the sheet is read as a points table');
  const entity = result.tables[0].points[0];
  const position = (block: number, pos: number) => entity.blocks[block].positions[pos];
  return { table: result.tables[0], entity, position, problems: problems.items };
}

describe('points rules of seed 004 (METHODOLOGY §5)', () => {
  describe('indicators block', () => {
    it('scores 2 for indicators present, matching the goal, with no ineffective ones', () => {
      assert.equal(scorePosition(IND, cells(1, 1, 0)).total, 2);
      const { position } = read(sheetWith([[1, 1, 0], EMPTY, EMPTY, EMPTY]));
      assert.equal(position(0, 0).total, 2);
      assert.deepEqual(position(0, 0).parameters.map((p) => p.points), [1, 1, 0]);
    });

    it('scores 1 for indicators present but not matching the goal', () => {
      assert.equal(scorePosition(IND, cells(1, 0, 0)).total, 1);
      assert.equal(scorePosition(IND, cells('да', 'нет', '-')).total, 1);
    });

    it('scores 2 − 1 = 1 for matching indicators with at least one ineffective', () => {
      const s = scorePosition(IND, cells(1, 1, 1));
      assert.equal(s.total, 1);
      assert.deepEqual(s.params.map((p) => p.points), [1, 1, -1]);
      assert.equal(s.penaltyApplied, true);
    });

    it('scores 1 − 1 = 0 for non-matching indicators with one ineffective', () => {
      const s = scorePosition(IND, cells(1, 0, 'да'));
      assert.equal(s.total, 0);
      assert.deepEqual(s.params.map((p) => p.points), [1, 0, -1]);
    });

    it('scores 0 + 0 − 1 = −1 for a single indicator that is itself ineffective, whether the penalty reads 1, «да» or −1, and does not call it inconsistent', () => {
      for (const mark of [1, 'да', -1] as CellValue[]) {
        const s = scorePosition(IND, cells(0, 0, mark));
        assert.equal(s.total, -1, `penalty written as ${String(mark)}`);
        assert.equal(s.state, 'only-ineffective');
        assert.equal(s.adjusted, false);
      }
      const { position, problems } = read(sheetWith([[0, 0, -1], EMPTY, EMPTY, EMPTY]));
      assert.equal(position(0, 0).total, -1);
      assert.equal(problems.filter((p) => p.code === 'inconsistent-parameters').length, 0);
    });
  });

  it('scores an absent position 0 on every parameter (0, «нет», a dash or empty in the first parameter)', () => {
    for (const first of [0, 'нет', '-', null] as CellValue[]) {
      const s = scorePosition(MON, cells(first, 0, null));
      assert.equal(s.total, 0);
      assert.equal(s.state, 'absent');
    }
    const { entity, problems } = read(sheetWith([EMPTY, EMPTY, EMPTY, EMPTY]));
    assert.equal(entity.total, 0);
    assert.equal(entity.max, 8 + 12 + 12, 'absent positions still count in the maximum: they are on the sheet');
    assert.equal(problems.length, 0);
  });

  it('gives half a point for a parameter marked 0,5 (as the district wrote it), and says the scheme counts whole points (third blind set)', () => {
    const s = scorePosition(MON, cells(1, '0,5', 0.5));
    assert.equal(s.total, 2);
    const { entity, problems } = read(sheetWith([EMPTY, EMPTY, EMPTY, EMPTY], [[1, 0.5, 1], EMPTY, EMPTY, EMPTY]));
    assert.equal(entity.total, 2.5);
    const notes = problems.filter((p) => /дробным значением/.test(p.message));
    assert.equal(notes.length, 1);
    assert.match(notes[0].message, /учтено 0,5 балла/);
  });

  it('scores 0 and flags as inconsistent a row whose later parameter is marked while the first is 0, with the row address', () => {
    const sheet = sheetWith([EMPTY, EMPTY, EMPTY, EMPTY], [[1, 1, 1], [0, 1, 1], EMPTY, EMPTY]);
    const { position, problems } = read(sheet);
    assert.equal(position(1, 1).total, 0);
    assert.equal(position(1, 1).adjusted, true);
    assert.equal(position(1, 0).total, 3);
    const row = rowOf(sheet, MON.positions[1].name) + 1;
    const warning = problems.find((p) => p.code === 'inconsistent-parameters');
    assert.ok(warning, 'an inconsistent-parameters warning');
    assert.equal(warning.cell, `Тест!A${row}`);
    assert.equal(warning.severity, 'warning');
  });

  it('scores 0 the monitoring of a position whose indicators are all ineffective, and warns when the sheet gave it points', () => {
    const sheet = sheetWith([[0, 0, 1], [1, 1, 1], EMPTY, EMPTY], [[1, 1, 1], [1, 1, 1], EMPTY, EMPTY]);
    const { position, entity, problems } = read(sheet);
    assert.equal(position(1, 0).total, 0, 'monitoring of only-ineffective indicators');
    assert.equal(position(1, 0).adjusted, true);
    assert.equal(position(1, 1).total, 3, 'a list with some ineffective indicators is still monitored');
    const warnings = problems.filter((p) => p.code === 'ineffective-monitoring');
    assert.equal(warnings.length, 1);
    assert.equal(warnings[0].cell, `Тест!A${rowOf(sheet, MON.positions[0].name) + 1}`);
    // Показатели −1 + 1 = 0; Мониторинг 0 + 3 = 3.
    assert.equal(entity.total, 3);
    assert.equal(entity.formula, null, 'a rule changed the entity, so no formula');
  });

  it('applies the same rule to the analysis of monitoring results', () => {
    const sheet = sheetWith([[0, 0, 1], EMPTY, EMPTY, EMPTY], [EMPTY, EMPTY, EMPTY, EMPTY], [[1, 1, 0], EMPTY, EMPTY, EMPTY]);
    const { position, problems } = read(sheet);
    assert.equal(position(2, 0).total, 0);
    const w = problems.find((p) => p.code === 'ineffective-monitoring');
    assert.equal(w?.cell, `Тест!A${rowOf(sheet, ANA.positions[0].name, rowOf(sheet, ANA.name)) + 1}`);
  });

  it('does not warn about monitoring of ineffective indicators when the sheet gave it no points', () => {
    const { problems } = read(sheetWith([[0, 0, 1], EMPTY, EMPTY, EMPTY]));
    assert.equal(problems.filter((p) => p.code === 'ineffective-monitoring').length, 0);
  });

  it('computes a block maximum from the positions present on the sheet', () => {
    const sheet = grid('Тест', templateRows('Оценочный лист: Тестовый район', [
      { name: MON.name, declared: 9, positions: MON.positions.slice(0, 3).map((p) => ({ name: p.name, marks: [1, 1, 0] as Marks })) },
    ]));
    const { entity, problems } = read(sheet);
    assert.equal(entity.blocks[0].max, 9);
    assert.equal(entity.blocks[0].total, 6);
    assert.equal(problems.filter((p) => p.code === 'declared-total-mismatch').length, 0, '9 = 3 positions × 3');
  });

  it('reports a declared block total that differs from the computed one, with both numbers and the declared cell, and uses the computed one', () => {
    const MEASURES = DEFAULT_SCHEME.blocks[4];
    const sheet = grid('Тест', templateRows('Оценочный лист: Тестовый район', [
      { name: MEASURES.name, declared: 24, positions: MEASURES.positions.map((p) => ({ name: p.name, marks: [1, 1, 1] as Marks })) },
    ]));
    const { entity, table, problems } = read(sheet);
    assert.equal(entity.blocks[0].max, 21);
    assert.equal(entity.blocks[0].declaredMax, 24);
    const row = rowOf(sheet, MEASURES.name) + 1;
    assert.equal(entity.blocks[0].declaredMaxCell, `Тест!E${row}`);
    const w = problems.filter((p) => p.code === 'declared-total-mismatch');
    assert.equal(w.length, 1);
    assert.equal(w[0].cell, `Тест!E${row}`);
    assert.match(w[0].message, /24/);
    assert.match(w[0].message, /21/);
    assert.equal(table.entities[0].maxPoints, 21);
    assert.equal(table.entities[0].fulfilment, 100);
  });

  it('reports a position row whose declared «всего» differs from its score', () => {
    const sheet = grid('Тест', templateRows('Оценочный лист: Тестовый район', [
      { name: MON.name, positions: [{ name: MON.positions[0].name, marks: [1, 0, 0, 3] }, { name: MON.positions[1].name, marks: [1, 1, 0, 2] }] },
    ]));
    const { problems, position } = read(sheet);
    assert.equal(position(0, 0).declaredTotal, 3);
    const w = problems.filter((p) => p.code === 'declared-total-mismatch');
    assert.equal(w.length, 1, 'only the first position is wrong');
    assert.equal(w[0].cell, `Тест!E${rowOf(sheet, MON.positions[0].name) + 1}`);
  });

  it('warns about a position the scheme does not know and still scores it with the block parameters', () => {
    const sheet = grid('Тест', templateRows('Оценочный лист: Тестовый район', [
      { name: MON.name, positions: [{ name: MON.positions[0].name, marks: [1, 1, 1] }, { name: 'Мониторинг индивидуальных образовательных маршрутов', marks: [1, 1, 0] }] },
    ]));
    const { problems, entity, table } = read(sheet);
    const w = problems.filter((p) => p.code === 'unknown-position');
    assert.equal(w.length, 1);
    assert.equal(w[0].cell, `Тест!A${rowOf(sheet, 'Мониторинг индивидуальных образовательных маршрутов') + 1}`);
    assert.equal(entity.total, 5);
    assert.equal(entity.max, 6);
    assert.deepEqual(table.indicators.map((i) => i.id), ['2.1', '2.5']);
  });

  it('reads the seed’s own table shape: a № column, a two-row header, per-block headers, the used range starting at B4, an «Итого» row', () => {
    const MEASURES = DEFAULT_SCHEME.blocks[4];
    const values: CellValue[][] = [
      ['№', 'Позиция оценивания', 'Наличие', 'Наличие', 'Наличие', 'всего'],
      [null, null, 'мер/мероприятий', 'сведений о сроках реализации', 'сведений об ответственных/участниках', null],
      ['7', 'Меры, мероприятия', '-', '-', '-', 24],
      ...MEASURES.positions.map((p, i) => [`7.${i + 1}`, p.name, 1, 1, i === 2 ? 0 : 1, i === 2 ? 2 : 3] as CellValue[]),
      [null, 'Позиция оценивания', 'Наличие мер\\мероприятий', 'Наличие сведений о сроках реализации', 'Наличие сведений об ответственных/участниках', 'всего'],
      ['8', 'Управленческие решения', '-', '-', '-', 3],
      ['8.1', 'Принятие управленческих решений по результатам анализа', 1, 1, 1, 3],
      [null, 'Итого', null, null, null, 24],
      [null, 'Примечание: баллы выставляет эксперт по документам муниципалитета.', null, null, null, null],
    ];
    const sheet: SheetGrid = { name: 'Лист 1', startRow: 3, startCol: 1, values };
    const { entity, problems } = read(sheet);
    // Меры 6 × 3 + 2 = 20 of 21; Управленческие решения 3 of 3.
    assert.deepEqual([entity.total, entity.max], [23, 24]);
    assert.equal(entity.declaredTotal, 24, 'the «Итого» equals the maximum: accepted');
    assert.deepEqual(problems.map((p) => [p.code, p.cell]), [['declared-total-mismatch', "'Лист 1'!G6"]]);
    assert.equal(entity.blocks[0].positions[2].parameters[2].cell, "'Лист 1'!F9");
  });

  it('joins a text-only continuation row to the position name above (the seed’s line-broken «методических объединений / и/или профессиональных сообществ»)', () => {
    const sheet = grid('Тест', [
      ['Позиция оценивания', 'Наличие показателей мониторинга', 'Сроки', 'Использование', 'всего'],
      ['Мониторинг', '-', '-', '-', 12],
      ['по осуществлению методической поддержки молодых педагогов/по реализации системы наставничества', 1, 1, 1, 3],
      ['по развитию и/или поддержке методических объединений', 1, 1, 1, 3],
      ['и/или профессиональных сообществ педагогов', null, null, null, null],
      ['по организации сетевых форм взаимодействия педагогов', 1, 1, 1, 3],
      ['по осуществлению научно-методического сопровождения педагогических работников', 1, 1, 1, 3],
    ]);
    const { entity, problems, table } = read(sheet);
    assert.equal(entity.blocks[0].positions.length, 4);
    assert.equal(entity.total, 12);
    assert.equal(problems.length, 0, JSON.stringify(problems));
    assert.equal(table.entities[0].name, 'Тест', 'no title row: the sheet name');
  });
});
