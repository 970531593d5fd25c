import { strict as assert } from 'assert';
import { analyzeWorkbook } from '../../src/engine/analyze';
import { fullTemplate, rowOf, type Marks } from './pointsFixtures';
import { DEFAULT_SCHEME } from '../../src/engine/points/defaultScheme';
import { sheet } from './tabularFixtures';

const x4 = (m: Marks): Marks[] => [m, m, m, m];
const x7 = (m: Marks): Marks[] => [m, m, m, m, m, m, m];

/**
 * The tenth blind probe (session 6), evaluation sheets: a «Дефицит» on «Дефициты» and in red is
 * a parameter not done — not a cell that says nothing readable, and not a marked parameter of a
 * row zeroed only because its «наличие» is 0.
 */
describe('Findings of an evaluation sheet (blind probe 10)', () => {
  // Мониторинг, position 1: «наличие» 0 but the other two marked (inconsistent); position 2:
  // the second parameter blank; position 3: the second parameter «возможно».
  const sheet = fullTemplate('Озёрный', 'Оценочный лист: Озёрный район', [
    x4([1, 1, 0]),
    [[0, 1, 1], [1, null, 1], [1, 'возможно', 1], [1, 1, 1]],
    x4([1, 1, 1]), x4([1, 1, 1]), x7([1, 1, 1]), [[1, 1, 1]], [[1, 1, 1]],
  ]);
  const t = analyzeWorkbook({ sheets: [sheet] }).tables[0];
  const row = (p: number) => rowOf(sheet, DEFAULT_SCHEME.blocks[1].positions[p].name, rowOf(sheet, DEFAULT_SCHEME.blocks[1].name)) + 1;
  const deficitsIn = (r: number) => t.deficits.filter((d) => d.scope === 'cell' && d.kind === 'deficit' && d.cell?.endsWith(String(r)) && d.cell.startsWith('Озёрный!')).map((d) => d.cell);

  it('calls only the «наличие» of an inconsistent row a deficit, not the parameters marked 1', () => {
    assert.deepEqual(deficitsIn(row(0)), [`Озёрный!B${row(0)}`]);
  });

  it('calls a blank or unreadable parameter missing, not a deficit', () => {
    assert.deepEqual(deficitsIn(row(1)), []);
    assert.deepEqual(deficitsIn(row(2)), []);
  });
});

describe('Messages in the user’s own terms (blind probe 10)', () => {
  it('names an Excel error as a Russian Excel shows it', () => {
    const a = analyzeWorkbook({
      sheets: [sheet('Л', [['МО', '1.1 Доля педагогов с ИОМ, %', '1.2 Наличие плана (да/нет)'], ['Кировский район', '#DIV/0!', 'да'], ['Лужский район', '80%', 'нет'], ['Тосненский район', '70%', 'да']])],
    });
    const m = a.problems.find((p) => p.cell === 'Л!B2')!;
    assert.match(m.message, /^В ячейке ошибка Excel «#ДЕЛ\/0!»/);
  });

  it('keeps a district whose only indicator is an Excel error, and reports the cell', () => {
    const a = analyzeWorkbook({ sheets: [sheet('Л', [['МО', '1.1 Доля педагогов с ИОМ, %'], ['Кировский район', '#DIV/0!'], ['Лужский район', '80%'], ['Тосненский район', '70%']])] });
    assert.deepEqual(a.tables[0].entities.map((e) => e.name), ['Кировский район', 'Лужский район', 'Тосненский район']);
    assert.deepEqual(a.problems.map((p) => p.cell), ['Л!B2']);
  });

  it('writes a fractional mark with a decimal comma, as the rest of the message', () => {
    const s = fullTemplate('Озёрный', 'Оценочный лист: Озёрный район', [
      [[1, 0.5, 0], [1, 1, 0], [1, 1, 0], [1, 1, 0]],
      x4([1, 1, 1]), x4([1, 1, 1]), x4([1, 1, 1]), x7([1, 1, 1]), [[1, 1, 1]], [[1, 1, 1]],
    ]);
    const m = analyzeWorkbook({ sheets: [s] }).problems.find((p) => /дробным значением/.test(p.message))!;
    assert.match(m.message, /дробным значением «0,5»: .* учтено 0,5 балла\./);
  });
});
