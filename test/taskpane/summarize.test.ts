import { strict as assert } from 'assert';
import { analyzeWorkbook } from '../../src/engine/analyze';
import { resultSummary } from '../../src/taskpane/summarize';
import { districtSheet } from '../engine/noteFixtures';

describe('The pane’s short result of a table where one name is entered twice', () => {
  const headers = ['1.1 Наличие программы наставничества', '1.2 Наличие школы молодого педагога'];
  // Data rows are sheet rows 4…8; «Бежецкий район» is on rows 5 and 8.
  const analysis = analyzeWorkbook({
    sheets: [
      districtSheet('Мониторинг', headers, [
        ['Кировский район', 'да', 'да'],
        ['Бежецкий район', 'да', 'да'],
        ['Лужский район', 'да', 'нет'],
        ['Тосненский район', 'нет', 'нет'],
        ['Бежецкий район', 'нет', 'нет'],
      ]),
    ],
  });
  const table = resultSummary(analysis).tables[0];

  it('names each row in its group with its row, as the note does', () => {
    const g1 = table.groups.find((g) => g.group === 1)!;
    const g3 = table.groups.find((g) => g.group === 3)!;
    assert.ok(g1.names.includes('Бежецкий район (строка 5)'), g1.names.join(', '));
    assert.ok(g3.names.includes('Бежецкий район (строка 8)'), g3.names.join(', '));
  });

  it('counts the deficits of each row apart, not the name’s together', () => {
    const worst = table.worstEntities.map((w) => [w.name, w.deficits]);
    assert.deepEqual(worst, [
      ['Тосненский район', 2],
      ['Бежецкий район (строка 8)', 2],
      ['Лужский район', 1],
    ]);
  });
});
