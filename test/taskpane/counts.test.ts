/**
 * How the pane counts things: the engine's plural rule (src/engine/text/plural.ts, tested in
 * test/engine/plural.test.ts) with the pane's digit grouping, and the engine's entity noun
 * with the pane's look at the names when the header says nothing.
 */

import assert from 'node:assert/strict';
import { nounByKey, type PluralForms } from '../../src/engine/text';
import { countText, formatCount } from '../../src/taskpane/format';
import { tableNoun } from '../../src/engine/text/entityNoun';

const DISTRICT: PluralForms = ['район', 'района', 'районов'];

describe('Counts in the pane', () => {
  it('says 1 район, 2 района, 5 районов, 11 районов, 21 район, 1004 района', () => {
    const cases: [number, string][] = [
      [1, '1 район'],
      [2, '2 района'],
      [5, '5 районов'],
      [0, '0 районов'],
      [11, '11 районов'],
      [14, '14 районов'],
      [21, '21 район'],
      [22, '22 района'],
      [111, '111 районов'],
      [1004, '1004 района'],
    ];
    for (const [n, text] of cases) assert.equal(countText(n, DISTRICT), text);
  });

  it('takes the genitive singular for a fraction (2,5 района)', () => {
    assert.equal(countText(2.5, DISTRICT), '2,5 района');
  });

  it('groups digits from 10 000 up with a no-break space', () => {
    assert.equal(formatCount(9999), '9999');
    assert.equal(formatCount(100000), '100\u00a0000');
    assert.equal(countText(100000, ['строка', 'строки', 'строк']), '100\u00a0000 строк');
    assert.equal(countText(12501, ['строка', 'строки', 'строк']), '12\u00a0501 строка');
  });
});

describe('The entity noun in the pane', () => {
  const matrix = (entityLabel: string) => ({ layout: 'matrix' as const, entityLabel });

  it('is the note\'s noun: «муниципальное образование» for «Муниципальное образование», «район» for «Район»', () => {
    assert.equal(tableNoun(matrix('Муниципальное образование'), []), nounByKey('municipality'));
    assert.equal(tableNoun(matrix('Район'), []), nounByKey('district'));
  });

  it('is «организация» for «ОО» and «Образовательная организация»', () => {
    assert.equal(tableNoun(matrix('ОО'), []), nounByKey('organisation'));
    assert.equal(tableNoun(matrix('Образовательная организация'), []), nounByKey('organisation'));
  });

  it('is «мероприятие» for a plan, as in the note', () => {
    assert.equal(tableNoun({ layout: 'plan', entityLabel: 'Наименование' }, []), nounByKey('item'));
  });

  it('falls back on the names when the header says nothing', () => {
    assert.equal(tableNoun(matrix('Наименование'), ['Кировский район', 'Лужский район', 'г. Сосновый Бор']), nounByKey('district'));
    assert.equal(tableNoun(matrix('Наименование'), ['МБОУ СОШ № 1', 'Гимназия № 2', 'Лицей № 3']), nounByKey('school'));
  });

  it('is «округ» for okrugs named under a transposed table’s «Показатель» header (blind acceptance set 6, f07)', () => {
    const names = ['Бабаевский округ', 'Белозерский округ', 'Вашкинский округ', 'г. Череповец'];
    assert.equal(tableNoun(matrix('Показатель'), names), nounByKey('okrug'));
    assert.equal(countText(12, tableNoun(matrix('Показатель'), names).forms), '12 округов');
  });

  it('is «объект» when nothing tells', () => {
    assert.equal(tableNoun(matrix('Наименование'), ['Альфа', 'Бета']), nounByKey('object'));
    assert.equal(tableNoun(matrix('Наименование'), ['Кировский район', 'Альфа', 'Бета']), nounByKey('object'));
    assert.equal(countText(3, tableNoun(matrix(''), []).forms), '3 объекта');
  });
});
