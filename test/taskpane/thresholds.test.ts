import assert from 'node:assert/strict';
import { validateThresholds } from '../../src/taskpane/thresholds';

describe('Threshold validation', () => {
  it('accepts whole numbers, a decimal comma and a trailing percent sign', () => {
    assert.deepEqual(validateThresholds({ target: '85', critical: '50,5 %' }), { ok: true, target: 85, critical: 50.5 });
    assert.deepEqual(validateThresholds({ target: ' 100% ', critical: '0' }), { ok: true, target: 100, critical: 0 });
  });

  it('asks for an empty field by its Russian name', () => {
    const r = validateThresholds({ target: '', critical: '50' });
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.errors.target, 'Укажите целевой уровень — число от 0 до 100.');
    assert.equal(!r.ok && r.errors.critical, undefined);
  });

  it('rejects text and numbers outside 0–100 in Russian', () => {
    const r = validateThresholds({ target: 'восемьдесят', critical: '120' });
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.errors.target, 'Целевой уровень — это число от 0 до 100, например 80.');
    assert.equal(r.errors.critical, 'Критический уровень должен быть от 0 до 100 %.');
    assert.equal(validateThresholds({ target: '-1', critical: '0' }).ok, false);
  });

  it('refuses a critical level above the target, naming the target', () => {
    const r = validateThresholds({ target: '60,5', critical: '70' });
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.errors.critical, 'Критический уровень не может быть выше целевого (60,5 %).');
  });

  it('allows equal levels', () => {
    assert.equal(validateThresholds({ target: '70', critical: '70' }).ok, true);
  });
});
