/**
 * Reading the target and critical levels the user typed: numbers 0–100, a decimal comma and
 * a trailing «%» allowed; the critical level may not exceed the target. Messages are Russian
 * and name the field, for the Field's validation text.
 *
 * Example:
 *   validateThresholds({ target: '85', critical: '50,5 %' }) // → { ok: true, target: 85, critical: 50.5 }
 *   validateThresholds({ target: '', critical: '120' })
 *   // → { ok: false, errors: { target: 'Укажите целевой уровень — число от 0 до 100.',
 *   //                          critical: 'Критический уровень должен быть от 0 до 100 %.' } }
 */

export interface ThresholdText {
  target: string;
  critical: string;
}

export interface ThresholdErrors {
  target?: string;
  critical?: string;
}

export type ThresholdResult = { ok: true; target: number; critical: number } | { ok: false; errors: ThresholdErrors };

/** A level typed by the user as a number, or a Russian message saying what is wrong. */
export function parseLevel(text: string, name: string): number | string {
  const t = text.trim().replace(/\s*%$/, '').replace(',', '.').trim();
  if (t === '') return `Укажите ${name} — число от 0 до 100.`;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(t)) return `${capitalise(name)} — это число от 0 до 100, например 80.`;
  const n = Number(t);
  if (n < 0 || n > 100) return `${capitalise(name)} должен быть от 0 до 100 %.`;
  return n;
}

export function validateThresholds(input: ThresholdText): ThresholdResult {
  const target = parseLevel(input.target, 'целевой уровень');
  const critical = parseLevel(input.critical, 'критический уровень');
  const errors: ThresholdErrors = {};
  if (typeof target === 'string') errors.target = target;
  if (typeof critical === 'string') errors.critical = critical;
  if (typeof target === 'number' && typeof critical === 'number' && critical > target) {
    errors.critical = `Критический уровень не может быть выше целевого (${String(target).replace('.', ',')} %).`;
  }
  if (errors.target || errors.critical) return { ok: false, errors };
  return { ok: true, target: target as number, critical: critical as number };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
