import { strict as assert } from 'assert';
import type { ShareResult } from '../../src/engine/analysis';
import { sharesByIndicator } from '../../src/engine/compute/sharesByIndicator';
import { shareRow } from '../fixtures/analysisFixtures';

function share(indicatorId: string, entity: string | null, extra: Partial<ShareResult> = {}): ShareResult {
  return shareRow({ entity, indicator: `${indicatorId || 'без кода'}: из них`, indicatorId, numerator: 1, base: 2, share: 50, plain: true, ...extra });
}

describe('sharesByIndicator', () => {
  it('groups a table\'s shares by indicator in the order they come, entity rows apart from the regional row', () => {
    const shares = [share('D', 'Кировский'), share('G', 'Кировский'), share('D', 'Лужский'), share('G', 'Лужский', { declaredCell: 'Ф!H5' }), share('D', null), share('G', null)];
    const groups = sharesByIndicator({ shares });
    assert.deepEqual(groups.map((g) => g.key), ['D', 'G']);
    assert.deepEqual(groups[0].entities.map((s) => s.entity), ['Кировский', 'Лужский']);
    assert.equal(groups[0].region, shares[4]);
    assert.deepEqual([groups[0].declared, groups[1].declared], [false, true]);
  });

  it('keys an indicator without an id by its header, and is built once per list of shares', () => {
    const shares = [share('', 'Кировский'), share('', null)];
    const first = sharesByIndicator({ shares });
    assert.equal(first[0].key, 'без кода: из них');
    assert.equal(sharesByIndicator({ shares }), first);
    shares.push(share('E', 'Кировский'));
    assert.equal(sharesByIndicator({ shares }).length, 2, 'a longer list is grouped again');
  });
});
