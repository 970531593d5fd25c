import { strict as assert } from 'assert';
import { analyzeWorkbook } from '../../src/engine/analyze';
import type { TableAnalysis, Analysis } from '../../src/engine/analysis';
import { ingushetia, INGUSHETIA_NAMES, INGUSHETIA_IDS, K1, K2, K3, sheet, type MatrixVariant } from './tabularFixtures';

function analyse(v: MatrixVariant = {}, options = {}): { a: Analysis; t: TableAnalysis } {
  const a = analyzeWorkbook({ sheets: [ingushetia(v)] }, options);
  assert.equal(a.tables.length, 1);
  return { a, t: a.tables[0] };
}

function close(actual: number | null | undefined, expected: number, what = ''): void {
  assert.ok(actual !== null && actual !== undefined, `${what}: expected ${expected}, got ${actual}`);
  assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: expected ${expected}, got ${actual}`);
}

// Hand computation (fixture values in tabularFixtures.ts):
//   Магас:      K1 4/4 = 100; K2 (0.9 + 1 + 7·1)/9 = 98.888…; K3 (1 + 0.8)/2 = 90; overall 14.7/15 = 98
//   Сунженский: everything 1 → 100
//   Малгобек:   K1 2/4 = 50; K2 (0.3 + 0.35 + 3)/9 = 40.555…; K3 (0 + 0.5)/2 = 25; overall 6.15/15 = 41
//   Назрань р.: K1 3/4 = 75; K2 (0.7 + 0.8 + 6)/9 = 83.333…; K3 (1 + 0.6)/2 = 80; overall 12.1/15 = 80.666…
//   Джейрах:    K1 3/4 = 75; K2 (0.6 + 0.6 + 4)/9 = 57.777…; K3 (1 + 0.4)/2 = 70; overall 9.6/15 = 64
const EXPECTED = [
  { k1: 100, k2: 8.9 / 9 * 100, k3: 90, overall: 98, group: 1, rank: 2 },
  { k1: 100, k2: 100, k3: 100, overall: 100, group: 1, rank: 1 },
  { k1: 50, k2: 3.65 / 9 * 100, k3: 25, overall: 41, group: 3, rank: 5 },
  { k1: 75, k2: 7.5 / 9 * 100, k3: 80, overall: 12.1 / 15 * 100, group: 1, rank: 3 },
  { k1: 75, k2: 5.2 / 9 * 100, k3: 70, overall: 64, group: 2, rank: 4 },
];

function checkIngushetia(t: TableAnalysis): void {
  assert.deepEqual(t.entities.map((e) => e.name), INGUSHETIA_NAMES);
  assert.deepEqual(t.indicators.map((i) => i.id), INGUSHETIA_IDS);
  t.entities.forEach((e, i) => {
    const x = EXPECTED[i];
    close(e.fulfilment, x.overall, `${e.name} overall`);
    assert.equal(e.group, x.group, `${e.name} group`);
    assert.equal(e.rank, x.rank, `${e.name} rank`);
    assert.equal(e.incomplete, false);
  });
}

describe('Layout A: the Ingushetia indicator matrix (seed 003)', () => {
  it('reads five services, fifteen indicators and three merged criteria', () => {
    const { t } = analyse({ title: true, total: true, note: true });
    assert.equal(t.layout, 'matrix');
    assert.equal(t.transposed, false);
    assert.equal(t.entityLabel, 'Муниципальное образование');
    assert.equal(t.title, 'Мониторинг организационно-методической деятельности методических служб');
    assert.deepEqual(t.criteria.map((c) => [c.label, c.id, c.indicatorIds.length]), [
      [K1, '1', 4],
      [K2, '2', 9],
      [K3, '3', 2],
    ]);
    assert.deepEqual(t.indicators.map((i) => i.kind), [
      'binary', 'binary', 'binary', 'binary', 'percent', 'percent', 'binary', 'binary', 'binary', 'binary', 'binary', 'binary', 'binary', 'binary', 'percent',
    ]);
    checkIngushetia(t);
  });

  it('computes criterion fulfilment as the mean of the indicator scores × 100', () => {
    const { t } = analyse();
    t.entities.forEach((e, i) => {
      close(e.criteria[K1], EXPECTED[i].k1, `${e.name} K1`);
      close(e.criteria[K2], EXPECTED[i].k2, `${e.name} K2`);
      close(e.criteria[K3], EXPECTED[i].k3, `${e.name} K3`);
    });
    // Groups per criterion: Малгобек is group 3 on K1? 50 → group 2; on K3 25 → group 3.
    assert.equal(t.entities[2].criteriaGroups[K1], 2);
    assert.equal(t.entities[2].criteriaGroups[K3], 3);
    assert.equal(t.entities[4].criteriaGroups[K2], 2);
    assert.equal(t.entities[3].criteriaGroups[K2], 1);
  });

  it('weights every criterion equally when asked to', () => {
    const { t } = analyse({}, { weighting: 'criteria' });
    // Малгобек: (50 + 40.555… + 25) / 3
    close(t.entities[2].fulfilment, (50 + 3.65 / 9 * 100 + 25) / 3, 'criteria weighting');
    // Магас: (100 + 98.888… + 90) / 3 = 96.296…
    close(t.entities[0].fulfilment, (100 + 8.9 / 9 * 100 + 90) / 3);
  });

  it('gives the region mean and median of fulfilment and flags the entities below the median', () => {
    const { t } = analyse();
    close(t.region.mean, (98 + 100 + 41 + 12.1 / 15 * 100 + 64) / 5, 'mean');
    close(t.region.median, 12.1 / 15 * 100, 'median');
    assert.equal(t.region.entities, 5);
    assert.equal(t.region.complete, 5);
    assert.deepEqual(t.entities.map((e) => e.belowMedian), [false, false, true, false, true]);
    // Criterion 1: values 100, 100, 50, 75, 75 → mean 80, median 75.
    close(t.criteria[0].mean, 80);
    close(t.criteria[0].median, 75);
  });

  it('gives each indicator its regional level and status', () => {
    const { t } = analyse();
    const byId = new Map(t.indicators.map((i) => [i.id, i]));
    close(byId.get('1.1')!.level, 100);
    assert.equal(byId.get('1.1')!.status, 'ok');
    close(byId.get('1.2')!.level, 60); // да, да, нет, да, нет
    assert.equal(byId.get('1.2')!.status, 'attention');
    close(byId.get('2.1')!.level, (90 + 100 + 30 + 70 + 60) / 5); // percent format
    close(byId.get('2.2')!.level, (100 + 100 + 35 + 80 + 60) / 5); // text «35%»
    close(byId.get('3.2')!.level, (80 + 100 + 50 + 60 + 40) / 5);
    assert.equal(byId.get('3.2')!.status, 'attention');
    assert.equal(byId.get('2.1')!.criterion, K2);
    assert.equal(byId.get('2.1')!.source.headerCell, 'Лист1!G2');
  });

  it('honours a per-indicator threshold', () => {
    const { t } = analyse({}, { indicatorThresholds: { '1.2': { target: 60, critical: 40 } } });
    const i = t.indicators.find((x) => x.id === '1.2')!;
    assert.equal(i.target, 60);
    assert.equal(i.status, 'ok');
  });

  it('gives each entity the same cells record every time it is asked, and the same name cell', () => {
    const { t } = analyse();
    const e = t.entities[1];
    assert.equal(e.cells, e.cells);
    assert.equal(e.nameCell, e.nameCell);
    assert.equal(e.cells['1.1'].cell, `Лист1!C${Number(e.nameCell.slice('Лист1!B'.length))}`);
  });

  it('reports each cell with its real address and keeps full precision', () => {
    const { t } = analyse();
    const magas = t.entities[0];
    assert.equal(magas.nameCell, 'Лист1!B3');
    assert.equal(magas.cells['1.1'].cell, 'Лист1!C3');
    assert.equal(magas.cells['2.1'].score, 0.9);
    assert.equal(magas.cells['2.1'].value, 90);
    assert.equal(magas.cells['2.1'].plain, true);
    assert.equal(magas.cells['2.2'].plain, false); // text «100%»
    assert.equal(magas.index, 2);
  });
});

describe('Layout A: where the table sits and what surrounds it', () => {
  it('finds the header in row 1', () => {
    const { t } = analyse({ top: 0 });
    assert.equal(t.headerRows[0].first, 0);
    assert.equal(t.headerRows[0].dataFirst, 2);
    checkIngushetia(t);
  });

  it('finds the header in row 5 of a table that starts in column C', () => {
    const { t } = analyse({ top: 4, left: 2 });
    assert.equal(t.headerRows[0].first, 4);
    assert.equal(t.headerRows[0].headerLast, 5);
    assert.equal(t.headerRows[0].dataFirst, 6);
    assert.equal(t.headerRows[0].last, 10);
    assert.equal(t.entities[0].nameCell, 'Лист1!D7');
    assert.equal(t.entities[0].cells['1.1'].cell, 'Лист1!E7');
    checkIngushetia(t);
  });

  it('reads the same table when the grid itself starts at row 5, column C', () => {
    const base = ingushetia({ top: 0 });
    const shifted = { ...base, startRow: 4, startCol: 2, merges: (base.merges ?? []).map((m) => ({ top: m.top + 4, bottom: m.bottom + 4, left: m.left + 2, right: m.right + 2 })) };
    const t = analyzeWorkbook({ sheets: [shifted] }).tables[0];
    assert.equal(t.entities[0].cells['1.1'].cell, 'Лист1!E7');
    checkIngushetia(t);
  });

  it('takes a title above the header and ignores notes below the table', () => {
    const { t, a } = analyse({ title: true, note: true });
    assert.equal(t.title, 'Мониторинг организационно-методической деятельности методических служб');
    assert.equal(t.entities.length, 5);
    assert.ok(!a.problems.some((p) => p.severity === 'error'));
    checkIngushetia(t);
  });

  it('skips a blank row inside the table', () => {
    const { t, a } = analyse({ blankRow: true });
    assert.equal(t.entities.length, 5);
    assert.equal(t.entities[2].nameCell, 'Лист1!B6'); // row 5 is blank
    assert.equal(a.problems.length, 0);
    checkIngushetia(t);
  });

  it('does not count a total row as an entity, with or without it', () => {
    const withTotal = analyse({ total: true }).t;
    const without = analyse({ total: false }).t;
    assert.equal(withTotal.entities.length, 5);
    assert.ok(!withTotal.entities.some((e) => /Итого/.test(e.name)));
    assert.deepEqual(withTotal.entities.map((e) => e.fulfilment), without.entities.map((e) => e.fulfilment));
  });

  it('does not take the numbering column for an indicator, nor need one', () => {
    const numbered = analyse({ numbering: true }).t;
    const plain = analyse({ numbering: false }).t;
    assert.equal(numbered.indicators.length, 15);
    assert.ok(!numbered.indicators.some((i) => /№/.test(i.name)));
    assert.equal(plain.entities[0].nameCell, 'Лист1!A3');
    checkIngushetia(plain);
  });

  it('reads criteria drawn without merging: a cell with empty cells to its right', () => {
    const { t } = analyse({ criteria: 'unmerged' });
    assert.deepEqual(t.criteria.map((c) => c.label), [K1, K2, K3]);
    assert.deepEqual(t.criteria.map((c) => c.indicatorIds.length), [4, 9, 2]);
    checkIngushetia(t);
  });

  it('derives criteria from indicator numbers when no criterion is written', () => {
    const { t } = analyse({ criteria: 'ids-only' });
    assert.deepEqual(t.criteria.map((c) => [c.label, c.id]), [
      ['Критерий 1', '1'],
      ['Критерий 2', '2'],
      ['Критерий 3', '3'],
    ]);
    close(t.entities[2].criteria['Критерий 3'], 25);
    checkIngushetia(t);
  });

  it('works without criteria: overall fulfilment only, ids are column letters', () => {
    const { t } = analyse({ criteria: 'none' });
    assert.equal(t.criteria.length, 0);
    assert.equal(t.indicators[0].id, 'C');
    assert.equal(t.indicators[4].name, 'Доля педагогов с ИППР, %');
    assert.deepEqual(t.entities[0].criteria, {});
    t.entities.forEach((e, i) => close(e.fulfilment, EXPECTED[i].overall));
  });
});

describe('Layout A: cells that are not data', () => {
  it('reports text as an unreadable error, counts it as missing and marks the entity incomplete', () => {
    const s = sheet('Лист1', [
      ['МО', '1.1 Наличие плана', '1.2 Наличие программы', '1.3 Доля педагогов, %'],
      ['Кировский', 'да', 'возможно', '50%'],
      ['Тосненский', 'нет', 'да', '—'],
      ['Лужский', 'н/д', 'да', ''],
    ]);
    const a = analyzeWorkbook({ sheets: [s] });
    const t = a.tables[0];
    const unreadable = a.problems.filter((p) => p.code === 'unreadable');
    assert.deepEqual(unreadable.map((p) => [p.cell, p.severity]), [['Лист1!C2', 'error']]);
    assert.equal(unreadable[0].message, 'Значение «возможно» не распознано как данные; ячейка не учтена в расчётах.');
    const missing = a.problems.filter((p) => p.code === 'missing').map((p) => p.cell);
    assert.deepEqual(missing.sort(), ['Лист1!B4', 'Лист1!D4']);
    // Кировский: (1 + 0.5) / 2 — «возможно» is not a 0.
    close(t.entities[0].fulfilment, 75);
    assert.equal(t.entities[0].incomplete, true);
    assert.equal(t.entities[0].cells['1.2'].score, null);
    // Тосненский: a dash in a percent column is 0 (the phenomenon is absent).
    close(t.entities[1].fulfilment, (0 + 1 + 0) / 3 * 100);
    assert.equal(t.entities[1].incomplete, false);
    // Лужский: only 1.2 has data.
    close(t.entities[2].fulfilment, 100);
    assert.equal(t.region.complete, 1);
    // Level of 1.1: one «да» of two with data.
    close(t.indicators[0].level, 50);
    assert.equal(t.indicators[0].withData, 2);
    assert.equal(t.indicators[0].missing, 1);
  });

  it('reports a value of the wrong sort and an Excel error as unreadable', () => {
    const s = sheet('Лист1', [
      ['МО', 'Наличие плана', 'Доля, %'],
      ['Кировский', 'да', '#ДЕЛ/0!'],
      ['Тосненский', '45%', '40%'],
      ['Лужский', 'нет', '30%'],
    ]);
    const a = analyzeWorkbook({ sheets: [s] });
    const cells = a.problems.filter((p) => p.code === 'unreadable').map((p) => p.cell);
    assert.deepEqual(cells.sort(), ['Лист1!B3', 'Лист1!C2']);
  });

  it('ends the table at a note and keeps a name-only row above data as an entity with missing data', () => {
    const s = sheet('Лист1', [
      ['МО', 'Наличие плана', 'Наличие программы'],
      ['Кировский', 'да', 'да'],
      ['Лодейнопольский', null, null],
      ['Тосненский', 'нет', 'да'],
      ['Примечание: сведения на 1 сентября'],
      ['Волховский', 'да', 'да'],
    ]);
    const a = analyzeWorkbook({ sheets: [s] });
    const t = a.tables[0];
    assert.deepEqual(t.entities.map((e) => e.name), ['Кировский', 'Лодейнопольский', 'Тосненский']);
    assert.equal(t.entities[1].fulfilment, null);
    assert.equal(a.problems.filter((p) => p.code === 'missing').length, 2);
  });

  it('warns about a repeated entity name', () => {
    const s = sheet('Лист1', [
      ['МО', 'Наличие плана'],
      ['Кировский', 'да'],
      ['Тосненский', 'нет'],
      ['Кировский', 'нет'],
    ]);
    const a = analyzeWorkbook({ sheets: [s] });
    const d = a.problems.filter((p) => p.code === 'duplicate-entity');
    assert.equal(d.length, 1);
    assert.equal(d[0].cell, 'Лист1!A4');
  });
});
