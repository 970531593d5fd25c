/**
 * The add-in's whole run against the Excel stand-in — read the sheets, compute
 * (analyzeWorkbook + buildOutputPlan), write the plan with its highlights — printing one JSON
 * line per case: syncs, the largest request and response (bytes, as the stand-in measures
 * them; Excel on the web refuses more than 5 MB) and the wall time.
 * Targets: the example matrix in ≤ 5 syncs; the 100,000-row sheet with no request over 5 MB.
 * The sheet list (listSheets, one sync) is what the pane shows when it opens; it is not part
 * of the run.
 *
 * Example:
 *   npm run bench:addin
 *   // {"case":"matrix","sheets":1,"rows":…,"syncs":5,"maxRequestBytes":…,"maxResponseBytes":…,"ms":…}
 */

import { existsSync, readdirSync } from 'fs';
import { join } from 'path';
import { listSheets, readSheets, writePlan } from '../src/adapters/office';
import { analyzeWorkbook } from '../src/engine/analyze';
import { buildOutputPlan } from '../src/engine/output/buildOutputPlan';
import type { WorkbookGrid } from '../src/engine/grid';
import { createStandin, installStandin, snapshotFromGrid, PAYLOAD_LIMIT_BYTES, type Standin } from '../src/standin';
import { loadStandin } from '../test/support/loadStandin';
import { bigGrid, matrixGrid } from '../test/addin/fixtures';

/** The targets above: a missed one makes the run fail (exit code 1), after all lines are printed. */
function check(line: { case: string; syncs: number; underLimit: boolean }, maxSyncs?: number): void {
  if (!line.underLimit) {
    console.error(`${line.case}: запрос или ответ больше 5 МБ.`);
    process.exitCode = 1;
  }
  if (maxSyncs !== undefined && line.syncs > maxSyncs) {
    console.error(`${line.case}: ${line.syncs} синхронизаций, а цель — не больше ${maxSyncs}.`);
    process.exitCode = 1;
  }
}

async function run(name: string, standin: Standin, maxSyncs?: number): Promise<void> {
  installStandin(standin);
  const names = (await listSheets()).filter((s) => s.visible && !s.owned).map((s) => s.name);
  standin.resetStats();
  const t0 = performance.now();
  const grid = await readSheets(names);
  const afterRead = { ...standin.model.stats };
  const analysis = analyzeWorkbook(grid);
  const plan = buildOutputPlan(analysis, { existingSheets: standin.model.sheets.map((s) => s.name) });
  const report = await writePlan(plan);
  const ms = Math.round(performance.now() - t0);
  const st = standin.model.stats;
  const line = {
    case: name,
    sheets: grid.sheets.length,
    rows: grid.sheets.reduce((n, s) => n + s.values.length, 0),
    written: report.sheets,
    highlightedRanges: report.highlightedRanges,
    syncs: st.syncs,
    readSyncs: afterRead.syncs,
    maxRequestBytes: st.maxRequestBytes,
    maxResponseBytes: st.maxResponseBytes,
    underLimit: st.maxRequestBytes <= PAYLOAD_LIMIT_BYTES && st.maxResponseBytes <= PAYLOAD_LIMIT_BYTES,
    ms,
  };
  console.log(JSON.stringify(line));
  check(line, maxSyncs);
}

function fromGrid(grid: WorkbookGrid): Standin {
  return createStandin(snapshotFromGrid(grid));
}

async function main(): Promise<void> {
  const examples = join(__dirname, '..', 'examples');
  const files = existsSync(examples) ? readdirSync(examples).filter((f) => f.endsWith('.xlsx') && !f.includes('.result.')) : [];
  const matrix = files.find((f) => /matrix|матриц/i.test(f));
  if (matrix) await run(`examples/${matrix}`, await loadStandin([join(examples, matrix)]), 5);
  else await run('matrix (generated; examples/*.xlsx not found)', fromGrid(matrixGrid(12)), 5);
  for (const f of files.filter((x) => x !== matrix)) {
    try {
      await run(`examples/${f}`, await loadStandin([join(examples, f)]));
    } catch (e) {
      console.log(JSON.stringify({ case: `examples/${f}`, error: (e as Error).message }));
    }
  }
  await run('generated 100,000 rows', fromGrid(bigGrid(100_000)));
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
