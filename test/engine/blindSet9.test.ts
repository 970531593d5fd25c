import { strict as assert } from 'assert';
import { analyzeWorkbook } from '../../src/engine/analyze';
import { buildNote } from '../../src/engine/note/buildNote';
import { buildSummarySheet } from '../../src/engine/output/summarySheet';
import { toResultJson } from '../../src/engine/json';
import { sheet } from './tabularFixtures';
import { section } from './noteFixtures';
import { rowsOf } from '../support/planRows';

/** The ninth blind probe (session 6): a count column is described by its five figures. */
describe('A count among the indicators (blind probe 9)', () => {
  const s = sheet('Лист1', [
    ['Муниципальное образование', '1.1 Наличие плана (да/нет)', '1.2 Доля педагогов с ИОМ, %', '2.3 Количество проведённых семинаров, ед.'],
    ['Кировский район', 'да', '80%', 3],
    ['Лужский район', 'нет', '60%', 12],
    ['Тосненский район', 'да', '90%', 6],
    ['Гатчинский район', 'да', '40%', 7],
  ]);
  const analysis = analyzeWorkbook({ sheets: [s] });

  it('gives its sum, mean, median, least and most in the JSON', () => {
    const ind = toResultJson(analysis).indicators.find((i) => i.id === '2.3')!;
    assert.equal(ind.kind, 'count');
    assert.deepEqual(ind.stats, { sum: 28, mean: 7, median: 6.5, min: 3, max: 12 });
  });

  it('shows them in Сводная beside the levels of the other indicators', () => {
    const rows = rowsOf(buildSummarySheet(analysis, 'Сводная').rows).map((r) => r.map((c) => c?.value ?? null));
    const head = rows.find((r) => r[0] === 'Код')!;
    assert.deepEqual(head.slice(6), ['Сумма', 'Среднее', 'Медиана', 'Мин.', 'Макс.']);
    const row = rows.find((r) => r[0] === '2.3')!;
    assert.deepEqual(row.slice(6), [28, 7, 6.5, 3, 12]);
    assert.equal(rows.find((r) => r[0] === '1.1')!.length, 6, 'a scored indicator has no such figures');
  });

  it('describes them in the note, without the unit', () => {
    const lines = section(buildNote(analysis), 'criteria').paragraphs.map((p) => p.text);
    assert.ok(lines.includes('Количественные показатели (описательные, в выполнение не входят):'), lines.join('\n'));
    assert.ok(lines.includes(`2.3 «Количество проведённых семинаров»: всего 28, в среднем 7, медиана — 6,5 (от 3 до 12).`), lines.join('\n'));
  });
});

describe('A covering-letter line above a form (blind probe 9)', () => {
  it('is left out of the title, and the title above it is kept', () => {
    const s = sheet('Форма', [
      ['Сведения о поддержке педагогических работников, 2024 г.'],
      ['Приложение 2 к письму комитета от 15.01.2024 № 19-112'],
      [],
      ['Муниципальный район', '1.1 Наличие программы наставничества (да/нет)'],
      ['Кировский район', 'да'],
      ['Лужский район', 'нет'],
    ]);
    const t = analyzeWorkbook({ sheets: [s] }).tables[0];
    assert.equal(t.title, 'Сведения о поддержке педагогических работников, 2024 г.');
    assert.deepEqual(t.entities.map((e) => e.name), ['Кировский район', 'Лужский район']);
  });
});
