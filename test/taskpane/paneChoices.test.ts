import assert from 'node:assert/strict';
import { featureNames, isChosen, toggleFeature } from '../../src/taskpane/clusterChoice';
import { previousCandidates, previousLabel } from '../../src/taskpane/previousChoice';
import { storedSettingsText } from '../../src/taskpane/storedText';
import { changesLines, changeText, clusterCentreLine, clusterProfileLine, clustersHeadline } from '../../src/taskpane/resultText';
import type { ClustersView } from '../../src/taskpane/summaryTypes';

const AREAS = ['Предметные', 'Методические', 'Цифровые'];
const info = (name: string, owned = false) => ({ name, visible: true, active: false, owned, protected: false });
const TEACHERS = ['педагог', 'педагога', 'педагогов'] as const;

describe('The choice of cluster features in the pane', () => {
  it('starts with every feature ticked (null) and unticking one keeps the others in their order', () => {
    assert.equal(isChosen(null, 'Цифровые'), true);
    assert.deepEqual(toggleFeature(AREAS, null, 'Методические', false), ['Предметные', 'Цифровые']);
  });

  it('returns to «every feature» when the last missing one is ticked again', () => {
    assert.equal(toggleFeature(AREAS, ['Предметные', 'Цифровые'], 'Методические', true), null);
  });

  it('never leaves no feature at all', () => {
    assert.deepEqual(toggleFeature(AREAS, ['Цифровые'], 'Цифровые', false), ['Цифровые']);
  });

  it('lists the features of several tables once each', () => {
    assert.deepEqual(featureNames([{ clusterFeatures: [{ name: 'А' }, { name: 'Б' }] }, { clusterFeatures: [{ name: 'Б' }, { name: 'В' }] }]), ['А', 'Б', 'В']);
  });
});

describe('The choice of the previous period in the pane', () => {
  it('offers the user’s sheets other than the chosen data, the add-in’s own and «Методика»', () => {
    const sheets = [info('2022'), info('2023'), info('2024'), info('Сводная', true), info('Методика')];
    assert.deepEqual(previousCandidates(sheets, ['2024']), ['2022', '2023']);
  });

  it('reads as the chosen names, or as the placeholder when nothing is chosen', () => {
    assert.equal(previousLabel(['2022', '2023']), '2022, 2023');
    assert.equal(previousLabel([]), '');
  });
});

describe('The line about the remembered settings', () => {
  it('names the previous period, the clusters, the corrected pairs and a run without Справка', () => {
    assert.equal(
      storedSettingsText({
        sheets: ['2024'],
        options: { target: 85, critical: 50, previousSheets: ['2023'], clusters: { k: 3, features: ['Предметные'] }, pairs: [{ sheet: '2024', numerator: 'D', base: 'C' }] },
        note: false,
      }),
      'Последний расчёт: лист «2024», целевой уровень 85 %, критический 50 %; сравнение с листом «2023»; кластеров: 3; признаки кластеров: Предметные; 1 пара исправлена вручную; без справки.',
    );
  });

  it('says nothing more when the run used only the levels', () => {
    assert.equal(storedSettingsText({ sheets: ['Лист1'], options: { target: 80, critical: 50 } }), 'Последний расчёт: лист «Лист1», целевой уровень 80 %, критический 50 %.');
  });
});

describe('The cluster and change sentences of the pane', () => {
  const clusters: ClustersView = {
    k: 2,
    kText: 'выбрано по среднему силуэту (0,58)',
    features: ['Предметные', 'Цифровые'],
    clustered: 21,
    leftOut: 1,
    profiles: [
      { cluster: 1, name: 'Кластер 1 — наиболее низкие результаты', size: 1, share: 100 / 21, mean: 41.62, meanResult: 42.5, centre: [44.9, 38.34], weakest: 'Цифровые', actions: [] },
      { cluster: 2, name: 'Кластер 2 — наиболее высокие результаты', size: 20, share: 2000 / 21, mean: 86, meanResult: null, centre: [88, 84], weakest: 'Цифровые', actions: [] },
    ],
  };

  it('counts the teachers of a profile in the right form, with its share, its members’ mean result and weakest feature', () => {
    assert.equal(clusterProfileLine(clusters.profiles[0], [...TEACHERS]), 'Кластер 1 — наиболее низкие результаты: 1 педагог (4,8 %), средний результат 42,5 %, слабее всего «Цифровые»');
    assert.match(clusterProfileLine(clusters.profiles[1], [...TEACHERS]), /: 20 педагогов \(95,2 %\), в среднем по признакам 86 %/);
  });

  it('gives the centre per feature in the features’ order', () => {
    assert.equal(clusterCentreLine(clusters, clusters.profiles[0]), 'Центр: Предметные 44,9 %, Цифровые 38,3 %');
  });

  it('says how k was chosen, on what, and how many were left out', () => {
    assert.equal(clustersHeadline(clusters), '2 кластера (выбрано по среднему силуэту (0,58)) по признакам: Предметные, Цифровые; не вошли из-за пропусков: 1.');
  });

  it('writes a change in percentage points as growth, decline or none', () => {
    assert.equal(changeText(12.5), 'рост на 12,5 п.п.');
    assert.equal(changeText(-1), 'снижение на 1 п.п.');
    assert.equal(changeText(0), 'без изменений');
    assert.equal(changeText(null), 'нет данных для сравнения');
  });

  it('leaves out a status nobody has, and lists the entities of one period only when there are some', () => {
    const lines = changesLines(
      { previousLabel: '2023 год', currentLabel: '2024 год', regionChange: 2.5, improved: 1, declined: 2, unchanged: 0, onlyCurrent: ['Новый район'], onlyPrevious: [], onlyCurrentTotal: 1, onlyPreviousTotal: 0 },
      ['район', 'района', 'районов'],
    );
    assert.deepEqual(lines, [
      'По сравнению с периодом «2023 год»: общий результат по региону — рост на 2,5 п.п.',
      'Улучшили результат — 1 район; снизили — 2 района.',
      'Только в периоде «2024 год»: Новый район.',
    ]);
  });
});
