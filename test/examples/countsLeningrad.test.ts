/**
 * The Leningrad counts form as the add-in reads it (examples/counts-leningrad.xlsx, built by
 * scripts/examples/countsLeningrad.ts): nested «из них» columns, the planted findings of the
 * generator, descriptive shares, and the shares section of Сводная.
 */

import { strict as assert } from 'assert';
import path from 'path';
import { readWorkbookFiles } from '../../src/adapters/xlsx/readWorkbookFiles';
import { analyzeWorkbook } from '../../src/engine/analyze';
import type { Analysis } from '../../src/engine/analysis';
import { buildOutputPlan } from '../../src/engine/output/buildOutputPlan';
import { tablesOf, type OutputSheet, type OutTable } from '../../src/engine/output/plan';
import { rowsOf } from '../support/planRows';

const SHEET = "'Форма ММС'";

describe('the Leningrad counts form (examples/counts-leningrad.xlsx)', () => {
  let analysis: Analysis;
  let summary: OutputSheet;
  let shares: OutTable;
  let headers: unknown[];
  before(async () => {
    const loaded = await readWorkbookFiles([path.join(__dirname, '../../examples/counts-leningrad.xlsx')]);
    analysis = analyzeWorkbook(loaded.grid);
    summary = buildOutputPlan(analysis).sheets.find((s) => s.kind === 'summary')!;
    shares = tablesOf(summary).find((t) => t.name.endsWith('_доли'))!;
    headers = rowsOf(summary.rows)[shares.headerRow].map((c) => c?.value ?? null);
  });

  it('pairs the mentored young teachers with the young teachers, not with all teachers', () => {
    const t = analysis.tables[0];
    const mentored = t.pairs.find((p) => /с наставником/.test(p.numerator.header))!;
    assert.match(mentored.base.header, /из них молодых педагогов/);
    assert.match(mentored.reason, /молоды/);
    assert.equal(mentored.declared, null);
    const young = t.pairs.find((p) => /молодых педагогов/.test(p.numerator.header))!;
    assert.equal(young.base.header, 'Всего педагогов');
    assert.equal(young.declared?.header, 'Доля молодых, %');
    assert.deepEqual(
      t.pairs.map((p) => [p.numerator.headerCell, p.base.headerCell, p.declared?.headerCell ?? null]),
      [
        [`${SHEET}!D4`, `${SHEET}!C4`, `${SHEET}!F4`],
        [`${SHEET}!E4`, `${SHEET}!D4`, null],
        [`${SHEET}!H4`, `${SHEET}!G4`, `${SHEET}!I4`],
        [`${SHEET}!J4`, `${SHEET}!C4`, `${SHEET}!K4`],
      ],
    );
  });

  it('reports the district whose mentored count exceeds its young teachers as an error at the cell', () => {
    const errors = analysis.problems.filter((p) => p.code === 'numerator-exceeds-base');
    assert.deepEqual(errors.map((p) => [p.cell, p.severity]), [[`${SHEET}!E20`, 'error']]);
    assert.match(errors[0].message, /52 больше знаменателя 48/);
    assert.match(errors[0].message, /Сланцевский район/);
    const row = analysis.tables[0].shares.find((s) => s.numeratorCell === `${SHEET}!E20`)!;
    assert.equal(row.excluded, true);
    assert.equal(row.share, null);
  });

  it('flags a declared share only for Киришский район, where the district miscounted it (and the seed’s rounded 70 % in the total row)', () => {
    const mismatches = analysis.problems.filter((p) => p.code === 'declared-share-mismatch');
    // F13: «15,2» where 87 / 760 = 11,4 %; I24: the total row's «70» for 65 / 92 = 70,65 % (seed 001).
    assert.deepEqual(mismatches.map((p) => p.cell), [`${SHEET}!F13`, `${SHEET}!I24`]);
    const districts = analysis.tables[0].shares.filter((s) => s.entity !== null && s.mismatch);
    assert.deepEqual(districts.map((s) => [s.entity, s.declaredCell]), [['Киришский район', `${SHEET}!F13`]]);
  });

  it('gives the pooled share of innovation sites under ЛОИРО supervision, 65 of 92', () => {
    const region = analysis.tables[0].shares.find((s) => s.entity === null && /научным руководством/.test(s.indicator))!;
    assert.equal(region.numerator, 65);
    assert.equal(region.base, 92);
    assert.ok(Math.abs((region.share as number) - (65 / 92) * 100) < 1e-9);
  });

  it('groups, ranks and judges no district by descriptive shares', () => {
    const t = analysis.tables[0];
    assert.ok(t.entities.every((e) => e.group === null && e.fulfilment === null && e.rank === null));
    assert.deepEqual(t.deficits, []);
    assert.ok(t.indicators.every((i) => i.status === null));
    const young = t.indicators.find((i) => i.id === 'D')!;
    assert.equal(young.kind, 'percent');
    assert.ok(Math.abs((young.level as number) - (2161 / 20082) * 100) < 1e-9);
  });

  it('writes one Сводная row per district with число, база, доля per pair', () => {
    assert.equal(shares.lastRow - shares.headerRow, 18);
    assert.equal(shares.columns, headers.length);
    assert.equal(new Set(headers.map((h) => String(h).toLowerCase())).size, headers.length);
    assert.ok(headers.includes('E. из них молодых с наставником: доля'));
    assert.ok(headers.includes('D. Доля молодых: расхождение'));
    const kirishi = rowsOf(summary.rows).findIndex((r, i) => i > shares.headerRow && r[1]?.value === 'Киришский район');
    const mark = rowsOf(summary.rows)[kirishi][headers.indexOf('D. Доля молодых: расхождение')];
    assert.equal(mark?.value, 'да');
    assert.equal(mark?.link, `${SHEET}!F13`);
    const slantsy = rowsOf(summary.rows).findIndex((r, i) => i > shares.headerRow && r[1]?.value === 'Сланцевский район');
    assert.equal(rowsOf(summary.rows)[slantsy][headers.indexOf('E. из них молодых с наставником: доля')]?.value, null);
    assert.equal(rowsOf(summary.rows)[slantsy][headers.indexOf('Примечание')]?.value, 'не учтено в итогах по региону: E');
  });

  it('shows the region’s pooled share of sites as 70,7 % in Сводная', () => {
    const pooled = rowsOf(summary.rows)[shares.lastRow + 1];
    assert.equal(pooled[1]?.value, 'Регион: сумма числителей / сумма баз');
    // The pair goes by its declared share's name («Доля …, %»), as a committee names it.
    const label = 'H. Доля площадок с научным руководством ЛОИРО';
    assert.equal(pooled[headers.indexOf(`${label}: число`)]?.value, 65);
    assert.equal(pooled[headers.indexOf(`${label}: база`)]?.value, 92);
    const share = pooled[headers.indexOf(`${label}: доля`)]!;
    assert.equal(share.format, '0.0%');
    assert.equal((Math.round((share.value as number) * 1000) / 10).toFixed(1).replace('.', ','), '70,7');
    // The total row's declared «70» disagrees, marked on the regional row.
    assert.equal(pooled[headers.indexOf(`${label}: расхождение`)]?.value, 'да');
  });
});
