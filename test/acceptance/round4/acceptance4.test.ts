import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';

/**
 * The fourth blind acceptance set: the seeds' own tables reproduced with their stated results
 * (000, 001, 002, 003, 004), a workbook that already has the user's own «Сводная» and
 * «Дефициты» with conditional formats, a frozen pane, a filter and comments, names with
 * trailing spaces, Latin lookalike letters and «ё», a district entered twice, and a 40 × 120
 * matrix checked against an independent script (computeWideMatrix.js). Built by a teammate who
 * had not read the engine; every expectation has its `why`.
 */

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { check, sha } = require('./compare.js') as {
  check: (e: Record<string, unknown>, json: unknown, ctx: unknown) => Promise<string[]>;
  sha: (file: string) => string;
};

const DIR = __dirname;
const ROOT = path.join(DIR, '..', '..', '..');

/** A real gap the set found, kept visible as pending until it is closed (README «Чего пока нет»). */
const NOT_YET: Record<string, { type: string; reason: string }[]> = {};

const specs = fs
  .readdirSync(path.join(DIR, 'expected'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ name: f.replace(/\.json$/, ''), spec: JSON.parse(fs.readFileSync(path.join(DIR, 'expected', f), 'utf8')) }));

describe('The fourth blind acceptance set gives the results derived by hand', () => {
  for (const { name, spec } of specs) {
    describe(name, () => {
      let json: unknown = null;
      let ctx: { input: string; out: string; outWb: ExcelJS.Workbook | null; hashBefore: string };
      before(async () => {
        const input = path.join(DIR, spec.input);
        const out = path.join(os.tmpdir(), `blind5-out-${name}.xlsx`);
        fs.rmSync(out, { force: true });
        const hashBefore = sha(input);
        const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'cli', 'analyze.ts'), input, ...(spec.args ?? []), '--json', '--out', out], {
          cwd: ROOT,
          encoding: 'utf8',
          maxBuffer: 1 << 28,
        });
        try {
          json = JSON.parse(r.stdout);
        } catch {
          json = null;
        }
        let outWb: ExcelJS.Workbook | null = null;
        if (fs.existsSync(out)) {
          outWb = new ExcelJS.Workbook();
          await outWb.xlsx.readFile(out);
        }
        ctx = { input, out, outWb, hashBefore };
      });
      (spec.expectations as Record<string, unknown>[]).forEach((e, i) => {
        const what = JSON.stringify(Object.fromEntries(Object.entries(e).filter(([k]) => !['type', 'why', 'advisory', 'criteria', 'names', 'cells', 'notes'].includes(k)))).slice(0, 140);
        const title = `${e.advisory ? '(advisory) ' : ''}#${i} ${e.type} ${what}`;
        const gap = NOT_YET[name]?.find((g) => g.type === e.type);
        if (gap) {
          it.skip(`${title} — not yet: ${gap.reason}`, () => undefined);
          return;
        }
        it(title, async () => {
          assert.ok(json, 'the command printed its JSON');
          const bad = await check(e, json, ctx);
          assert.deepEqual(bad, [], `why expected: ${e.why ?? ''}`);
        });
      });
    });
  }
});
