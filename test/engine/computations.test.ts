import { strict as assert } from 'assert';
import { analyzeWorkbook } from '../../src/engine/analyze';
import { competitionRanks } from '../../src/engine/compute/ranks';
import { groupOf } from '../../src/engine/compute/groups';
import { resolveOptions } from '../../src/engine/options';
import { sheet } from './tabularFixtures';

describe('Ranks', () => {
  it('let ties share a rank and skip the next (1, 2, 2, 4)', () => {
    assert.deepEqual(competitionRanks([90, 75, 75, 60]), [1, 2, 2, 4]);
    assert.deepEqual(competitionRanks([60, 90, null, 90]), [3, 1, null, 1]);
  });

  it('treat values equal but for a rounding residue as a tie', () => {
    assert.deepEqual(competitionRanks([(0.1 + 0.2) * 100, 30]), [1, 1]);
  });

  it('tie two districts with the same answers in a matrix', () => {
    const s = sheet('Л', [
      ['МО', 'Наличие плана', 'Наличие программы', 'Наличие сайта'],
      ['А', 'да', 'да', 'да'],
      ['Б', 'да', 'нет', 'да'],
      ['В', 'нет', 'да', 'да'],
      ['Г', 'нет', 'нет', 'да'],
    ]);
    const t = analyzeWorkbook({ sheets: [s] }).tables[0];
    assert.deepEqual(t.entities.map((e) => e.rank), [1, 2, 2, 4]);
  });
});

describe('Groups', () => {
  const o = resolveOptions();
  it('put 80 in group 1, 79.99 in group 2 and 49.99 in group 3, unrounded', () => {
    assert.equal(groupOf(80, o.bands), 1);
    assert.equal(groupOf(79.99, o.bands), 2);
    assert.equal(groupOf(50, o.bands), 2);
    assert.equal(groupOf(49.99, o.bands), 3);
    assert.equal(groupOf(null, o.bands), null);
  });

  it('follow configured bands', () => {
    const bands = resolveOptions({ bands: [{ group: 1, min: 90, label: '90–100 %' }, { group: 2, min: -Infinity, label: 'менее 90 %' }] }).bands;
    assert.equal(groupOf(89, bands), 2);
    assert.equal(groupOf(90, bands), 1);
  });
});

describe('Deficits of every kind', () => {
  // target 80, critical 50. Indicators: 1.1 yes/no, 1.2 percent, 2.1 percent.
  const s = sheet('Л', [
    ['МО', 'Критерий 1. Условия', null, 'Критерий 2. Кадры'],
    [null, '1.1 Наличие плана', '1.2 Охват педагогов, %', '2.1 Доля педагогов с ИОМ, %'],
    ['А', 'да', '90%', '95%'],
    ['Б', 'нет', '60%', '85%'],
    ['В', 'да', '40%', '30%'],
    ['Г', 'да', '85%', '70%'],
  ], { merges: ['B1:C1', 'A1:A2'] });
  const t = analyzeWorkbook({ sheets: [s] }).tables[0];
  const find = (f: (d: (typeof t.deficits)[number]) => boolean) => t.deficits.filter(f);

  it('marks «нет» as an addressed deficit', () => {
    const d = find((x) => x.scope === 'cell' && x.indicator === '1.1');
    assert.deepEqual(d.map((x) => [x.entity, x.kind, x.cell, x.value]), [['Б', 'deficit', 'Л!B4', 'нет']]);
  });

  it('marks a percent below critical as a deficit and between critical and target as attention', () => {
    const d = find((x) => x.scope === 'cell' && x.indicator !== '1.1');
    assert.deepEqual(d.map((x) => [x.entity, x.indicator, x.kind, x.cell, x.threshold]), [
      ['Б', '1.2', 'attention', 'Л!C4', 80],
      ['В', '1.2', 'deficit', 'Л!C5', 50],
      ['В', '2.1', 'deficit', 'Л!D5', 50],
      ['Г', '2.1', 'attention', 'Л!D6', 80],
    ]);
  });

  it('marks indicators below target across the region as problem zones, below critical as deficits', () => {
    // 1.1: 3 of 4 = 75 → attention; 1.2: (90+60+40+85)/4 = 68.75 → attention; 2.1: (95+85+30+70)/4 = 70 → attention.
    const d = find((x) => x.scope === 'indicator');
    assert.deepEqual(d.map((x) => [x.indicator, x.kind, x.entity, x.value]), [
      ['1.1', 'attention', null, 75],
      ['1.2', 'attention', null, 68.75],
      ['2.1', 'attention', null, 70],
    ]);
    const low = analyzeWorkbook({ sheets: [s] }, { target: 95, critical: 72 }).tables[0];
    assert.deepEqual(low.deficits.filter((x) => x.scope === 'indicator').map((x) => x.kind), ['attention', 'deficit', 'deficit']);
  });

  it('marks group 3 on a criterion and overall', () => {
    // В: K1 (1 + 0.4)/2 = 70 (group 2); K2 30 (group 3); overall (1 + 0.4 + 0.3)/3 = 56.67 (group 2).
    // Б: K1 (0 + 0.6)/2 = 30 (group 3); K2 85; overall (0 + 0.6 + 0.85)/3 = 48.33 (group 3).
    const c = find((x) => x.kind === 'group-3' && x.scope === 'criterion');
    assert.deepEqual(c.map((x) => [x.entity, x.criterion]), [
      ['Б', 'Критерий 1. Условия'],
      ['В', 'Критерий 2. Кадры'],
    ]);
    const e = find((x) => x.kind === 'group-3' && x.scope === 'entity');
    assert.deepEqual(e.map((x) => [x.entity, x.threshold]), [['Б', 50]]);
    assert.ok(Math.abs((e[0].value as number) - (1.45 / 3) * 100) < 1e-9);
  });

  it('flags the entities below the regional median', () => {
    // overall: А 95, Б 48.33, В 56.67, Г (1 + 0.85 + 0.7)/3 = 85 → median (56.67 + 85)/2 = 70.83
    const m = find((x) => x.kind === 'below-median');
    assert.deepEqual(m.map((x) => x.entity), ['Б', 'В']);
    assert.ok(Math.abs((m[0].threshold as number) - ((1.7 / 3) * 100 + 85) / 2) < 1e-9);
    assert.deepEqual(t.entities.map((e) => e.belowMedian), [false, true, true, false]);
  });
});
