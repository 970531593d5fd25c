import { strict as assert } from 'assert';
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { spawnSync } from 'child_process';
import { EXAMPLES, ROOT, runCli, tempDir } from './runCli';

const ROSTER = path.join(EXAMPLES, 'roster-diagnostics.xlsx');

/** runCli with room for the JSON of 3,000 teachers (about 6 MB; spawnSync keeps 1 MB by default). */
function runJson(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'cli', 'analyze.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, METOD_DEBUG: '', NODE_OPTIONS: '' },
    timeout: 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('`analyze` on the roster example', function () {
  this.timeout(120000);

  it('prints clusters and the roster in the JSON, and takes --k and --features into options.clusters', () => {
    const auto = runJson([ROSTER, '--json']);
    assert.equal(auto.status, 0, auto.stderr);
    const j = JSON.parse(auto.stdout);
    assert.equal(j.layout, 'roster');
    assert.equal(j.clusters.k, 3);
    assert.deepEqual(j.clusters.features, ['Предметные', 'Методические', 'Цифровые', 'Психолого-педагогические']);
    assert.ok(j.roster.youngTeachers.count > 0);
    assert.ok(j.roster.deficitMap.some((d: { unit: string }) => d.unit === 'Подпорожский район'));
    assert.match(auto.stderr, /молодые педагоги: \d+ из \d+/);

    const given = runJson([ROSTER, '--json', '--k', '2', '--features', 'Предметные,Цифровые']);
    assert.equal(given.status, 0, given.stderr);
    const g = JSON.parse(given.stdout);
    assert.equal(g.clusters.k, 2);
    assert.equal(g.clusters.kChoice.how, 'given');
    assert.deepEqual(g.clusters.features, ['Предметные', 'Цифровые']);
  });

  it('writes «Кластеры» and «Карта дефицитов» into the result workbook', async () => {
    const dir = await tempDir();
    const out = path.join(dir, 'итог.xlsx');
    const r = runCli([ROSTER, '--out', out]);
    assert.equal(r.status, 0, r.stderr);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    assert.deepEqual(wb.worksheets.map((w) => w.name), ['Диагностика педагогов', 'Сводная', 'Справка', 'Дефициты', 'Кластеры', 'Карта дефицитов', 'Проверка данных']);
    await fs.rm(dir, { recursive: true, force: true });
  });
});
