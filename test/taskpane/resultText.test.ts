import assert from 'node:assert/strict';
import { formatPercent } from '../../src/taskpane/format';
import { nounByKey } from '../../src/engine/text';
import {
  criticalIndicatorLine,
  deficitEntityLine,
  groupLine,
  namesList,
  recognitionHeadline,
  writtenSheetsText,
} from '../../src/taskpane/resultText';
import type { TableRecognition } from '../../src/taskpane/summaryTypes';

describe('The result summary text', () => {
  it('writes a group with its count in the right form and its members', () => {
    const g = { group: 1, label: '80–100 %', count: 3, names: ['Кировский', 'Лужский', 'Тосненский'] };
    assert.equal(groupLine(g, nounByKey('district').forms), 'Группа 1 (80–100 %): 3 района — Кировский, Лужский, Тосненский');
    assert.equal(groupLine({ ...g, count: 1, names: ['Кировский'] }, nounByKey('district').forms), 'Группа 1 (80–100 %): 1 район — Кировский');
  });

  it('says «нет» for an empty group', () => {
    assert.equal(groupLine({ group: 3, label: 'менее 50 %', count: 0, names: [] }, nounByKey('district').forms), 'Группа 3 (менее 50 %): нет');
  });

  it('cuts long member lists with «и ещё N»', () => {
    assert.equal(namesList(['А', 'Б'], 2), 'А, Б');
    assert.equal(namesList(['А', 'Б'], 12_002), 'А, Б и ещё 12\u00a0000');
    const g = { group: 2, label: '50–79 %', count: 25, names: ['А', 'Б'] };
    assert.equal(groupLine(g, nounByKey('organisation').forms), 'Группа 2 (50–79 %): 25 организаций — А, Б и ещё 23');
  });

  it('rounds percentages to one decimal with a comma', () => {
    assert.equal(formatPercent(70.652), '70,7 %');
    assert.equal(formatPercent(100), '100 %');
    assert.equal(formatPercent(null), 'нет данных');
  });

  it('names a critical indicator with its level and the critical level', () => {
    const line = criticalIndicatorLine({ id: '2.7', name: '2.7. Адресная поддержка', level: 0, criterion: null, cell: 'Лист1!M4' }, 50);
    assert.equal(line, '2.7. Адресная поддержка — 0 % (критический уровень 50 %)');
  });

  it('counts an entity’s deficits in the right form', () => {
    const e = { name: 'Малгобекский район', deficits: 4, fulfilment: 61.04, group: 2, cell: 'Лист1!B11' };
    assert.equal(deficitEntityLine(e), 'Малгобекский район: 4 дефицита, выполнение 61 %');
    assert.equal(deficitEntityLine({ ...e, deficits: 1 }), 'Малгобекский район: 1 дефицит, выполнение 61 %');
    assert.equal(deficitEntityLine({ ...e, deficits: 11 }), 'Малгобекский район: 11 дефицитов, выполнение 61 %');
  });

  it('sums up a recognised table', () => {
    const t = { entityCount: 5, entity: nounByKey('municipalityShort'), criteria: [{}, {}, {}], indicatorCount: 15 } as unknown as TableRecognition;
    assert.equal(recognitionHeadline(t), 'Найдено: 5 муниципалитетов, 3 критерия, 15 показателей');
    const plain = { ...t, criteria: [], indicatorCount: 1, entityCount: 21, entity: nounByKey('school') };
    assert.equal(recognitionHeadline(plain), 'Найдено: 21 школа, 1 показатель');
  });

  it('lists the written sheets', () => {
    assert.equal(writtenSheetsText(['Сводная', 'Дефициты', 'Проверка данных']), 'Результаты записаны на листы «Сводная», «Дефициты» и «Проверка данных».');
    assert.equal(writtenSheetsText(['Сводная (2)']), 'Результаты записаны на лист «Сводная (2)».');
  });
});
