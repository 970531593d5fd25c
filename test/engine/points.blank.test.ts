import { strict as assert } from 'assert';
import { readPointsSheets } from '../../src/engine/points/readPoints';
import { DEFAULT_SCHEME } from '../../src/engine/points/defaultScheme';
import { resolveOptions } from '../../src/engine/options';
import { ProblemList } from '../../src/engine/problems';
import type { CellValue, SheetGrid } from '../../src/engine/grid';
import { fullTemplate, grid, rowOf, templateRows, SEED_DECLARED, type Marks, type TemplateBlock } from './pointsFixtures';

const FULL: Marks = [1, 1, 1];
const all = (m: Marks) => DEFAULT_SCHEME.blocks.map((b) => b.positions.map(() => m));

function readAll(sheets: SheetGrid[]) {
  const problems = new ProblemList();
  const result = readPointsSheets(sheets, DEFAULT_SCHEME, resolveOptions(), problems);
  return { ...result, problems: problems.items };
}

/** A default-scheme sheet with an extra position of its own at the end of «Меры, мероприятия». */
function withExtraMeasure(sheetName: string, title: string): SheetGrid {
  const blocks: TemplateBlock[] = DEFAULT_SCHEME.blocks.map((b, bi) => ({
    name: b.name,
    declared: SEED_DECLARED[bi],
    positions: [
      ...b.positions.map((p) => ({ name: p.name, marks: FULL })),
      ...(bi === 4 ? [{ name: 'Организация стажировок педагогов на базе стажировочных площадок', marks: FULL }] : []),
    ],
  }));
  return grid(sheetName, templateRows(title, blocks));
}

describe('points: empty cells of evaluation sheets (METHODOLOGY §3: empty is missing data, reported, never a silent 0)', () => {
  it('leaves a blank template sheet out of the table, with a note, so it does not pull the region down', () => {
    const blank = fullTemplate('Шаблон', 'Муниципальное образование: ________________', all([null, null, null]));
    const { tables, consumed, problems } = readAll([blank, fullTemplate('Крымский', 'Оценочный лист: Крымский район', all(FULL))]);
    assert.deepEqual(consumed, ['Шаблон', 'Крымский'], 'the template is not read again as a matrix');
    assert.deepEqual(tables[0].entities.map((e) => e.name), ['Крымский район']);
    assert.deepEqual(tables[0].sheets, ['Крымский']);
    const note = problems.find((p) => p.sheet === 'Шаблон')!;
    assert.equal(note.severity, 'info');
    assert.match(note.message, /незаполненный шаблон/);
  });

  it('warns that a municipality’s sheet with no mark at all was not counted', () => {
    const { tables, problems } = readAll([
      fullTemplate('Анапа', 'Муниципальное образование: город-курорт Анапа', all([null, null, null])),
      fullTemplate('Крымский', 'Оценочный лист: Крымский район', all(FULL)),
    ]);
    assert.equal(tables[0].entities.length, 1);
    const w = problems.find((p) => p.sheet === 'Анапа')!;
    assert.equal(w.severity, 'warning');
    assert.match(w.message, /«город-курорт Анапа».*не заполнен.*не учтено в итогах/);
  });

  it('reports an empty parameter of a present position at its cell and marks the municipality incomplete', () => {
    const marks = all(FULL);
    marks[3][3] = [1, 1, null];
    const sheet = fullTemplate('Абинский', 'Оценочный лист: Абинский район', marks);
    const { tables, problems } = readAll([sheet]);
    const row = rowOf(sheet, DEFAULT_SCHEME.blocks[3].positions[3].name, rowOf(sheet, DEFAULT_SCHEME.blocks[3].name)) + 1;
    const missing = problems.filter((p) => p.code === 'missing');
    assert.deepEqual(missing.map((p) => p.cell), [`Абинский!D${row}`]);
    assert.match(missing[0].message, /не заполнен — нет данных/);
    assert.equal(tables[0].entities[0].incomplete, true);
    const baseline = readAll([fullTemplate('Абинский', 'Оценочный лист: Абинский район', all(FULL))]).tables[0].entities[0].points!;
    assert.equal(tables[0].entities[0].points, baseline - 1, 'the empty parameter gives no point');
    assert.equal(tables[0].entities[0].maxPoints, 71, 'and the maximum stays: the gap is reported, not hidden');
  });

  it('reports a position row left wholly empty once, at the row; says nothing of empty cells after an absent position or an empty penalty', () => {
    const marks = all(FULL);
    marks[1][0] = [null, null, null]; // not filled in
    marks[2][1] = [0, null, null]; // absent: the rest says nothing new
    marks[0][0] = [1, 1, null]; // no ineffective indicators
    const sheet = fullTemplate('Крымский', 'Оценочный лист: Крымский район', marks);
    const { tables, problems } = readAll([sheet]);
    const missing = problems.filter((p) => p.code === 'missing');
    assert.deepEqual(missing.map((p) => p.cell), [`Крымский!A${rowOf(sheet, DEFAULT_SCHEME.blocks[1].positions[0].name, rowOf(sheet, DEFAULT_SCHEME.blocks[1].name)) + 1}`]);
    assert.match(missing[0].message, /не заполнена: нет данных/);
    assert.equal(tables[0].entities[0].incomplete, true);
  });

  it('does not call the other sheets incomplete when one sheet adds a position the scheme does not have', () => {
    const { tables, problems } = readAll([
      fullTemplate('Крымский', 'Оценочный лист: Крымский район', all(FULL)),
      withExtraMeasure('Славянский', 'Оценочный лист: Славянский район'),
      fullTemplate('Анапа', 'Муниципальное образование: город-курорт Анапа', all(FULL)),
    ]);
    assert.deepEqual(problems.filter((p) => p.code === 'unknown-position' && /которая есть на других листах/.test(p.message)), []);
    assert.deepEqual(tables[0].entities.map((e) => [e.name, e.incomplete, e.maxPoints]), [
      ['Крымский район', false, 71],
      ['Славянский район', false, 74],
      ['город-курорт Анапа', false, 71],
    ]);
  });

  it('still tells a sheet that lacks a scheme position the others have, in the singular for one', () => {
    const old = fullTemplate('Темрюкский', 'Оценочный лист: Темрюкский район', all(FULL));
    const dropped = DEFAULT_SCHEME.blocks[4].positions[6].name;
    const values = old.values.filter((r: CellValue[]) => r[0] !== dropped);
    const { tables, problems } = readAll([fullTemplate('Крымский', 'Оценочный лист: Крымский район', all(FULL)), grid('Темрюкский', values)]);
    const w = problems.filter((p) => p.code === 'unknown-position');
    assert.equal(w.length, 1);
    assert.match(w[0].message, /нет позиции «.*», которая есть на других листах: баллы посчитаны без неё/);
    assert.equal(tables[0].entities.find((e) => e.name === 'Темрюкский район')!.incomplete, true);
  });
});
