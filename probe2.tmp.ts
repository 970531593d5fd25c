import { listSheets, readSheets, writePlan } from './src/adapters/office';
import { analyzeWorkbook } from './src/engine/analyze';
import { buildOutputPlan } from './src/engine/output/buildOutputPlan';
import { createStandin, installStandin, snapshotFromGrid } from './src/standin';
import { bigGrid } from './test/addin/fixtures';
(async () => {
  let t = performance.now();
  const lap = (s: string) => { const n = performance.now(); console.log(s, Math.round(n - t)); t = n; };
  const st = createStandin(snapshotFromGrid(bigGrid(100000))); installStandin(st); lap('standin');
  const grid = await readSheets(['Большой']); lap('read');
  const a = analyzeWorkbook(grid); lap('analyze');
  console.log(a.tables.map(x => [x.layout, x.entities.length, x.indicators.length, x.deficits.length, x.pairs.length]), a.problems.length);
  const plan = buildOutputPlan(a, { existingSheets: ['Большой'] }); lap('plan');
  console.log(plan.sheets.map(s => [s.name, s.rows.length, s.rows[5]?.length]), plan.highlights.map(h => [h.kind, h.ranges.length]));
  const sc = structuredClone(plan); lap('clone');
  try { await writePlan(plan); } catch (e) { console.log((e as Error).message); } lap('write');
})();
