import { strict as assert } from 'assert';
import { analyzeWorkbook } from '../../src/engine/analyze';
import { readTabularSheets } from '../../src/engine/layouts/readTabular';
import { resolveOptions } from '../../src/engine/options';
import { ProblemList } from '../../src/engine/problems';
import type { CellValue, SheetGrid } from '../../src/engine/grid';

/** Deterministic pseudo-random numbers, so the timing does not depend on luck. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function matrix(rows: number, cols: number): SheetGrid {
  const r = rng(1);
  const header: CellValue[] = ['№', 'Муниципальное образование'];
  for (let c = 0; c < cols; c++) header.push(`${Math.floor(c / 10) + 1}.${(c % 10) + 1}`);
  const values: CellValue[][] = [['Мониторинг'], [], header];
  const formats: (string | null)[][] = [[], [], []];
  for (let i = 0; i < rows; i++) {
    const row: CellValue[] = [i + 1, `Организация ${i + 1}`];
    const f: (string | null)[] = [null, null];
    for (let c = 0; c < cols; c++) {
      if (c % 3 === 2) {
        row.push(Math.round(r() * 100) / 100);
        f.push('0%');
      } else {
        row.push(r() < 0.7 ? 'да' : r() < 0.95 ? 'нет' : '');
        f.push(null);
      }
    }
    values.push(row);
    formats.push(f);
  }
  return { name: 'Матрица', startRow: 0, startCol: 0, values, numberFormats: formats, merges: [] };
}

function counts(rows: number): SheetGrid {
  const r = rng(2);
  const values: CellValue[][] = [
    ['ОО', 'Всего педагогов', 'из них молодых педагогов', 'Доля молодых, %', 'Общее количество площадок', 'Количество площадок с руководством', 'Количество мероприятий'],
  ];
  for (let i = 0; i < rows; i++) {
    const base = 10 + Math.floor(r() * 90);
    const num = Math.floor(r() * base);
    const sites = Math.floor(r() * 10);
    values.push([`Школа ${i + 1}`, base, num, (num / base) * 100, sites, Math.floor(r() * (sites + 1)), Math.floor(r() * 50)]);
  }
  return { name: 'Счёт', startRow: 0, startCol: 0, values, merges: [] };
}

/** The budget of the brief; PERF_BUDGET_MS raises it on a machine known to be slow. */
const BUDGET = Number(process.env.PERF_BUDGET_MS ?? 1000);

/** Best of three runs: the test machine is shared, and one run can be slowed by a neighbour. */
function timed<T>(f: () => T): { ms: number; result: T } {
  let best = Infinity;
  let result!: T;
  for (let k = 0; k < 3; k++) {
    const t0 = process.hrtime.bigint();
    result = f();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { ms: best, result };
}

describe('Performance of layouts A and B', () => {
  it('analyses a 3 000 × 60 matrix well under a second', () => {
    const grid = matrix(3000, 60);
    analyzeWorkbook({ sheets: [matrix(50, 60)] }); // warm-up
    const { ms, result } = timed(() => analyzeWorkbook({ sheets: [grid] }));
    assert.equal(result.tables[0].entities.length, 3000);
    assert.equal(result.tables[0].indicators.length, 60);
    assert.ok(ms < BUDGET, `took ${ms.toFixed(0)} ms`);
  });

  it('reads and computes a 100 000-row counts table (layout B) under a second', () => {
    const grid = counts(100_000);
    const options = resolveOptions();
    readTabularSheets([counts(100)], options, new ProblemList());
    const { ms, result } = timed(() => readTabularSheets([grid], options, new ProblemList()));
    const t = result.tables[0];
    assert.equal(t.entities.length, 100_000);
    // «из них молодых» → «Всего педагогов»; «Количество площадок с руководством» → «Общее количество площадок»;
    // «Количество мероприятий» has no plausible base and stays a plain count.
    assert.equal(t.pairs.length, 2);
    assert.equal(t.indicators.find((i) => i.name === 'Количество мероприятий')?.kind, 'count');
    assert.ok(ms < BUDGET, `took ${ms.toFixed(0)} ms`);
    const whole = timed(() => analyzeWorkbook({ sheets: [grid] }));
    // The whole entry also runs the points reader over the sheet; reported, not asserted here.
    console.log(`      (100 000 rows: layouts A/B ${ms.toFixed(0)} ms, analyzeWorkbook ${whole.ms.toFixed(0)} ms)`);
  });
});
