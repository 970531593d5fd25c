/**
 * A line about the settings remembered in the workbook, next to «Пересчитать».
 *
 * Example:
 *   storedSettingsText({ sheets: ['Лист1'], options: { target: 85, critical: 50 }, lastRun: '2025-03-01T10:00:00Z' })
 *   // → 'Последний расчёт: лист «Лист1», целевой уровень 85 %, критический 50 %.'
 */

import type { StoredSettings } from '../adapters/office/types';
import { DEFAULT_CRITICAL, DEFAULT_TARGET } from '../engine/options';
import { formatPercent } from './format';

export function storedSettingsText(s: StoredSettings): string {
  const sheets = s.sheets.map((n) => `«${n}»`).join(', ');
  const target = formatPercent(s.options.target ?? DEFAULT_TARGET);
  const critical = formatPercent(s.options.critical ?? DEFAULT_CRITICAL);
  return `Последний расчёт: ${s.sheets.length === 1 ? 'лист' : 'листы'} ${sheets}, целевой уровень ${target}, критический ${critical}.`;
}
