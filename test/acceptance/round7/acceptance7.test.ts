import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';

/**
 * The seventh blind acceptance set: a matrix with a «Код ОКТМО» column, «№» and the names in
 * column C under three header rows, text percents, a total row in the middle, a district
 * entered twice and the user's own «Сводная» and «Справка» (and a re-run on the result); a
 * counts form with shares typed as fractions and every «no data» mark; two periods with
 * reordered and renamed districts; a teacher roster at the young-teacher boundaries; a seeded
 * 60 × 25 matrix; points sheets with «Методика» weights and wrong totals. Built by a teammate
 * who had not read the engine; every number was derived by an independent script (derive.js)
 * before the tool was run; every expectation has its `why` (FINDINGS.md).
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
 * sessions 5 and 6). Indexes are those of the expectation list (0-based).
 */
const COVERAGE_BY_NAMES =
  "the coverage counts different names (10) and names the district entered twice with its rows, as the teammate's own FINDINGS (debatable 3) asks; this earlier advisory count of rows (11) is superseded";
const DECLINED: Record<string, { n: number; reason: string }[]> = {
  g01: [{ n: 7, reason: COVERAGE_BY_NAMES }],
  g06: [{ n: 7, reason: COVERAGE_BY_NAMES }],
  g07: [{ n: 25, reason: 'the note names the sheet «Лист3» only in «Источник данных», which the teammate withdrew to advisory as legitimate' }],
};

const specs = fs
  .readdirSync(path.join(DIR, 'expected'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ name: f.replace(/\.json$/, ''), spec: JSON.parse(fs.readFileSync(path.join(DIR, 'expected', f), 'utf8')) }));

describe('The seventh blind acceptance set gives the results derived by hand', () => {
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
