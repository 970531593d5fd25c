/**
 * k-means bench: ours against scikit-learn on the same CSV, in the same run.
 *
 *   npm run bench:kmeans -- FILE.csv --k 3 --restarts 10 [--repeat 5] [--seed N] [--no-sklearn]
 *
 * The CSV (numbers, comma-separated; a non-numeric first line is a header) is loaded fully
 * before any clock starts. Each side makes one untimed warm-up fit (JIT, imports, thread
 * pools), then `repeat` timed fits, interleaved ours / scikit-learn so that both see the
 * same load on the machine; medians are reported.
 *
 * Ours is timed on the whole order-invariant path that clusterRows uses (canonical sort +
 * k-means): `ms`; the k-means core alone is `coreMs`. scikit-learn times only
 * `KMeans(n_init=restarts, algorithm='lloyd').fit(X)` (benchmarks/kmeans_sklearn.py,
 * /usr/bin/python3). Ours runs on one thread; scikit-learn on as many as OpenMP gives it.
 * `cpuMs` is processor time (all threads), useful when other jobs load the machine.
 * Prints one JSON line per side, then the ratios.
 */
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { kmeans } from '../src/engine/clusters/kmeans';
import { kmeansOrderInvariant } from '../src/engine/clusters/canonicalOrder';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const file = process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && !(all[i - 1] ?? '').startsWith('--'));
if (!file) {
  process.stderr.write('Usage: npm run bench:kmeans -- FILE.csv --k 3 --restarts 10 [--repeat 5]\n');
  process.exit(2);
}
const k = Number(arg('k') ?? 3);
const restarts = Number(arg('restarts') ?? 10);
const repeat = Math.max(1, Number(arg('repeat') ?? 5));
const seed = arg('seed') !== undefined ? Number(arg('seed')) : undefined;
const withSklearn = !process.argv.includes('--no-sklearn');

function load(path: string): { data: Float64Array; n: number; d: number } {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length > 0 && lines[0].split(',').some((x) => Number.isNaN(Number(x)))) lines.shift();
  const d = lines[0].split(',').length;
  const n = lines.length;
  const data = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    const cells = lines[i].split(',');
    for (let j = 0; j < d; j++) data[i * d + j] = Number(cells[j]);
  }
  return { data, n, d };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

interface SkRun {
  ms: number;
  cpuMs: number;
  inertia: number;
  iterations: number;
  threads: number;
}

function sklearnOnce(): SkRun {
  const script = join(__dirname, 'kmeans_sklearn.py');
  const out = execFileSync('/usr/bin/python3', [script, file!, '--k', String(k), '--restarts', String(restarts)], {
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').pop()!);
}

const { data, n, d } = load(file);
const opts = { restarts, seed };
const load0 = loadavg()[0];

kmeansOrderInvariant(data, n, d, k, opts); // warm-up
kmeans(data, n, d, k, opts);
if (withSklearn) sklearnOnce();

const full: number[] = [];
const fullCpu: number[] = [];
const core: number[] = [];
const skRuns: SkRun[] = [];
let inertia = NaN;
let iterations = 0;
for (let r = 0; r < repeat; r++) {
  let t0 = performance.now();
  let c0 = cpuMs();
  const fit = kmeansOrderInvariant(data, n, d, k, opts);
  full.push(performance.now() - t0);
  fullCpu.push(cpuMs() - c0);
  inertia = fit.inertia;
  iterations = fit.iterations;
  t0 = performance.now();
  kmeans(data, n, d, k, opts);
  core.push(performance.now() - t0);
  if (withSklearn) skRuns.push(sklearnOnce());
}
const ours = {
  ms: median(full),
  inertia,
  coreMs: median(core),
  cpuMs: median(fullCpu),
  iterations,
  n,
  d,
  k,
  restarts,
  threads: 1,
};
console.log(JSON.stringify({ ours }));

if (withSklearn) {
  const sk = {
    ms: median(skRuns.map((r) => r.ms)),
    cpuMs: median(skRuns.map((r) => r.cpuMs)),
    inertia: skRuns[0].inertia,
    iterations: skRuns[0].iterations,
    threads: skRuns[0].threads,
  };
  console.log(JSON.stringify({ sklearn: sk }));
  console.log(
    JSON.stringify({
      timeRatio: ours.ms / sk.ms,
      coreTimeRatio: ours.coreMs / sk.ms,
      cpuRatio: ours.cpuMs / sk.cpuMs,
      inertiaRatio: ours.inertia / sk.inertia,
      targetTime: ours.ms <= 1.5 * sk.ms,
      targetInertia: ours.inertia <= sk.inertia * 1.001,
      cores: cpus().length,
      loadAverage: [load0, loadavg()[0]].map((x) => Math.round(x * 100) / 100),
    }),
  );
}
