/**
 * Excel keeps at most 32,767 characters in a cell and rejects a write with more. Text the plan
 * builds from user data (lists of names in Справка, a quoted value) can in principle exceed it
 * on a very large sheet, so every text cell of the plan is cut to the limit with an ellipsis
 * before an adapter sees it: the given rows when the plan is built, made rows as they are
 * made (rowBlocks.ts).
 *
 * Example:
 *   limitCellText({ rows: [[{ value: 'а'.repeat(40000) }]], … })
 *   // the cell now holds 32,766 × 'а' followed by '…'
 */

import { givenRows, type OutRow, type OutputSheet } from './plan';

export const EXCEL_CELL_TEXT_LIMIT = 32767;

/** Cuts over-long text cells of the sheet's given rows in place; returns how many were cut. */
export function limitCellText(sheet: Pick<OutputSheet, 'rows'>): number {
  let cut = 0;
  for (const [, row] of givenRows(sheet.rows)) cut += limitRowText(row);
  return cut;
}

/** Cuts over-long text cells of one row in place; returns how many were cut. */
export function limitRowText(row: OutRow): number {
  let cut = 0;
  for (const cell of row) {
    if (cell && typeof cell.value === 'string' && cell.value.length > EXCEL_CELL_TEXT_LIMIT) {
      cell.value = `${cell.value.slice(0, EXCEL_CELL_TEXT_LIMIT - 1)}…`;
      cut++;
    }
  }
  return cut;
}
