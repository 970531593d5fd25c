/**
 * Which sheets the pane offers as the previous period, and how the choice reads in the closed
 * dropdown. A previous-period sheet is any sheet of the user (not one the add-in wrote, not a
 * service sheet such as «Методика») that is not chosen as the current data; workbook order.
 *
 * Example:
 *   previousCandidates([{ name: '2023', owned: false, … }, { name: '2024', … }, { name: 'Сводная', owned: true, … }], ['2024'])
 *   // → ['2023']
 *   previousLabel(['2023']) // → '2023'
 *   previousLabel([])       // → ''
 */

import type { SheetInfo } from '../adapters/office/types';
import { isServiceSheetName } from '../engine/sheetNames';

export function previousCandidates(sheets: readonly SheetInfo[], current: readonly string[]): string[] {
  return sheets.filter((s) => !s.owned && !current.includes(s.name) && !isServiceSheetName(s.name)).map((s) => s.name);
}

export function previousLabel(chosen: readonly string[]): string {
  return chosen.join(', ');
}
