import { strict as assert } from 'assert';
import type { SheetGrid } from '../../src/engine/grid';
import { range } from './tabularFixtures';
import { analyzeWorkbook } from '../../src/engine/analyze';
import { buildNote } from '../../src/engine/note/buildNote';
import type { NoteDocument } from '../../src/engine/note/document';
import { formatPercentRu } from '../../src/engine/text/percent';
import { plantedRoster, smallRoster } from './rosterFixtures';
import { districtSheet } from './noteFixtures';

const section = (doc: NoteDocument, key: string) => {
  const s = doc.sections.find((x) => x.key === key);
  assert.ok(s, `no section ${key}: ${doc.sections.map((x) => x.key).join(', ')}`);
  return s.paragraphs.map((p) => p.text);
};
const all = (doc: NoteDocument) => doc.sections.flatMap((s) => [s.heading, ...s.paragraphs.map((p) => p.text)]).join('\n');

describe('The note of a teacher roster', () => {
  const analysis = analyzeWorkbook({ sheets: [smallRoster()] });
  const doc = buildNote(analysis);

  it('speaks of areas, young teachers, clusters, problem zones and recommendations, in that order', () => {
    assert.deepEqual(doc.sections.map((s) => s.heading), [
      '1. Общая характеристика', '2. Результаты по областям диагностики', '3. Молодые педагоги и наставничество',
      '4. Кластеры', '5. Проблемные зоны', '6. Рекомендации', '7. Качество данных',
    ]);
  });

  it('says in the singular that the one teacher without an age or experience is left out', () => {
    const m = analysis.problems.find((p) => /не указан или не прочитан возраст или стаж/.test(p.message))!;
    assert.match(m.message, /^У 1 педагога не указан .*: он не учтён при подсчёте молодых педагогов/);
  });

  it('counts teachers, municipalities and schools (a school is keyed by its municipality) in the right forms', () => {
    assert.ok(section(doc, 'overview').includes(
      'Охват диагностики: 8 педагогов (2 муниципалитета, 3 образовательные организации); 3 области диагностики: «Предметные», «Методические» и «Цифровые».',
    ));
  });

  it('gives each area its mean and the share below critical that «Карта дефицитов» shows, weakest first', () => {
    const lines = section(doc, 'indicators').slice(1);
    assert.match(lines[0], /^«Методические» — средний результат 66,5\s% \(зона внимания\); ниже критического уровня — 25,0\s% педагогов \(2 из 8\)\.$/);
    const region = analysis.tables[0].roster!.deficitMap.find((c) => c.level === 'region' && c.area === 'Цифровые')!;
    assert.ok(lines[2].includes(`${formatPercentRu(region.share)} педагогов (${region.below} из ${region.withData})`), lines[2]);
  });

  it('states the young teachers and mentoring as the hand count: 2 of 7, one with a mentor, one blank', () => {
    assert.deepEqual(section(doc, 'young'), [
      'Молодые педагоги (моложе 35 лет и стаж не более 3 лет): 2 из 7 педагогов с известными возрастом и стажем (28,6\u00a0%).',
      'Не учтён, так как не указан возраст или стаж: 1 педагог.', // singular after 1 (blind set 7, wording 2)
      'С наставником — 1 (50,0\u00a0%); без наставника — 1, в том числе у 1 графа «Наставник» не заполнена.',
      'Молодые педагоги без наставника: Лужский район (1).',
    ]);
  });

  it('names the municipality whose share below critical exceeds the region’s', () => {
    const p = section(doc, 'problems');
    assert.ok(p.some((l) => /^«Предметные»: по региону 25,0\s%\. Выше, чем по региону: Лужский район \(66,7\s%\)\.$/.test(l)), p.join('\n'));
    assert.ok(!p.some((l) => /Кировский/.test(l) && /Предметные/.test(l)));
  });

  it('never lists teachers by name or code: they are on «Кластеры» and «Сводная»', () => {
    const text = all(doc);
    for (let i = 1; i <= 8; i++) assert.ok(!new RegExp(`П-${i}\\b`).test(text), `П-${i} named in the note`);
  });

  it('addresses the weakest cluster with an ИОМ and a mentor, the young teachers with mentoring', () => {
    const r = section(doc, 'recommendations');
    assert.match(r.find((l) => l.startsWith('Кластер 1'))!, /\(3 педагога\): Разработать индивидуальный образовательный маршрут \(ИОМ\)/);
    assert.match(r.find((l) => l.startsWith('Молодые педагоги'))!, /^Молодые педагоги \(2, без наставника — 1\): .*наставник/);
  });

  it('finds the three planted clusters of ten and says how k was chosen', () => {
    const planted = buildNote(analyzeWorkbook({ sheets: [plantedRoster()] }));
    const c = section(planted, 'clusters');
    assert.match(c[0], /^Педагоги разделены методом k-средних на 3 кластера по результатам областей диагностики .*; число кластеров выбрано по наибольшему среднему силуэту \(0,\d\d\)\.$/);
    assert.equal(c.filter((l) => /^Кластер \d — .*: 10 педагогов \(33,3\s%\)/.test(l)).length, 3);
  });
});

