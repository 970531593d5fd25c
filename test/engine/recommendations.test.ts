import { strict as assert } from 'assert';
import { analyzeWorkbook } from '../../src/engine/analyze';
import { buildNote } from '../../src/engine/note/buildNote';
import { BUILT_IN_RECOMMENDATIONS, builtInCatalogue } from '../../src/engine/recommendations/catalogue';
import { forGroup, forTheme, themeFor } from '../../src/engine/recommendations/match';
import { readRecommendationsSheet } from '../../src/engine/recommendations/sheet';
import { themeOf } from '../../src/engine/recommendations/themes';
import { ProblemList } from '../../src/engine/problems';
import type { CellValue, SheetGrid } from '../../src/engine/grid';
import { districtSheet, section } from './noteFixtures';

function recSheet(rows: CellValue[][], name = 'Рекомендации'): SheetGrid {
  return { name, startRow: 0, startCol: 0, values: rows, merges: [] };
}

const data = districtSheet('Лист1', ['1.1 Наличие программы наставничества', '1.2 Наличие школы молодого педагога'], [
  ['Кировский район', 'нет', 'да'], ['Лужский район', 'нет', 'да'], ['Тосненский район', 'да', 'да'], ['Гатчинский район', 'нет', 'нет'], ['Выборгский район', 'да', 'да'],
]);
const MENTORING = BUILT_IN_RECOMMENDATIONS.find((r) => r.theme === 'наставничество')!.text;
const OWN = 'Провести муниципальный форум наставников и закрепить наставников за всеми педагогами первого года работы.';

