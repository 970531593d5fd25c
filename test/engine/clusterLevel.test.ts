import { strict as assert } from 'assert';
import { clusterLevel } from '../../src/engine/clusterProfiles/clusterLevel';
import { clusterProfileLine } from '../../src/taskpane/resultText';

describe('The level a cluster is described by', () => {
  it('is the members’ mean overall result when they have one, else the mean over the features', () => {
    assert.deepEqual(clusterLevel({ meanResult: 41.6, mean: 39.7 }), { label: 'средний результат', value: 41.6 });
    assert.deepEqual(clusterLevel({ meanResult: null, mean: 39.7 }), { label: 'в среднем по признакам', value: 39.7 });
  });

  it('is the same choice in the pane as in the note', () => {
    const base = { cluster: 1, name: 'Кластер 1 — наиболее низкие результаты', size: 3, share: 25, centre: [], weakest: null, mean: 39.7 };
    assert.match(clusterProfileLine({ ...base, meanResult: 41.6 } as never, ['район', 'района', 'районов']), /средний результат 41,6 %/);
    assert.match(clusterProfileLine({ ...base, meanResult: null } as never, ['педагог', 'педагога', 'педагогов']), /в среднем по признакам 39,7 %/);
  });
});
