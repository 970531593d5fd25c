import { strict as assert } from 'assert';
import * as path from 'path';
import { readWorkbookFiles } from '../../src/adapters/xlsx/readWorkbookFiles';
import { analyzeWorkbook } from '../../src/engine/analyze';
import { buildNote } from '../../src/engine/note/buildNote';
import { section } from './noteFixtures';

/**
 * Blind acceptance set 7, g07 (debatable 4 and 5): evaluation sheets, one per municipality.
 * Position 3.1 «Принятие управленческих решений по результатам анализа» is 0 of 4 in Заречный
 * район and 2 of 4 (one parameter of weight 2 at 0) in Озёрный район: 0 % and 50 %.
 */
describe('Problem zones of an evaluation sheet in the note', () => {
  let overview: string[] = [];
  let zones: string[] = [];
  let recommendations: string[] = [];
  before(async () => {
    const loaded = await readWorkbookFiles([path.join(__dirname, '..', 'acceptance', 'round7', 'books', 'g07_points.xlsx')]);
    const doc = buildNote(analyzeWorkbook(loaded.grid));
    overview = section(doc, 'overview').paragraphs.map((p) => p.text);
    zones = section(doc, 'problems').paragraphs.map((p) => p.text);
    recommendations = section(doc, 'recommendations').paragraphs.map((p) => p.text);
  });

  it('takes the subject from the sheets’ subtitle and speaks of positions and blocks (wording 5 and 6)', () => {
    assert.equal(overview[0], 'Предмет мониторинга: Оценка муниципальной системы методической работы, 2024 год.');
    assert.ok(overview.includes('Оцениваемых позиций: 5, блоков: 3.'), overview.join('\n'));
    assert.ok(overview.includes('Уровень позиций по региону (5 позиций):'), overview.join('\n'));
    assert.ok(zones.includes('В группе 3 по отдельным блокам (при более высоком общем результате):'), zones.join('\n'));
  });

  it('sorts the municipalities of a position by the position’s result, not by a parameter at 0', () => {
    const line = zones.find((t) => t.startsWith('3.1 '))!;
    assert.match(line, /Дефицит: Заречный район\. Зона внимания: Озёрный район\.$/);
  });

  it('lists no municipality whose position reaches the target', () => {
    const line = zones.find((t) => t.startsWith('1.2 '))!;
    assert.match(line, /Дефицит: Озёрный район\. Зона внимания: Белогорский район\.$/);
    assert.doesNotMatch(line, /Приозёрный|Заречный/);
  });

  it('gives a management decision the recommendation on management decisions', () => {
    const line = recommendations.find((t) => t.includes('3.1 «Принятие управленческих решений'))!;
    assert.ok(line.startsWith('Управленческие решения ('), line);
    assert.match(line, /принять управленческие решения \(приказ, распоряжение\)/);
  });
});
