/**
 * k-means bench: ours against scikit-learn on the same CSV, in the same run.
 *
 *   npm run bench:kmeans -- FILE.csv --k 3 --restarts 10 [--repeat 3] [--seed N] [--no-sklearn]
 *
 * The CSV (numbers, comma-separated; a non-numeric first line is a header) is loaded fully
 * before any clock starts. Each side makes one untimed warm-up fit (JIT / imports / caches),
 * then `repeat` timed fits; the median is reported. Ours is timed twice: the whole
 * order-invariant path that clusterRows uses (canonical sort + k-means) — the honest
 * figure, `ms` — and the k-means core alone (`coreMs`). scikit-learn times only
 * `KMeans(n_init=restarts, algorithm='lloyd').fit(X)` (benchmarks/kmeans_sklearn.py,
 * /usr/bin/python3); it may use several threads, ours uses one.
 * Prints one JSON line per side, then the ratios.
 */
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { kmeans } from '../src/engine/clusters/kmeans';
import { kmeansOrderInvariant } from '../src/engine/clusters/canonicalOrder';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const file = process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && !(all[i - 1] ?? '').startsWith('--'));
if (!file) {
  process.stderr.write('Usage: npm run bench:kmeans -- FILE.csv --k 3 --restarts 10 [--repeat 3]\n');
  process.exit(2);
}
const k = Number(arg('k') ?? 3);
const restarts = Number(arg('restarts') ?? 10);
const repeat = Math.max(1, Number(arg('repeat') ?? 3));
const seed = arg('seed') !== undefined ? Number(arg('seed')) : undefined;

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

const { data, n, d } = load(file);
const opts = { restarts, seed };

kmeansOrderInvariant(data, n, d, k, opts); // warm-up
const full: number[] = [];
const core: number[] = [];
let inertia = NaN;
let iterations = 0;
for (let r = 0; r < repeat; r++) {
  let t0 = performance.now();
  const fit = kmeansOrderInvariant(data, n, d, k, opts);
  full.push(performance.now() - t0);
  inertia = fit.inertia;
  iterations = fit.iterations;
  t0 = performance.now();
  kmeans(data, n, d, k, opts);
  core.push(performance.now() - t0);
}
const ours = { ms: median(full), inertia, coreMs: median(core), iterations, n, d, k, restarts, threads: 1 };
console.log(JSON.stringify({ ours }));

if (!process.argv.includes('--no-sklearn')) {
  const script = join(__dirname, 'kmeans_sklearn.py');
  const runs: { ms: number; inertia: number; iterations: number; threads: number }[] = [];
  for (let r = 0; r < repeat + 1; r++) {
    const out = execFileSync('/usr/bin/python3', [script, file, '--k', String(k), '--restarts', String(restarts)], {
      encoding: 'utf8',
    });
    runs.push(JSON.parse(out.trim().split('\n').pop()!));
  }
  const timed = runs.slice(1); // first run = warm-up (cold imports and file cache)
  const sk = { ...timed[0], ms: median(timed.map((r) => r.ms)) };
  console.log(JSON.stringify({ sklearn: sk }));
  console.log(
    JSON.stringify({
      timeRatio: ours.ms / sk.ms,
      coreTimeRatio: ours.coreMs / sk.ms,
      inertiaRatio: ours.inertia / sk.inertia,
      targetTime: ours.ms <= 1.5 * sk.ms,
      targetInertia: ours.inertia <= sk.inertia * 1.001,
    }),
  );
}
