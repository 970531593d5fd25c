import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { check, type RunContext } from './compare';

/**
 * The second blind acceptance set: eight inputs (a folder of district files among them, a
 * wide table in points, a table with a year column and names merged over two rows, a 3-row
 * header, a transposed table with criterion rows, a title-only workbook that must fail
 * cleanly), built by a teammate who had not read the engine (makeBooks.js) with the results
 * derived by hand (writeExpected.js → expected/*.json, each with its `why`). The command runs
 * on each input as a user runs it — a child process with --json and --out — so its exit
 * status, stderr and output file are checked too.
 */

const DIR = __dirname;
const ROOT = path.join(DIR, '..', '..', '..');
const specs = fs
  .readdirSync(path.join(DIR, 'expected'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ name: f.replace(/\.json$/, ''), spec: JSON.parse(fs.readFileSync(path.join(DIR, 'expected', f), 'utf8')) as { input: string; expectations: Record<string, any>[] } })); // eslint-disable-line @typescript-eslint/no-explicit-any

function run(input: string, outFile: string): RunContext {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'cli', 'analyze.ts'), input, '--json', '--out', outFile], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  let json: unknown = null;
  try {
    json = JSON.parse(r.stdout);
  } catch {
    json = null;
  }
  return { json, status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', outFile };
}

describe('The second blind acceptance set gives the results derived by hand', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'metod-acceptance2-'));
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  for (const { name, spec } of specs) {
    describe(name, () => {
      let ctx: RunContext;
      before(() => {
        ctx = run(path.join(DIR, spec.input), path.join(tmp, `${name}.xlsx`));
      });
      for (const e of spec.expectations) {
        const label = [e.type, e.entity, e.name, e.field, e.criterion, e.indicator, e.cell, e.kind].filter((x) => x !== undefined && x !== null).join(' ');
        it(`${e.advisory ? '(advisory) ' : ''}${label}`, () => {
          const [ok, expected, actual] = check(e, ctx);
          assert.ok(ok, `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}; why: ${e.why ?? ''}`);
        });
      }
    });
  }
});
