import { strict as assert } from 'assert';
import { analyzeWorkbook } from '../../src/engine/analyze';
import { sheet } from './tabularFixtures';

/**
 * Blind acceptance set 7, debatable 6: a column of ОКТМО codes at the far right, under a header
 * that does not say «код» (a merged heading copied over it), is a column of identifiers — not a
 * count indicator «M».
 */
describe('A column of registry codes whose header does not say so', () => {
  const districts = ['Кировский район', 'Лужский район', 'Тосненский район', 'Гатчинский район'];
  const matrix = (codes: number[]) =>
    sheet('Лист1', [
      ['Муниципальное образование', '1.1 Наличие программы наставничества (да/нет)', '1.2 Доля молодых педагогов с наставником, %', 'Сведения о районе'],
      ...districts.map((d, i) => [d, i % 2 ? 'да' : 'нет', 60 + 10 * i, codes[i]]),
    ]);

  it('is not an indicator when its cells are whole numbers of one length, eight digits or more, all different', () => {
    const t = analyzeWorkbook({ sheets: [matrix([41612000, 41633000, 41648000, 41618000])] }).tables[0];
    assert.deepEqual(t.indicators.map((i) => i.id), ['1.1', '1.2']);
  });

  it('stays a number when the values vary in length (sums of money) or repeat', () => {
    const sums = analyzeWorkbook({ sheets: [matrix([12500000, 980000000, 41633000, 7000000])] }).tables[0];
    assert.ok(sums.indicators.some((i) => i.kind === 'number'), sums.indicators.map((i) => `${i.id}:${i.kind}`).join(' '));
    const repeated = analyzeWorkbook({ sheets: [matrix([41612000, 41612000, 41648000, 41618000])] }).tables[0];
    assert.ok(repeated.indicators.some((i) => i.kind === 'number'));
  });
});
