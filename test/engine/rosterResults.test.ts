import { strict as assert } from 'assert';
import * as path from 'path';
import { analyzeWorkbook } from '../../src/engine/analyze';
import { readWorkbookFiles } from '../../src/adapters/xlsx/readWorkbookFiles';
import { parseCell } from '../../src/engine/values/parseCell';
import type { DeficitMapCell } from '../../src/engine/layouts/roster/rosterTypes';
import { plantedRoster, smallRoster, SMALL_ROSTER_ROWS } from './rosterFixtures';
import { sheet } from './tabularFixtures';

const cellOf = (map: DeficitMapCell[], unit: string, area: string) => {
  const c = map.find((x) => x.unit === unit && x.area === area);
  assert.ok(c, `no ${unit} × ${area}`);
  return c;
};

describe('The deficit map of a roster: share of teachers below the critical level', () => {
  const r = analyzeWorkbook({ sheets: [smallRoster()] }).tables[0].roster!;

  it('for the region, each municipality and each school (keyed by its municipality), hand-checked', () => {
    assert.deepEqual(
      [...new Set(r.deficitMap.map((c) => `${c.level}:${c.unit}`))],
      ['region:Регион', 'municipality:Лужский район', 'school:СОШ № 1 (Лужский район)', 'school:СОШ № 2 (Лужский район)', 'municipality:Кировский район', 'school:СОШ № 1 (Кировский район)'],
    );
    const region = cellOf(r.deficitMap, 'Регион', 'Предметные');
    assert.deepEqual([region.below, region.withData, region.share], [2, 8, 25]);
    const luga = cellOf(r.deficitMap, 'Лужский район', 'Предметные');
    assert.deepEqual([luga.below, luga.withData, luga.teachers], [2, 3, 3]);
    assert.ok(Math.abs(luga.share! - 200 / 3) < 1e-9);
    assert.equal(cellOf(r.deficitMap, 'Кировский район', 'Предметные').share, 0);
  });

  it('counts only teachers with a result: «—» is no result, 49 % is below 50 %', () => {
    const digital = cellOf(r.deficitMap, 'Регион', 'Цифровые');
    assert.deepEqual([digital.below, digital.withData], [2, 7]);
    const luga = cellOf(r.deficitMap, 'Лужский район', 'Цифровые');
    assert.deepEqual([luga.below, luga.withData, luga.share], [1, 2, 50]);
    const school2 = cellOf(r.deficitMap, 'СОШ № 2 (Лужский район)', 'Цифровые');
    assert.deepEqual([school2.withData, school2.share], [0, null]);
    assert.deepEqual([cellOf(r.deficitMap, 'Кировский район', 'Цифровые').below, cellOf(r.deficitMap, 'Кировский район', 'Цифровые').withData], [1, 5]);
  });

  it('lists the schools of a municipality in natural order, «СОШ № 2» before «СОШ № 10», municipalities as in the list', () => {
    const rows = SMALL_ROSTER_ROWS.map((row) => [...row]);
    rows[3][3] = 'СОШ № 10'; // П-1 moves to a school that appears first but sorts last
    const map = analyzeWorkbook({ sheets: [sheet('Педагоги', rows, { merges: ['I2:K2'] })] }).tables[0].roster!.deficitMap;
    assert.deepEqual(
      [...new Set(map.filter((c) => c.municipality === 'Лужский район').map((c) => c.unit))],
      ['Лужский район', 'СОШ № 1 (Лужский район)', 'СОШ № 2 (Лужский район)', 'СОШ № 10 (Лужский район)'],
    );
  });

  it('follows the critical level in force', () => {
    const r60 = analyzeWorkbook({ sheets: [smallRoster()] }, { critical: 60 }).tables[0].roster!;
    assert.equal(r60.critical, 60);
    assert.equal(cellOf(r60.deficitMap, 'Регион', 'Предметные').below, 2); // 60 and 62 are not below 60
    assert.equal(cellOf(r60.deficitMap, 'Регион', 'Цифровые').below, 3); // + 55
  });
});

