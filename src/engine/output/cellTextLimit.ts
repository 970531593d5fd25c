/**
 * Excel keeps at most 32,767 characters in a cell and rejects a write with more. Text the plan
 * builds from user data (lists of names in Справка, a quoted value) can in principle exceed it
 * on a very large sheet, so every text cell of the plan is cut to the limit with an ellipsis
 * before an adapter sees it.
 *
 * Example:
 *   limitCellText({ rows: [[{ value: 'а'.repeat(40000) }]], … })
 *   // the cell now holds 32,766 × 'а' followed by '…'
 */

import type { OutputSheet } from './plan';

export const EXCEL_CELL_TEXT_LIMIT = 32767;

/** Cuts over-long text cells in place; returns how many were cut. */
export function limitCellText(sheet: Pick<OutputSheet, 'rows'>): number {
  let cut = 0;
  for (const row of sheet.rows) {
    for (const cell of row) {
      if (cell && typeof cell.value === 'string' && cell.value.length > EXCEL_CELL_TEXT_LIMIT) {
        cell.value = `${cell.value.slice(0, EXCEL_CELL_TEXT_LIMIT - 1)}…`;
        cut++;
      }
    }
  }
  return cut;
}
