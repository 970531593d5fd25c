import { strict as assert } from 'assert';
import { analyzeWorkbook } from '../../src/engine/analyze';
import { buildOutputPlan } from '../../src/engine/output/buildOutputPlan';
import type { OutCell, OutputSheet } from '../../src/engine/output/plan';
import { tablesOf } from '../../src/engine/output/plan';
import { toResultJson } from '../../src/engine/json';
import { plantedRoster, smallRoster } from '../engine/rosterFixtures';
import { fullAnalysis } from '../fixtures/analysisFixtures';
import { rowsOf } from '../support/planRows';

const NB = '\u00A0';

function values(sheet: OutputSheet, row: number): unknown[] {
  return (rowsOf(sheet.rows)[row] ?? []).map((c: OutCell | null) => c?.value ?? null);
}

function rowWith(sheet: OutputSheet, col: number, value: unknown, from = 0): number {
  const i = rowsOf(sheet.rows).findIndex((r, k) => k >= from && r[col]?.value === value);
  assert.ok(i >= 0, `no row with ${String(value)} in column ${col}`);
  return i;
}

describe('The sheets of a roster: Кластеры, Карта дефицитов and the young teachers on Сводная', () => {
  const analysis = analyzeWorkbook({ sheets: [smallRoster()] });
  const plan = buildOutputPlan(analysis);
  const byKind = (k: OutputSheet['kind']) => plan.sheets.find((s) => s.kind === k)!;

  it('adds «Кластеры» and «Карта дефицитов» after «Дефициты», «Проверка данных» last', () => {
    assert.deepEqual(plan.sheets.map((s) => s.name), ['Сводная', 'Справка', 'Дефициты', 'Кластеры', 'Карта дефицитов', 'Проверка данных']);
  });

  it('does not add them for a table that is neither a roster nor clustered', () => {
    assert.deepEqual(buildOutputPlan(fullAnalysis()).sheets.map((s) => s.name), ['Сводная', 'Справка', 'Дефициты', 'Проверка данных']);
  });

  it('writes the young-teacher figures on Сводная as a sentence and as numbers', () => {
    const summary = byKind('summary');
    const head = rowWith(summary, 0, 'Молодые педагоги (моложе 35 лет и стаж не более 3 лет)');
    assert.equal(rowsOf(summary.rows)[head + 1][1]?.value, `Молодые педагоги: 2 из 7 (28,6${NB}%), с наставником: 1 (50,0${NB}%).`);
    assert.deepEqual(values(summary, head + 2), [null, 'Показатель', 'Число', 'База', 'Доля']);
    assert.deepEqual(values(summary, head + 3), [null, 'Молодые педагоги', 2, 7, 2 / 7]);
    assert.deepEqual(values(summary, head + 4), [null, 'из них с наставником', 1, 2, 0.5]);
    assert.equal(rowsOf(summary.rows)[head + 3][4]?.format, '0.0%');
    assert.match(String(rowsOf(summary.rows)[head + 5][1]?.value), /^Не учтён \(не указан возраст или стаж\): 1 педагог\.$/);
  });

  it('writes the deficit map: region, municipalities and their schools × areas, with a green-to-red colour scale', () => {
    const map = byKind('deficit-map');
    const head = rowWith(map, 0, 'Уровень');
    assert.deepEqual(values(map, head), ['Уровень', 'Муниципалитет', 'Образовательная организация', 'Педагогов', 'Предметные', 'Методические', 'Цифровые', 'Среднее по областям']);
    assert.deepEqual(values(map, head + 1).slice(0, 7), ['регион', 'Регион', null, 8, 0.25, 0.25, 2 / 7]);
    assert.deepEqual(values(map, head + 2).slice(0, 4), ['муниципалитет', 'Лужский район', null, 3]);
    assert.ok(Math.abs((values(map, head + 2)[4] as number) - 2 / 3) < 1e-12);
    assert.deepEqual(values(map, head + 3).slice(0, 4), ['организация', 'Лужский район', 'СОШ № 1', 2]);
    assert.equal(rowsOf(map.rows)[head + 1][4]?.format, '0.0%');
    // СОШ № 2 has nobody with a «Цифровые» result: an empty cell, not 0 %.
    const school2 = rowWith(map, 2, 'СОШ № 2');
    assert.equal(rowsOf(map.rows)[school2][6]?.value, null);
    const scale = map.colorScales![0];
    assert.equal(scale.range, `E${head + 2}:H${head + 7}`);
    assert.deepEqual([scale.low, scale.high], ['63BE7B', 'F8696B']);
    assert.equal(tablesOf(map)[0].headerRow, head);
  });

  it('adds the risk profile per subject under the map', () => {
    const map = byKind('deficit-map');
    const head = rowWith(map, 0, 'Предмет');
    assert.deepEqual(values(map, head), ['Предмет', 'Педагогов', 'Предметные', 'Методические', 'Цифровые', 'Среднее по областям']);
    assert.deepEqual(values(map, head + 1).slice(0, 5), ['Физика', 2, 0.5, 0.5, 0]);
    assert.equal(tablesOf(map).length, 2);
    assert.equal(map.colorScales!.length, 2);
  });
});

