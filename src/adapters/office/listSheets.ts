/**
 * The workbook's sheets for the pane's sheet picker, in tab order, with what the pane needs
 * to show: visible, active, written by the add-in, protected. One `context.sync()`.
 *
 * Example:
 *   await listSheets()
 *   // → [{ name: 'Лист1', visible: true, active: true, owned: false, protected: false },
 *   //    { name: 'Сводная', visible: true, active: false, owned: true, protected: false }]
 */

import { runExcel } from './errors';
import { ownedSheetIds, queueRegistryLoad } from './registry';
import { queueToolRecordLoad } from './toolRecord';
import type { SheetInfo } from './types';

export async function listSheets(): Promise<SheetInfo[]> {
  return runExcel('получить список листов', async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/id,items/name,items/visibility,items/position,items/protection/protected');
    const active = sheets.getActiveWorksheet();
    active.load('id');
    const getRegistry = queueRegistryLoad(ctx);
    const getRecord = queueToolRecordLoad(ctx);
    await ctx.sync();
    const items = sheets.items.map((ws) => ({ id: ws.id, name: ws.name, visibility: String(ws.visibility), position: ws.position, protected: ws.protection.protected }));
    const owned = ownedSheetIds(getRegistry(), items, getRecord()?.sheets);
    return items
      .sort((a, b) => a.position - b.position)
      .map((s) => ({
        name: s.name,
        visible: s.visibility === 'Visible',
        active: s.id === active.id,
        owned: owned.has(s.id),
        protected: s.protected,
      }));
  });
}
