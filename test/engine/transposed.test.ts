import { strict as assert } from 'assert';
import { analyzeWorkbook } from '../../src/engine/analyze';
import { buildNote } from '../../src/engine/note/buildNote';
import { sheet } from './tabularFixtures';

function close(actual: number | null | undefined, expected: number): void {
  assert.ok(actual !== null && actual !== undefined && Math.abs(actual - expected) < 1e-9, `expected ${expected}, got ${actual}`);
}

describe('Layout A transposed: indicators in rows, entities in columns', () => {
  const rows = [
    ['Сводные результаты мониторинга'],
    ['№', 'Показатель', 'Кировский район', 'Тосненский район', 'Лужский район'],
    [null, 'Критерий 1. Системность методической работы', null, null, null],
    ['1', '1.1 Наличие нормативной базы', 'да', 'да', 'нет'],
    ['2', '1.2 Наличие модели методической работы', 'да', 'нет', 'нет'],
    [null, 'Критерий 2. Поддержка педагогов', null, null, null],
    ['3', '2.1 Доля педагогов с ИППР, %', '90%', '40%', 'возможно'],
    ['Примечание: данные ММС за 2023/24 учебный год'],
  ];

  it('reads entities from the header row and indicators from the rows, keeping real addresses', () => {
    const a = analyzeWorkbook({ sheets: [sheet('Лист1', rows)] });
    const t = a.tables[0];
    assert.equal(t.transposed, true);
    assert.equal(t.title, 'Сводные результаты мониторинга');
    assert.deepEqual(t.entities.map((e) => e.name), ['Кировский район', 'Тосненский район', 'Лужский район']);
    assert.deepEqual(t.entities.map((e) => e.nameCell), ['Лист1!C2', 'Лист1!D2', 'Лист1!E2']);
    assert.deepEqual(t.indicators.map((i) => i.id), ['1.1', '1.2', '2.1']);
    assert.equal(t.indicators[2].source.index, 6); // sheet row 7
    assert.equal(t.indicators[2].source.transposed, true);
    assert.equal(t.indicators[2].source.headerCell, 'Лист1!B7');
    assert.equal(t.entities[1].cells['2.1'].cell, 'Лист1!D7');
    assert.equal(t.entities[0].index, 2); // column C
  });

  it('takes criteria from the heading rows between the indicators', () => {
    const t = analyzeWorkbook({ sheets: [sheet('Лист1', rows)] }).tables[0];
    assert.deepEqual(t.criteria.map((c) => [c.label, c.indicatorIds]), [
      ['Критерий 1. Системность методической работы', ['1.1', '1.2']],
      ['Критерий 2. Поддержка педагогов', ['2.1']],
    ]);
    // Кировский: K1 (1 + 1)/2 = 100, K2 90; overall (1 + 1 + 0.9)/3
    close(t.entities[0].criteria['Критерий 1. Системность методической работы'], 100);
    close(t.entities[0].fulfilment, 2.9 / 3 * 100);
    // Лужский: «возможно» is unreadable → K2 has no data; overall over 1.1 and 1.2 = 0.
    assert.equal(t.entities[2].criteria['Критерий 2. Поддержка педагогов'], null);
    close(t.entities[2].fulfilment, 0);
    assert.equal(t.entities[2].incomplete, true);
  });

  it('reports the unreadable cell at its real address', () => {
    const a = analyzeWorkbook({ sheets: [sheet('Лист1', rows)] });
    const p = a.problems.filter((x) => x.code === 'unreadable');
    assert.deepEqual(p.map((x) => x.cell), ['Лист1!E7']);
  });

  it('calls an indicator a row in its messages, not a column (blind acceptance set 6, f07)', () => {
    const bare = rows.map((r) => (r[1] === '1.2 Наличие модели методической работы' ? ['2', '1.2 Доля педагогов с наставником, %', 0.9, 0.95, 'да'] : r));
    const a = analyzeWorkbook({ sheets: [sheet('Лист1', bare)] });
    const note = a.problems.find((x) => x.code === 'percent-ambiguous')!;
    assert.match(note.message, /^В строке «Критерий 1\. Системность методической работы \/ 1\.2 Доля педагогов с наставником, %» числа записаны без знака %|^В строке «1\.2 Доля педагогов с наставником, %» числа записаны без знака %/);
    const wrong = a.problems.find((x) => x.cell === 'Лист1!E5')!;
    assert.match(wrong.message, /не подходит для строки «/);
  });
});

