import { strict as assert } from 'assert';
import { analyzeWorkbook } from '../../src/engine/analyze';
import type { TableAnalysis } from '../../src/engine/analysis';
import { isYoungTeacher, youngTeachers } from '../../src/engine/layouts/roster/youngTeachers';
import { findRosterHeader } from '../../src/engine/layouts/roster/rosterHeader';
import { ageAt, birthFromCell, referenceDate } from '../../src/engine/layouts/roster/referenceDate';
import { sheet } from './tabularFixtures';
import { oneRowRoster, smallRoster } from './rosterFixtures';

function roster(t: TableAnalysis) {
  assert.ok(t.roster, 'no roster result');
  return t.roster;
}

describe('A teacher roster (layout D) is recognised from its headers', () => {
  it('with two header rows: personal columns merged over both, areas under a merged «Результаты диагностики»', () => {
    const h = findRosterHeader(smallRoster())!;
    assert.equal(h.headerFirst, 1);
    assert.equal(h.headerLast, 2);
    assert.deepEqual(h.roles, { number: 0, id: 1, municipality: 2, school: 3, subject: 4, age: 5, experience: 6, mentor: 7 });
    assert.deepEqual(h.areas.map((a) => [a.col, a.name, a.kind]), [[8, 'Предметные', 'percent'], [9, 'Методические', 'percent'], [10, 'Цифровые', 'percent']]);
    assert.match(h.title ?? '', /2024\/2025/);
  });

  it('and analysed as a table of teachers: areas are the indicators, fulfilment the mean of the areas', () => {
    const a = analyzeWorkbook({ sheets: [smallRoster()] });
    assert.equal(a.tables.length, 1);
    const t = a.tables[0];
    assert.equal(t.layout, 'roster');
    assert.equal(t.entityLabel, 'Код педагога');
    assert.deepEqual(t.entities.map((e) => e.name), ['П-1', 'П-2', 'П-3', 'П-4', 'П-5', 'П-6', 'П-7', 'П-8']);
    assert.deepEqual(t.indicators.map((i) => [i.id, i.name, i.kind]), [['I', 'Предметные', 'percent'], ['J', 'Методические', 'percent'], ['K', 'Цифровые', 'percent']]);
    assert.equal(t.criteria.length, 0);
    assert.ok(Math.abs(t.entities[0].fulfilment! - (40 + 35 + 30) / 3) < 1e-9);
    // П-3 has no «Цифровые» (a dash): the mean of the other two, marked incomplete.
    assert.ok(Math.abs(t.entities[2].fulfilment! - (45 + 42) / 2) < 1e-9);
    assert.equal(t.entities[2].incomplete, true);
    assert.equal(t.entities[0].group, 3);
    assert.equal(t.entities[1].group, 1);
  });

  it('with one header row («ФИО», «Образовательная организация», «МО», «Должность», areas «…, %» as text)', () => {
    const a = analyzeWorkbook({ sheets: [oneRowRoster()] });
    const t = a.tables[0];
    assert.equal(t.layout, 'roster');
    assert.equal(t.entities[0].name, 'Педагог П-1');
    assert.deepEqual(t.indicators.map((i) => i.name), ['Предметные компетенции', 'Методические компетенции', 'Цифровые компетенции']);
    assert.equal(t.entities[0].cells.H.value, 40);
    const r = roster(t);
    assert.equal(r.columns.subject?.header, 'Должность');
    assert.equal(r.teachers[3].municipality, 'Кировский район');
    assert.equal(r.youngTeachers.count, 2);
  });

  it('reports a missing result and a junk text with their addresses, never as 0', () => {
    const s = smallRoster();
    s.values[4][8] = null; // П-2 Предметные
    s.values[5][9] = 'см. протокол'; // П-3 Методические
    const a = analyzeWorkbook({ sheets: [s] });
    const missing = a.problems.find((p) => p.cell === 'Педагоги!I5')!;
    assert.equal(missing.code, 'missing');
    assert.match(missing.message, /П-2/);
    const junk = a.problems.find((p) => p.cell === 'Педагоги!J6')!;
    assert.equal(junk.severity, 'error');
    assert.match(junk.message, /см\. протокол/);
    const t = a.tables[0];
    assert.equal(t.entities[1].cells.I.score, null);
    assert.equal(t.indicators[0].withData, 7);
  });

  it('normalises points by the maximum in the header, or by the column maximum with a warning', () => {
    const s = sheet('Баллы', [
      ['ФИО', 'ОО', 'Муниципалитет', 'Возраст', 'Стаж', 'Предметные (макс. 20)', 'Методические, баллы'],
      ['Анна', 'СОШ 1', 'Район', 30, 2, 10, 6],
      ['Борис', 'СОШ 1', 'Район', 50, 20, 20, 12],
      ['Вера', 'СОШ 2', 'Район', 40, 10, 15, 8],
    ]);
    const a = analyzeWorkbook({ sheets: [s] });
    const t = a.tables[0];
    assert.equal(t.layout, 'roster');
    assert.deepEqual(t.indicators.map((i) => [i.name, i.kind, i.max]), [['Предметные', 'points', 20], ['Методические', 'points', 12]]);
    assert.equal(t.entities[0].cells.F.score, 0.5);
    assert.equal(t.entities[0].cells.G.score, 0.5);
    assert.ok(a.problems.some((p) => p.cell === 'Баллы!G1' && /наибольшее значение столбца \(12\)/.test(p.message)));
  });

  it('is not taken for a matrix of municipalities, and the matrix reader does not take it', () => {
    const matrix = sheet('Матрица', [
      ['Муниципальное образование', 'Наличие плана методической работы', 'Доля педагогов с ИОМ, %'],
      ['Кировский район', 'да', '80 %'],
      ['Лужский район', 'нет', '40 %'],
    ]);
    assert.equal(findRosterHeader(matrix), null);
    const a = analyzeWorkbook({ sheets: [matrix, smallRoster()] });
    assert.deepEqual(a.tables.map((t) => [t.sheets[0], t.layout]), [['Матрица', 'matrix'], ['Педагоги', 'roster']]);
  });
});

