/**
 * Shows a cell the pane points at (a deficit, a problem): activates its sheet and selects it.
 * Accepts the engine's addresses: 'Лист1!D7', "'Сводные данные'!B2:C4".
 *
 * Example:
 *   await selectCell('Лист1!D7')
 */

import { splitAddress } from '../../engine/address';
import { runExcel } from './errors';
import { OfficeAdapterError } from './types';

export async function selectCell(address: string): Promise<void> {
  const { sheet, local } = splitAddress(address);
  if (!sheet || !/^\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?$/.test(local)) {
    throw new OfficeAdapterError(`Адрес «${address}» не указывает на ячейку листа.`, sheet || undefined);
  }
  const place = { sheet, cell: local };
  await runExcel(
    'перейти к ячейке',
    async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(local).select();
      await ctx.sync();
    },
    place,
  );
}
