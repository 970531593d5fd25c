/**
 * `npm run bench`: speed and memory of the pipeline next to LibreOffice, on a 3,000 × 60 indicator
 * matrix and a 100,000-row counts table (generated into benchmarks/data/ by generateData.ts).
 * Per case:
 *   (a) the engine alone — the grid already in memory, `analyzeWorkbook` + `buildOutputPlan`
 *       (median of several runs after a warm-up); target: well under a second;
 *   (b) the whole command — as `npm run analyze -- <file> --out …` runs it: node on the CLI bundled
 *       by esbuild (dist/cli/analyze.cjs), in a child
 *       process (read, compute, write), and, in the same run, LibreOffice headless opening the
 *       same workbook and saving it as CSV; wall time and peak RSS of each child (measureProcess.ts).
 *       Targets: the command within 1.5 × LibreOffice's time, and below its memory.
 * Prints a table and one JSON line per case. BENCH_RUNS (default 2) sets the number of measured
 * runs of (b); the median time and the highest peak are reported. BENCH_CASES=matrix (or counts)
 * measures one case. A stage that fails is reported as «сбой» with its message; the others still run.
 *
 * Example:
 *   npm run bench
 *   // {"case":"matrix","rows":3000,"columns":60,"engineMs":212.4,"commandMs":6120,"commandPeakMb":402, …}
 */

import { execFileSync } from 'child_process';
import { promises as fs, readFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ensureBenchData, type BenchCase } from './generateData';
import { measureProcess, type Measurement } from './measureProcess';
import { readWorkbookFiles } from '../src/adapters/xlsx/readWorkbookFiles';
import { analyzeWorkbook } from '../src/engine/analyze';
import { buildOutputPlan } from '../src/engine/output/buildOutputPlan';

const ROOT = path.resolve(__dirname, '..');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 2) || 2);
const ENGINE_RUNS = 5;

const log = (s: string) => process.stderr.write(`${s}\n`);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function findLibreOffice(): string | null {
  for (const name of ['soffice', 'libreoffice']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim() || null;
    } catch {
      // not on PATH
    }
  }
  return null;
}

interface EngineResult {
  medianMs: number | null;
  runs: number[];
  entities: number | null;
  error: string | null;
}

async function engineAlone(file: string): Promise<EngineResult> {
  const loaded = await readWorkbookFiles([file]);
  const existingSheets = loaded.sheets.map((s) => s.name);
  const once = () => {
    const t0 = process.hrtime.bigint();
    const analysis = analyzeWorkbook(loaded.grid);
    buildOutputPlan(analysis, { existingSheets, ownedSheets: [] });
    return { ms: Number(process.hrtime.bigint() - t0) / 1e6, entities: analysis.tables.reduce((s, t) => s + t.entities.length, 0) };
  };
  try {
    const warm = once();
    const runs = Array.from({ length: ENGINE_RUNS }, () => once().ms);
    return { medianMs: median(runs), runs, entities: warm.entities, error: null };
  } catch (e) {
    return { medianMs: null, runs: [], entities: null, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

interface Summary {
  wallMs: number | null;
  peakRssMb: number | null;
  runs: Measurement[];
  /** The child's last words when it failed (its run is then not counted). */
  error: string | null;
}

async function repeat(n: number, run: () => Promise<Measurement>): Promise<Summary> {
  const runs: Measurement[] = [];
  for (let i = 0; i < n; i++) {
    const m = await run();
    if (m.exitCode !== 0) {
      const error = `код завершения ${m.exitCode}: ${m.stderr.trim().split('\n').slice(-2).join(' ')}`;
      return { wallMs: null, peakRssMb: null, runs: [m], error };
    }
    runs.push(m);
  }
  const peaks = runs.map((r) => r.peakRssMb).filter((x): x is number => x !== null);
  return { wallMs: median(runs.map((r) => r.wallMs)), peakRssMb: peaks.length ? Math.max(...peaks) : null, runs, error: null };
}

/** The command as `npm run analyze` runs it: the CLI bundled by esbuild (see package.json), then node on the bundle. */
const CLI_BUNDLE = path.join(ROOT, 'dist', 'cli', 'analyze.cjs');

function bundleCli(): void {
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'esbuild'), ['src/cli/analyze.ts', '--bundle', '--platform=node', '--packages=external', '--log-level=warning', `--outfile=${CLI_BUNDLE}`], { cwd: ROOT });
}

/** Node's flags in the `analyze` script of package.json, so the bench runs the command exactly as users do. */
export function analyzeNodeFlags(): string[] {
  const script: string = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts.analyze;
  const m = /&&\s*node\s+(.*?)\s*dist\/cli\/analyze\.cjs/.exec(script);
  if (!m) throw new Error('package.json: the analyze script does not run node on dist/cli/analyze.cjs');
  return m[1].split(/\s+/).filter((f) => f !== '');
}

function commandRun(file: string, outDir: string): Promise<Measurement> {
  const out = path.join(outDir, `${path.basename(file, '.xlsx')}.result.xlsx`);
  return measureProcess(process.execPath, [...analyzeNodeFlags(), CLI_BUNDLE, file, '--out', out], { cwd: ROOT });
}

function libreOfficeRun(soffice: string, file: string, outDir: string, profile: string): Promise<Measurement> {
  return measureProcess(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'csv', '--outdir', outDir, file]);
}