describe('The «Кластеры» sheet', () => {
  const analysis = analyzeWorkbook({ sheets: [plantedRoster()] });
  const sheet = buildOutputPlan(analysis).sheets.find((s) => s.kind === 'clusters')!;

  it('lists the cluster profiles: number, name, size, share, centre per feature, mean, weakest area, actions', () => {
    const head = rowWith(sheet, 0, '№ кластера');
    assert.deepEqual(values(sheet, head), ['№ кластера', 'Кластер', 'Численность', 'Доля', 'Предметные', 'Методические', 'Цифровые', 'Среднее', 'Самая слабая область', 'Рекомендуемые действия']);
    const weak = rowsOf(sheet.rows)[head + 1];
    assert.deepEqual([weak[0]?.value, weak[1]?.value, weak[2]?.value], [1, 'Кластер 1 — наиболее низкие результаты', 10]);
    assert.ok(Math.abs((weak[3]?.value as number) - 1 / 3) < 1e-12);
    const centre = analysis.tables[0].clusters!.clusters[0].centre;
    assert.deepEqual([weak[4]?.value, weak[5]?.value, weak[6]?.value], centre.map((x) => x / 100));
    assert.match(String(weak[9]?.value), /^• Разработать индивидуальный образовательный маршрут \(ИОМ\)/);
    assert.equal(rowsOf(sheet.rows)[head + 3][1]?.value, 'Кластер 3 — наиболее высокие результаты');
  });

  it('draws a column chart of the cluster sizes, coloured red to green', () => {
    const head = rowWith(sheet, 0, '№ кластера');
    const chart = sheet.charts![0];
    assert.equal(chart.type, 'column');
    assert.equal(chart.categories, `B${head + 2}:B${head + 4}`);
    assert.equal(chart.values, `C${head + 2}:C${head + 4}`);
    assert.deepEqual(chart.pointColors, ['F8696B', 'FFEB84', '63BE7B']);
  });

  it('lists every teacher with the cluster as an Excel table, the name linked to its source cell', () => {
    const t = tablesOf(sheet)[0];
    assert.deepEqual(values(sheet, t.headerRow), [
      '№', 'ФИО', 'Муниципалитет', 'Образовательная организация', 'Предмет', '№ кластера', 'Кластер', 'Предметные', 'Методические', 'Цифровые', 'Общий результат', 'Группа по общему результату',
    ]);
    assert.equal(t.lastRow - t.headerRow, 30);
    const first = rowsOf(sheet.rows)[t.headerRow + 1];
    assert.deepEqual([first[1]?.value, first[1]?.link, first[5]?.value, first[6]?.value], ['Педагог 1', "'Кластеры педагогов'!A2", 3, 'Кластер 3 — наиболее высокие результаты']);
  });

  it('shows the groups of the overall result by Ckmeans', () => {
    const head = rowWith(sheet, 0, '№ группы');
    assert.deepEqual(values(sheet, head), ['№ группы', 'Численность', 'От', 'До', 'Среднее']);
    assert.deepEqual(values(sheet, head + 1).slice(0, 2), [1, 10]);
  });
});

describe('The JSON of a roster (METHODOLOGY §8 keys clusters and roster)', () => {
  const json = toResultJson(analyzeWorkbook({ sheets: [smallRoster()] }));

  it('has layout roster, clusters {method, k, features, centres, assignments} and roster {youngTeachers, deficitMap}', () => {
    assert.equal(json.layout, 'roster');
    const c = json.clusters!;
    for (const k of ['method', 'k', 'features', 'centres', 'assignments']) assert.ok(k in c, k);
    assert.equal(c.method, 'kmeans');
    assert.equal(c.centres.length, c.k);
    assert.deepEqual(Object.keys(c.assignments[0]).slice(0, 3), ['row', 'name', 'cluster']);
    assert.deepEqual([c.assignments[0].row, c.assignments[0].name], [4, 'П-1']);
    const y = json.roster!.youngTeachers;
    assert.deepEqual([y.count, y.base, y.mentored, y.mentoredShare], [2, 7, 1, 50]);
    assert.ok(Math.abs(y.share! - (2 / 7) * 100) < 1e-9);
    const d = json.roster!.deficitMap[0];
    assert.deepEqual([d.unit, d.area, d.share], ['Регион', 'Предметные', 25]);
    assert.equal(json.tables[0].roster?.youngTeachers.count, 2);
  });

  it('has null clusters and roster for a workbook without them', () => {
    const other = toResultJson(fullAnalysis());
    assert.equal(other.clusters, null);
    assert.equal(other.roster, null);
  });
});
