import { strict as assert } from 'assert';
import path from 'path';
import { readWorkbookFiles } from '../../src/adapters/xlsx/readWorkbookFiles';
import { analyzeWorkbook } from '../../src/engine/analyze';
import type { Analysis } from '../../src/engine/analysis';

describe('the Leningrad counts form (examples/counts-leningrad.xlsx)', () => {
  let analysis: Analysis;
  before(async () => {
    const loaded = await readWorkbookFiles([path.join(__dirname, '../../examples/counts-leningrad.xlsx')]);
    analysis = analyzeWorkbook(loaded.grid);
  });

  it('pairs the mentored young teachers with the young teachers, not with all teachers', () => {
    const t = analysis.tables[0];
    const mentored = t.pairs.find((p) => /с наставником/.test(p.numerator.header))!;
    assert.match(mentored.base.header, /из них молодых педагогов/);
    const young = t.pairs.find((p) => /молодых педагогов/.test(p.numerator.header))!;
    assert.equal(young.base.header, 'Всего педагогов');
    assert.equal(young.declared?.header, 'Доля молодых, %');
  });

  it('reports the district whose mentored count exceeds its young teachers as an error at the cell', () => {
    const errors = analysis.problems.filter((p) => p.code === 'numerator-exceeds-base');
    assert.deepEqual(errors.map((p) => [p.cell, p.severity]), [["'Форма ММС'!E20", 'error']]);
    const row = analysis.tables[0].shares.find((s) => s.numeratorCell === "'Форма ММС'!E20")!;
    assert.equal(row.excluded, true);
  });

  it('flags the young-teacher share only where the district miscounted it', () => {
    const mismatches = analysis.problems.filter((p) => p.code === 'declared-share-mismatch' && p.cell?.includes('!F'));
    assert.deepEqual(mismatches.map((p) => p.cell), ["'Форма ММС'!F13"]);
  });

  it('gives the pooled share of innovation sites under ЛОИРО supervision, 65 of 92', () => {
    const region = analysis.tables[0].shares.find((s) => s.entity === null && /научным руководством/.test(s.indicator))!;
    assert.equal(region.numerator, 65);
    assert.equal(region.base, 92);
    assert.ok(Math.abs((region.share as number) - (65 / 92) * 100) < 1e-9);
  });

  it('groups no district by descriptive shares', () => {
    assert.ok(analysis.tables[0].entities.every((e) => e.group === null && e.fulfilment === null));
  });
});