const fmtS = (ms: number | null) => (ms === null ? '—' : `${(ms / 1000).toFixed(2)} с`);
const fmtMb = (mb: number | null) => (mb === null ? '—' : `${Math.round(mb)} МБ`);
const fmtRatio = (x: number | null) => (x === null ? '—' : x.toFixed(2));
const round = (x: number | null, d = 1) => (x === null ? null : Math.round(x * 10 ** d) / 10 ** d);

async function main(): Promise<void> {
  const data = await ensureBenchData(path.join(__dirname, 'data'), log);
  const soffice = findLibreOffice();
  if (!soffice) log('LibreOffice не найден (soffice): сравнение пропущено; установите: apt-get install -y libreoffice-calc-nogui');
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'metod-bench-'));
  const profile = path.join(work, 'lo-profile');

  // Warm-ups that are not measured: the file cache, LibreOffice's first-run profile.
  bundleCli();
  const small = path.join(ROOT, 'examples', 'matrix-ingushetia.xlsx');
  await commandRun(small, work);
  if (soffice) await libreOfficeRun(soffice, small, work, profile);

  const rows: string[][] = [];
  const lines: string[] = [];
  const only = process.env.BENCH_CASES ? process.env.BENCH_CASES.split(',') : ['matrix', 'counts'];
  const cases = ([['matrix', data.matrix], ['counts', data.counts]] as [string, BenchCase][]).filter(([k]) => only.includes(k));
  for (const [key, c] of cases) {
    log(`${c.name}: ядро …`);
    const engine = await engineAlone(c.file);
    if (engine.error) log(`${c.name}: ядро упало — ${engine.error}`);
    log(`${c.name}: команда целиком (${RUNS} раз) …`);
    const cmd = await repeat(RUNS, () => commandRun(c.file, work));
    if (cmd.error) log(`${c.name}: команда не выполнена — ${cmd.error}`);
    let lo: Summary | null = null;
    if (soffice) {
      log(`${c.name}: LibreOffice (${RUNS} раз) …`);
      lo = await repeat(RUNS, () => libreOfficeRun(soffice, c.file, work, profile));
      if (lo.error) log(`${c.name}: LibreOffice не выполнен — ${lo.error}`);
    }
    const timeRatio = lo?.wallMs && cmd.wallMs ? cmd.wallMs / lo.wallMs : null;
    const memRatio = lo?.peakRssMb && cmd.peakRssMb ? cmd.peakRssMb / lo.peakRssMb : null;
    const sizeMb = (await fs.stat(c.file)).size / 1024 / 1024;
    const targets = {
      engineUnderSecond: engine.medianMs === null ? false : engine.medianMs < 1000,
      commandWithin1_5xLibreOffice: timeRatio === null ? null : timeRatio <= 1.5,
      commandMemoryBelowLibreOffice: memRatio === null ? null : memRatio < 1,
    };
    rows.push([
      c.name,
      `${sizeMb.toFixed(1)} МБ`,
      engine.medianMs === null ? 'сбой' : `${engine.medianMs.toFixed(0)} мс`,
      cmd.error ? 'сбой' : fmtS(cmd.wallMs),
      fmtMb(cmd.peakRssMb),
      fmtS(lo?.wallMs ?? null),
      fmtMb(lo?.peakRssMb ?? null),
      fmtRatio(timeRatio),
      fmtRatio(memRatio),
    ]);
    lines.push(
      JSON.stringify({
        case: key,
        rows: c.rows,
        columns: c.columns,
        fileMb: round(sizeMb, 2),
        entities: engine.entities,
        engineMs: round(engine.medianMs),
        engineError: engine.error,
        engineRunsMs: engine.runs.map((x) => round(x)),
        commandMs: round(cmd.wallMs, 0),
        commandPeakMb: round(cmd.peakRssMb),
        commandError: cmd.error,
        libreofficeMs: round(lo?.wallMs ?? null, 0),
        libreofficePeakMb: round(lo?.peakRssMb ?? null),
        libreofficeError: lo?.error ?? null,
        timeRatio: round(timeRatio, 3),
        memoryRatio: round(memRatio, 3),
        runs: RUNS,
        memoryMethod: cmd.runs[0].method,
        targets,
      }),
    );
  }
  await fs.rm(work, { recursive: true, force: true });

  const header = ['случай', 'файл', 'ядро', 'команда', 'память команды', 'LibreOffice', 'память LO', 'время ×', 'память ×'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((x, i) => x.padEnd(widths[i])).join(' │ ');
  const out = [line(header), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...rows.map(line)];
  process.stdout.write(`${out.join('\n')}\n\n`);
  process.stdout.write('Цели: ядро — меньше 1 с; команда — не дольше 1,5 × LibreOffice и меньше его по памяти (время × ≤ 1,5; память × < 1).\n');
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`Замер прерван: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
