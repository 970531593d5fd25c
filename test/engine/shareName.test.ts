import { strict as assert } from 'assert';
import * as path from 'path';
import { shareName, withoutUnit } from '../../src/engine/layouts/shareName';
import { readWorkbookFiles } from '../../src/adapters/xlsx/readWorkbookFiles';
import { analyzeWorkbook } from '../../src/engine/analyze';
import { buildNote } from '../../src/engine/note/buildNote';
import { buildSummarySheet } from '../../src/engine/output/summarySheet';
import { section } from './noteFixtures';
import { rowsOf } from '../support/planRows';

describe('The name of a count/base pair', () => {
  it('is the declared share’s header, without its unit, when the form has one', () => {
    assert.equal(shareName('из них в возрасте до 35 лет, чел.', 'Доля педагогов в возрасте до 35 лет, %'), 'Доля педагогов в возрасте до 35 лет');
    assert.equal(shareName('из них реализуют программы наставничества', 'Удельный вес ОО с программами наставничества (%)'), 'Удельный вес ОО с программами наставничества');
  });

  it('stays the numerator’s when the share column says nothing alone', () => {
    assert.equal(shareName('из них молодых педагогов', 'в %'), 'из них молодых педагогов');
    assert.equal(shareName('всего, чел.', 'доля от общего числа педагогов, %'), 'всего, чел.');
    assert.equal(shareName('из них молодых педагогов', 'Доля, %'), 'из них молодых педагогов');
    assert.equal(shareName('из них молодых педагогов', null), 'из них молодых педагогов');
  });

  it('drops a unit at the end of a header and nothing else', () => {
    assert.equal(withoutUnit('из них в возрасте до 35 лет, чел.'), 'из них в возрасте до 35 лет');
    assert.equal(withoutUnit('Доля молодых, в %'), 'Доля молодых');
    assert.equal(withoutUnit('Количество ОО, ед.'), 'Количество ОО');
    assert.equal(withoutUnit('Охват педагогов (%)'), 'Охват педагогов');
    assert.equal(withoutUnit('Число человек'), 'Число человек');
    assert.equal(withoutUnit('%'), '%');
  });
});

/** Blind acceptance set 7, g02 (wording 3): the ЕФС form declares its shares in E, G and J. */
describe('A counts form that declares its shares (g02)', () => {
  let indicators: string[] = [];
  let results: string[] = [];
  let headers: string[] = [];
  before(async () => {
    const loaded = await readWorkbookFiles([path.join(__dirname, '..', 'acceptance', 'round7', 'books', 'g02_counts.xlsx')]);
    const analysis = analyzeWorkbook(loaded.grid);
    indicators = analysis.tables[0].indicators.map((i) => `${i.id} ${i.name}`);
    results = section(buildNote(analysis), 'indicators').paragraphs.map((p) => p.text);
    const summary = buildSummarySheet(analysis, 'Сводная');
    headers = rowsOf(summary.rows).flat().filter((c) => c?.style === 'header').map((c) => String(c!.value));
  });

  it('names each pair by its declared share and keeps the bases as they are', () => {
    assert.deepEqual(indicators, [
      'C Всего педагогических работников, чел.',
      'D Доля педагогов в возрасте до 35 лет',
      'F Доля педагогов, прошедших диагностику',
      'H Всего общеобразовательных организаций',
      'I Доля ОО с программами наставничества',
    ]);
  });

  it('says «Доля педагогов в возрасте до 35 лет» in the note', () => {
    assert.match(results[0], /^«Доля педагогов в возрасте до 35 лет»: по региону 15,1.%/);
  });

  it('heads Сводная’s columns with the pair’s name and no stray unit («чел:»)', () => {
    assert.ok(headers.includes('D. Доля педагогов в возрасте до 35 лет: число'), headers.join(' | '));
    assert.ok(headers.every((h) => !/чел:/.test(h)), headers.join(' | '));
  });
});
