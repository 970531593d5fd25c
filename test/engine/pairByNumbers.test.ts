import { strict as assert } from 'assert';
import { analyzeWorkbook } from '../../src/engine/analyze';
import type { WorkbookGrid } from '../../src/engine/grid';

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
