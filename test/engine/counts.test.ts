import { strict as assert } from 'assert';
import { analyzeWorkbook } from '../../src/engine/analyze';
import { sheet } from './tabularFixtures';

function close(actual: number | null | undefined, expected: number, what = ''): void {
  assert.ok(actual !== null && actual !== undefined && Math.abs(actual - expected) < 1e-9, `${what}: expected ${expected}, got ${actual}`);
}

describe('Layout B: counts, bases and shares (seeds 001, 002)', () => {
  const sites = () =>
    sheet('Площадки', [
      ['Научное руководство инновационными площадками'],
      ['МО', 'Общее количество инновационных площадок', 'Количество площадок с научным руководством ЛОИРО', 'Доля площадок, %'],
      ['Ленинградская обл.', 92, 65, '70%'],
      ['Кировский', 2, 1, '50%'],
      ['Тосненский', 100, 90, '90,0%'],
    ]);

  it('computes 65 of 92 as 70.652173…% at full precision', () => {
    const t = analyzeWorkbook({ sheets: [sites()] }).tables[0];
    assert.equal(t.layout, 'counts');
    const row = t.shares.find((s) => s.entity === 'Ленинградская обл.')!;
    assert.equal(row.numerator, 65);
    assert.equal(row.base, 92);
    assert.equal(row.share, (65 / 92) * 100);
    assert.ok(Math.abs(row.share! - 70.65217391304348) < 1e-12);
    assert.equal(row.numeratorCell, 'Площадки!C3');
    assert.equal(row.baseCell, 'Площадки!B3');
    assert.equal(row.plain, true);
  });

  it('pairs the count with its base by the shared word «площадк…» and says why', () => {
    const t = analyzeWorkbook({ sheets: [sites()] }).tables[0];
    assert.equal(t.pairs.length, 1);
    const p = t.pairs[0];
    assert.equal(p.numerator.headerCell, 'Площадки!C2');
    assert.equal(p.base.headerCell, 'Площадки!B2');
    assert.equal(p.declared?.headerCell, 'Площадки!D2');
    assert.equal(p.manual, false);
    assert.match(p.reason, /площад/);
  });

  it('flags a declared share that differs beyond its own rounding, at its address with both values', () => {
    const a = analyzeWorkbook({ sheets: [sites()] });
    const m = a.problems.filter((p) => p.code === 'declared-share-mismatch');
    // «70%» stands for [69.5; 70.5): 70.65 is outside. «50%» = 1 of 2 exactly. «90,0%» = 90 of 100.
    assert.deepEqual(m.map((p) => [p.cell, p.severity]), [['Площадки!D3', 'warning']]);
    assert.match(m[0].message, /«70%»/);
    assert.match(m[0].message, /70,65 %/);
    const row = a.tables[0].shares.find((s) => s.entity === 'Ленинградская обл.')!;
    assert.equal(row.declared, 70);
    assert.equal(row.declaredCell, 'Площадки!D3');
    assert.equal(row.mismatch, true);
  });

  it('accepts a declared share within its rounding («70,7 %» for 70.65…)', () => {
    const s = sheet('Л', [
      ['МО', 'Всего площадок', 'Количество площадок с руководством', 'Доля, %'],
      ['А', 92, 65, 0.707],
      ['Б', 10, 5, 0.5],
    ], { formats: { D2: '0.0%', D3: '0%' } });
    const a = analyzeWorkbook({ sheets: [s] });
    assert.equal(a.problems.filter((p) => p.code === 'declared-share-mismatch').length, 0);
    assert.equal(a.tables[0].shares[0].declared, 70.7);
  });

  it('pools the regional share (Σ numerators / Σ bases), which differs from the mean of the shares', () => {
    const t = analyzeWorkbook({ sheets: [sites()] }).tables[0];
    const region = t.shares.find((s) => s.entity === null)!;
    // (65 + 1 + 90) / (92 + 2 + 100) = 156 / 194
    close(region.share, (156 / 194) * 100, 'pooled');
    assert.equal(region.numerator, 156);
    assert.equal(region.base, 194);
    // mean of 70.652…, 50, 90; median 70.652…
    close(region.mean, ((65 / 92) * 100 + 50 + 90) / 3, 'mean');
    close(region.median, (65 / 92) * 100, 'median');
    assert.notEqual(Math.round(region.share! * 10), Math.round(region.mean! * 10));
  });

  it('makes the pair a descriptive indicator of kind percent: the pooled share is its level, nobody is grouped by it', () => {
    // METHODOLOGY §4: counts do not enter fulfilment; a share is judged only against a threshold the user sets.
    const t = analyzeWorkbook({ sheets: [sites()] }).tables[0];
    const ind = t.indicators.find((i) => i.kind === 'percent')!;
    assert.equal(ind.id, 'C');
    close(ind.level, (156 / 194) * 100);
    assert.equal(ind.status, null);
    assert.deepEqual(t.entities.map((e) => [e.fulfilment, e.group, e.rank]), [[null, null, null], [null, null, null], [null, null, null]]);
    assert.equal(t.deficits.filter((d) => d.indicator === 'C').length, 0);
    // The entity still carries its computed share as the value of the cell.
    close(t.entities[1].cells.C.value, 50);
  });

  it('scores and judges a pair when the user sets a threshold for it: the share is the score', () => {
    const t = analyzeWorkbook({ sheets: [sites()] }, { indicatorThresholds: { C: { target: 80, critical: 50 } } }).tables[0];
    const ind = t.indicators.find((i) => i.kind === 'percent')!;
    close(ind.level, (156 / 194) * 100);
    assert.equal(ind.status, 'ok');
    // The declared share column is not an indicator of its own; the base stays descriptive.
    assert.deepEqual(t.indicators.map((i) => [i.id, i.kind]), [['B', 'count'], ['C', 'percent']]);
    const base = t.indicators[0];
    assert.deepEqual(base.stats, { sum: 194, mean: 194 / 3, median: 92, min: 2, max: 100 });
    assert.equal(base.level, null);
    // Entity fulfilment is its share; Кировский (50 %) is group 2.
    close(t.entities[1].fulfilment, 50);
    assert.equal(t.entities[1].group, 2);
    assert.deepEqual(t.entities.map((e) => e.rank), [2, 3, 1]);
  });

  it('scores the yes/no and percent columns of a counts form as before, and only them', () => {
    const s = sheet('Форма', [
      ['МО', 'Всего педагогов', 'из них молодых педагогов', 'Наличие программы наставничества', 'Доля ОО с сайтом, %'],
      ['А', 100, 10, 'да', '90%'],
      ['Б', 200, 20, 'нет', '60%'],
      ['В', 150, 15, 'да', '40%'],
    ]);
    const t = analyzeWorkbook({ sheets: [s] }).tables[0];
    const byId = new Map(t.indicators.map((i) => [i.id, i]));
    assert.equal(byId.get('C')!.status, null, 'the share of the young is descriptive');
    // «да» in two of three (66.7 %) and a mean of 63.3 %: both between critical and target.
    assert.equal(byId.get('D')!.status, 'attention');
    assert.equal(byId.get('E')!.status, 'attention');
    // Fulfilment is the mean of D and E only: А (1 + 0.9) / 2, Б (0 + 0.6) / 2, В (1 + 0.4) / 2.
    close(t.entities[0].fulfilment, 95);
    close(t.entities[1].fulfilment, 30);
    close(t.entities[2].fulfilment, 70);
    assert.deepEqual(t.entities.map((e) => [e.group, e.rank]), [[1, 1], [3, 3], [2, 2]]);
    assert.ok(t.deficits.length > 0);
    assert.ok(t.deficits.every((d) => d.indicator !== 'C'), 'no deficit from the descriptive share');
    assert.deepEqual(t.deficits.filter((d) => d.kind === 'below-median').map((d) => d.entity), ['Б']);
  });

  it('makes no criterion of a numbered heading over descriptive pairs only', () => {
    const s = sheet('Форма', [
      ['МО', '2. Кадры', '', ''],
      ['', 'Всего педагогов', 'из них молодых педагогов', 'из них прошли КПК'],
      ['А', 100, 10, 50],
      ['Б', 200, 20, 120],
    ], { merges: ['B1:D1'] });
    const t = analyzeWorkbook({ sheets: [s] }).tables[0];
    assert.equal(t.layout, 'counts');
    assert.equal(t.pairs.length, 2);
    assert.deepEqual(t.criteria, []);
    assert.ok(t.indicators.every((i) => i.criterion === null && i.status === null));
    assert.ok(t.entities.every((e) => e.fulfilment === null && e.group === null && e.rank === null));
  });

  it('finds no deficit in a large counts table whose shares are low but descriptive', () => {
    const rows: (string | number)[][] = [['Организация', 'Всего педагогов', 'из них молодых педагогов', 'из них с наставником']];
    for (let i = 0; i < 5000; i++) rows.push([`Школа № ${i + 1}`, 40 + (i % 7), 4 + (i % 3), 1 + (i % 2)]);
    const t = analyzeWorkbook({ sheets: [sheet('Школы', rows)] }).tables[0];
    assert.equal(t.pairs.length, 2);
    assert.equal(t.deficits.length, 0);
    assert.ok(t.entities.every((e) => e.group === null));
    assert.ok(t.indicators.filter((i) => i.kind === 'percent').every((i) => i.level !== null && i.status === null));
  });

  it('gives no share for base 0, warns at the base cell and leaves the row out of the region', () => {
    const s = sheet('Л', [
      ['МО', 'Всего педагогов', 'Количество педагогов с наставником'],
      ['А', 10, 4],
      ['Б', 0, 0],
      ['В', 30, 6],
    ]);
    const a = analyzeWorkbook({ sheets: [s] }, { indicatorThresholds: { C: {} } });
    const t = a.tables[0];
    const b = t.shares.find((x) => x.entity === 'Б')!;
    assert.equal(b.share, null);
    assert.equal(b.excluded, true);
    const w = a.problems.filter((p) => p.code === 'base-zero');
    assert.deepEqual(w.map((p) => [p.cell, p.severity]), [['Л!B3', 'warning']]);
    const region = t.shares.find((x) => x.entity === null)!;
    close(region.share, (10 / 40) * 100);
    assert.equal(t.entities[1].fulfilment, null);
    assert.equal(t.entities[1].incomplete, true);
  });

  it('warns cell by cell for the first twenty bases of 0, then once for the rest with their first addresses', () => {
    const rows = [['МО', 'Всего площадок', 'из них с научным руководством'], ...Array.from({ length: 60 }, (_, i) => [`Школа № ${i + 1}`, i % 2 ? 0 : 4, i % 2 ? 0 : 2])];
    const a = analyzeWorkbook({ sheets: [sheet('Л', rows)] });
    const zero = a.problems.filter((p) => p.code === 'base-zero');
    assert.equal(zero.length, 21);
    assert.deepEqual(zero.slice(0, 2).map((p) => p.cell), ['Л!B3', 'Л!B5']);
    const rest = zero[20];
    assert.equal(rest.cell, 'Л!B43');
    assert.match(rest.message, /^Знаменатель «Всего площадок» равен 0 ещё в 10 строках \(Л!B43, Л!B45, Л!B47, Л!B49, Л!B51, …\): доля «из них с научным руководством» в них не вычисляется/);
    const t = a.tables[0];
    assert.equal(t.shares.filter((x) => x.entity !== null && x.excluded).length, 30, 'every row of base 0 is still left out and marked');
  });

  it('reports a numerator above its base as an error and leaves it out of the regional figures', () => {
    const s = sheet('Л', [
      ['МО', 'Всего педагогов', 'Количество педагогов с наставником'],
      ['А', 10, 4],
      ['Б', 5, 7],
      ['В', 30, 6],
      ['Г', 20, -1],
    ]);
    const a = analyzeWorkbook({ sheets: [s] });
    const t = a.tables[0];
    assert.equal(t.pairs.length, 1);
    const errors = a.problems.filter((p) => p.severity === 'error');
    assert.deepEqual(errors.map((p) => [p.code, p.cell]).sort(), [
      ['negative-count', 'Л!C5'],
      ['numerator-exceeds-base', 'Л!C3'],
    ]);
    const region = t.shares.find((x) => x.entity === null)!;
    assert.equal(region.numerator, 10);
    assert.equal(region.base, 40);
    close(region.share, 25);
    close(region.mean, (40 + 20) / 2);
    assert.equal(t.shares.find((x) => x.entity === 'Б')!.excluded, true);
    assert.equal(t.shares.find((x) => x.entity === 'Б')!.share, null);
  });

  it('infers which count goes with which base from word stems, not position', () => {
    const s = sheet('Форма', [
      ['МО', 'Общая численность педагогических работников', 'Общее количество инновационных площадок', 'Количество площадок с научным руководством', 'Численность педагогов, прошедших КПК'],
      ['А', 100, 10, 4, 60],
      ['Б', 200, 20, 5, 150],
    ]);
    const t = analyzeWorkbook({ sheets: [s] }).tables[0];
    assert.deepEqual(t.pairs.map((p) => [p.numerator.headerCell, p.base.headerCell]), [
      ['Форма!D1', 'Форма!C1'],
      ['Форма!E1', 'Форма!B1'],
    ]);
    assert.match(t.pairs[1].reason, /педаго/);
  });

  it('takes the column left of «из них» as its base, even when that is a count', () => {
    const s = sheet('Форма', [
      ['МО', 'Количество молодых педагогов', 'из них имеют наставника'],
      ['А', 12, 9],
      ['Б', 8, 8],
    ]);
    const t = analyzeWorkbook({ sheets: [s] }).tables[0];
    assert.equal(t.pairs.length, 1);
    assert.equal(t.pairs[0].base.headerCell, 'Форма!B1');
    assert.match(t.pairs[0].reason, /из них/);
    close(t.shares.find((x) => x.entity === null)!.share, (17 / 20) * 100);
  });

  it('pairs a count with the count it narrows, not with the broader base, also without «из них»', () => {
    // «молод…» sets the young apart from all teachers and recurs in the mentored column.
    const s = sheet('Форма', [
      ['МО', 'Всего педагогов', 'Количество молодых педагогов', 'Количество молодых педагогов, имеющих наставника'],
      ['А', 100, 12, 9],
      ['Б', 200, 30, 25],
      ['В', 150, 20, 20],
    ]);
    const t = analyzeWorkbook({ sheets: [s] }).tables[0];
    assert.deepEqual(t.pairs.map((p) => [p.numerator.headerCell, p.base.headerCell]), [
      ['Форма!C1', 'Форма!B1'],
      ['Форма!D1', 'Форма!C1'],
    ]);
    assert.match(t.pairs[1].reason, /молоды/);
    assert.match(t.pairs[1].reason, /Всего педагогов/);
  });

  it('prefers the narrowed count with the most distinguishing words over a nearer one', () => {
    const s = sheet('Форма', [
      ['МО', 'Всего педагогов', 'из них молодых педагогов в сельских школах', 'из них молодых педагогов', 'из них молодых в сельских школах с наставником'],
      ['А', 100, 8, 12, 6],
      ['Б', 200, 20, 30, 15],
      ['В', 150, 10, 20, 9],
    ]);
    const t = analyzeWorkbook({ sheets: [s] }).tables[0];
    const byNum = new Map(t.pairs.map((p) => [p.numerator.headerCell, p.base.headerCell]));
    // D (all young) is nearer to E, but C shares «молод…», «сельск…», «школах» with it.
    assert.equal(byNum.get('Форма!E1'), 'Форма!C1');
    assert.equal(byNum.get('Форма!C1'), 'Форма!B1');
    assert.equal(byNum.get('Форма!D1'), 'Форма!B1');
  });

  it('keeps sibling sub-counts apart: «первой категорией» is a part of all teachers, not of «высшей категорией»', () => {
    const s = sheet('Форма', [
      ['МО', 'Всего педагогов', 'из них с высшей квалификационной категорией', 'из них с первой квалификационной категорией'],
      ['А', 100, 40, 30],
      ['Б', 200, 90, 60],
      ['В', 150, 60, 45],
    ]);
    const t = analyzeWorkbook({ sheets: [s] }).tables[0];
    assert.deepEqual(t.pairs.map((p) => [p.numerator.headerCell, p.base.headerCell]), [
      ['Форма!C1', 'Форма!B1'],
      ['Форма!D1', 'Форма!B1'],
    ]);
  });

  it('does not take a narrowed count as the base when the numbers say otherwise', () => {
    // The mentored exceed the young in two rows of three: not a part of them.
    const s = sheet('Форма', [
      ['МО', 'Всего педагогов', 'Количество молодых педагогов', 'Количество молодых педагогов, имеющих наставника'],
      ['А', 100, 12, 19],
      ['Б', 200, 30, 35],
      ['В', 150, 20, 10],
    ]);
    const t = analyzeWorkbook({ sheets: [s] }).tables[0];
    assert.equal(t.pairs.find((p) => p.numerator.headerCell === 'Форма!D1')!.base.headerCell, 'Форма!B1');
  });

  it('gives a declared share to the pair whose numerator it names, checked on the numbers', () => {
    const s = sheet('Форма', [
      ['МО', 'Всего педагогов', 'из них молодых педагогов', 'из них молодых с наставником', 'Доля молодых, %', 'Доля молодых с наставником, %'],
      ['А', 100, 10, 5, 10, 50],
      ['Б', 200, 40, 30, 20, 75],
      ['В', 50, 5, 4, 10, 80],
    ]);
    const a = analyzeWorkbook({ sheets: [s] });
    const t = a.tables[0];
    assert.deepEqual(t.pairs.map((p) => [p.numerator.headerCell, p.base.headerCell, p.declared?.headerCell]), [
      ['Форма!C1', 'Форма!B1', 'Форма!E1'],
      ['Форма!D1', 'Форма!C1', 'Форма!F1'],
    ]);
    assert.equal(a.problems.filter((p) => p.code === 'declared-share-mismatch').length, 0);
  });

  it('falls back to the nearest base on the left when the headers share no word', () => {
    const s = sheet('Форма', [
      ['МО', 'Всего', 'Количество участников'],
      ['А', 12, 9],
      ['Б', 8, 8],
    ]);
    const t = analyzeWorkbook({ sheets: [s] }).tables[0];
    assert.equal(t.pairs.length, 1);
    assert.match(t.pairs[0].reason, /ближайший/);
  });

  it('refuses a pair that is implausible on the numbers: the count stays descriptive', () => {
    const s = sheet('Форма', [
      ['МО', 'Всего', 'Количество мероприятий'],
      ['А', 12, 90],
      ['Б', 8, 80],
      ['В', 8, 70],
    ]);
    const t = analyzeWorkbook({ sheets: [s] }).tables[0];
    assert.equal(t.pairs.length, 0);
    assert.equal(t.layout, 'matrix');
    assert.deepEqual(t.indicators.map((i) => i.kind), ['count', 'count']);
    assert.equal(t.entities[0].fulfilment, null);
  });

  it('lets the user override the pairing by column letters', () => {
    const s = sheet('Форма', [
      ['МО', 'Общая численность педагогических работников', 'Общее количество инновационных площадок', 'Количество площадок с научным руководством', 'Численность педагогов, прошедших КПК'],
      ['А', 100, 10, 4, 60],
      ['Б', 200, 20, 5, 150],
    ]);
    const t = analyzeWorkbook({ sheets: [s] }, { pairs: [{ sheet: 'Форма', numerator: 'D', base: 'B' }] }).tables[0];
    const d = t.pairs.find((p) => p.numerator.headerCell === 'Форма!D1')!;
    assert.equal(d.base.headerCell, 'Форма!B1');
    assert.equal(d.manual, true);
    assert.equal(d.reason, 'задано пользователем');
    close(t.shares.find((x) => x.entity === null && x.indicatorId === 'D')!.share, (9 / 300) * 100);
    // E still finds its base by its words.
    assert.equal(t.pairs.find((p) => p.numerator.headerCell === 'Форма!E1')!.base.headerCell, 'Форма!B1');
  });

  it('re-basing a count without naming its share leaves the share of the former base unchecked and unscored, and says so once', () => {
    // Blind set 6, f01b: «из них по программам ЕФС» re-based on all teachers; its share column
    // is of those trained (F/D) and right in every district.
    const s = sheet('Форма', [
      ['МО', 'Всего педагогов', 'Прошли КПК, всего', 'из них по программам ЕФС', 'доля от прошедших КПК, %'],
      ['А', 100, 40, 10, '25,0'],
      ['Б', 200, 50, 20, '40,0'],
      ['В', 300, 90, 30, '33,3'],
      ['Г', 120, 60, 12, '20,0'],
    ]);
    const plain = analyzeWorkbook({ sheets: [s] }).tables[0];
    assert.equal(plain.pairs.find((p) => p.numerator.headerCell === 'Форма!D1')!.declared?.headerCell, 'Форма!E1', 'inferred: D/C with its share E');
    const a = analyzeWorkbook({ sheets: [s] }, { pairs: [{ sheet: 'Форма', numerator: 'D', base: 'B' }] });
    const t = a.tables[0];
    const d = t.pairs.find((p) => p.numerator.headerCell === 'Форма!D1')!;
    assert.equal(d.base.headerCell, 'Форма!B1');
    assert.equal(d.declared, null);
    assert.deepEqual(a.problems.filter((p) => p.code === 'declared-share-mismatch'), []);
    assert.ok(!t.indicators.some((i) => i.source.headerCell === 'Форма!E1'), 'E is not an indicator');
    const note = a.problems.filter((p) => p.cell === 'Форма!E1' && p.code === 'pairing');
    assert.equal(note.length, 1);
    assert.match(note[0].message, /это D от C \(совпадает в 4 из 4 строк\), а для D задана база B; столбец E не сверяется и не оценивается/);
    // Named, the share is the user's to check: each district's disagreement is reported.
    const named = analyzeWorkbook({ sheets: [s] }, { pairs: [{ sheet: 'Форма', numerator: 'D', base: 'B', declared: 'E' }] });
    assert.equal(named.problems.filter((p) => p.code === 'declared-share-mismatch').length, 4);
  });

  it('re-basing a count without naming its share takes the share whose numbers agree with the new pair, and says so', () => {
    const s = sheet('Форма', [
      ['МО', 'Всего педагогов', 'Прошли КПК, всего', 'из них по программам ЕФС', 'доля от всех педагогов, %'],
      ['А', 100, 40, 10, '10,0'],
      ['Б', 200, 50, 20, '10,0'],
      ['В', 300, 90, 30, '10,0'],
      ['Г', 120, 60, 12, '10,0'],
    ]);
    const t = analyzeWorkbook({ sheets: [s] }, { pairs: [{ sheet: 'Форма', numerator: 'D', base: 'B' }] }).tables[0];
    const d = t.pairs.find((p) => p.numerator.headerCell === 'Форма!D1')!;
    assert.equal(d.declared?.headerCell, 'Форма!E1');
    assert.equal(d.reason, 'задано пользователем; доля найдена по числам (сходится в 4 из 4 строк)');
  });

  it('warns when a total row disagrees with the sum of the rows, at the total cell', () => {
    const s = sheet('Л', [
      ['МО', 'Всего педагогов', 'Количество педагогов с наставником'],
      ['А', 10, 4],
      ['Б', 20, 6],
      ['Итого', 30, 12],
    ]);
    const a = analyzeWorkbook({ sheets: [s] });
    const w = a.problems.filter((p) => p.code === 'declared-total-mismatch');
    assert.deepEqual(w.map((p) => p.cell), ['Л!C4']);
    assert.match(w[0].message, /12/);
    assert.match(w[0].message, /10/);
    assert.equal(a.tables[0].entities.length, 2);
  });

  it('checks the declared share of the total row against the pooled share', () => {
    const s = sheet('Л', [
      ['МО', 'Всего педагогов', 'Количество педагогов с наставником', 'Доля педагогов с наставником, %'],
      ['А', 10, 4, '40%'],
      ['Б', 30, 6, '20%'],
      ['Итого', 40, 10, '30%'],
    ]);
    const a = analyzeWorkbook({ sheets: [s] });
    const region = a.tables[0].shares.find((x) => x.entity === null)!;
    close(region.share, 25);
    assert.equal(region.declared, 30);
    assert.equal(region.declaredCell, 'Л!D4');
    assert.equal(region.mismatch, true);
    assert.deepEqual(a.problems.filter((p) => p.code === 'declared-share-mismatch').map((p) => p.cell), ['Л!D4']);
  });
});

