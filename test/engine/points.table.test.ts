import { strict as assert } from 'assert';
import { readPointsSheets } from '../../src/engine/points/readPoints';
import { DEFAULT_SCHEME } from '../../src/engine/points/defaultScheme';
import { resolveOptions } from '../../src/engine/options';
import { ProblemList } from '../../src/engine/problems';
import type { SheetGrid } from '../../src/engine/grid';
import { fullTemplate, evaluateSum, rowOf, type Marks } from './pointsFixtures';

const x4 = (m: Marks): Marks[] => [m, m, m, m];
const x7 = (m: Marks): Marks[] => [m, m, m, m, m, m, m];
const ZERO: Marks = [0, 0, 0];

// Hand-checked scores (block totals in the comments; maximum 8+12+12+12+21+3+3 = 71 for everyone).
const KRYMSK = fullTemplate('Крымский', 'Оценочный лист: Крымский район', [
  [[1, 1, 0], [1, 1, 0], [1, 0, 0], [1, 1, 1]], // 2 + 2 + 1 + (2 − 1) = 6
  [[1, 1, 1], [1, 1, 0], [1, 0, 0], [1, 1, 1]], // 3 + 2 + 1 + 3 = 9
  x4([1, 0, 0]), // 4
  [[1, 1, 1], [1, 1, 1], ZERO, ZERO], // 6
  [...x7([1, 1, 1]).slice(0, 6), [1, 1, 0]], // 18 + 2 = 20
  [[1, 1, 1]], // 3
  [[1, 0, 1]], // 2
]); // 50 → 70.42 %
const ABINSK = fullTemplate('Абинский', 'Оценочный лист: Абинский район', [
  x4([1, 1, 0]), x4([1, 1, 1]), x4([1, 1, 1]), x4([1, 1, 1]), x7([1, 1, 1]), [[1, 1, 1]], [ZERO],
]); // 8 + 12 + 12 + 12 + 21 + 3 + 0 = 68 → 95.77 %
const SEVERSK = fullTemplate('Северский', 'Оценочный лист: Северский район', [
  [[0, 0, -1], [1, 1, 0], [1, 1, 0], [1, 1, 0]], // −1 + 6 = 5
  x4([1, 1, 1]), // position 1 zeroed (its indicators are all ineffective): 9
  [[1, 0, 0], [1, 1, 1], [1, 1, 1], [1, 1, 1]], // position 1 zeroed: 9
  x4([1, 1, 1]), // 12
  x7([1, 1, 0]), // 14
  [[1, 0, 0]], // 1
  [ZERO], // 0
]); // 50 → 70.42 %, ties with Крымский
const ANAPA = fullTemplate('Анапа', 'Муниципальное образование: город-курорт Анапа', [
  x4([1, 0, 0]), x4([1, 0, 0]), x4(ZERO), x4(ZERO), x7([1, 0, 0]), [ZERO], [ZERO],
]); // 4 + 4 + 7 = 15 → 21.13 %

function readAll(sheets: SheetGrid[]) {
  const problems = new ProblemList();
  const result = readPointsSheets(sheets, DEFAULT_SCHEME, resolveOptions(), problems);
  return { ...result, problems: problems.items };
}

