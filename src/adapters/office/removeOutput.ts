/**
 * Removes everything the add-in wrote: its result sheets (those its registry names, and those
 * the command line's record names), its highlights (and the command's, by their shape), its
 * registry, the record and its stored settings. The user's sheets and formats stay.
 * For the pane's «Удалить результаты надстройки» and for docs/addin.md.
 *
 * Example:
 *   await removeOutput() // → { sheets: ['Сводная', 'Дефициты'], highlights: 2 }
 */

import { protectedSheetError, runExcel } from './errors';
import { queueDeleteFormats, queueFormatIds } from './highlights';
import { ownedSheetIds, queueRegistryLoad, REGISTRY_KEY } from './registry';
import { findToolHighlights, queueToolRecordLoad } from './toolRecord';
import { SETTINGS_KEY } from './settings';

export async function removeOutput(): Promise<{ sheets: string[]; highlights: number }> {
  return runExcel('удалить результаты надстройки', async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/id,items/name,items/protection/protected');
    const getRegistry = queueRegistryLoad(ctx);
    const stored = [REGISTRY_KEY, SETTINGS_KEY].map((key) => {
      const item = ctx.workbook.settings.getItemOrNullObject(key);
      item.load('key');
      return item;
    });
    const getRecord = queueToolRecordLoad(ctx);
    await ctx.sync();
    const registry = getRegistry();
    const record = getRecord();
    const items = sheets.items;
    const owned = ownedSheetIds(registry, items, record?.sheets);
    const byId = new Map(items.map((s) => [s.id, s]));
    // The command line's highlights too, when it wrote into this workbook (found by their shape).
    const known = new Set(registry.highlights.flatMap((h) => h.formatIds));
    const tool = record ? await findToolHighlights(ctx, items.filter((s) => !owned.has(s.id) && !s.protection.protected), known) : [];
    const present = [...registry.highlights, ...tool].filter((h) => byId.has(h.sheetId) && !owned.has(h.sheetId));
    for (const h of present) {
      const ws = byId.get(h.sheetId)!;
      if (ws.protection.protected) throw protectedSheetError(ws.name, 'убрать выделение ячеек');
    }
    const ids = new Map<string, () => Set<string>>();
    for (const h of present) if (!ids.has(h.sheetId)) ids.set(h.sheetId, queueFormatIds(byId.get(h.sheetId)!));
    if (present.length > 0) await ctx.sync();
    let removed = 0;
    for (const h of present) removed += queueDeleteFormats(byId.get(h.sheetId)!, h.formatIds, ids.get(h.sheetId)!());
    const deleted = items.filter((s) => owned.has(s.id));
    for (const ws of deleted) ws.delete();
    for (const item of stored) if (!item.isNullObject) item.delete();
    for (const n of record?.names ?? []) n.delete();
    await ctx.sync();
    return { sheets: deleted.map((s) => s.name), highlights: removed };
  });
}
