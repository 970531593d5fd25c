import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';

/**
 * Runs a blind acceptance set that speaks its author's runner protocol (sets 6 and 7): each
 * expected/<case>.json is run once by the set's own compare.js (`runCase`), and each of its
 * expectations is a test checked by that runner's `check` — with the reason shown as a pending
 * test for any expectation we decided not to follow (docs/decisions.md).
 *
 * Example:
 *   describeBlindSet('The seventh blind acceptance set gives the results derived by hand', __dirname, { g07: [{ n: 25, reason: '…' }] });
 */

type Result = { ok: boolean; msg?: string };
type Ctx = { resultWb: unknown } & Record<string, unknown>;

/** Expectations not followed, by case: `n` is the expectation's index in its list (0-based). */
export type Declined = Record<string, { n: number; reason: string }[]>;

export function describeBlindSet(title: string, dir: string, declined: Declined): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { check, runCase } = require(path.join(dir, 'compare.js')) as {
    check: (e: Record<string, unknown>, json: unknown, ctx: Ctx) => Result;
    runCase: (id: string, spec: unknown) => Promise<{ json: unknown; ctx: Ctx }>;
  };
  const specs = fs
    .readdirSync(path.join(dir, 'expected'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.json$/, ''), spec: JSON.parse(fs.readFileSync(path.join(dir, 'expected', f), 'utf8')) }));

  describe(title, () => {
    for (const { name, spec } of specs) {
      describe(name, function () {
        this.timeout(180_000);
        let json: unknown = null;
        let ctx: Ctx = { resultWb: null };
        before(async () => {
          ({ json, ctx } = await runCase(name, spec));
        });
        (spec.expectations as Record<string, unknown>[]).forEach((e) => {
          const what = JSON.stringify(Object.fromEntries(Object.entries(e).filter(([k]) => !['type', 'why', 'advisory', 'n', 'values', 'cells', 'wave', 'documented'].includes(k)))).slice(0, 120);
          const testTitle = `${e.advisory ? '(advisory) ' : ''}#${e.n} ${e.type} ${what}`;
          const no = declined[name]?.find((d) => d.n === e.n);
          if (no) {
            it.skip(`${testTitle} — declined: ${no.reason}`, () => undefined);
            return;
          }
          it(testTitle, () => {
            let res: Result = json || e.type === 'exit_ok' ? check(e, json, ctx) : { ok: false, msg: 'no JSON' };
            // As the teammates' runners: a check of the result workbook fails when there is none.
            if (res.ok && !ctx.resultWb && /sheet|highlight|svod|note|cf|fill|view/.test(String(e.type))) res = { ok: false, msg: 'no result workbook' };
            assert.ok(res.ok, `${res.msg ?? ''} — why expected: ${e.why ?? ''}`);
          });
        });
      });
    }
  });
}
