import { strict as assert } from 'assert';
import { analyzeWorkbook } from '../../src/engine/analyze';
import { buildNote } from '../../src/engine/note/buildNote';
import { buildOutputPlan } from '../../src/engine/output/buildOutputPlan';
import { findPlanHeader } from '../../src/engine/layouts/plan/planHeader';
import type { CellValue, SheetGrid } from '../../src/engine/grid';
import { ingushetia } from './tabularFixtures';
import { section, summaryPercents, percentsIn } from './noteFixtures';
import { rowsOf } from '../support/planRows';

const NB = '\u00A0';

function grid(name: string, values: CellValue[][], merges: SheetGrid['merges'] = []): SheetGrid {
  return { name, startRow: 0, startCol: 0, values, merges };
}

// Seed 001: «№ | Мероприятие | Ответственный | Результат», no dates column.
const report = grid('План', [
  ['ОТЧЕТ О выполнении Плана реализации концепции по развитию РММС на 2019-2020 годы'],
  ['№', 'Мероприятие', 'Ответственный', 'Результат'],
  ['1.', 'Создать рабочую группу по вопросам реализации концепции', 'КОПО Л.Г. Михайлюк', 'Рабочая группа создана (список прилагается)'],
  ['2.', 'Провести анализ исходного состояния методической работы', 'КОПО Л.Г. Михайлюк', 'С февраля по май 2019 года проведён анализ (справка прилагается)'],
  [null, null, 'ЛОИРО О.В. Ковальчук', null],
  ['3.', 'Представить концепцию на заседании ММС', 'КОПО', 'Проведено обсуждение проекта концепции – февраль-март 2019 года'],
  ['4.', 'Представить концепцию на Общественном совете при комитете', 'КОПО Косырева Л.Г.', null],
  ['5.', 'Провести курсы повышения квалификации для руководителей ММС', null, 'не выполнено'],
  ['6.', 'Создать электронную базу методических разработок', 'ЛОИРО', 'в процессе'],
]);