describe('The risk profile per subject', () => {
  it('gives per subject the share below critical per area and their mean, the riskiest first', () => {
    const risk = analyzeWorkbook({ sheets: [smallRoster()] }).tables[0].roster!.subjectRisk;
    assert.deepEqual(risk.map((s) => [s.subject, s.teachers]), [['Физика', 2], ['Математика', 4], ['Химия', 2]]);
    assert.deepEqual(risk[0].areas.map((a) => [a.area, a.below, a.withData, a.share]), [['Предметные', 1, 2, 50], ['Методические', 1, 2, 50], ['Цифровые', 0, 1, 0]]);
    assert.ok(Math.abs(risk[0].mean! - 100 / 3) < 1e-9);
    assert.deepEqual(risk[1].areas.map((a) => a.share), [25, 25, 25]);
    assert.ok(Math.abs(risk[2].mean! - 50 / 3) < 1e-9);
  });
});

describe('Clusters of teachers on their competence profile', () => {
  it('find the three planted profiles and number them from the weakest to the strongest', () => {
    const t = analyzeWorkbook({ sheets: [plantedRoster()] }).tables[0];
    const c = t.clusters!;
    assert.equal(c.k, 3);
    assert.equal(c.audience, 'teachers');
    assert.deepEqual(c.features, ['Предметные', 'Методические', 'Цифровые']);
    assert.deepEqual(c.clusters.map((p) => p.size), [10, 10, 10]);
    assert.ok(c.clusters[0].mean < 40 && c.clusters[1].mean > 55 && c.clusters[1].mean < 65 && c.clusters[2].mean > 85);
    assert.deepEqual(c.clusters.map((p) => p.name), [
      'Кластер 1 — наиболее низкие результаты',
      'Кластер 2 — средние результаты',
      'Кластер 3 — наиболее высокие результаты',
    ]);
    // Teacher 1 was planted strong, teacher 2 weak, teacher 3 middle.
    assert.deepEqual(c.assignments.slice(0, 3).map((a) => [a.name, a.cluster, a.row]), [['Педагог 1', 3, 2], ['Педагог 2', 1, 3], ['Педагог 3', 2, 4]]);
    // The one-dimensional view agrees on these well-separated data.
    assert.deepEqual(c.assignments.map((a) => a.overallCluster), c.assignments.map((a) => a.cluster));
  });

  it('give the weakest cluster an ИОМ and a mentor, the strongest the methodical asset, the middle courses on its weakest area', () => {
    const c = analyzeWorkbook({ sheets: [plantedRoster()] }).tables[0].clusters!;
    const [weak, middle, strong] = c.clusters;
    assert.ok(weak.actions.some((a) => /ИОМ/.test(a)) && weak.actions.some((a) => /наставника/.test(a)) && weak.actions.some((a) => /ДПО/.test(a)) && weak.actions.some((a) => /стажировк/.test(a)));
    assert.ok(strong.actions.some((a) => /методический актив/.test(a)) && strong.actions.some((a) => /экспертной/.test(a)) && strong.actions.some((a) => /учитель-наставник.*учитель-методист/.test(a)));
    assert.equal(middle.weakest, 'Цифровые');
    assert.match(middle.actions[0], /«Цифровые»/);
  });

  it('give the strongest cluster the middle’s actions when its mean is below the target: the best of a weak field is no methodical asset', () => {
    const at = analyzeWorkbook({ sheets: [plantedRoster()] }).tables[0].clusters!;
    const strongest = at.clusters[at.clusters.length - 1];
    const above = analyzeWorkbook({ sheets: [plantedRoster()] }, { target: Math.min(99, Math.floor(strongest.mean) - 1), critical: 10 }).tables[0].clusters!;
    assert.ok(above.clusters[above.clusters.length - 1].actions.some((a) => /методический актив/.test(a)));
    const below = analyzeWorkbook({ sheets: [plantedRoster()] }, { target: Math.min(100, Math.ceil(strongest.mean) + 1), critical: 10 }).tables[0].clusters!;
    const top = below.clusters[below.clusters.length - 1];
    assert.equal(top.position, 'strongest', 'still named the highest results');
    assert.ok(!top.actions.some((a) => /методический актив|учитель-методист/.test(a)), top.actions.join(' | '));
    assert.match(top.actions[0], /Курсы повышения квалификации/);
  });

  it('use the number of clusters and the features the options give', () => {
    const t = analyzeWorkbook({ sheets: [plantedRoster()] }, { clusters: { k: 2, features: ['предметн', 'Цифровые', 'Творческие'] } });
    const c = t.tables[0].clusters!;
    assert.equal(c.k, 2);
    assert.equal(c.kChoice.how, 'given');
    assert.deepEqual(c.features, ['Предметные', 'Цифровые']);
    assert.ok(t.problems.some((p) => p.code === 'clusters' && /«Творческие»/.test(p.message)));
  });

  it('also cluster the entities of a matrix with at least 6 of them, on their indicators', () => {
    const rows: (string | number)[][] = [['Муниципальное образование', 'Доля педагогов с ИОМ, %', 'Доля молодых с наставником, %']];
    const levels = [[20, 25], [22, 18], [25, 30], [80, 85], [85, 90], [90, 82], [50, 55]];
    levels.forEach(([a, b], i) => rows.push([`Район ${i + 1}`, `${a} %`, `${b} %`]));
    const t = analyzeWorkbook({ sheets: [sheet('Матрица', rows)] }).tables[0];
    assert.equal(t.layout, 'matrix');
    assert.ok(t.clusters);
    assert.equal(t.clusters.audience, 'entities');
    assert.equal(t.clusters.basis, 'indicators');
    const first = t.clusters.assignments.find((a) => a.name === 'Район 1')!.cluster;
    const strong = t.clusters.assignments.find((a) => a.name === 'Район 5')!.cluster;
    assert.equal(first, 1);
    assert.equal(strong, t.clusters.k);
    // Five entities are not clustered.
    const few = analyzeWorkbook({ sheets: [sheet('Матрица', rows.slice(0, 6))] }).tables[0];
    assert.equal(few.clusters, undefined);
  });
});

