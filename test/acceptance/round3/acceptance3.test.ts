import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { check } from './compare';

/**
 * The third blind acceptance set: ten inputs (a table at C8 with a reference table under it,
 * mixed values with units and line breaks, two period sheets compared with --previous, numbered
 * criteria «1. Системность…» under a title, a chain of «из них» counts, points with 0,5, a
 * roster with dates of birth, a hidden sheet with an apostrophe in its name and an Excel table,
 * a CSV and an OLE file named .xlsx that must fail cleanly), built by a teammate who had not
 * read the engine (makeBooks.js), with the results derived by hand (writeExpected.js →
 * expected/*.json, each with its `why`). The command runs on each as a user runs it.
 */

const DIR = __dirname;
const ROOT = path.join(DIR, '..', '..', '..');
const specs = fs
  .readdirSync(path.join(DIR, 'expected'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ name: f.replace(/\.json$/, ''), spec: JSON.parse(fs.readFileSync(path.join(DIR, 'expected', f), 'utf8')) }));

/**
 * Advisory expectations the team declined, with the reason. c02 «105%»: the teammate expected the
 * value to count (as 105 % or capped at 100 %) and marked these advisory, since METHODOLOGY does
 * not say; our rule (docs/rules.md §1) reports a percent above 100 as an error at its address and
 * leaves the cell out, as for a count above its base — a share over 100 % is an error in the form.
 */
const DECLINED_REASON = 'a percent above 100 is an error left out of the figures (docs/rules.md §1)';
const DECLINED: Record<string, RegExp[]> = {
  c02: [/^\(advisory\) entity name="Тосненский район"/, /^\(advisory\) entity name="Сланцевский муниципальный район" field="rank"/, /^\(advisory\) indicator id="2\.1" field="level"/],
};

describe('The third blind acceptance set gives the results derived by hand', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'metod-acceptance3-'));
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  for (const { name, spec } of specs) {
    describe(name, () => {
      let ctx: { json: unknown; status: number | null; stderr: string; stdout: string; outFile: string };
      before(() => {
        // The path the expectations name (no-file checks look for it): the set's own convention.
        const outFile = path.join(os.tmpdir(), `blind4-out-${name}.xlsx`);
        fs.rmSync(outFile, { force: true });
        const input = path.resolve(DIR, spec.input);
        const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'cli', 'analyze.ts'), input, ...(spec.args ?? []), '--json', '--out', outFile], {
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
        ctx = { json, status: r.status, stderr: r.stderr ?? '', stdout: r.stdout ?? '', outFile };
      });
      for (const e of spec.expectations as Record<string, unknown>[]) {
        const what = Object.entries(e).filter(([k]) => !['type', 'why', 'advisory', 'value', 'names', 'entities'].includes(k)).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(' ');
        const title = `${e.advisory ? '(advisory) ' : ''}${e.type} ${what}`.slice(0, 200);
        const declined = DECLINED[name]?.find((d) => d.test(title));
        if (declined) {
          // Shown as pending with the reason: a decision, not a forgotten failure.
          it.skip(`${title} — declined: ${DECLINED_REASON}`, () => undefined);
          continue;
        }
        it(title, async () => {
          const [ok, actual] = await check(e, ctx);
          assert.ok(ok, `expected ${JSON.stringify(e.value ?? e.names ?? e.entities ?? '')}, got ${JSON.stringify(actual)}; why: ${e.why ?? ''}`);
        });
      }
    });
  }
});
