import { strict as assert } from 'assert';
import { analyzeWorkbook } from '../../src/engine/analyze';
import { buildNote } from '../../src/engine/note/buildNote';
import { formatPercentWithin } from '../../src/engine/text/percent';
import { groupOf } from '../../src/engine/compute/groups';
import { statusOf } from '../../src/engine/compute/levels';
import { reaches } from '../../src/engine/compute/bound';
import { sheet } from './tabularFixtures';
import { section } from './noteFixtures';

const NB = '\u00A0';

/** The eighth blind probe (session 6): each finding as a small table of its own. */
describe('A column of remarks among the indicators (blind probe 8, b1)', () => {
  const rows = [
    ['Муниципальное образование', '1.1 Наличие плана (да/нет)', '1.2 Наличие положения (да/нет)', 'Примечание'],
    ['Аксайский район', 'да', 'да', 'план утверждён приказом № 45'],
    ['Октябрьский район', 'да', 'да', '—'],
    ['Неклиновский район', 'да', 'нет', 'нет'],
    ['Донецк', 'нет', 'нет', 'да, с 2023 г.'],
    ['Зерноградский район', 'да', 'да', ''],
  ];
  const a = analyzeWorkbook({ sheets: [sheet('Мониторинг', rows)] });
  const t = a.tables[0];

  it('is not an indicator, even when some remarks are a bare «нет» or «да, с …»', () => {
    assert.deepEqual(t.indicators.map((i) => i.id), ['1.1', '1.2']);
  });

  it('moves no result and marks nobody incomplete for an empty remark', () => {
    assert.deepEqual(t.entities.map((e) => [e.name, e.fulfilment, e.incomplete]), [
      ['Аксайский район', 100, false],
      ['Октябрьский район', 100, false],
      ['Неклиновский район', 50, false],
      ['Донецк', 0, false],
      ['Зерноградский район', 100, false],
    ]);
    // One note at the header says the column is text; nothing about the remarks themselves.
    assert.deepEqual(a.problems.filter((p) => /!D/.test(p.cell ?? '')).map((p) => p.cell), ['Мониторинг!D1']);
  });
});

describe('A result exactly on a threshold, reached through floating point (blind probe 8, b4)', () => {
  // Scores 0,35 + 0,95 + 0,9 + 0 + 1 + 1 of 6 = 69.99999999999999 % in floating point;
  // 0.57 × 100 = 56.99999999999999.
  const seventy = ((0.35 + 0.95 + 0.9 + 0 + 1 + 1) / 6) * 100;

  it('reaches the threshold in groups, levels and the note alike', () => {
    assert.ok(seventy < 70, 'the residue is there');
    assert.ok(reaches(seventy, 70));
    assert.equal(statusOf(0.57 * 100, 80, 57), 'attention');
    const bands = [{ group: 1, min: 70, label: '70–100 %' }, { group: 2, min: 40, label: '40–69 %' }, { group: 3, min: -Infinity, label: 'менее 40 %' }];
    assert.equal(groupOf(seventy, bands), 1);
    assert.equal(formatPercentWithin(seventy, [70, 40]), `70,0${NB}%`);
    assert.equal(formatPercentWithin(69.96, [70, 40]), `69,96${NB}%`, 'a real value under the bound still shows its digits');
  });

  it('calls a 57 % cell with a critical level of 57 attention, not a deficit', () => {
    const s = sheet('Л', [
      ['МО', '1.1 Доля педагогов с ИОМ, %'],
      ['Кировский район', '57%'],
      ['Лужский район', '90%'],
    ]);
    const d = analyzeWorkbook({ sheets: [s] }, { target: 80, critical: 57 }).tables[0].deficits.filter((x) => x.scope === 'cell');
    assert.deepEqual(d.map((x) => [x.entity, x.kind]), [['Кировский район', 'attention']]);
  });

  it('names every district tied for third among the positive examples', () => {
    const s = sheet('Л', [
      ['МО', '1.1 Наличие плана (да/нет)', '1.2 Наличие положения (да/нет)', '1.3 Наличие программы (да/нет)', '1.4 Наличие сайта (да/нет)'],
      ['А-ский район', 'да', 'да', 'да', 'да'],
      ['Б-ский район', 'да', 'да', 'да', 'да'],
      ['В-ский район', 'да', 'да', 'да', 'нет'],
      ['Г-ский район', 'да', 'да', 'да', 'нет'],
      ['Д-ский район', 'нет', 'нет', 'нет', 'нет'],
    ]);
    const strengths = section(buildNote(analyzeWorkbook({ sheets: [s] }, { target: 70, critical: 40 })), 'strengths').paragraphs.map((p) => p.text);
    const named = strengths.filter((x) => / — общее выполнение /.test(x)).map((x) => x.split(' — ')[0]);
    assert.deepEqual(named, ['А-ский район', 'Б-ский район', 'В-ский район', 'Г-ский район']);
  });
});