describe('points: evaluation sheets of several municipalities read as one table', () => {
  const sheets = [KRYMSK, ABINSK, SEVERSK, ANAPA];
  const { tables, consumed, problems } = readAll(sheets);
  const table = tables[0];
  const entity = (name: string) => table.entities.find((e) => e.name === name)!;

  it('consumes every template sheet and makes one points table of four municipalities named by their title rows', () => {
    assert.deepEqual(consumed, ['Крымский', 'Абинский', 'Северский', 'Анапа']);
    assert.equal(tables.length, 1);
    assert.equal(table.layout, 'points');
    assert.deepEqual(table.sheets, consumed);
    assert.deepEqual(table.entities.map((e) => e.name), ['Крымский район', 'Абинский район', 'Северский район', 'город-курорт Анапа']);
    assert.equal(table.entities[0].nameCell, 'Крымский!A1');
  });

  it('totals points per entity against the computed maximum of 71 and gives percent of maximum', () => {
    assert.deepEqual(table.entities.map((e) => [e.points, e.maxPoints]), [[50, 71], [68, 71], [50, 71], [15, 71]]);
    assert.ok(Math.abs(entity('Крымский район').fulfilment! - (50 / 71) * 100) < 1e-9);
    assert.ok(Math.abs(entity('Абинский район').fulfilment! - 95.77464788732394) < 1e-9);
    assert.ok(Math.abs(entity('город-курорт Анапа').fulfilment! - 21.12676056338028) < 1e-9);
  });

  it('totals per block and per position', () => {
    const p = table.points[0];
    assert.deepEqual(p.blocks.map((b) => b.total), [6, 9, 4, 6, 20, 3, 2]);
    assert.deepEqual(p.blocks.map((b) => b.max), [8, 12, 12, 12, 21, 3, 3]);
    assert.deepEqual(p.blocks[0].positions.map((x) => x.total), [2, 2, 1, 1]);
    const s = table.points[2];
    assert.deepEqual(s.blocks.map((b) => b.total), [5, 9, 9, 12, 14, 1, 0]);
  });

  it('gives block percentages as criteria, with their groups', () => {
    const k = entity('Крымский район');
    assert.equal(k.criteria['Показатели'], 75);
    assert.ok(Math.abs(k.criteria['Анализ результатов мониторинга']! - 100 / 3) < 1e-9);
    assert.equal(k.criteriaGroups['Показатели'], 2);
    assert.equal(k.criteriaGroups['Анализ результатов мониторинга'], 3);
    assert.equal(k.criteriaGroups['Управленческие решения'], 1);
    assert.deepEqual(table.criteria.map((c) => c.label), DEFAULT_SCHEME.blocks.map((b) => b.name));
  });

  it('ranks with shared places for ties (1, 2, 2, 4) and groups by the bands', () => {
    assert.deepEqual(table.entities.map((e) => e.rank), [2, 1, 2, 4]);
    assert.deepEqual(table.entities.map((e) => e.group), [2, 1, 2, 3]);
  });

  it('flags the entity below the median of the totals and the one in group 3', () => {
    assert.ok(Math.abs(table.region.median! - (50 / 71) * 100) < 1e-9);
    assert.ok(Math.abs(table.region.mean! - (183 / 284) * 100) < 1e-9);
    assert.deepEqual(table.entities.filter((e) => e.belowMedian).map((e) => e.name), ['город-курорт Анапа']);
    const entityFindings = table.deficits.filter((d) => d.scope === 'entity').map((d) => [d.entity, d.kind]);
    assert.deepEqual(entityFindings, [['город-курорт Анапа', 'group-3'], ['город-курорт Анапа', 'below-median']]);
  });

  it('makes one points indicator per position with stable ids, max and level = mean / max × 100', () => {
    assert.equal(table.indicators.length, 4 + 4 + 4 + 4 + 7 + 1 + 1);
    const i11 = table.indicators.find((i) => i.id === '1.1')!;
    assert.equal(i11.kind, 'points');
    assert.equal(i11.max, 2);
    assert.equal(i11.criterion, 'Показатели');
    assert.equal(i11.level, 50); // (2 + 2 − 1 + 1) / 4 / 2
    assert.equal(i11.status, 'attention');
    const i21 = table.indicators.find((i) => i.id === '2.1')!;
    assert.ok(Math.abs(i21.level! - (1.75 / 3) * 100) < 1e-9); // (3 + 3 + 0 + 1) / 4 / 3
    const i71 = table.indicators.find((i) => i.id === '7.1')!;
    assert.ok(Math.abs(i71.level! - (0.5 / 3) * 100) < 1e-9);
    assert.equal(i71.status, 'critical');
    assert.deepEqual(entity('Крымский район').cells['1.4'].value, 1);
    assert.equal(entity('Крымский район').cells['1.4'].cell, `Крымский!B${rowOf(KRYMSK, DEFAULT_SCHEME.blocks[0].positions[3].name) + 1}`);
    const problemZones = table.deficits.filter((d) => d.scope === 'indicator');
    assert.ok(problemZones.some((d) => d.indicator === '7.1' && d.kind === 'deficit' && d.threshold === 50));
    assert.ok(problemZones.some((d) => d.indicator === '1.1' && d.kind === 'attention' && d.threshold === 80));
    const i12 = table.indicators.find((i) => i.id === '1.2')!;
    assert.equal(i12.level, 87.5); // (2 + 2 + 2 + 1) / 4 / 2
    assert.equal(i12.status, 'ok');
    assert.ok(!problemZones.some((d) => d.indicator === '1.2'), 'a level at or above target is no problem zone');
    assert.equal(table.indicators.find((i) => i.id === '5.1')!.level, 75); // (3 + 3 + 2 + 1) / 4 / 3
  });

  it('lists a parameter scored 0 where it could score as a cell deficit and an applied penalty as attention, with their cells', () => {
    const row = rowOf(KRYMSK, DEFAULT_SCHEME.blocks[0].positions[2].name) + 1;
    const krymsk = table.deficits.filter((d) => d.entity === 'Крымский район' && d.scope === 'cell');
    assert.ok(krymsk.some((d) => d.kind === 'deficit' && d.cell === `Крымский!C${row}` && d.indicator === '1.3'));
    const penaltyRow = rowOf(KRYMSK, DEFAULT_SCHEME.blocks[0].positions[3].name) + 1;
    assert.deepEqual(
      krymsk.filter((d) => d.kind === 'attention').map((d) => d.cell),
      [`Крымский!D${penaltyRow}`],
    );
    // Крымский: zeros in 1.1–1.3 (1), 2.2–2.3 (1 + 2), 3.x (8), 4.3–4.4 (6), 5.7 (1), 7.1 (1) = 20.
    assert.equal(krymsk.filter((d) => d.kind === 'deficit').length, 1 + 3 + 8 + 6 + 1 + 1);
    // Monitoring zeroed because its indicators are all ineffective is not a deficit of the monitoring.
    assert.ok(!table.deficits.some((d) => d.entity === 'Северский район' && d.indicator === '2.1' && d.scope === 'cell'));
  });

  it('reports the «Меры» block declaring 24 for 7 × 3 = 21 on every sheet, at the declared cell', () => {
    const mismatches = problems.filter((p) => p.code === 'declared-total-mismatch');
    const row = rowOf(KRYMSK, 'Меры, мероприятия') + 1;
    assert.deepEqual(mismatches.map((p) => p.cell), [`Крымский!E${row}`, `Абинский!E${row}`, `Северский!E${row}`, `Анапа!E${row}`]);
    assert.match(mismatches[0].message, /24.*21/);
  });

  it('warns about the monitoring and analysis of Северский’s ineffective indicators, says why its position scores −1, and nothing else is wrong', () => {
    const codes = problems.filter((p) => p.code !== 'declared-total-mismatch').map((p) => [p.code, p.sheet, p.severity]);
    assert.deepEqual(codes, [['penalty-only', 'Северский', 'info'], ['ineffective-monitoring', 'Северский', 'warning'], ['ineffective-monitoring', 'Северский', 'warning']]);
    const why = problems.find((p) => p.code === 'penalty-only')!;
    assert.match(why.message, /отмечен только штраф .* \(0 \+ 0 − 1\): позиция оценена в −1 балл/);
  });

  it('gives a formula of the plain source cells when no rule changed anything, and none otherwise', () => {
    const [k, a, s, n] = table.points;
    assert.ok(k.formula && a.formula && n.formula);
    assert.equal(s.formula, null);
    assert.equal(evaluateSum(k.formula, sheets), 50);
    assert.equal(evaluateSum(a.formula, sheets), 68);
    assert.equal(evaluateSum(n.formula, sheets), 15);
    const penaltyRow = rowOf(KRYMSK, DEFAULT_SCHEME.blocks[0].positions[3].name) + 1;
    assert.ok(k.formula.includes(`-(Крымский!D${penaltyRow}<>0)`), 'the penalty counts when its cell is not 0');
    // Blind set 8: a penalty cell holding 0 and then marked −1 (as on a neighbouring sheet) lowers
    // the total by one, as a cell marked 1 does — never raises it.
    const col = 3;
    const before = evaluateSum(k.formula, sheets);
    const krymsk = sheets.find((x) => x.name === 'Крымский')!;
    const was = krymsk.values[penaltyRow - 1][col];
    for (const mark of [-1, 1]) {
      krymsk.values[penaltyRow - 1][col] = mark;
      assert.equal(evaluateSum(k.formula, sheets), before - (was === 0 || was === null ? 1 : 0), `marked ${mark}`);
    }
    krymsk.values[penaltyRow - 1][col] = was;
    assert.ok(k.formula.startsWith('Крымский!B'));
  });
});
