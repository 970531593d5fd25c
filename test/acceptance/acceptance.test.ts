import { strict as assert } from 'assert';
import { promises as fs } from 'fs';
import * as path from 'path';
import { runAnalyze } from '../../src/cli/run';
import { check, describeExpectation, type Expectation } from './expectations';

/**
 * The blind acceptance set (issue 2, «a workbook no one on the team has seen»): eight workbooks
 * laid out like the seeds' tables with their usual untidiness, built by a teammate who had not
 * read the engine (makeBooks.js), and the results a methodologist derives by hand
 * (expected/*.json, each expectation with its `why`). The command runs on each book as a user
 * runs it, `analyze <book> --json`; every expectation is a test of its own.
 */

const DIR = __dirname;
const books = require('fs')
  .readdirSync(path.join(DIR, 'expected'))
  .filter((f: string) => f.endsWith('.json'))
  .map((f: string) => f.replace(/\.json$/, ''))
  .sort() as string[];

async function analyse(book: string): Promise<unknown> {
  let out = '';
  let err = '';
  const code = await runAnalyze([path.join(DIR, 'books', `${book}.xlsx`), '--json'], {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
  });
  assert.equal(code, 0, err);
  return JSON.parse(out);
}

describe('The blind acceptance workbooks give the results derived by hand', () => {
  for (const book of books) {
    describe(book, () => {
      let json: unknown;
      before(async () => {
        json = await analyse(book);
      });
      const expected = JSON.parse(require('fs').readFileSync(path.join(DIR, 'expected', `${book}.json`), 'utf8')) as { expectations: Expectation[] };
      for (const e of expected.expectations) {
        it(`${e.advisory ? '(advisory) ' : ''}${describeExpectation(e)}`, () => {
          const [ok, actual] = check(json, e);
          assert.ok(ok, `got ${actual}; why expected: ${e.why ?? ''}`);
        });
      }
    });
  }

  it('covers every book the generator writes', async () => {
    const written = (await fs.readdir(path.join(DIR, 'books'))).filter((f) => f.endsWith('.xlsx')).map((f) => f.replace(/\.xlsx$/, ''));
    assert.deepEqual(written.sort(), books);
  });
});
