/**
 * Writes a numeric CSV with planted clusters for the k-means bench (benchmarks/data/ is
 * git-ignored).
 *
 *   npx tsx benchmarks/makeClusterCsv.ts [OUT.csv] [--n 100000] [--d 8] [--k 3] [--seed 1]
 *
 * Each planted cluster has a random centre in [0, 10]^d, its own spread (0.8…1.6) and its
 * own share of the rows, so the clusters overlap a little and Lloyd's algorithm needs
 * several iterations, as on real data. The first line is a header f1,…,fd.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { seededRandom } from '../src/engine/clusters/seededRandom';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const out = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'benchmarks/data/clusters-100000x8.csv';
const n = arg('n', 100000);
const d = arg('d', 8);
const k = arg('k', 3);
const rnd = seededRandom(arg('seed', 1));

function gauss(): number {
  const u = 1 - rnd();
  const v = rnd();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

const centres = Array.from({ length: k }, () => Array.from({ length: d }, () => rnd() * 10));
const spreads = Array.from({ length: k }, () => 0.8 + rnd() * 0.8);
const weights = Array.from({ length: k }, () => 0.5 + rnd());
const total = weights.reduce((a, b) => a + b, 0);

const lines: string[] = [Array.from({ length: d }, (_, j) => `f${j + 1}`).join(',')];
for (let i = 0; i < n; i++) {
  let r = rnd() * total;
  let c = 0;
  while (c < k - 1 && r >= weights[c]) r -= weights[c++];
  const row: string[] = [];
  for (let j = 0; j < d; j++) row.push((centres[c][j] + spreads[c] * gauss()).toFixed(5));
  lines.push(row.join(','));
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, lines.join('\n') + '\n');
process.stderr.write(`${out}: ${n} × ${d}, ${k} planted clusters\n`);