describe('Recommendations as data', () => {
  it('recognises the theme of an indicator by its name', () => {
    assert.equal(themeOf('2.5. Наличие практики реализации программ наставничества, да/нет'), 'наставничество');
    assert.equal(themeOf('из них молодых педагогов (до 35 лет, стаж до 3 лет)'), 'молодые педагоги');
    assert.equal(themeOf('Доля педагогов с ИОМ, %'), 'дефициты и ИОМ');
    assert.equal(themeOf('Количество педагогов, прошедших КПК в 2019–2020 уч. г.'), 'повышение квалификации');
    assert.equal(themeOf('Организация работы районных методических объединений'), 'методические объединения');
    assert.equal(themeOf('по организации сетевых форм взаимодействия педагогов'), 'сетевые сообщества');
    assert.equal(themeOf('Проведение конкурсов профессионального мастерства'), 'конкурсы профессионального мастерства');
    assert.equal(themeOf('Работа на платформе'), null);
  });

  it('files a management decision taken on an analysis under «управленческие решения», and a plan of monitoring under monitoring', () => {
    assert.equal(themeOf('Принятие управленческих решений по результатам анализа'), 'управленческие решения');
    assert.equal(themeOf('Наличие решений, принятых по итогам мониторинга'), 'управленческие решения');
    assert.equal(themeOf('Наличие плана мониторинга'), 'мониторинг и анализ');
    assert.equal(themeOf('План мероприятий методической службы'), 'управленческие решения');
    assert.equal(themeOf('1.2 Наличие утверждённого плана работы ММС (да/нет)'), 'нормативная база и модель');
  });

  it('keeps the built-in texts its own: none is empty and each theme and group has one', () => {
    const c = builtInCatalogue();
    for (const t of c.themes) assert.ok(forTheme(c, t.name).length > 0, t.name);
    for (const g of [1, 2, 3]) assert.equal(forGroup(c, g, 3).length, 1);
    // With four bands the last one takes the weakest text, the middle ones the middle text.
    assert.equal(forGroup(c, 4, 4)[0].text, forGroup(c, 3, 3)[0].text);
    assert.equal(forGroup(c, 3, 4)[0].text, forGroup(c, 2, 3)[0].text);
    assert.ok(BUILT_IN_RECOMMENDATIONS.every((r) => r.text.length > 40 && /\.$/.test(r.text)));
  });

  it('uses the built-in text in the note when the workbook has no «Рекомендации» sheet', () => {
    const a = analyzeWorkbook({ sheets: [data] });
    assert.equal(a.recommendations!.sheet, null);
    const r = section(buildNote(a), 'recommendations').paragraphs.map((p) => p.text).join('\n');
    assert.ok(r.includes(MENTORING), r);
  });

  it('lets a «Рекомендации» sheet replace a built-in recommendation, with forgiving headers', () => {
    const sheet = recSheet([
      ['Рекомендации методистов'],
      ['ТЕМА', 'группа', 'Текст рекомендации'],
      ['Наставничество', '', OWN],
    ]);
    const a = analyzeWorkbook({ sheets: [data, sheet] });
    assert.equal(a.tables.length, 1, 'the sheet is not read as data');
    assert.equal(a.recommendations!.sheet, 'Рекомендации');
    const r = section(buildNote(a), 'recommendations').paragraphs.map((p) => p.text).join('\n');
    assert.ok(r.includes(`: ${OWN}`), r);
    assert.ok(!r.includes(MENTORING), 'the built-in text is replaced');
    assert.equal(forTheme(a.recommendations!, 'наставничество')[0].source, 'Рекомендации!C3');
  });

  it('extends instead of replacing when the row says «дополнить»', () => {
    const c = readRecommendationsSheet(recSheet([['Тема', 'Группа', 'Рекомендация', 'Действие'], ['наставничество', '', OWN, 'дополнить']]), new ProblemList());
    assert.deepEqual(forTheme(c, 'наставничество').map((r) => r.text), [OWN, MENTORING]);
  });

  it('replaces a group’s text and adds a theme of one’s own with keywords', () => {
    const c = readRecommendationsSheet(recSheet([
      ['Тема', 'Группа', 'Рекомендация', 'Ключевые слова'],
      ['', 'группа 3', 'Провести выездной методический день в каждом районе третьей группы.'],
      ['Цифровая среда', '', 'Организовать обучение педагогов работе на региональной платформе.', 'платформ; цифров'],
    ]), new ProblemList());
    assert.equal(forGroup(c, 3, 3)[0].text, 'Провести выездной методический день в каждом районе третьей группы.');
    assert.equal(forGroup(c, 1, 3)[0].source, 'built-in');
    assert.equal(themeFor(c, 'Работа на платформе'), 'Цифровая среда');
    assert.equal(forTheme(c, 'Цифровая среда')[0].text, 'Организовать обучение педагогов работе на региональной платформе.');
  });

  it('reports unusable rows with their addresses and skips them', () => {
    const problems = new ProblemList();
    const c = readRecommendationsSheet(recSheet([
      ['Тема', 'Группа', 'Рекомендация'],
      ['наставничество', '', ''],
      ['', '7', 'Текст для несуществующей группы.'],
      ['', '', 'Текст без темы и группы.'],
      ['молодые педагоги', '', 'Свой текст про молодых педагогов.'],
    ]), problems);
    const found = problems.items.map((p) => [p.cell, p.severity, p.code]);
    assert.deepEqual(found, [
      ['Рекомендации!C2', 'warning', 'recommendations-sheet'],
      ['Рекомендации!B3', 'error', 'recommendations-sheet'],
      ['Рекомендации!A4', 'warning', 'recommendations-sheet'],
    ]);
    assert.match(problems.items[1].message, /Группа «7» не существует \(группы с 1 по 3\)/);
    assert.equal(forTheme(c, 'наставничество')[0].text, MENTORING, 'a row without text replaces nothing');
    assert.equal(forTheme(c, 'молодые педагоги')[0].text, 'Свой текст про молодых педагогов.');
  });

  it('warns when the sheet has no recognisable columns and keeps the built-in catalogue', () => {
    const problems = new ProblemList();
    const c = readRecommendationsSheet(recSheet([['Что-то'], ['другое']]), problems);
    assert.equal(problems.items.length, 1);
    assert.equal(problems.items[0].cell, null);
    assert.equal(c.entries.length, BUILT_IN_RECOMMENDATIONS.length);
  });
});
