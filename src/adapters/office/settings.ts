/**
 * The pane's settings remembered in the workbook (`workbook.settings`, ExcelApi 1.4, as JSON
 * text), so that «Пересчитать» after editing the data repeats the last run without asking
 * again. One sync each.
 *
 * Example:
 *   await saveSettings({ sheets: ['Лист1'], options: { target: 85 } });
 *   await loadSettings() // → { sheets: ['Лист1'], options: { target: 85 }, lastRun: '2025-…' }
 */

import { runExcel } from './errors';
import type { StoredSettings } from './types';

export const SETTINGS_KEY = 'metodMonitor.settings';

export async function loadSettings(): Promise<StoredSettings | null> {
  return runExcel('прочитать сохранённые настройки', async (ctx) => {
    const item = ctx.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
    item.load('value');
    await ctx.sync();
    if (item.isNullObject) return null;
    return parseSettings(item.value);
  });
}

export async function saveSettings(settings: StoredSettings): Promise<void> {
  await runExcel('сохранить настройки', async (ctx) => {
    const stored: StoredSettings = { ...settings, lastRun: settings.lastRun ?? new Date().toISOString() };
    ctx.workbook.settings.add(SETTINGS_KEY, JSON.stringify(stored));
    await ctx.sync();
  });
}

/** Stored text back to settings; anything unreadable counts as "nothing stored". */
export function parseSettings(value: unknown): StoredSettings | null {
  let v = value;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return null;
    }
  }
  const o = v as Partial<StoredSettings> | null;
  if (!o || typeof o !== 'object' || !Array.isArray(o.sheets)) return null;
  return {
    sheets: o.sheets.filter((s): s is string => typeof s === 'string'),
    options: o.options && typeof o.options === 'object' ? o.options : {},
    lastRun: typeof o.lastRun === 'string' ? o.lastRun : undefined,
    ...(typeof o.note === 'boolean' ? { note: o.note } : {}),
  };
}
