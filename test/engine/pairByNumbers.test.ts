import { strict as assert } from 'assert';
import { analyzeWorkbook } from '../../src/engine/analyze';
import type { WorkbookGrid } from '../../src/engine/grid';
import { range } from './tabularFixtures';

/** A district form whose three headers share no word (found by the blind acceptance workbook b04). */
function trainingForm(shareHeader: string): WorkbookGrid {
  return {
    sheets: [
      {
        name: 'КПК',
        startRow: 0,
        startCol: 0,
        values: [
          ['Повышение квалификации педагогических работников, 2024 год'],
          [],
          ['№', 'Муниципальный район', 'Численность педагогических работников', 'Число прошедших КПК по ФГОС', shareHeader],
          [1, 'Бокситогорский', 420, 380, '90,5'],
          [2, 'Волосовский', 310, 250, '80,6'],
          [3, 'Волховский', 515, 470, '91,3'],
          [4, 'Выборгский', 1200, 1000, '83,3'],
          [5, 'Гатчинский', 1400, 1218, '87,0'],
          [6, 'Кингисеппский', 600, 500, '87,0'],
        ],
        merges: [],
      },
    ],
  };
}

describe('A count whose base the headers do not name (blind acceptance workbook b04)', () => {
  it('takes its base from the share the district computed beside it, and says so', () => {
    const t = analyzeWorkbook(trainingForm('Охват КПК, %')).tables[0];
    assert.equal(t.pairs.length, 1);
    const [pair] = t.pairs;
    assert.equal(pair.numerator.headerCell, 'КПК!D3');
    assert.equal(pair.base.headerCell, 'КПК!C3');
    assert.equal(pair.declared?.headerCell, 'КПК!E3');
    assert.match(pair.reason, /по числам: доля в столбце «Охват КПК, %» равна отношению «Число прошедших КПК по ФГОС» к «Численность педагогических работников» в 5 из 6 строк/);
  });

  it('reports the one district whose declared share disagrees with its counts', () => {
    const a = analyzeWorkbook(trainingForm('Доля прошедших, %'));
    const wrong = a.problems.filter((p) => p.code === 'declared-share-mismatch');
    assert.deepEqual(wrong.map((p) => p.cell), ['КПК!E9']);
    assert.match(wrong[0].message, /«87,0».*83,33 %.*500 из 600/);
  });

  it('leaves the count unpaired when the share beside it matches no column to its left', () => {
    const book = trainingForm('Охват КПК, %');
    for (const row of book.sheets[0].values.slice(3)) row[4] = '50,0';
    const t = analyzeWorkbook(book).tables[0];
    assert.deepEqual(t.pairs, []);
  });

  it('tells, as a note, how bare numbers under a «%» header were read, quoting the first of them', () => {
    const a = analyzeWorkbook(trainingForm('Доля прошедших, %'));
    const note = a.problems.filter((p) => p.code === 'percent-ambiguous');
    assert.deepEqual(note.map((p) => [p.cell, p.severity]), [['КПК!E3', 'info']]);
    assert.match(note[0].message, /\(90,5 = 90,5 %\)/);
  });
});

/** Seed 002's young-teacher form: «из них» sub-counts with their shares, then the young share of all (blind set 6, f08). */
function youngTeachersForm(farShareHeader: string, inGroup = true): WorkbookGrid {
  const rows: [string, number, number, number, number, number][] = [
    ['Алейский', 410, 38, 30, 12, 9.3],
    ['Алтайский', 290, 25, 20, 9, 8.6],
    ['Баевский', 180, 14, 10, 5, 7.8],
    ['Бийский', 520, 51, 40, 20, 9.8],
    ['Благовещенский', 330, 26, 21, 8, 7.9],
    ['Красногорский', 210, 16, 12, 6, 9.6],
  ];
  return {
    sheets: [
      {
        name: 'Молодые',
        startRow: 0,
        startCol: 0,
        values: [
          ['№', 'Муниципальный район', 'Всего педагогических работников', 'Молодые педагоги (до 35 лет, стаж не более 3 лет)', '', '', '', '', inGroup ? '' : farShareHeader],
          ['', '', '', 'всего', 'из них:', '', '', '', inGroup ? farShareHeader : ''],
          ['', '', '', '', 'закреплён наставник', 'доля с наставником, %', 'прошли КПК', 'доля прошедших КПК, %', ''],
          ...rows.map(([name, all, young, mentored, trained, share], i) => [
            i + 1, `${name} район`, all, young, mentored, Math.round((mentored / young) * 1000) / 10, trained, Math.round((trained / young) * 1000) / 10, share,
          ]),
        ],
        merges: ['A1:A3', 'B1:B3', 'C1:C3', inGroup ? 'D1:I1' : 'D1:H1', 'D2:D3', 'E2:H2', inGroup ? 'I2:I3' : 'I1:I3'].map(range),
      },
    ],
  };
}

describe('A share that stands after the sub-counts of its numerator (blind acceptance set 6, f08)', () => {
  it('is found as the declared share of «всего» over the base, not read as an indicator of its own', () => {
    const t = analyzeWorkbook(youngTeachersForm('Доля молодых педагогов от всех педагогов, %')).tables[0];
    const pairs = t.pairs.map((p) => [p.numerator.headerCell, p.base.headerCell, p.declared?.headerCell]);
    assert.deepEqual(pairs, [
      ['Молодые!D2', 'Молодые!C1', 'Молодые!I2'],
      ['Молодые!E3', 'Молодые!D2', 'Молодые!F3'],
      ['Молодые!G3', 'Молодые!D2', 'Молодые!H3'],
    ]);
    assert.match(t.pairs[0].reason, /по числам: доля в столбце «… \/ Доля молодых педагогов от всех педагогов, %»/);
  });

  it('reports the district whose declared young share disagrees with its counts', () => {
    const a = analyzeWorkbook(youngTeachersForm('Доля молодых педагогов от всех педагогов, %'));
    assert.deepEqual(a.problems.filter((p) => p.code === 'declared-share-mismatch').map((p) => p.cell), ['Молодые!I9']);
  });

  it('is not taken past the other shares when its header shares no word with the count, even when the numbers agree', () => {
    const t = analyzeWorkbook(youngTeachersForm('Укомплектованность штата, %', false)).tables[0];
    assert.deepEqual(t.pairs.filter((p) => p.declared).map((p) => p.declared?.headerCell), ['Молодые!F3', 'Молодые!H3']);
    assert.ok(t.indicators.some((i) => i.source.headerCell === 'Молодые!I1' && i.kind === 'percent'), 'it stays an indicator of its own');
  });
});