describe('Young teachers: younger than 35 and at most 3 years of experience (seed 002)', () => {
  it('counts 34 years with 3 years of experience, not 35 years, not 4 years', () => {
    assert.equal(isYoungTeacher(34, 3), true);
    assert.equal(isYoungTeacher(35, 3), false);
    assert.equal(isYoungTeacher(34, 4), false);
    assert.equal(isYoungTeacher(22, 0), true);
    assert.equal(isYoungTeacher(34.9, 3), true);
    assert.equal(isYoungTeacher(34, 3.5), false);
    assert.equal(isYoungTeacher(null, 1), null);
    assert.equal(isYoungTeacher(30, null), null);
  });

  it('on a roster: 2 of the 7 with age and experience; the teacher without an age is reported once', () => {
    const a = analyzeWorkbook({ sheets: [smallRoster()] });
    const y = roster(a.tables[0]).youngTeachers;
    assert.deepEqual([y.count, y.base, y.unknown], [2, 7, 1]);
    assert.ok(Math.abs(y.share! - (2 / 7) * 100) < 1e-9);
    const notes = a.problems.filter((p) => p.code === 'roster');
    assert.equal(notes.length, 1);
    assert.equal(notes[0].cell, 'Педагоги!F10');
    assert.match(notes[0].message, /1 педагога/);
    assert.deepEqual(roster(a.tables[0]).teachers.map((t) => t.young), [true, false, true, false, false, false, null, false]);
  });

  it('reads «2 года», «12 лет» and «2 года 6 мес.» as years, and reports other text after a number (blind acceptance workbook b08)', () => {
    const s = smallRoster();
    s.values[3][6] = '2 года'; // П-1: still young
    s.values[4][6] = '20 лет';
    s.values[5][6] = '3 года 6 мес.'; // П-3: 3,5 years, no longer young
    s.values[7][6] = '25 (с перерывом)';
    const a = analyzeWorkbook({ sheets: [s] });
    const r = roster(a.tables[0]);
    assert.deepEqual(r.teachers.slice(0, 3).map((t) => t.experience), [2, 20, 3.5]);
    assert.deepEqual(r.teachers.map((t) => t.young), [true, false, false, false, false, false, null, false]);
    const ignored = a.problems.filter((p) => p.code === 'text-ignored');
    assert.deepEqual(ignored.map((p) => p.cell), ['Педагоги!G8']);
    assert.match(ignored[0].message, /взято число 25, текст «\(с перерывом\)» не учтён/);
  });

  it('measures mentoring coverage of the young: a «да» or a name is a mentor, a blank is none recorded', () => {
    const y = roster(analyzeWorkbook({ sheets: [smallRoster()] }).tables[0]).youngTeachers;
    assert.deepEqual([y.mentored, y.mentoredShare, y.mentorBlank], [1, 50, 1]);
    const named = youngTeachers([{ age: 25, experience: 1, mentor: true }, { age: 26, experience: 0, mentor: false }], true);
    assert.deepEqual([named.count, named.mentored, named.mentoredShare], [2, 1, 50]);
    const noColumn = youngTeachers([{ age: 25, experience: 1, mentor: null }], false);
    assert.deepEqual([noColumn.count, noColumn.mentored, noColumn.mentoredShare], [1, null, null]);
  });

  it('takes a mentor\'s name in the mentor column as «has a mentor»', () => {
    const t = analyzeWorkbook({ sheets: [smallRoster()] }).tables[0];
    assert.equal(roster(t).teachers[3].mentor, true); // «Иванова А. А.»
    assert.equal(roster(t).teachers[1].mentor, false); // «нет»
    assert.equal(roster(t).teachers[2].mentor, null); // blank
  });

  it('computes the age from a date of birth at the date of the period in the title', () => {
    assert.deepEqual(referenceDate(['Диагностика, 2024/2025 учебный год']), { year: 2024, month: 9, day: 1, text: '01.09.2024', fromData: true });
    assert.equal(referenceDate(['Список по состоянию на 15.01.2025']).text, '15.01.2025');
    const ref = { year: 2024, month: 9, day: 1 };
    assert.equal(ageAt(ref, birthFromCell('01.09.1989', null)!), 35);
    assert.equal(ageAt(ref, birthFromCell('02.09.1989', null)!), 34);
    // 32756 = 05.09.1989 as an Excel date
    assert.equal(ageAt(ref, birthFromCell(32756, 'dd.mm.yyyy')!), 34);
    const s = sheet('Даты', [
      ['Список педагогов по состоянию на 01.09.2024'],
      ['ФИО', 'ОО', 'Дата рождения', 'Стаж', 'Предметные, %'],
      ['Анна', 'СОШ 1', '02.09.1989', 3, '60 %'],
      ['Борис', 'СОШ 1', '01.09.1989', 3, '70 %'],
    ]);
    const r = roster(analyzeWorkbook({ sheets: [s] }).tables[0]);
    assert.deepEqual(r.teachers.map((t) => [t.age, t.young]), [[34, true], [35, false]]);
    assert.equal(r.referenceDate, '01.09.2024');
  });
});
