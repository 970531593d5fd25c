import assert from 'node:assert/strict';
import { countText, formatCount, pluralForm, type PluralForms } from '../../src/taskpane/plural';
import { ENTITY_FORMS, entityForms } from '../../src/taskpane/entityWords';

const DISTRICT: PluralForms = ['район', 'района', 'районов'];

describe('Russian plural forms', () => {
  it('says 1 район, 2 района, 5 районов', () => {
    assert.equal(countText(1, DISTRICT), '1 район');
    assert.equal(countText(2, DISTRICT), '2 района');
    assert.equal(countText(5, DISTRICT), '5 районов');
  });

  it('treats 11–14 as many and 21, 22, 101, 111 by their last digits', () => {
    const cases: [number, string][] = [
      [0, 'районов'],
      [11, 'районов'],
      [12, 'районов'],
      [14, 'районов'],
      [21, 'район'],
      [22, 'района'],
      [25, 'районов'],
      [101, 'район'],
      [111, 'районов'],
      [112, 'районов'],
      [1004, 'района'],
    ];
    for (const [n, form] of cases) assert.equal(pluralForm(n, DISTRICT), form, String(n));
  });

  it('takes the genitive singular for a fraction (2,5 района)', () => {
    assert.equal(countText(2.5, DISTRICT), '2,5 района');
  });

  it('groups digits from 10 000 up with a no-break space', () => {
    assert.equal(formatCount(9999), '9999');
    assert.equal(formatCount(100000), '100\u00a0000');
    assert.equal(countText(100000, ['строка', 'строки', 'строк']), '100\u00a0000 строк');
  });
});

describe('The entity word', () => {
  it('is «муниципалитет» for «Муниципальное образование» and «район» for «Район»', () => {
    assert.deepEqual(entityForms('Муниципальное образование'), ENTITY_FORMS.municipality);
    assert.deepEqual(entityForms('Район'), ENTITY_FORMS.district);
  });

  it('is «организация» for «ОО» and «Образовательная организация»', () => {
    assert.deepEqual(entityForms('ОО'), ENTITY_FORMS.organisation);
    assert.deepEqual(entityForms('Образовательная организация'), ENTITY_FORMS.organisation);
  });

  it('falls back on the names when the header says nothing', () => {
    assert.deepEqual(entityForms('Наименование', ['Кировский район', 'Лужский район', 'г. Сосновый Бор']), ENTITY_FORMS.district);
  });

  it('is «муниципалитет/организация» when nothing tells', () => {
    assert.deepEqual(entityForms('Наименование', ['Альфа', 'Бета']), ENTITY_FORMS.unknown);
    assert.equal(countText(3, entityForms('')), '3 муниципалитета/организации');
  });
});