describe('The same base typed twice on a form', () => {
  const s = sheet('Форма', [
    ['МО', 'Всего педагогов', 'из них прошли КПК', 'Всего педагогов', 'из них участвовали в конкурсах'],
    ['Кировский район', 1010, 300, 1100, 52],
    ['Лужский район', 500, 120, 500, 20],
    ['Тосненский район', 640, 200, 640, 31],
  ]);
  const a = analyzeWorkbook({ sheets: [s] });

  it('is compared row by row: a district that typed two numbers is told, at the later cell', () => {
    const w = a.problems.filter((p) => /называются одинаково/.test(p.message));
    assert.deepEqual(w.map((p) => [p.cell, p.severity]), [['Форма!D2', 'warning']]);
    assert.equal(w[0].message, 'Столбцы B и D называются одинаково («Всего педагогов»), но в строке «Кировский район» числа в них разные: 1010 и 1100 — проверьте, какое верно.');
  });

  it('says nothing of columns that share only a sub-heading under different groups', () => {
    const grouped = sheet('Форма', [
      ['МО', 'Прошли КПК', '', 'Молодые педагоги', ''],
      ['', 'всего', 'из них по ФГОС', 'всего', 'из них с наставником'],
      ['Кировский район', 300, 100, 40, 30],
      ['Лужский район', 120, 60, 12, 10],
    ], { merges: ['B1:C1', 'D1:E1', 'A1:A2'] });
    assert.ok(!analyzeWorkbook({ sheets: [grouped] }).problems.some((p) => /называются одинаково/.test(p.message)));
  });
});

