import { strict as assert } from 'assert';
import { toResultJson } from '../../src/engine/json';
import { fullAnalysis, matrixAnalysis } from '../fixtures/analysisFixtures';

describe('toResultJson gives the result of METHODOLOGY §8', () => {
  const json = toResultJson(fullAnalysis());

  it('has the §8 keys plus tables and thresholds', () => {
    for (const k of ['layout', 'sheets', 'entities', 'indicators', 'shares', 'deficits', 'problems', 'tables', 'thresholds']) {
      assert.ok(k in json, k);
    }
    assert.equal(json.layout, 'matrix');
    assert.deepEqual(json.sheets, ['Лист1', 'Форма 2', 'Баллы']);
  });

  it('keeps percentages 0–100 and unrounded', () => {
    const kir = json.entities[0];
    assert.equal(kir.name, 'Кировский район');
    assert.equal(kir.fulfilment, 96.66666666666667);
    assert.deepEqual(kir.criteria, { 'Критерий 1. Системность методической работы': 100, 'Критерий 2. Поддержка молодых педагогов': 90 });
    const a = json.shares.find((s) => s.entity === 'Район А')!;
    assert.equal(a.share, (40 / 52) * 100);
    assert.equal(a.declared, 80);
    assert.equal(a.mismatch, true);
    assert.equal(a.declaredCell, "'Форма 2'!E5");
    assert.equal(json.indicators.find((i) => i.id === '1.1')!.level, 66.66666666666667);
  });

  it('writes a missing value as null, the region share with entity null', () => {
    const region = json.shares.find((s) => s.entity === null)!;
    assert.equal(region.declared, null);
    assert.equal(region.declaredCell, null);
    assert.ok(Math.abs(region.share! - 69.444) < 0.001);
    assert.equal(json.deficits.find((d) => d.scope === 'indicator')!.entity, null);
    const withNaN = matrixAnalysis();
    withNaN.tables[0].entities[0].fulfilment = NaN;
    assert.equal(toResultJson(withNaN).entities[0].fulfilment, null);
    assert.ok(!JSON.stringify(toResultJson(withNaN)).includes('NaN'));
  });

  it('concatenates entities of all tables, tagged with table index and sheet', () => {
    assert.deepEqual(
      json.entities.map((e) => [e.name, e.table, e.sheet]),
      [
        ['Кировский район', 0, 'Лист1'],
        ['Лужский район', 0, 'Лист1'],
        ['=1+1', 0, 'Лист1'],
        ['Район А', 1, 'Форма 2'],
        ['Район Б', 1, 'Форма 2'],
        ['Крымский район', 2, 'Баллы'],
      ],
    );
    assert.equal(json.entities[2].incomplete, true);
    assert.equal(json.entities[2].group, 3);
  });

  it('gives points and maxPoints only where the layout has points', () => {
    assert.equal(json.entities[5].points, 50);
    assert.equal(json.entities[5].maxPoints, 71);
    assert.ok(!('points' in json.entities[0]));
  });

  it('lists deficits with the §8 kinds and cell addresses', () => {
    const d = json.deficits.find((x) => x.cell === 'Лист1!D5')!;
    assert.deepEqual([d.entity, d.indicator, d.value, d.kind], ['Лужский район', '1.2', 'нет', 'deficit']);
    assert.deepEqual([...new Set(json.deficits.map((x) => x.kind))].sort(), ['attention', 'below-median', 'deficit', 'group-3']);
  });

  it('lists problems with cell, severity and message', () => {
    assert.deepEqual(json.problems[1], {
      cell: "'Форма 2'!E5",
      sheet: 'Форма 2',
      severity: 'error',
      code: 'declared-share-mismatch',
      message: 'Доля «=80%» в таблице расходится с вычисленной 76,9 %.',
    });
  });

  it('summarises each table: layout, sheets, title, entity count, pairs with reasons, points detail', () => {
    assert.deepEqual(json.tables.map((t) => [t.layout, t.sheets, t.title, t.entities]), [
      ['matrix', ['Лист1'], 'Мониторинг методических служб', 3],
      ['counts', ['Форма 2'], null, 2],
      ['points', ['Баллы'], 'Оценочный лист', 1],
    ]);
    assert.deepEqual(json.tables[1].pairs[0].numerator, { header: 'Количество педагогов-наставников', cell: "'Форма 2'!C4" });
    assert.equal(json.tables[1].pairs[0].reason, 'по заголовку');
    const p = json.tables[2].points[0];
    assert.equal(p.total, 50);
    assert.equal(p.percent, (50 / 71) * 100);
    assert.equal(p.blocks[0].positions[0].parameters[0].cell, 'Баллы!C3');
  });

  it('states the thresholds with the last band open below', () => {
    assert.deepEqual(json.thresholds, {
      target: 80,
      critical: 50,
      bands: [
        { group: 1, min: 80, label: '80–100 %' },
        { group: 2, min: 50, label: '50–79 %' },
        { group: 3, min: null, label: 'менее 50 %' },
      ],
    });
  });

  it('survives a JSON round trip unchanged', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(json)), json);
  });
});
