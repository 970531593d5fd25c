import { strict as assert } from 'assert';
import {
  countRu,
  displayPercent,
  entityNoun,
  formatPercentRu,
  formatPercentWithin,
  formatPointsRu,
  formatSignedPointsRu,
  joinNamesRu,
  joinRu,
  nounByKey,
  pluralRu,
} from '../../src/engine/text';

const RAION = ['район', 'района', 'районов'] as const;
const NBSP = '\u00A0';

describe('Russian text helpers', () => {
  it('agrees a noun with 1, 2, 5, 11, 12, 14, 21, 22, 25, 101 and 111', () => {
    const cases: [number, string][] = [
      [0, 'районов'],
      [1, 'район'],
      [2, 'района'],
      [4, 'района'],
      [5, 'районов'],
      [11, 'районов'],
      [12, 'районов'],
      [14, 'районов'],
      [21, 'район'],
      [22, 'района'],
      [25, 'районов'],
      [101, 'район'],
      [111, 'районов'],
      [112, 'районов'],
      [122, 'района'],
      [1004, 'района'],
      [-21, 'район'],
    ];
    for (const [n, form] of cases) assert.equal(pluralRu(n, RAION), form, String(n));
  });

  it('says the number with its noun and uses the genitive singular for fractions', () => {
    assert.equal(countRu(1, RAION), '1 район');
    assert.equal(countRu(2, RAION), '2 района');
    assert.equal(countRu(5, RAION), '5 районов');
    assert.equal(countRu(2.5, RAION), '2,5 района');
    assert.equal(countRu(21, RAION), '21 район');
    assert.equal(countRu(2.5, ['процент', 'процента', 'процентов']), '2,5 процента');
  });

  it('chooses the entity noun from the header of the entity column', () => {
    assert.deepEqual(entityNoun('Муниципальный район').forms, ['район', 'района', 'районов']);
    assert.equal(entityNoun('Муниципальное образование').forms[2], 'муниципальных образований');
    assert.equal(entityNoun('МО').forms[0], 'муниципальное образование');
    assert.equal(entityNoun('Наименование ОО').plural, 'организации');
    assert.deepEqual(entityNoun('ОО').forms, ['организация', 'организации', 'организаций']);
    assert.deepEqual(entityNoun('Образовательная организация').forms, ['организация', 'организации', 'организаций']);
    assert.deepEqual(entityNoun('Район').forms, ['район', 'района', 'районов']);
    assert.equal(entityNoun('Школа').forms[1], 'школы');
    assert.equal(entityNoun('Методическая служба').forms[2], 'служб');
    assert.equal(entityNoun('ММС').forms[0], 'служба');
    assert.equal(entityNoun('Муниципалитет').forms[2], 'муниципалитетов');
    assert.equal(entityNoun('Объект мониторинга').forms[0], 'объект');
    assert.equal(entityNoun('').forms[0], 'объект');
    // «мо» inside a word is not the abbreviation МО.
    assert.equal(entityNoun('Номер').forms[0], 'объект');
  });

  it('writes a percentage with a decimal comma and one decimal, rounded as Excel shows 0.0%', () => {
    assert.equal(formatPercentRu(65 / 92 * 100), `70,7${NBSP}%`);
    assert.equal(formatPercentRu(100), `100,0${NBSP}%`);
    assert.equal(formatPercentRu(0), `0,0${NBSP}%`);
    assert.equal(formatPercentRu(null), 'нет данных');
    // 70.65 is 70.6499999… in binary: Excel (15 digits) and the note both show 70,7.
    assert.equal(displayPercent(70.65), 70.7);
    assert.equal(displayPercent(0.7065 * 100), 70.7);
    assert.equal(displayPercent(12.25), 12.3);
  });

  it('keeps a percentage on its side of a threshold: more decimals only where one decimal would cross it', () => {
    assert.equal(formatPercentWithin(69.96, [70, 40]), `69,96${NBSP}%`);
    assert.equal(formatPercentWithin(39.97, [70, 40]), `39,97${NBSP}%`);
    assert.equal(formatPercentWithin(69.94, [70, 40]), `69,9${NBSP}%`);
    assert.equal(formatPercentWithin(70, [70, 40]), `70,0${NBSP}%`);
    assert.equal(formatPercentWithin(69.99996, [70]), `69,9999${NBSP}%`, 'at most four decimals');
    assert.equal(formatPercentWithin(null, [70]), 'нет данных');
  });

  it('writes differences in percentage points, as a magnitude or signed', () => {
    assert.equal(formatPointsRu(12.5), `12,5${NBSP}п.п.`);
    assert.equal(formatPointsRu(-3), `3,0${NBSP}п.п.`);
    assert.equal(formatSignedPointsRu(12.5), `+12,5${NBSP}п.п.`);
    assert.equal(formatSignedPointsRu(-3), `−3,0${NBSP}п.п.`);
    assert.equal(formatSignedPointsRu(0.01), `0,0${NBSP}п.п.`);
  });

  it('joins a list with commas and «и», folding a shared noun into the plural', () => {
    assert.equal(joinRu([]), '');
    assert.equal(joinRu(['А']), 'А');
    assert.equal(joinRu(['А', 'Б']), 'А и Б');
    assert.equal(joinRu(['А', 'Б', 'В']), 'А, Б и В');
    const district = nounByKey('district');
    assert.equal(
      joinNamesRu(['Кировский район', 'Лужский район', 'Тосненский район'], district),
      'Кировский, Лужский и Тосненский районы',
    );
    assert.equal(joinNamesRu(['Кировский район'], district), 'Кировский район');
    assert.equal(joinNamesRu(['г. Сосновый Бор', 'Лужский район'], district), 'г. Сосновый Бор и Лужский район');
    assert.equal(
      joinNamesRu(['А район', 'Б район', 'В район', 'Г район', 'Д район'], district, 3),
      'А район, Б район, В район и ещё 2 района',
    );
  });
});