describe('The roster example, end to end (examples/roster-diagnostics.xlsx)', () => {
  it('gives clusters, the deficit map and young-teacher figures equal to a hand count on the grid', async function () {
    this.timeout(60000);
    const loaded = await readWorkbookFiles([path.resolve(__dirname, '..', '..', 'examples', 'roster-diagnostics.xlsx')]);
    const analysis = analyzeWorkbook(loaded.grid);
    assert.equal(analysis.tables.length, 1);
    const t = analysis.tables[0];
    assert.equal(t.layout, 'roster');
    assert.ok(t.entities.length > 2900 && t.entities.length < 3100, String(t.entities.length));

    // Hand count straight from the cells: columns F (age), G (experience), H (mentor); data from row 6.
    const g = loaded.grid.sheets.find((s) => s.name === 'Диагностика педагогов')!;
    let young = 0;
    let base = 0;
    let mentored = 0;
    for (let r = 5 - g.startRow; r < g.values.length; r++) {
      const row = g.values[r] ?? [];
      if (row[1 - g.startCol] === null || row[1 - g.startCol] === undefined) continue;
      const age = row[5 - g.startCol];
      const exp = row[6 - g.startCol];
      if (typeof age !== 'number' || typeof exp !== 'number') continue;
      base++;
      if (age < 35 && exp <= 3) {
        young++;
        if (parseCell(row[7 - g.startCol] ?? null).kind === 'yes') mentored++;
      }
    }
    const y = t.roster!.youngTeachers;
    assert.deepEqual([y.count, y.base, y.mentored], [young, base, mentored]);
    assert.equal(y.unknown, 3);
    assert.ok(y.count > 200, String(y.count));

    const c = t.clusters!;
    assert.equal(c.k, 3);
    const means = c.clusters.map((p) => p.mean);
    assert.ok(means[0] < 45 && means[1] > 58 && means[1] < 70 && means[2] > 82, means.join(', '));
    assert.equal(c.leftOut, 7);

    // The two planted weak districts are redder on the map than the region.
    const map = t.roster!.deficitMap;
    const region = map.find((m) => m.level === 'region' && m.area === 'Цифровые')!.share!;
    for (const d of ['Подпорожский район', 'Лодейнопольский район']) {
      assert.ok(map.find((m) => m.unit === d && m.area === 'Цифровые')!.share! > region, d);
    }
    // The junk text is an error with its address.
    assert.ok(analysis.problems.some((p) => p.severity === 'error' && /см\. протокол/.test(p.message) && p.cell === "'Диагностика педагогов'!L1783"));
  });
});