describe('Layout A transposed down to one result column for the region (seed 000, table 1)', () => {
  const seed000 = sheet('Анализ ММС', [
    ['Таблица 1. Результаты деятельности методических объединений и профессиональных сообществ'],
    ['Формы и направления деятельности', 'Результаты'],
    ['Муниципальная Школа молодого педагога', '100% ММС'],
    ['Школа молодого педагога в ОУ', '86%'],
    ['Наставничество в небольших ОУ ', '14%'],
    ['Группы ММС Вконтакте ', '100% \nот 3-5 до 28 групп'],
  ], { merges: ['A1:B1'] });

  it('writes the note as the region’s summary: no group of the region and no group advice, levels «по региону»', () => {
    const text = buildNote(analyzeWorkbook({ sheets: [seed000] })).sections.flatMap((x) => x.paragraphs.map((p) => p.text)).join('\n');
    assert.match(text, /Общее выполнение: 75,0\s%\./);
    assert.match(text, /Уровень показателей по региону \(4 показателя\):/);
    assert.doesNotMatch(text, /группа 1 \(|По группе|Группа 1 \(Регион\)/);
  });

  it('makes the region the one entity and its values the indicator levels', () => {
    const a = analyzeWorkbook({ sheets: [seed000] });
    const t = a.tables[0];
    assert.equal(t.transposed, true);
    assert.equal(t.entities.length, 1);
    assert.equal(t.entities[0].name, 'Регион');
    assert.equal(t.entities[0].nameCell, "'Анализ ММС'!B2");
    assert.deepEqual(t.indicators.map((i) => i.name), [
      'Муниципальная Школа молодого педагога',
      'Школа молодого педагога в ОУ',
      'Наставничество в небольших ОУ',
      'Группы ММС Вконтакте',
    ]);
    assert.deepEqual(t.indicators.map((i) => i.level), [100, 86, 14, 100]);
    assert.deepEqual(t.indicators.map((i) => i.status), ['ok', 'ok', 'critical', 'ok']);
    assert.equal(t.entities[0].cells[t.indicators[1].id].cell, "'Анализ ММС'!B4");
    close(t.entities[0].fulfilment, (100 + 86 + 14 + 100) / 4);
  });

  it('takes the leading percent of «100% ММС» and «100% от 3-5 до 28 групп» with a text-ignored warning', () => {
    const a = analyzeWorkbook({ sheets: [seed000] });
    const w = a.problems.filter((p) => p.code === 'text-ignored');
    assert.deepEqual(w.map((p) => [p.cell, p.severity]), [
      ["'Анализ ММС'!B3", 'warning'],
      ["'Анализ ММС'!B6", 'warning'],
    ]);
    assert.match(w[1].message, /«от 3-5 до 28 групп» не учтён/);
    assert.equal(a.problems.filter((p) => p.severity === 'error').length, 0);
  });

  it('marks the weak line as a deficit at its cell and as a critical problem zone', () => {
    const t = analyzeWorkbook({ sheets: [seed000] }).tables[0];
    const id = t.indicators[2].id;
    const cell = t.deficits.find((d) => d.scope === 'cell' && d.indicator === id);
    assert.equal(cell?.kind, 'deficit');
    assert.equal(cell?.cell, "'Анализ ММС'!B5");
    const zone = t.deficits.find((d) => d.scope === 'indicator' && d.indicator === id);
    assert.equal(zone?.kind, 'deficit');
    assert.equal(zone?.entity, null);
  });
});
