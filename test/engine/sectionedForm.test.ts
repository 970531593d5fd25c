import { strict as assert } from 'assert';
import { analyzeWorkbook } from '../../src/engine/analyze';
import type { WorkbookGrid } from '../../src/engine/grid';

/**
 * A regional summary form split into sections (found by the blind acceptance workbook b02):
 * «Городские округа» and «Муниципальные районы», each a merged row across the table, each
 * closed by its own subtotal, and a regional total under both.
 */
function sectionedForm(): WorkbookGrid {
  const values: (string | number | null)[][] = [
    ['Сведения о наставничестве в общеобразовательных организациях по состоянию на 01.09.2024'],
    [],
    ['№ п/п', 'Муниципальное образование', 'Количество ОО, всего', 'Количество ОО, в которых реализуются программы наставничества', 'Доля ОО с программами наставничества, %', 'Количество педагогов, всего', 'Доля ОО, участвующих в сетевых проектах, %', 'Количество молодых педагогов', 'Количество молодых педагогов, закреплённых за наставниками'],
    [1, 2, 3, 4, 5, 6, 7, 8, 9],
    ['Городские округа'],
    [1, 'г. Северск', 20, 15, '75,0', 900, '60%', 80, 60],
    [2, 'г. Озёрск', 10, 5, '50,0', 400, '40%', 30, 15],
    [null, 'Итого по городским округам', 30, 20, '66,7', 1300, null, 110, 75],
    ['Муниципальные районы'],
    [3, 'Каргасокский район', 12, 6, '50,0', 300, '25%', 20, 10],
    [4, 'Колпашевский район', 8, 8, '100,0', 250, '50%', 15, 15],
    [5, 'Кожевниковский район', 10, 3, '30,0', 200, '10%', 12, 3],
    [6, 'Парабельский район', 5, 2, '40,0', 100, '20%', 8, 8],
    [null, 'Итого по муниципальным районам', 35, 19, '54,3', 850, null, 55, 36],
    [null, 'Итого по области', 65, 39, '60,0', 2150, null, 165, 111],
  ];
  return {
    sheets: [
      {
        name: 'Свод по МО',
        startRow: 0,
        startCol: 0,
        values,
        merges: [
          { top: 0, left: 0, bottom: 0, right: 8 },
          { top: 4, left: 0, bottom: 4, right: 8 },
          { top: 8, left: 0, bottom: 8, right: 8 },
        ],
      },
    ],
  };
}

describe('A form split into sections with subtotals (blind acceptance workbook b02)', () => {
  const analysis = analyzeWorkbook(sectionedForm());
  const table = analysis.tables[0];
  const problems = analysis.problems.map((p) => `${p.cell ?? ''} ${p.message}`);

  it('reads every district of every section, not only the first section', () => {
    assert.deepEqual(
      table.entities.map((e) => e.name),
      ['г. Северск', 'г. Озёрск', 'Каргасокский район', 'Колпашевский район', 'Кожевниковский район', 'Парабельский район'],
    );
  });

  it('takes the merged section row under the header for a section, not for the header', () => {
    assert.ok(table.indicators.every((i) => i.name !== 'Городские округа'), table.indicators.map((i) => i.name).join(' | '));
    assert.ok(table.indicators.some((i) => /программ\S* наставничества/.test(i.name)));
  });

  it('pairs the declared share with its counts, and leaves a standalone percent column alone', () => {
    const col = (cell: string | undefined) => (cell ?? '').replace(/^.*!/, '').replace(/\d+$/, '');
    const pair = table.pairs.find((p) => col(p.numerator.headerCell) === 'D');
    assert.ok(pair, 'the pair D/C is found');
    assert.equal(col(pair!.base.headerCell), 'C');
    assert.equal(col(pair!.declared?.headerCell), 'E');
    assert.ok(table.pairs.every((p) => col(p.declared?.headerCell) !== 'G'));
    assert.ok(table.indicators.some((i) => col(i.source.headerCell) === 'G'), 'column G is an indicator of its own');
  });

  it('checks each subtotal against its own section and the regional total against all districts', () => {
    const totals = problems.filter((p) => /сумм/i.test(p));
    assert.deepEqual(totals, [], totals.join('\n'));
  });

  it('still reports a subtotal that disagrees with its section', () => {
    const wrong = sectionedForm();
    wrong.sheets[0].values[13][2] = 36; // C14: 35 → 36
    const found = analyzeWorkbook(wrong).problems.filter((p) => p.cell?.endsWith('C14'));
    assert.equal(found.length, 1, JSON.stringify(analyzeWorkbook(wrong).problems));
    assert.match(found[0].message, /указано 36, а сумма по строкам 10–13 равна 35/);
  });

  it('does not take another share for the declared share of a pair just because their headers share a word', () => {
    const book = sectionedForm();
    const rows = book.sheets[0].values;
    // Without column E, G («… программы наставничества в сетевой форме, %») shares words with D
    // but its numbers are another indicator's: it must stay an indicator of its own.
    for (const row of rows) row.splice(4, 1);
    rows[2][5] = 'Доля ОО, реализующих программы наставничества в сетевой форме, %';
    rows[3] = [1, 2, 3, 4, 5, 6, 7, 8];
    book.sheets[0].merges = book.sheets[0].merges!.map((m) => ({ ...m, right: 7 }));
    const analysis = analyzeWorkbook(book);
    const t = analysis.tables[0];
    const col = (cell: string | undefined) => (cell ?? '').replace(/^.*!/, '').replace(/\d+$/, '');
    const pair = t.pairs.find((p) => col(p.numerator.headerCell) === 'D');
    assert.ok(pair);
    assert.equal(pair!.declared, null);
    assert.ok(t.indicators.some((i) => col(i.source.headerCell) === 'F' && i.kind === 'percent'));
    assert.deepEqual(analysis.problems.filter((p) => p.code === 'declared-share-mismatch'), []);
  });

  it('still takes a matching share column with a shared word as the declared share of the pair', () => {
    const book = sectionedForm();
    book.sheets[0].values[5][4] = '80,0'; // one district's declared share is wrong: 15 of 20 is 75 %
    const analysis = analyzeWorkbook(book);
    const wrong = analysis.problems.filter((p) => p.cell?.endsWith('!E6'));
    assert.equal(wrong.length, 1, JSON.stringify(analysis.problems));
  });
});

describe('Footnote stars and empty declared shares (blind acceptance workbooks b2, b3, b7)', () => {
  it('drops a footnote star from a district name, so the district keeps its name', () => {
    const book = sectionedForm();
    book.sheets[0].values[6][1] = 'г. Озёрск*';
    book.sheets[0].values.push([], ['* данные г. Озёрска на 01.06.2024']);
    const t = analyzeWorkbook(book).tables[0];
    assert.equal(t.entities[1].name, 'г. Озёрск');
    assert.equal(t.entities.length, 6);
  });

  it('does not report an empty declared share cell as missing data: the share is computed from its counts', () => {
    const book = sectionedForm();
    book.sheets[0].values[9][4] = null; // E10: Каргасокский's declared share left empty
    book.sheets[0].values[10][2] = null; // C11: Колпашевский's count of schools left empty — a real gap
    const problems = analyzeWorkbook(book).problems.filter((p) => p.code === 'missing');
    assert.deepEqual(problems.map((p) => p.cell), ["'Свод по МО'!C11"]);
  });
});
