import { strict as assert } from 'assert';
import { analyzeWorkbook } from '../../src/engine/analyze';
import { buildNote } from '../../src/engine/note/buildNote';
import { entityLabels } from '../../src/engine/text/entityLabels';
import { districtSheet, section } from './noteFixtures';

const NB = '\u00A0';

/**
 * Blind acceptance set 7, debatable point 3: «Бежецкий район» typed on two rows (64,2 % and
 * 40,0 % there). Both rows stay in the analysis; the note must say which row is which and count
 * the district once.
 */
describe('A name entered on two rows in the note', () => {
  const headers = ['1.1 Наличие программы наставничества', '1.2 Наличие школы молодого педагога'];
  // Title on row 1, header on row 3: data rows are sheet rows 4…9.
  const sheet = districtSheet('Мониторинг', headers, [
    ['Кировский район', 'да', 'да'],
    ['Бежецкий район', 'да', 'да'],
    ['Лужский район', 'да', 'нет'],
    ['Тосненский район', 'нет', 'нет'],
    ['Бежецкий район', 'нет', 'нет'],
    ['Гатчинский район', 'да', 'да'],
  ]);
  const analysis = analyzeWorkbook({ sheets: [sheet] });
  const table = analysis.tables[0];
  const doc = buildNote(analysis);

  it('keeps both rows in the analysis, as typed', () => {
    assert.deepEqual(table.entities.filter((e) => e.name === 'Бежецкий район').map((e) => e.nameCell), ['Мониторинг!A5', 'Мониторинг!A8']);
  });

  it('labels each row of the repeated name with its row, and leaves other names alone', () => {
    const labels = entityLabels(table);
    assert.deepEqual(table.entities.map(labels.of), [
      'Кировский район',
      'Бежецкий район (строка 5)',
      'Лужский район',
      'Тосненский район',
      'Бежецкий район (строка 8)',
      'Гатчинский район',
    ]);
    assert.equal(labels.distinct, 5);
    assert.deepEqual(labels.duplicates, [{ name: 'Бежецкий район', times: 2, where: 'строки 5 и 8' }]);
    assert.equal(labels.ofCell('Бежецкий район', 'Мониторинг!C8'), 'Бежецкий район (строка 8)');
    assert.equal(labels.ofCell('Кировский район', 'Мониторинг!C4'), 'Кировский район');
    assert.equal(labels.withValue(table.entities[1], '100,0 %'), 'Бежецкий район (строка 5; 100,0 %)');
  });

  it('counts the district once in the coverage and says where it is entered twice', () => {
    const coverage = section(doc, 'overview').paragraphs.find((p) => p.text.startsWith('Охват'))!.text;
    assert.equal(coverage, 'Охват мониторинга: 5 районов. «Бежецкий район» встречается дважды (строки 5 и 8); каждая запись учтена отдельно.');
  });

  it('puts each row in its own group with its row and result in one pair of brackets', () => {
    const groups = section(doc, 'groups').paragraphs.map((p) => p.text);
    const g1 = groups.find((t) => t.startsWith('Группа 1'))!;
    const g3 = groups.find((t) => t.startsWith('Группа 3'))!;
    assert.match(g1, new RegExp(`Бежецкий район \\(строка 5; 100,0${NB}%\\)`));
    assert.match(g3, new RegExp(`Бежецкий район \\(строка 8; 0,0${NB}%\\)`));
    assert.doesNotMatch(g1, /строка 8/);
  });

  it('names each row in a problem zone once, by its own deficit cell', () => {
    const zones = section(doc, 'problems').paragraphs.map((p) => p.text).join('\n');
    const line12 = zones.split('\n').find((t) => t.startsWith('1.2'))!;
    assert.match(line12, /Дефицит: .*Бежецкий район \(строка 8\)/);
    assert.doesNotMatch(line12, /строка 5/);
  });
});

describe('Entity labels of entities on sheets of their own', () => {
  it('names the sheet when the same name heads two sheets, and finds a finding by its sheet', () => {
    const e = (name: string, nameCell: string) => ({ name, nameCell }) as never;
    const labels = entityLabels({ transposed: false, entities: [e('Озёрный район', 'Лист1!B2'), e('Озёрный район', 'Лист3!B2'), e('Заречный район', 'Лист2!B2')] });
    assert.deepEqual(labels.duplicates, [{ name: 'Озёрный район', times: 2, where: 'листы «Лист1» и «Лист3»' }]);
    assert.equal(labels.ofCell('Озёрный район', 'Лист3!D17'), 'Озёрный район (лист «Лист3»)');
  });

  it('uses columns in a transposed table', () => {
    const e = (name: string, nameCell: string) => ({ name, nameCell }) as never;
    const labels = entityLabels({ transposed: true, entities: [e('Кировский', 'Лист1!C2'), e('Кировский', 'Лист1!F2')] });
    assert.equal(labels.duplicates[0].where, 'столбцы C и F');
    assert.equal(labels.ofCell('Кировский', 'Лист1!F9'), 'Кировский (столбец F)');
  });
});
