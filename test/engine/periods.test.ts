import { strict as assert } from 'assert';
import { analyzeWorkbook, NoTableError } from '../../src/engine/analyze';
import { comparePeriods } from '../../src/engine/periods/comparePeriods';
import { entityKey, indicatorKey } from '../../src/engine/periods/matchKeys';
import { periodOfText } from '../../src/engine/periods/periodLabel';
import { buildNote } from '../../src/engine/note/buildNote';
import { buildOutputPlan } from '../../src/engine/output/buildOutputPlan';
import { toResultJson } from '../../src/engine/json';
import { districtSheet, section } from './noteFixtures';
import { rowsOf } from '../support/planRows';

const NB = '\u00A0';
const H = ['1.1 Наличие программы наставничества', '1.2 Доля педагогов с ИППР, %'];

// 2023: Кировский 50 % of ИППР, Лужский 70 %, Пропавший (only in 2023).
// 2024: Кировский 65 %, Лужский 80 %, Новый район (only in 2024) 72,5 %; a new indicator 1.3.
const prev = districtSheet('2023', H, [
  ['Кировский район', 'нет', '50%'],
  ['Лужский район', 'да', '70%'],
  ['Пропавший район', 'да', '60%'],
]);
const cur = districtSheet('2024', [...H, '1.3 Наличие сетевого сообщества'], [
  ['Кировский район', 'да', '65%', 'да'],
  ['Лужский муниципальный район', 'да', '80%', 'нет'],
  ['Новый район', 'нет', '72,5%', 'да'],
]);