describe('A declared share typed as a fraction of one among percents (blind acceptance set 7, g02)', () => {
  it('is reported with the hint that 0,13 reads as 13 %', () => {
    const s = sheet('Форма', [
      ['МО', 'Всего педагогов', 'из них прошли КПК', 'Доля прошедших, %'],
      ['Кировский район', 540, 70, '0,13'],
      ['Лужский район', 500, 65, '13,0'],
      ['Тосненский район', 600, 84, '14,0'],
    ]);
    const w = analyzeWorkbook({ sheets: [s] }).problems.filter((p) => p.code === 'declared-share-mismatch');
    assert.deepEqual(w.map((p) => p.cell), ['Форма!D2']);
    assert.match(w[0].message, /— похоже, доля записана долей единицы \(0,13 = 13 %\)\.$/);
  });

  it('quotes the fraction as the district typed it: «0,129 = 12,9 %», not «0,13 = 12,9 %» (blind set 8)', () => {
    const s = sheet('Форма', [
      ['МО', 'Всего педагогов', 'из них прошли КПК', 'Доля прошедших, %'],
      ['Кировский район', 540, 70, '0,129'],
      ['Лужский район', 500, 65, '13,0'],
      ['Тосненский район', 600, 84, '14,0'],
    ]);
    const w = analyzeWorkbook({ sheets: [s] }).problems.filter((p) => p.code === 'declared-share-mismatch');
    assert.match(w[0].message, /\(0,129 = 12,9 %\)\.$/);
  });
});
