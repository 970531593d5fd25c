import { strict as assert } from 'assert';
import { analyzeWorkbook } from '../../src/engine/analyze';
import { buildNote } from '../../src/engine/note/buildNote';
import { shownValue } from '../../src/engine/layouts/cellMessages';
import { pairLabel } from '../../src/engine/output/summaryShares';

/** What a reader sees in messages and in «Справка» (second blind acceptance set, finding 6). */
describe('Readable messages and notes', () => {
  it('quotes a typed number as typed, and a computed one cut to six decimals', () => {
    assert.equal(shownValue(-2.5, null), '-2,5');
    assert.equal(shownValue(12, null), '12');
    assert.equal(shownValue(-2.083333333333333, null), '−2,083333');
  });

  it('leaves the groups out of «Справка» for a form of counts only, where nothing has an overall result', () => {
    const a = analyzeWorkbook({
      sheets: [{
        name: 'Форма', startRow: 0, startCol: 0, merges: [],
        values: [
          ['Район', 'Всего педагогов', 'из них молодых'],
          ['Всеволожский район', 1850, 212],
          ['Киришский район', 640, 71],
          ['Лужский район', 760, 87],
        ],
      }],
    });
    const text = buildNote(a).sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join('\n');
    assert.doesNotMatch(text, /Без группы|таких муниципальных образований нет/);
    assert.match(text, /11,/); // the regional share of the young is still there (370 of 3250 = 11,4 %)
  });
});

describe('Share column headers in «Сводная»', () => {
  it('keep enough of a long count header to tell two counts apart, cut at a word', () => {
    const a = pairLabel('D', 'Количество педагогических работников, прошедших курсы повышения квалификации (72 часа)');
    const b = pairLabel('F', 'Количество образовательных организаций, реализующих программы наставничества');
    assert.equal(a, 'D. Количество педагогических работников, прошедших курсы…');
    assert.equal(b, 'F. Количество образовательных организаций, реализующих…');
  });
});