describe('Change since the previous period', () => {
  const analysis = analyzeWorkbook({ sheets: [prev, cur] }, { previousSheets: ['2023'] });
  const ch = analysis.changes!;
  const t = ch.tables[0];

  it('analyses the previous sheets apart and keeps only the current ones as the tables', () => {
    assert.equal(analysis.tables.length, 1);
    assert.deepEqual(analysis.tables[0].sheets, ['2024']);
    assert.deepEqual(ch.previousSheets, ['2023']);
    assert.equal(ch.previousLabel, '2023 год');
    assert.equal(ch.currentLabel, '2024 год');
  });

  it('gives, beside the regional means of different sets of districts, the mean of the comparable ones (blind set 7, g03)', () => {
    assert.equal(t.comparable?.entities, 2);
    assert.ok(Math.abs(t.comparable!.previous - (25 + 85) / 2) < 1e-9);
    assert.ok(Math.abs(t.comparable!.current - (265 / 3 + 60) / 2) < 1e-9);
    const lines = section(buildNote(analysis), 'changes').paragraphs.map((p) => p.text);
    assert.ok(lines.includes(`Это средние по всем районам каждого периода; в обоих периодах есть 2 района, их среднее — с 55,0${NB}% до 74,2${NB}%.`), lines.join('\n'));
  });

  it('matches entities by normalised name and computes the change of fulfilment, group and rank', () => {
    const kir = t.entities.find((e) => e.entity === 'Кировский район')!;
    // 2023: (0 + 0.5) / 2 = 25 %, group 3; 2024: (1 + 0.65 + 1) / 3 = 88.3 %, group 1.
    assert.equal(kir.previous.fulfilment, 25);
    assert.ok(Math.abs(kir.current.fulfilment! - 265 / 3) < 1e-9);
    assert.equal(kir.fulfilmentChange, 63.3);
    assert.equal(kir.status, 'improved');
    assert.equal(kir.groupChange, 2);
    assert.equal(kir.previous.group, 3);
    assert.equal(kir.current.group, 1);
    assert.equal(kir.rankChange, 2);
    const luz = t.entities.find((e) => e.entity === 'Лужский муниципальный район')!;
    assert.equal(luz.previousName, 'Лужский район');
    assert.equal(luz.status, 'declined');
  });

  it('lists the entities and indicators present in one period only', () => {
    assert.deepEqual(t.onlyCurrent.entities, ['Новый район']);
    assert.deepEqual(t.onlyPrevious.entities, ['Пропавший район']);
    assert.deepEqual(t.onlyCurrent.indicators, ['1.3 Наличие сетевого сообщества']);
    assert.deepEqual(t.onlyPrevious.indicators, []);
    assert.ok(analysis.problems.some((p) => p.code === 'periods' && p.message.includes('Новый район')));
    assert.ok(analysis.problems.some((p) => p.code === 'periods' && p.message.includes('Пропавший район')));
  });

  it('computes the change of each indicator level and each value, percentages in p.p.', () => {
    const ippr = t.indicators.find((i) => i.id === '1.2')!;
    assert.equal(ippr.previousLevel, 60);
    assert.equal(ippr.currentLevel, 72.5);
    assert.equal(ippr.change, 12.5);
    assert.equal(ippr.status, 'improved');
    const v = t.values.find((x) => x.entity === 'Кировский район' && x.indicator === '1.2')!;
    assert.deepEqual([v.previous, v.current, v.change, v.status], [50, 65, 15, 'improved']);
    assert.equal(v.cell, "'2024'!C4");
    const yes = t.values.find((x) => x.entity === 'Кировский район' && x.indicator === '1.1')!;
    assert.deepEqual([yes.previousRaw, yes.currentRaw, yes.status], ['нет', 'да', 'improved']);
  });

  it('describes the change in the note: «рост доли … на 12,5 п.п.», new and missing districts', () => {
    const p = section(buildNote(analysis), 'changes').paragraphs.map((x) => x.text);
    const all = p.join('\n');
    assert.ok(all.includes(`рост доли педагогов с ИППР на 12,5${NB}п.п. (с 60,0${NB}% до 72,5${NB}%)`), all);
    assert.ok(p.some((x) => x.startsWith('Рост общего выполнения — 1 район: Кировский район (с 25,0') && x.includes(`на 63,3${NB}п.п.`)), all);
    assert.ok(p.includes('Только в текущем периоде (сравнение невозможно): Новый район.'), all);
    assert.ok(p.includes('Были в предыдущем периоде, в текущем данных нет: Пропавший район.'), all);
    assert.ok(p.some((x) => x.startsWith('Переход в более сильную группу: Кировский район (из группы 3 в группу 1)')), all);
    assert.ok(p.some((x) => x.startsWith('Показатели, которых не было в предыдущем периоде: «Наличие сетевого сообщества»')), all);
  });

  it('marks improved / declined in Сводная and writes a «Динамика» sheet', () => {
    const plan = buildOutputPlan(analysis);
    assert.deepEqual(plan.sheets.map((s) => s.name), ['Сводная', 'Справка', 'Динамика', 'Дефициты', 'Проверка данных']);
    const summary = plan.sheets[0];
    const head = rowsOf(summary.rows).findIndex((r) => r[0]?.value === '№');
    const col = rowsOf(summary.rows)[head].findIndex((c) => c?.value === 'Динамика');
    assert.ok(col > 0);
    const row = (name: string) => rowsOf(summary.rows).find((r) => r[1]?.value === name)!;
    assert.equal(row('Кировский район')[col]?.value, `рост (+63,3${NB}п.п.)`);
    assert.equal(row('Кировский район')[col]?.style, 'good');
    assert.equal(row('Лужский муниципальный район')[col]?.style, 'deficit');
    assert.equal(row('Новый район')[col]?.value, 'только в текущем периоде');
    const dyn = plan.sheets[2];
    assert.equal(dyn.kind, 'changes');
    const texts = rowsOf(dyn.rows).flat().map((c) => c?.value);
    assert.ok(texts.includes('Пропавший район') && texts.includes('только в предыдущем периоде'));
    assert.ok(dyn.tables && dyn.tables[0].headerRow > 0);
  });

  it('keeps the previous figures of a district that is gone, as it shows the current ones of a new one (blind probe 9)', () => {
    const dyn = buildOutputPlan(analysis).sheets[2];
    const gone = rowsOf(dyn.rows).find((r) => r[1]?.value === 'Пропавший район')!;
    // Пропавший: да (1) and 60 % → 80 %, group 1 of three districts, rank 1 in 2023.
    const prevGone = analysis.changes!.tables[0].onlyPrevious.results[0];
    assert.equal(prevGone.fulfilment, 80);
    assert.equal(gone[2]?.value, 0.8);
    assert.equal(gone[5]?.value, prevGone.group);
    assert.equal(gone[7]?.value, prevGone.rank);
    assert.equal(gone[1]?.link, "'2023'!A6");
    assert.equal(gone[9]?.value, 'только в предыдущем периоде');
    const fresh = rowsOf(dyn.rows).find((r) => r[1]?.value === 'Новый район')!;
    assert.equal(fresh[2]?.value, null);
    assert.equal(fresh[3]?.value, analysis.tables.find((x) => x.sheets.includes('2024'))!.entities[2].fulfilment! / 100);
  });

  it('says «нет данных» where a value appeared since the previous period, instead of blank cells', () => {
    const before = districtSheet('2023', H, [['Кировский район', 'да', 'н/д'], ['Лужский район', 'да', '70%']]);
    const after = districtSheet('2024', H, [['Кировский район', 'да', '60%'], ['Лужский район', 'да', '70%']]);
    const a = analyzeWorkbook({ sheets: [before, after] }, { previousSheets: ['2023'] });
    const dyn = buildOutputPlan(a).sheets.find((x) => x.kind === 'changes')!;
    const row = rowsOf(dyn.rows).find((r) => r[1]?.value === 'Кировский район' && r[0]?.value === '1.2')!;
    assert.deepEqual([row[3]?.value, row[4]?.value, row[6]?.value], ['нет данных', 0.6, 'появилось значение']);
  });

  it('lists a yes/no change in «Динамика» by its state («нет → да», рост), with no «+1» under percentage points', () => {
    const dyn = buildOutputPlan(analysis).sheets[2];
    const head = rowsOf(dyn.rows).findIndex((r) => r[5]?.value === 'Изменение (п.п. для процентов)');
    assert.ok(head > 0);
    const kirov11 = rowsOf(dyn.rows).slice(head + 1).find((r) => r[0]?.value === '1.1' && r[1]?.value === 'Кировский район')!;
    assert.ok(kirov11, 'the change of 1.1 for Кировский район is listed');
    assert.equal(kirov11[5]?.value, null);
    assert.match(String(kirov11[6]?.value), /рост/);
    const kirov12 = rowsOf(dyn.rows).slice(head + 1).find((r) => r[0]?.value === '1.2' && r[1]?.value === 'Кировский район')!;
    assert.equal(kirov12[5]?.value, 15);
  });

  it('gives the changes in the JSON result', () => {
    const json = toResultJson(analysis);
    assert.equal(json.changes!.tables[0].onlyCurrent.entities[0], 'Новый район');
    assert.deepEqual(JSON.parse(JSON.stringify(json.changes)), json.changes);
  });

  it('compares two analyses directly, whichever way round', () => {
    const a = analyzeWorkbook({ sheets: [prev] });
    const b = analyzeWorkbook({ sheets: [cur] });
    const back = comparePeriods(b, a);
    assert.deepEqual(back.tables[0].onlyCurrent.entities, ['Пропавший район']);
    assert.equal(back.tables[0].entities.find((e) => e.entity === 'Кировский район')!.status, 'declined');
  });

  it('says «unchanged» when the displayed values are equal', () => {
    const same = comparePeriods(analyzeWorkbook({ sheets: [prev] }), analyzeWorkbook({ sheets: [{ ...prev, name: '2024' }] }));
    assert.ok(same.tables[0].entities.every((e) => e.status === 'unchanged' && e.fulfilmentChange === 0));
    const p = section(buildNote({ ...analyzeWorkbook({ sheets: [{ ...prev, name: '2024' }] }), changes: same }), 'changes').paragraphs.map((x) => x.text);
    assert.ok(p.some((x) => x.startsWith('Без изменений — 3 района:')), p.join('\n'));
    assert.ok(p.includes(`Среднее общее выполнение по региону не изменилось (63,3${NB}%).`), p.join('\n'));
  });

  it('does not list the second row of a district entered twice as «only in the current period»', () => {
    const twice = districtSheet('2024', H, [
      ['Кировский район', 'да', '65%'],
      ['Лужский район', 'да', '80%'],
      ['Кировский район', 'да', '66%'],
    ]);
    const a = analyzeWorkbook({ sheets: [prev, twice] }, { previousSheets: ['2023'] });
    assert.deepEqual(a.changes!.tables[0].onlyCurrent.entities, []);
    assert.ok(a.problems.some((p) => p.code === 'duplicate-entity'));
  });

  it('refuses a previous sheet that is not in the workbook, in a Russian sentence', () => {
    assert.throws(() => analyzeWorkbook({ sheets: [cur] }, { previousSheets: ['2022'] }), (e: Error) => e instanceof NoTableError && e.message === 'В книге нет листа «2022».');
  });

  it('matches names written differently from year to year', () => {
    assert.equal(entityKey('Всеволожский  муниципальный район'), entityKey('всеволожский район'));
    assert.equal(entityKey('г.Сосновый Бор'), entityKey('г. Сосновый Бор'));
    assert.notEqual(entityKey('Кировский район'), entityKey('Кингисеппский район'));
    // A Latin «o» or «c» slipped into a Cyrillic name (fourth blind acceptance set); Latin names stay Latin.
    assert.equal(entityKey('Пoдпорожский район'), entityKey('Подпорожский район'));
    assert.equal(entityKey('Волосовcкий район'), entityKey('Волосовский район'));
    assert.equal(entityKey('School Mo'), 'school mo');
    // Abbreviations one year, spelled out the next (fifth blind acceptance set).
    assert.equal(entityKey('Кингисеппский р-н'), entityKey('Кингисеппский район'));
    assert.equal(entityKey('Лужский мун. р-н'), entityKey('Лужский муниципальный район'));
    assert.equal(entityKey('Сосновоборский г.о.'), entityKey('Сосновоборский городской округ'));
    assert.notEqual(entityKey('г. Сосновый Бор'), entityKey('Сосновый Бор городской округ'));
    assert.equal(indicatorKey('2.1. Доля педагогов с ИППР, %'), indicatorKey('Доля педагогов с ИППР'));
    assert.equal(periodOfText('в 2019 – 2020 учебном году'), '2019/2020 учебный год');
    assert.equal(periodOfText('по состоянию на 01.09.2020'), 'по состоянию на 01.09.2020');
    assert.equal(periodOfText('2023/2024'), '2023/2024 учебный год');
    assert.equal(periodOfText('2023-2024'), '2023–2024 годы');
  });
});
