import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeWorkbook } from '../../src/engine/analyze';
import { buildNote } from '../../src/engine/note/buildNote';
import { buildNoteSheet, NOTE_WIDTH } from '../../src/engine/note/noteSheet';
import { buildOutputPlan } from '../../src/engine/output/buildOutputPlan';
import { toResultJson } from '../../src/engine/json';
import { readWorkbookFiles } from '../../src/adapters/xlsx/readWorkbookFiles';
import { ingushetia, K1, K3, range } from './tabularFixtures';
import type { SheetGrid } from '../../src/engine/grid';
import { allText, districtSheet, nDistricts, percentsIn, section, summaryPercents } from './noteFixtures';
import { rowsOf } from '../support/planRows';

const NB = '\u00A0';

describe('The analytical note (Справка)', () => {
  const analysis = analyzeWorkbook({ sheets: [ingushetia({ title: true })] });
  const doc = buildNote(analysis);
  const plan = buildOutputPlan(analysis);
  const summary = plan.sheets.find((s) => s.kind === 'summary')!;

  it('has a title, the subject of the table and numbered sections in the order of the issue', () => {
    assert.equal(doc.title, 'Аналитическая справка по результатам мониторинга');
    assert.equal(doc.subject, 'Мониторинг организационно-методической деятельности методических служб');
    assert.deepEqual(doc.sections.map((s) => s.heading), [
      '1. Общая характеристика',
      '2. Результаты по критериям',
      '3. Группы',
      '4. Что получается',
      '5. Проблемные зоны',
      '6. Факторы, связанные с результатом',
      '7. Рекомендации',
      '8. Качество данных',
    ]);
  });

  it('says how many entities were monitored, with the noun agreeing with the number', () => {
    assert.ok(section(doc, 'overview').paragraphs.some((p) => p.text === 'Охват мониторинга: 5 муниципальных образований.'));
  });

  it('names the strongest and the weakest entity of each criterion in the right places', () => {
    const crit = section(doc, 'criteria').paragraphs;
    const k3 = crit.find((p) => p.text.startsWith(K3))!.text;
    assert.match(k3, new RegExp(`Лучший результат \\(100,0${NB}%\\): Сунженский район и г\\. Карабулак\\.`));
    assert.match(k3, new RegExp(`Наименьший результат \\(25,0${NB}%\\): Малгобекский район и г\\. Малгобек\\.`));
    const k1 = crit.find((p) => p.text.startsWith(K1))!.text;
    // Two entities share 100 %: both are named, and the list with «и» inside names is joined by commas.
    assert.match(k1, /Лучший результат \(100,0.%\): г\. Магас и г\. Назрань, Сунженский район и г\. Карабулак\./);
    assert.match(k1, /Наименьший результат \(50,0.%\): Малгобекский район и г\. Малгобек\./);
  });

  it('lists the members of each group, strongest first, with their overall result as Сводная shows it', () => {
    const g = section(doc, 'groups').paragraphs;
    const g1 = g.find((p) => p.text.startsWith('Группа 1'))!;
    assert.deepEqual(g1.entities, ['Сунженский район и г. Карабулак', 'г. Магас и г. Назрань', 'Назрановский район']);
    assert.ok(g1.text.startsWith('Группа 1 (80–100 %) — 3 муниципальных образования: Сунженский район и г. Карабулак (100,0'), g1.text);
    assert.match(g1.text, /Назрановский район \(80,7.%\)/);
    const g3 = g.find((p) => p.text.startsWith('Группа 3'))!;
    assert.equal(g3.text, `Группа 3 (менее 50 %) — 1 муниципальное образование: Малгобекский район и г. Малгобек (41,0${NB}%).`);
  });

  it('lists each problem zone with exactly the entities whose cell is a deficit or in the attention zone', () => {
    const p = section(doc, 'problems').paragraphs;
    const t = analysis.tables[0];
    const zones = t.indicators.filter((i) => i.status === 'attention' || i.status === 'critical');
    assert.ok(zones.length > 3);
    for (const ind of zones) {
      const line = p.find((x) => x.text.startsWith(`Показатель ${ind.id} — `));
      assert.ok(line, `no line for ${ind.id}`);
      const named = t.deficits.filter((d) => d.scope === 'cell' && d.indicator === ind.id && (d.kind === 'deficit' || d.kind === 'attention')).map((d) => d.entity!);
      assert.deepEqual([...line.entities!].sort(), [...new Set(named)].sort(), ind.id);
    }
    // 2.1 (70 %): Малгобек 30 % is a deficit, Назрановский 70 % and Джейрахский 60 % are attention.
    const l21 = p.find((x) => x.text.startsWith('Показатель 2.1 — '))!.text;
    assert.equal(l21, `Показатель 2.1 — 70,0${NB}%. Дефицит: Малгобекский район и г. Малгобек. Зона внимания: Назрановский район и Джейрахский район.`);
    assert.ok(p.some((x) => x.text.startsWith('В группе 3 (менее 50 %) по общему выполнению: Малгобекский район и г. Малгобек (41,0')));
  });

  it('puts the critical problem zones first, lowest level first, then the attention zone', () => {
    const a = analyzeWorkbook({ sheets: [districtSheet('Лист1', ['1.1 Наличие программы наставничества', '1.2 Наличие школы молодого педагога', '1.3 Наличие сетевого сообщества'], [
      ['Кировский район', 'да', 'нет', 'нет'], ['Лужский район', 'да', 'нет', 'да'], ['Тосненский район', 'нет', 'нет', 'да'], ['Гатчинский район', 'да', 'да', 'нет'], ['Выборгский район', 'да', 'нет', 'да'],
    ])] });
    const p = section(buildNote(a), 'problems').paragraphs.map((x) => x.text);
    assert.deepEqual(p.slice(0, 4).map((x) => x.split(' — ')[0]), [
      `Ниже критического уровня (50${NB}%):`,
      '1.2 «Наличие школы молодого педагога»',
      `Зона внимания (от 50${NB}% до 80${NB}%):`,
      '1.3 «Наличие сетевого сообщества»',
    ]);
    assert.equal(p[1], `1.2 «Наличие школы молодого педагога» — 20,0${NB}%. Дефицит: Кировский, Лужский, Тосненский и Выборгский районы.`);
  });

  it('writes every percentage exactly as Сводная shows it', () => {
    const shown = summaryPercents(summary);
    const inNote = percentsIn(allText(doc));
    assert.ok(inNote.length > 20);
    for (const x of inNote) assert.ok(shown.has(x), `${x} % is not on Сводная`);
  });

  it('has no template gaps and no English words', () => {
    const s = allText(doc);
    assert.doesNotMatch(s, /undefined|null|NaN|\$\{|\[object/);
    assert.doesNotMatch(s, /[A-Za-z]/);
    assert.doesNotMatch(s, /\s[,.]/);
    for (const sec of doc.sections) assert.ok(sec.key === 'table' || sec.paragraphs.length > 0, `${sec.heading} is empty`);
  });

  it('addresses the recommendations to the groups and to the problem zones by theme', () => {
    const r = section(doc, 'recommendations').paragraphs;
    const g3 = r.find((p) => p.text.startsWith('Группа 3 (Малгобекский район и г. Малгобек): '));
    assert.ok(g3, r.map((p) => p.text).join('\n'));
    assert.ok(r.some((p) => p.text.startsWith('По проблемным зонам')));
  });

  it('says so in one sentence when there is no problem zone, instead of an empty heading', () => {
    const clean = analyzeWorkbook({ sheets: [nDistricts(5)] });
    const p = section(buildNote(clean), 'problems').paragraphs;
    assert.equal(p.length, 1);
    assert.equal(p[0].text, `Проблемных зон не выявлено: уровень всех показателей по региону не ниже целевого (80${NB}%).`);
    const rec = section(buildNote(clean), 'recommendations').paragraphs.map((x) => x.text);
    assert.ok(rec.includes('Рекомендаций по проблемным зонам нет: проблемных зон не выявлено.'));
  });

  for (const [n, phrase] of [[1, '1 район'], [2, '2 района'], [5, '5 районов'], [11, '11 районов'], [21, '21 район'], [22, '22 района']] as const) {
    it(`agrees the noun with ${n}: «${phrase}»`, () => {
      const a = analyzeWorkbook({ sheets: [nDistricts(n, (i) => [i % 3 === 0 ? 'нет' : 'да', 'да'])] });
      const d = buildNote(a);
      assert.ok(section(d, 'overview').paragraphs.some((p) => p.text === `Охват мониторинга: ${phrase}.`), allText(d));
    });
  }

  it('folds a shared noun in a list of districts: «Кировский, Лужский и Тосненский районы»', () => {
    const a = analyzeWorkbook({ sheets: [districtSheet('Лист1', ['1.1 Наличие программы наставничества', '1.2 Наличие школы молодого педагога'], [
      ['Кировский район', 'нет', 'да'], ['Лужский район', 'нет', 'да'], ['Тосненский район', 'нет', 'да'], ['Гатчинский район', 'да', 'да'], ['Выборгский район', 'да', 'да'],
    ])] });
    const p = section(buildNote(a), 'problems').paragraphs.map((x) => x.text);
    assert.ok(p.some((x) => x.includes('Дефицит: Кировский, Лужский и Тосненский районы.')), p.join('\n'));
  });

  it('takes the period from the title, or from the options', () => {
    const a = analyzeWorkbook({ sheets: [districtSheet('Лист1', ['1.1 Наличие программы наставничества'], [['Кировский район', 'да'], ['Лужский район', 'нет']], 'Мониторинг ММС в 2019 – 2020 учебном году')] });
    assert.equal(buildNote(a).period, '2019/2020 учебный год');
    const b = analyzeWorkbook({ sheets: [nDistricts(2)] }, { period: 'I полугодие 2024 года' });
    assert.equal(buildNote(b).period, 'I полугодие 2024 года');
    assert.equal(buildNote(analysis).period, null);
  });

  it('lays the note out for A4: one wide wrapped column, portrait, fitted to the page width', () => {
    const sheet = plan.sheets[1];
    assert.equal(sheet.name, 'Справка');
    assert.equal(sheet.kind, 'note');
    assert.deepEqual(sheet.print, { orientation: 'portrait', fitToWidth: true });
    assert.deepEqual(sheet.columnWidths, [NOTE_WIDTH]);
    assert.equal(rowsOf(sheet.rows)[0][0]?.style, 'title');
    assert.ok(rowsOf(sheet.rows).every((r) => r.length <= 1 && r.every((c) => c?.wrap === true)));
    const headings = rowsOf(sheet.rows).filter((r) => r[0]?.style === 'subtitle').map((r) => r[0]!.value);
    assert.ok(headings.includes('5. Проблемные зоны'));
    assert.ok(rowsOf(sheet.rows).some((r) => String(r[0]?.value).startsWith('– Группа 1 (80–100 %)')));
    assert.ok(sheet.rowHeights && sheet.rowHeights.length > 0);
    assert.deepEqual(buildNoteSheet(doc, 'Справка (2)').rows, sheet.rows);
  });

  it('gives the note sections in the JSON result', () => {
    const json = toResultJson(analysis);
    assert.equal(json.note?.sections.length, doc.sections.length);
    assert.deepEqual(JSON.parse(JSON.stringify(json.note)), doc);
    assert.equal(json.changes, null);
    assert.equal(toResultJson(analysis, { note: false }).note, null, 'none when it was not asked for');
  });

  it('writes a part per table when the workbook holds several tables', () => {
    const a = analyzeWorkbook({ sheets: [ingushetia({ title: true }), nDistricts(3)] });
    const d = buildNote(a);
    const tops = d.sections.filter((s) => s.level === 1).map((s) => s.heading);
    assert.equal(tops[0], '1. Таблица 1: Мониторинг организационно-методической деятельности методических служб');
    assert.ok(tops[1].startsWith('2. Таблица 2: Мониторинг Лист1'));
    assert.equal(tops[2], '3. Качество данных');
    assert.ok(d.sections.some((s) => s.heading === '2.1. Общая характеристика' && s.table === 1));
  });

  const example = path.join(__dirname, '../../examples/matrix-ingushetia.xlsx');
  (fs.existsSync(example) ? it : it.skip)('names the districts of the Ingushetia example and matches its Сводная', async () => {
    const loaded = await readWorkbookFiles([example]);
    const a = analyzeWorkbook(loaded.grid);
    const d = buildNote(a);
    const s = buildOutputPlan(a).sheets.find((x) => x.kind === 'summary')!;
    const shown = summaryPercents(s);
    for (const x of percentsIn(allText(d))) assert.ok(shown.has(x), `${x} % is not on Сводная`);
    const best = [...a.tables[0].entities].sort((x, y) => (y.fulfilment ?? 0) - (x.fulfilment ?? 0))[0];
    assert.ok(section(d, 'overview').paragraphs.some((p) => p.text.startsWith('Наиболее высокий общий результат') && p.entities?.includes(best.name)));
    assert.ok(section(d, 'groups').paragraphs.some((p) => p.text.startsWith('Группа 1') && p.entities?.includes(best.name)));
  });
});

describe('The note of a form of descriptive shares (blind acceptance set 6, f01)', () => {
  // Two-row header: «Прошли КПК» over «всего» and «из них …», counts over all teachers.
  const form: SheetGrid = {
    name: 'Форма 1',
    startRow: 0,
    startCol: 0,
    values: [
      ['Сведения о повышении квалификации'],
      [],
      ['Муниципальный район', 'Всего педагогических работников, чел.', 'Прошли КПК в 2023/2024 уч. г.', '', ''],
      ['', '', 'всего, чел.', 'доля от общего числа педагогов, %', 'из них в форме стажировки, чел.'],
      ...['Бокситогорский', 'Волосовский', 'Волховский', 'Всеволожский', 'Выборгский', 'Гатчинский', 'Кингисеппский'].map((n, i) => {
        const [all, trained] = [400 + 50 * i, 120 + 10 * i];
        return [`${n} район`, all, trained, Math.round((trained / all) * 1000) / 10, 5 + i];
      }),
    ],
    merges: [range('A3:A4'), range('B3:B4'), range('C3:E3')],
  };
  const analysis = analyzeWorkbook({ sheets: [form] });
  const doc = buildNote(analysis);
  const text = allText(doc);

  it('reads the form as shares without a target: no overall result', () => {
    assert.equal(analysis.tables[0].pairs.length, 2);
    assert.ok(analysis.tables[0].entities.every((e) => e.fulfilment === null));
  });

  it('says the shares are descriptive instead of calling every level «не ниже целевого»', () => {
    // The base «Всего педагогических работников» is not counted as an indicator «в виде количеств» (blind set 7, wording 4).
    assert.match(section(doc, 'overview').paragraphs.map((p) => p.text).join('\n'), /Показатели: 2 доли по парам «количество \/ база»\. Доли описательные: целевой уровень для них не задан/);
    assert.ok(section(doc, 'problems').paragraphs.some((p) => p.text === 'Проблемные зоны не определяются: доли описательные, целевой уровень для них не задан.'));
    assert.doesNotMatch(text, /не ниже целевого|Оцениваемых показателей|проблемных зон не выявлено/);
  });

  it('has no section on factors, which would have said «с данными меньше пяти (0)» of seven districts', () => {
    assert.ok(!doc.sections.some((s) => s.key === 'factors'));
    assert.doesNotMatch(text, /меньше пяти/);
  });

  it('names a sub-column with its group and without its unit: «Прошли КПК …: всего», not «всего, чел.» alone', () => {
    assert.match(text, /«Прошли КПК в 2023\/2024 уч\. г\.: всего»: по региону/);
    assert.match(text, /«Прошли КПК в 2023\/2024 уч\. г\.: из них в форме стажировки»: по региону/);
  });
});

describe('The note’s strengths and group advice, worded for what the table has (blind acceptance set 6, f04)', () => {
  const doc = buildNote(analyzeWorkbook({ sheets: [nDistricts(6, (i) => ['да', i < 2 ? 'да' : 'нет'])] }));
  const text = allText(doc);

  it('lists the only indicator at the target after a colon, not «в том числе»', () => {
    assert.match(text, /На целевом уровне и выше — 1 показатель из 2: 1\.1 «Наличие программы наставничества» \(100,0\s%\)\./);
    assert.doesNotMatch(text, /в том числе 1\.1/);
  });

  it('asks a group to close its gaps «по тем критериям и показателям», which holds with criteria or without', () => {
    const withoutCriteria = buildNote(analyzeWorkbook({ sheets: [nDistricts(6, (i) => [i < 3 ? 'да' : 'нет', i < 5 ? 'да' : 'нет'])] }));
    assert.doesNotMatch(allText(withoutCriteria), /отставания по критериям,/);
    assert.match(allText(withoutCriteria), /Группа 2 \([^)]*\): Составить план устранения отставания по тем критериям и показателям, где результат ниже целевого уровня/);
  });
});

describe('The note of a single district’s self-assessment (blind acceptance set 6, f05)', () => {
  const doc = buildNote(analyzeWorkbook({ sheets: [districtSheet('Самооценка', ['1.1 Наличие программы', '1.2 Наличие плана', '1.3 Доля педагогов с ИОМ, %'], [['Тосненский район', 'да', 'нет', '90%']])] }));
  const text = allText(doc);

  it('states the district’s group beside its overall result', () => {
    assert.match(text, /Общее выполнение: 63,3\s% — группа 2 \(50–79 %\)\./);
  });

  it('does not speak of «по региону» for the levels of one district', () => {
    assert.match(text, /Уровень показателей \(3 показателя\):/);
  });

  it('gives the advice of its group', () => {
    assert.match(text, /По группе:\nГруппа 2 \(Тосненский район\): Составить план устранения отставания/);
  });
});

describe('The note of two districts (blind acceptance set 6, f06)', () => {
  it('names the higher and the lower overall result', () => {
    const text = allText(buildNote(analyzeWorkbook({ sheets: [nDistricts(2, (i) => [i === 0 ? 'да' : 'нет', 'да'])] })));
    assert.match(text, /Наиболее высокий общий результат \(100,0\s%\): Кировский район\./);
    assert.match(text, /Наиболее низкий общий результат \(50,0\s%\): Лужский район\./);
  });
});

describe('The counts a note calls indicators «в виде количеств»', () => {
  it('counts a count of its own, not the base of a pair', () => {
    const rows = ['Бокситогорский', 'Волосовский', 'Волховский', 'Всеволожский', 'Выборгский'].map((n, i) => [`${n} район`, 400 + 10 * i, 100 + i, 900 + 37 * i]);
    const form = districtSheet('Форма', ['Всего педагогов, чел.', 'из них прошли КПК, чел.', 'Количество проведённых мероприятий'], rows);
    const doc = buildNote(analyzeWorkbook({ sheets: [form] }));
    assert.match(section(doc, 'overview').paragraphs.map((p) => p.text).join('\n'), /Показатели: 1 доля по парам «количество \/ база» и 1 показатель в виде количеств\./);
  });
});
