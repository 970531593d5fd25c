import assert from 'node:assert/strict';
import { join } from 'path';
import * as office from '../../src/adapters/office';
import { installStandin, uninstallStandin, type Standin } from '../../src/standin';
import { EngineClient, EngineError } from '../../src/taskpane/engineClient';
import { calculate, recognize, withServiceSheets, type PaneDeps } from '../../src/taskpane/paneActions';
import type { Progress } from '../../src/taskpane/progress';
import { installGrid, loadStandin } from '../support/loadStandin';
import { inProcessWorker, type InProcessWorker } from './inProcessWorker';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'matrix-ingushetia.xlsx');
const ROSTER = join(__dirname, '..', '..', 'examples', 'roster-diagnostics.xlsx');
const SHEET = 'Мониторинг РМС';

describe('The pane’s actions over the stand-in and the engine worker protocol', () => {
  let standin: Standin;
  let worker: InProcessWorker;
  let deps: PaneDeps;

  beforeEach(async () => {
    standin = await loadStandin([EXAMPLE]);
    installStandin(standin);
    worker = inProcessWorker();
    deps = { ...office, engine: new EngineClient(worker) };
  });

  afterEach(() => uninstallStandin());

  it('recognises the example matrix: layout, five municipalities, criteria, problems', async () => {
    const stages: string[] = [];
    const r = await recognize(deps, [SHEET], { target: 80, critical: 50 }, (p: Progress) => stages.push(p.stage));
    assert.equal(r.tables.length, 1);
    const t = r.tables[0];
    assert.equal(t.layout, 'matrix');
    assert.equal(t.entityCount, 5);
    assert.equal(t.entity.forms[0], 'муниципальное образование', 'the noun the note (Справка) uses');
    assert.equal(t.criteria.length, 3);
    assert.equal(t.indicatorCount, 15);
    assert.ok(r.problems.some((p) => p.cell === "'Мониторинг РМС'!M8"));
    assert.deepEqual(stages, ['reading', 'receiving', 'analyzing', 'done']);
  });

  it('calculates, writes Сводная, Дефициты, Проверка данных and remembers the settings', async () => {
    const before = JSON.stringify(standin.model.sheets[0].values);
    const outcome = await calculate(deps, [SHEET], { target: 80, critical: 50 }, () => undefined);
    for (const name of ['Сводная', 'Дефициты', 'Проверка данных']) assert.ok(outcome.report.sheets.includes(name), name);
    const groups = outcome.result.tables[0].groups;
    assert.deepEqual(
      groups.map((g) => g.count),
      [3, 2, 0],
    );
    assert.equal(outcome.result.tables[0].criticalIndicators[0].id, '2.7');
    assert.equal(outcome.result.tables[0].worstEntities[0].name, 'Малгобекский район и г. Малгобек');
    assert.ok(outcome.sheets.find((s) => s.name === 'Сводная')?.owned);
    assert.deepEqual((await office.loadSettings())?.options, { target: 80, critical: 50 });
    assert.equal(JSON.stringify(standin.model.sheets[0].values), before);
  });

  it('replaces its own sheets on a second run instead of adding «Сводная (2)»', async () => {
    await calculate(deps, [SHEET], { target: 80, critical: 50 }, () => undefined);
    const second = await calculate(deps, [SHEET], { target: 90, critical: 60 }, () => undefined);
    assert.ok(second.report.sheets.includes('Сводная'));
    assert.ok(!second.report.sheets.some((n) => /\(\d+\)$/.test(n)), second.report.sheets.join(', '));
    assert.equal(second.result.target, 90);
  });

  it('sends a large sheet in row chunks and gets the plan back whole', async () => {
    const rows = 30_000;
    const values: (string | number)[][] = [['Организация', '1.1 Наличие плана, да/нет', '1.2 Доля, %']];
    for (let i = 0; i < rows; i++) values.push([`Школа № ${i + 1}`, i % 7 ? 'да' : 'нет', (i % 100) / 100]);
    installGrid({ sheets: [{ name: 'Большой', startRow: 0, startCol: 0, values }] });
    const grid = await office.readSheets(['Большой']);
    const calc = await deps.engine.calculate(grid, { target: 80, critical: 50, sheets: ['Большой'] }, { existingSheets: ['Большой'] });
    const chunks = worker.posted.filter((m) => m.type === 'rows');
    assert.ok(chunks.length > 1, `expected several chunks, got ${chunks.length}`);
    assert.ok(chunks.every((m) => m.type === 'rows' && m.values.length * 3 <= 20_000));
    const summary = calc.plan.sheets.find((s) => s.kind === 'summary')!;
    assert.ok(summary.rows.length > rows, `summary has ${summary.rows.length} rows`);
    assert.equal(calc.result.tables[0].entityCount, rows);
    assert.ok(calc.result.tables[0].groups[0].names.length <= 12);
  });

  it('passes the engine’s Russian error through, as an EngineError', async () => {
    installGrid({ sheets: [{ name: 'Пусто', startRow: 0, startCol: 0, values: [['просто текст']] }] });
    await assert.rejects(recognize(deps, ['Пусто'], { target: 80, critical: 50 }, () => undefined), (e: Error) => {
      assert.ok(e instanceof EngineError);
      assert.match(e.message, /не найдено таблицы мониторинга/);
      return true;
    });
  });

  it('passes the adapter’s Russian error through for a missing sheet', async () => {
    await assert.rejects(recognize(deps, ['Нет такого'], { target: 80, critical: 50 }, () => undefined), /Лист «Нет такого» не найден/);
  });

  it('reads a «Методика» sheet along with the chosen ones', () => {
    const info = (name: string) => ({ name, visible: true, active: false, owned: false, protected: false });
    assert.deepEqual(withServiceSheets(['Лист1'], [info('Лист1'), info('Методика'), info('Лист2')]), ['Лист1', 'Методика']);
  });

  it('asks for no «Справка» when the user unticks it, and a run without it removes the add-in’s old one', async () => {
    const first = await calculate(deps, [SHEET], { target: 80, critical: 50 }, () => undefined);
    assert.ok(first.report.sheets.includes('Справка'));
    const second = await calculate(deps, [SHEET], { target: 80, critical: 50, note: false }, () => undefined);
    assert.ok(!second.report.sheets.includes('Справка'), second.report.sheets.join(', '));
    assert.ok(!second.sheets.some((s) => s.name.startsWith('Справка')), second.sheets.map((s) => s.name).join(', '));
    assert.equal((await office.loadSettings())?.note, false);
  });

  it('compares with the previous period’s sheet the user picked, and remembers it for «Пересчитать»', async () => {
    const H = ['1.1 Наличие программы наставничества', '1.2 Доля педагогов с ИППР, %'];
    const sheet = (name: string, rows: (string | number)[][]) => ({
      name, startRow: 0, startCol: 0, merges: [],
      values: [[`Мониторинг ${name}`], [], ['Муниципальный район', ...H], ...rows],
    });
    installGrid({ sheets: [
      sheet('2023', [['Кировский район', 'нет', '50%'], ['Лужский район', 'да', '70%'], ['Пропавший район', 'да', '60%']]),
      sheet('2024', [['Кировский район', 'да', '65%'], ['Лужский район', 'да', '60%'], ['Новый район', 'нет', '72,5%']]),
    ] });
    const outcome = await calculate(deps, ['2024'], { target: 80, critical: 50, previousSheets: ['2023'] }, () => undefined);
    assert.ok(outcome.report.sheets.includes('Динамика'), outcome.report.sheets.join(', '));
    const ch = outcome.result.tables[0].changes!;
    assert.ok(ch, 'changes in the pane’s result');
    assert.deepEqual([ch.improved, ch.declined], [1, 1]); // Кировский up (25 → 82,5 %), Лужский down (85 → 80 %)
    assert.deepEqual(ch.onlyCurrent, ['Новый район']);
    assert.deepEqual(ch.onlyPrevious, ['Пропавший район']);
    assert.deepEqual(outcome.result.tables[0].entityCount, 3, 'the previous sheet is not analysed as data');
    const stored = await office.loadSettings();
    assert.deepEqual([stored?.sheets, stored?.options.previousSheets], [['2024'], ['2023']]);
  });

  it('clusters a teacher roster on the features and k the user chose, and shows the profiles and young teachers', async function () {
    this.timeout(60_000);
    standin = await loadStandin([ROSTER]);
    installStandin(standin);
    const sheet = 'Диагностика педагогов';
    const r = await recognize(deps, [sheet], { target: 80, critical: 50 }, () => undefined);
    assert.deepEqual(r.tables[0].clusterFeatures.map((f) => f.name), ['Предметные', 'Методические', 'Цифровые', 'Психолого-педагогические']);
    const outcome = await calculate(deps, [sheet], { target: 80, critical: 50, clusters: { k: 4, features: ['Предметные', 'Цифровые'] } }, () => undefined);
    const c = outcome.result.tables[0].clusters!;
    assert.equal(c.k, 4);
    assert.equal(c.kText, 'задано');
    assert.deepEqual(c.features, ['Предметные', 'Цифровые']);
    assert.equal(c.profiles.length, 4);
    assert.ok(c.profiles.every((p, i) => i === 0 || p.mean > c.profiles[i - 1].mean), 'numbered from the weakest to the strongest');
    assert.equal(c.profiles.reduce((n, p) => n + p.size, 0), c.clustered);
    assert.match(c.profiles[0].actions.join(' '), /ИОМ/);
    assert.match(outcome.result.tables[0].youngTeachers ?? '', /^Молодые педагоги: 371 из 2997 \(12,4\s%\), с наставником: 282 \(76,0\s%\)/);
    for (const name of ['Кластеры', 'Карта дефицитов']) assert.ok(outcome.report.sheets.includes(name), name);
    assert.deepEqual((await office.loadSettings())?.options.clusters, { k: 4, features: ['Предметные', 'Цифровые'] });
  });

  it('applies a corrected base of a count/base pair and shows it as set by the user', async () => {
    standin = await loadStandin([join(__dirname, '..', '..', 'examples', 'counts-leningrad.xlsx')]);
    installStandin(standin);
    const sheet = 'Форма ММС';
    const before = await recognize(deps, [sheet], { target: 80, critical: 50 }, () => undefined);
    const t = before.tables[0];
    const kpk = t.pairs.find((p) => p.numeratorColumn === 'J')!;
    assert.equal(kpk.baseColumn, 'C');
    assert.ok(t.countColumns.some((c) => c.column === 'G'), t.countColumns.map((c) => c.column).join(','));
    const after = await recognize(deps, [sheet], { target: 80, critical: 50, pairs: [{ sheet, numerator: 'J', base: 'G' }] }, () => undefined);
    const fixed = after.tables[0].pairs.find((p) => p.numeratorColumn === 'J')!;
    assert.deepEqual([fixed.baseColumn, fixed.manual], ['G', true]);
  });

  it('calls the shares of a counts form descriptive and gives their regional values instead of empty groups', async () => {
    standin = await loadStandin([join(__dirname, '..', '..', 'examples', 'counts-leningrad.xlsx')]);
    installStandin(standin);
    const outcome = await calculate(deps, ['Форма ММС'], { target: 80, critical: 50 }, () => undefined);
    const t = outcome.result.tables[0];
    assert.equal(t.descriptive, true);
    const young = t.shares.find((s) => /^из них молодых педагогов/.test(s.indicator))!;
    assert.ok(young && Math.abs(young.share! - 10.8) < 0.05, JSON.stringify(t.shares));
  });
});
