import { strict as assert } from 'assert';
import { analyzeWorkbook } from '../../src/engine/analyze';
import { sheet } from './tabularFixtures';

describe('Percent columns: format, text and ambiguous bare numbers (METHODOLOGY §3)', () => {
  it('reads a number with a percent format as a percent, without any warning', () => {
    const s = sheet('Л', [
      ['МО', 'Охват педагогов'],
      ['А', 0.86],
      ['Б', 0.5],
    ], { formats: { B2: '0%', B3: '0.0%' } });
    const a = analyzeWorkbook({ sheets: [s] });
    const t = a.tables[0];
    assert.equal(t.indicators[0].kind, 'percent');
    assert.deepEqual(t.entities.map((e) => e.cells.B.value), [86, 50]);
    assert.deepEqual(t.entities.map((e) => e.cells.B.score), [0.86, 0.5]);
    assert.equal(a.problems.length, 0);
  });

  it('reads «86 %» and «86,5%» written as text', () => {
    const s = sheet('Л', [
      ['МО', 'Охват педагогов'],
      ['А', '86 %'],
      ['Б', '86,5%'],
    ]);
    const a = analyzeWorkbook({ sheets: [s] });
    assert.deepEqual(a.tables[0].entities.map((e) => e.cells.B.value), [86, 86.5]);
    assert.equal(a.problems.length, 0);
  });

  it('reads bare numbers ≤ 1 in a «%» column as fractions and warns at the header cell', () => {
    const s = sheet('Л', [
      ['МО', 'Доля педагогов с ИОМ, %'],
      ['А', 0.86],
      ['Б', 1],
      ['В', 0.25],
    ]);
    const a = analyzeWorkbook({ sheets: [s] });
    assert.deepEqual(a.tables[0].entities.map((e) => e.cells.B.value), [86, 100, 25]);
    const w = a.problems.filter((p) => p.code === 'percent-ambiguous');
    assert.deepEqual(w.map((p) => [p.cell, p.severity]), [['Л!B1', 'warning']]);
    assert.match(w[0].message, /доли единицы/);
  });

  it('reads bare numbers above 1 in a «доля» column as percent units and warns', () => {
    const s = sheet('Л', [
      ['МО', 'Доля педагогов с ИОМ'],
      ['А', 86],
      ['Б', 0.5],
    ]);
    const a = analyzeWorkbook({ sheets: [s] });
    assert.deepEqual(a.tables[0].entities.map((e) => e.cells.B.value), [86, 0.5]);
    const w = a.problems.filter((p) => p.code === 'percent-ambiguous');
    assert.equal(w.length, 1);
    assert.match(w[0].message, /как проценты/);
  });

  it('lets the format decide cell by cell and infers only the bare ones', () => {
    const s = sheet('Л', [
      ['МО', 'Процент охвата'],
      ['А', 0.9],
      ['Б', '45%'],
      ['В', 0.3],
    ], { formats: { B2: '0%' } });
    const a = analyzeWorkbook({ sheets: [s] });
    assert.deepEqual(a.tables[0].entities.map((e) => e.cells.B.value), [90, 45, 30]);
    assert.equal(a.problems.filter((p) => p.code === 'percent-ambiguous').length, 1);
  });

  it('reports a percent above 100 as an error and leaves it out', () => {
    const s = sheet('Л', [
      ['МО', 'Охват, %'],
      ['А', '120%'],
      ['Б', '40%'],
    ]);
    const a = analyzeWorkbook({ sheets: [s] });
    assert.deepEqual(a.problems.map((p) => [p.code, p.cell, p.severity]), [['percent-out-of-range', 'Л!B2', 'error']]);
    assert.equal(a.tables[0].indicators[0].level, 40);
  });
});

describe('Points columns', () => {
  it('score a value against the maximum the header states («макс. 3»)', () => {
    const s = sheet('Л', [
      ['МО', 'Оценка программы, балл (макс. 3)', 'Наличие плана'],
      ['А', 3, 'да'],
      ['Б', 1.5, 'нет'],
      ['В', 4, 'да'],
    ]);
    const a = analyzeWorkbook({ sheets: [s] });
    const t = a.tables[0];
    assert.equal(t.indicators[0].kind, 'points');
    assert.equal(t.indicators[0].max, 3);
    assert.deepEqual(t.entities.map((e) => e.cells.B.score), [1, 0.5, null]);
    // 4 > 3 is an error; level = mean(3, 1.5) / 3 × 100 = 75
    assert.equal(t.indicators[0].level, 75);
    assert.deepEqual(a.problems.map((p) => [p.code, p.cell]), [['unreadable', 'Л!B4']]);
    assert.equal(t.entities[1].fulfilment, 25); // (0.5 + 0) / 2
  });

  it('take the column maximum when the header states none', () => {
    const s = sheet('Л', [
      ['МО', 'Баллы'],
      ['А', 8],
      ['Б', 2],
    ]);
    const t = analyzeWorkbook({ sheets: [s] }).tables[0];
    assert.equal(t.indicators[0].max, 8);
    assert.deepEqual(t.entities.map((e) => e.cells.B.score), [1, 0.25]);
  });
});
