import { strict as assert } from 'assert';
import { analyzeWorkbook } from '../../src/engine/analyze';
import { spearman, spearmanAgainst } from '../../src/engine/factors/rankCorrelation';
import { sampleRankCorrelation } from 'simple-statistics';
import fc from 'fast-check';
import { tableFactors, strengthOf } from '../../src/engine/factors/factors';
import { buildNote } from '../../src/engine/note/buildNote';
import { toResultJson } from '../../src/engine/json';
import { districtSheet, section } from './noteFixtures';

const NAMES = ['Кировский', 'Лужский', 'Тосненский', 'Гатчинский', 'Выборгский', 'Киришский', 'Волховский', 'Приозерский', 'Сланцевский', 'Тихвинский', 'Бокситогорский', 'Подпорожский'];

/**
 * n districts: 1.1–1.3 rise together with the rank of the district (they make the overall
 * result); 1.4 falls as they rise; 1.5 is the same everywhere.
 */
function workbook(n: number) {
  const rows = Array.from({ length: n }, (_, i) => {
    const up = (i + 1) / n;
    return [`${NAMES[i]} район`, `${Math.round(up * 100)}%`, `${Math.round(up * 90)}%`, `${Math.round(up * 80)}%`, `${Math.round((1 - up) * 30)}%`, '50%'];
  });
  return { sheets: [districtSheet('Лист1', ['1.1 Доля педагогов с ИОМ, %', '1.2 Доля молодых педагогов с наставником, %', '1.3 Доля педагогов, прошедших КПК, %', '1.4 Доля педагогов без категории, %', '1.5 Доля педагогов в сетевых сообществах, %'], rows)] };
}

describe('Factors: rank correlation of each indicator with the overall result', () => {
  it('computes Spearman’s rho with average ranks for ties and skips missing pairs', () => {
    const c = spearman([1, 0, 1, null, 0], [90, 40, 80, 70, 50]);
    assert.equal(c.n, 4);
    assert.ok(Math.abs(c.rho! - 0.894427191) < 1e-6, String(c.rho));
    assert.deepEqual(spearman([1, 1, 1], [1, 2, 3]), { rho: null, n: 3 });
    assert.equal(strengthOf(0.75), 'высокая');
    assert.equal(strengthOf(-0.35), 'умеренная');
  });

  it('gives the same rho as simple-statistics on random series with ties and gaps', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.option(fc.integer({ min: 0, max: 4 })), fc.option(fc.integer({ min: 0, max: 100 }))), { minLength: 3, maxLength: 60 }),
        (pairs) => {
          const x = pairs.map((p) => p[0]);
          const y = pairs.map((p) => p[1]);
          const ours = spearman(x, y);
          const kept = pairs.filter((p): p is [number, number] => p[0] !== null && p[1] !== null);
          const xs = kept.map((p) => p[0]);
          const ys = kept.map((p) => p[1]);
          assert.equal(ours.n, kept.length);
          if (kept.length < 3 || new Set(xs).size < 2 || new Set(ys).size < 2) {
            assert.equal(ours.rho, null);
            return;
          }
          assert.ok(Math.abs(ours.rho! - sampleRankCorrelation(xs, ys)) < 1e-9);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives each of several series against one the rho it has alone, complete series and series with gaps alike', () => {
    const value = fc.option(fc.integer({ min: 0, max: 5 }), { freq: 6 });
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 40 }).chain((n) => fc.tuple(fc.array(value, { minLength: n, maxLength: n }), fc.array(fc.array(value, { minLength: n, maxLength: n }), { minLength: 1, maxLength: 5 }))), ([y, xs]) => {
        const against = spearmanAgainst(y);
        // A complete series (present wherever y is) comes first and last, so the shared ranks are reused.
        const complete = y.map((b, i) => (b === null ? null : (i * 7) % 4));
        for (const x of [complete, ...xs, complete]) assert.deepEqual(against(x), spearman(x, y));
        for (const x of xs) {
          const kept = x.map((a, i) => [a, y[i]]).filter((p): p is [number, number] => p[0] !== null && p[1] !== null);
          const r = against(x);
          if (r.rho !== null) assert.ok(Math.abs(r.rho - sampleRankCorrelation(kept.map((p) => p[0]), kept.map((p) => p[1]))) < 1e-9);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('ranks series of many distinct values (sorted) as simple-statistics does', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.option(fc.integer({ min: 0, max: 60 })), fc.option(fc.double({ min: -5, max: 5, noNaN: true }))), { minLength: 20, maxLength: 80 }), (pairs) => {
        const kept = pairs.filter((p): p is [number, number] => p[0] !== null && p[1] !== null);
        const ours = spearman(pairs.map((p) => p[0]), pairs.map((p) => p[1]));
        if (kept.length < 3 || new Set(kept.map((p) => p[0])).size < 2 || new Set(kept.map((p) => p[1])).size < 2) return;
        assert.ok(Math.abs(ours.rho! - sampleRankCorrelation(kept.map((p) => p[0]), kept.map((p) => p[1]))) < 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it('names the strongest positive and negative indicators, strongest first', () => {
    const f = tableFactors(analyzeWorkbook(workbook(12)).tables[0]);
    assert.equal(f.reliability, 'ok');
    assert.equal(f.entities, 12);
    assert.equal(f.indicators[0].direction, 'positive');
    assert.ok(f.indicators[0].rho > 0.99);
    const neg = f.indicators.find((x) => x.id === '1.4')!;
    assert.equal(neg.direction, 'negative');
    assert.ok(neg.rho < -0.9);
    assert.deepEqual(f.undefinedFor, ['1.5']);
    const p = section(buildNote(analyzeWorkbook(workbook(12))), 'factors').paragraphs;
    assert.match(p[0].text, /^Сильнее всего с общим результатом связаны: 1\.1 «Доля педагогов с ИОМ» \(ρ = 1,00; связь весьма высокая\)/);
    assert.match(p[1].text, /^Обратная связь .*1\.4 «Доля педагогов без категории» \(ρ = −1,00; связь весьма высокая\)/);
    assert.ok(!p.some((x) => x.text.startsWith('Данных немного')), 'no caution with 12 entities');
  });

  it('adds the caution with fewer than ten entities', () => {
    const p = section(buildNote(analyzeWorkbook(workbook(6))), 'factors').paragraphs;
    const c = p.find((x) => x.kind === 'caution' && x.text.startsWith('Данных немного'));
    assert.ok(c, p.map((x) => x.text).join('\n'));
    assert.equal(c!.text.slice(0, 30), 'Данных немного (6 районов): вы');
    assert.equal(tableFactors(analyzeWorkbook(workbook(6)).tables[0]).reliability, 'caution');
  });

  it('claims no association at all with fewer than five entities', () => {
    const a = analyzeWorkbook(workbook(4));
    const f = tableFactors(a.tables[0]);
    assert.equal(f.reliability, 'none');
    assert.deepEqual(f.indicators, []);
    const p = section(buildNote(a), 'factors').paragraphs;
    assert.equal(p.length, 1);
    assert.equal(p[0].text, 'Связь показателей с общим результатом не оценивалась: районов с данными меньше пяти (4), и любые выводы были бы случайными.');
    assert.doesNotMatch(p[0].text, /ρ/);
  });

  it('gives the factors in the JSON result', () => {
    const json = toResultJson(analyzeWorkbook(workbook(6)));
    assert.equal(json.factors.length, 1);
    assert.equal(json.factors[0].reliability, 'caution');
    assert.equal(json.factors[0].indicators[0].n, 6);
  });
});