describe('The clusters in the note of a matrix', () => {
  const H = ['1.1 Наличие программы наставничества', '1.2 Доля педагогов с ИППР, %'];
  const rows = [
    ['Район 1', 'да', '90%'], ['Район 2', 'да', '85%'], ['Район 3', 'да', '88%'],
    ['Район 4', 'нет', '20%'], ['Район 5', 'нет', '25%'], ['Район 6', 'нет', '15%'], ['Район 7', 'да', '92%'],
  ];
  const doc = buildNote(analyzeWorkbook({ sheets: [districtSheet('Лист1', H, rows)] }, { clusters: { k: 2 } }));

  it('names the members of each cluster, the weak ones in the first', () => {
    const c = section(doc, 'clusters');
    assert.match(c[0], /^Районы разделены методом k-средних на 2 кластера по показателям .*; число кластеров задано \(2\)\.$/);
    assert.match(c[1], /^Кластер 1 — наиболее низкие результаты: 3 района \(42,9\s%\), средний результат 10,0\s%.*: Район 4, Район 5 и Район 6\.$/);
    assert.match(c[2], /^Кластер 2 — наиболее высокие результаты: 4 района .*: Район 1, Район 2, Район 3 и Район 7\.$/);
  });

  it('quotes the members’ mean overall result, as in «Сводная», not the mean of the criteria (blind set 6, f03)', () => {
    // Criterion 1 has three indicators, criterion 2 one: the overall result weighs indicators,
    // the cluster centre weighs criteria.
    const sheet: SheetGrid = {
      name: 'Лист1',
      startRow: 0,
      startCol: 0,
      values: [
        ['Муниципальный район', 'Критерий 1. Организация', '', '', 'Критерий 2. Кадры'],
        ['', '1.1 Наличие программы', '1.2 Наличие плана', '1.3 Наличие приказа', '2.1 Доля педагогов с ИППР, %'],
        ['Район 1', 'да', 'да', 'да', '90%'], ['Район 2', 'да', 'да', 'нет', '80%'], ['Район 3', 'да', 'да', 'да', '70%'],
        ['Район 4', 'нет', 'нет', 'да', '60%'], ['Район 5', 'нет', 'нет', 'нет', '70%'], ['Район 6', 'нет', 'да', 'нет', '65%'], ['Район 7', 'да', 'да', 'да', '95%'],
      ],
      merges: [range('A1:A2'), range('B1:D1')],
    };
    const a = analyzeWorkbook({ sheets: [sheet] }, { clusters: { k: 2 } });
    const t = a.tables[0];
    const weak = t.clusters!.clusters[0];
    const members = t.clusters!.assignments.filter((x) => x.cluster === weak.cluster).map((x) => t.entities.find((e) => e.name === x.name)!.fulfilment!);
    const expected = members.reduce((s, x) => s + x, 0) / members.length;
    assert.ok(Math.abs(weak.meanResult! - expected) < 1e-9);
    assert.ok(Math.abs(weak.meanResult! - weak.mean) > 1, `differs from the profile mean here (${weak.meanResult} vs ${weak.mean})`);
    const line = section(buildNote(a), 'clusters')[1];
    assert.ok(line.includes(`средний результат ${formatPercentRu(expected)}`), line);
  });

  it('has no clusters section for a table of fewer than six entities', () => {
    const small = buildNote(analyzeWorkbook({ sheets: [districtSheet('Лист1', H, rows.slice(0, 5))] }));
    assert.ok(!small.sections.some((s) => s.key === 'clusters'));
  });
});