describe('Layout E: a plan / measures table (seed 001)', () => {
  const a = analyzeWorkbook({ sheets: [report] });
  const t = a.tables[0];

  it('recognises the plan before the matrix reader and reads one item per measure', () => {
    assert.equal(a.tables.length, 1);
    assert.equal(t.layout, 'plan');
    assert.equal(t.title, 'ОТЧЕТ О выполнении Плана реализации концепции по развитию РММС на 2019-2020 годы');
    assert.equal(t.entities.length, 6);
    assert.equal(t.entities[3].name, '4. Представить концепцию на Общественном совете при комитете');
    assert.equal(t.entities[3].nameCell, 'План!B7');
    assert.deepEqual(t.indicators.map((i) => i.id), ['1.1', '1.2', '1.3', '2.1']);
  });

  it('scores each item for measure, dates and responsible, joining a continuation row', () => {
    const score = (i: number, id: string) => t.entities[i].cells[id].score;
    assert.deepEqual(t.entities.map((_, i) => score(i, '1.1')), [1, 1, 1, 1, 1, 1]);
    // No «Сроки» column: dates count when the text names a month or a year.
    assert.deepEqual(t.entities.map((_, i) => score(i, '1.2')), [0, 1, 1, 0, 0, 0]);
    assert.deepEqual(t.entities.map((_, i) => score(i, '1.3')), [1, 1, 1, 1, 0, 1]);
    assert.deepEqual(t.entities.map((_, i) => score(i, '2.1')), [1, 1, 1, 0, 0, 0]);
    assert.equal(t.entities[1].fulfilment, 100);
    assert.equal(t.entities[4].fulfilment, 25);
  });

  it('gives the share of items done as the level of «Результат указан»', () => {
    const done = t.indicators.find((i) => i.id === '2.1')!;
    assert.equal(done.level, 50);
    assert.equal(done.status, 'attention');
  });

  it('lists items without a result as deficits with the address of the result cell', () => {
    const d = t.deficits.filter((x) => x.scope === 'cell' && x.indicator === '2.1').map((x) => [x.entity?.slice(0, 2), x.kind, x.cell, x.value]);
    assert.deepEqual(d, [
      ['4.', 'deficit', 'План!D7', null],
      ['5.', 'deficit', 'План!D8', 'не выполнено'],
      ['6.', 'attention', 'План!D9', 'в процессе'],
    ]);
    const noResp = t.deficits.find((x) => x.indicator === '1.3' && x.scope === 'cell')!;
    assert.deepEqual([noResp.kind, noResp.cell], ['attention', 'План!C8']);
    const highlights = buildOutputPlan(a).highlights;
    assert.ok(highlights.some((h) => h.sheet === 'План' && h.kind === 'deficit' && h.ranges.includes('D7:D8')), JSON.stringify(highlights));
  });

  it('writes «Выполнение плана» in the note with the share done and each item without a result', () => {
    const doc = buildNote(a);
    const p = section(doc, 'plan').paragraphs.map((x) => x.text);
    assert.ok(p.includes(`Результат указан (мероприятие выполнено): 3 из 6 — 50,0${NB}%.`), p.join('\n'));
    assert.ok(p.includes('Источник данных: лист «План». Пунктов плана: 6 мероприятий.'), p.join('\n'));
    assert.ok(p.includes('4. Представить концепцию на Общественном совете при комитете — результат не указан (ячейка План!D7).'), p.join('\n'));
    assert.ok(p.includes('5. Провести курсы повышения квалификации для руководителей ММС — отмечено как невыполненное (ячейка План!D8).'));
    assert.ok(p.includes('6. Создать электронную базу методических разработок — выполняется, результат не достигнут (ячейка План!D9).'));
    assert.ok(p.includes('Без ответственного: № 5.'));
    assert.ok(!doc.sections.some((s) => s.key === 'groups' || s.key === 'factors'));
    const shown = summaryPercents(buildOutputPlan(a).sheets[0]);
    for (const x of percentsIn(p.join('\n'))) assert.ok(shown.has(x), x);
  });

  it('reads a plan next to a matrix in one workbook, each by its own reader', () => {
    const both = analyzeWorkbook({ sheets: [ingushetia(), report] });
    assert.deepEqual(both.tables.map((x) => x.layout), ['matrix', 'plan']);
  });

  it('takes dates from a «Сроки» column and says when there is no result column', () => {
    const plan = analyzeWorkbook({ sheets: [grid('Меры', [
      ['Позиция оценивания', 'Пример мероприятий', 'Сроки реализации', 'Ответственные/участники'],
      ['Конкурсы', 'Проведение муниципального этапа конкурса «Учитель года»', 'октябрь-март', 'МКУ ИМЦ'],
      ['Наставничество', 'Организация работы наставников', null, 'МКУ ИМЦ, образовательные организации'],
    ])] });
    const t2 = plan.tables[0];
    assert.equal(t2.layout, 'plan');
    assert.deepEqual(t2.indicators.map((i) => i.id), ['1.1', '1.2', '1.3']);
    assert.deepEqual(t2.entities.map((e) => e.cells['1.2'].score), [1, 0]);
    assert.equal(t2.deficits.find((d) => d.indicator === '1.2' && d.scope === 'cell')!.cell, 'Меры!C3');
    assert.ok(plan.problems.some((p) => p.sheet === 'Меры' && /без столбца «Результат»/.test(p.message)));
  });

  it('does not take an indicator matrix whose headers mention measures for a plan', () => {
    assert.equal(findPlanHeader(ingushetia()), null);
    assert.equal(findPlanHeader(grid('Лист1', [['Муниципальное образование', '3.2 Наличие плана мероприятий', 'Результат']])), null);
  });
});

describe('A plan whose dates, responsible or result say «н/д» (blind probe 10)', () => {
  const plan = grid('Отчёт', [
    ['№', 'Мероприятие', 'Сроки', 'Ответственный', 'Результат'],
    ['1.', 'Семинар для молодых педагогов', 'октябрь 2024', 'ИМЦ', 'проведён'],
    ['2.', 'Конкурс наставников', 'н/д', 'ИМЦ', 'проведён'],
    ['3.', 'Совещание руководителей ММС', 'март 2024', 'нет данных', 'н/д'],
  ]);
  const t = analyzeWorkbook({ sheets: [plan] }).tables[0];
  const score = (i: number, id: string) => t.entities[i].cells[id].score;

  it('counts «н/д» as dates or a responsible not given, as a dash is', () => {
    assert.deepEqual(t.entities.map((_, i) => score(i, '1.2')), [1, 0, 1]);
    assert.deepEqual(t.entities.map((_, i) => score(i, '1.3')), [1, 1, 0]);
  });

  it('never counts a result «н/д» as done', () => {
    assert.deepEqual(t.entities.map((_, i) => score(i, '2.1')), [1, 1, 0]);
  });
});

describe('Сводная of a plan (blind probe 10)', () => {
  it('calls the mean and median of the measures «По плану», not «Регион»', () => {
    const summary = buildOutputPlan(analyzeWorkbook({ sheets: [report] })).sheets.find((s) => s.kind === 'summary')!;
    const labels = rowsOf(summary.rows).map((r) => r[1]?.value).filter((v): v is string => typeof v === 'string');
    assert.ok(labels.includes('По плану: среднее') && labels.includes('По плану: медиана'), labels.join(' | '));
    assert.ok(!labels.some((l) => l.startsWith('Регион:')));
  });
});
