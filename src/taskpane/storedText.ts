/**
 * A line about the settings remembered in the workbook, next to «Пересчитать»: the sheets, the
 * levels, and whatever else the run used (the previous period, the clusters, no «Справка»,
 * corrected pairs), so the user knows what «Пересчитать» will repeat.
 *
 * Example:
 *   storedSettingsText({ sheets: ['Лист1'], options: { target: 85, critical: 50 }, lastRun: '2025-03-01T10:00:00Z' })
 *   // → 'Последний расчёт: лист «Лист1», целевой уровень 85 %, критический 50 %.'
 *   storedSettingsText({ sheets: ['2024'], options: { previousSheets: ['2023'], clusters: { k: 3 } }, note: false })
 *   // → 'Последний расчёт: лист «2024», целевой уровень 80 %, критический 50 %; сравнение с листом «2023»; кластеров: 3; без справки.'
 */

import type { StoredSettings } from '../adapters/office/types';
import { DEFAULT_CRITICAL, DEFAULT_TARGET } from '../engine/options';
import { countText, formatPercent } from './format';

const quoted = (names: readonly string[]) => names.map((n) => `«${n}»`).join(', ');

export function storedSettingsText(s: StoredSettings): string {
  const target = formatPercent(s.options.target ?? DEFAULT_TARGET);
  const critical = formatPercent(s.options.critical ?? DEFAULT_CRITICAL);
  const extra: string[] = [];
  const previous = s.options.previousSheets ?? [];
  if (previous.length > 0) extra.push(`сравнение с ${previous.length === 1 ? 'листом' : 'листами'} ${quoted(previous)}`);
  const k = s.options.clusters?.k;
  if (k !== undefined && k !== 'auto') extra.push(`кластеров: ${k}`);
  const features = s.options.clusters?.features ?? [];
  if (features.length > 0) extra.push(`признаки кластеров: ${features.join(', ')}`);
  const pairs = s.options.pairs ?? [];
  if (pairs.length > 0) extra.push(`${countText(pairs.length, ['пара исправлена', 'пары исправлены', 'пар исправлено'])} вручную`);
  if (s.note === false) extra.push('без справки');
  return `Последний расчёт: ${s.sheets.length === 1 ? 'лист' : 'листы'} ${quoted(s.sheets)}, целевой уровень ${target}, критический ${critical}${extra.length > 0 ? `; ${extra.join('; ')}` : ''}.`;
}
