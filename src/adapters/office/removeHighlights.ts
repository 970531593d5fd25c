/**
 * Removes the highlights the add-in put on source sheets — exactly the conditional formats
 * its registry names, never one the user made — and forgets them. Two syncs: read the
 * registry, sheet protection and the formats present; delete and record.
 *
 * Example:
 *   await removeHighlights() // → 3 (conditional formats removed)
 */

import { protectedSheetError, runExcel } from './errors';
import { queueDeleteFormats, queueFormatIds } from './highlights';
import { ownedSheetIds, queueRegistryLoad, queueRegistrySave } from './registry';
import { findToolHighlights, queueToolRecordLoad } from './toolRecord';

export async function removeHighlights(): Promise<number> {
  return runExcel('убрать выделение ячеек', async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/id,items/name,items/protection/protected');
    const getRegistry = queueRegistryLoad(ctx);
    const getRecord = queueToolRecordLoad(ctx);
    await ctx.sync();
    const registry = getRegistry();
    const record = getRecord();
    const byId = new Map(sheets.items.map((s) => [s.id, s]));
    // The command line's highlights too, when it wrote into this workbook (found by their shape).
    const owned = ownedSheetIds(registry, sheets.items, record?.sheets);
    const known = new Set(registry.highlights.flatMap((h) => h.formatIds));
    const tool = record ? await findToolHighlights(ctx, sheets.items.filter((s) => !owned.has(s.id) && !s.protection.protected), known) : [];
    const present = [...registry.highlights, ...tool].filter((h) => byId.has(h.sheetId));
    for (const h of present) {
      const ws = byId.get(h.sheetId)!;
      if (ws.protection.protected) throw protectedSheetError(ws.name, 'убрать выделение ячеек');
    }
    const ids = new Map<string, () => Set<string>>();
    for (const h of present) if (!ids.has(h.sheetId)) ids.set(h.sheetId, queueFormatIds(byId.get(h.sheetId)!));
    if (present.length > 0) await ctx.sync();
    let removed = 0;
    for (const h of present) removed += queueDeleteFormats(byId.get(h.sheetId)!, h.formatIds, ids.get(h.sheetId)!());
    queueRegistrySave(ctx, { ...registry, highlights: [] });
    await ctx.sync();
    return removed;
  });
}
