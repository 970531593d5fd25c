/**
 * How the plan's cell styles look in an .xlsx: fonts, fills and borders per `CellStyle`.
 * The colours of good/attention/deficit are Excel's own "Good", "Neutral" and "Bad" styles.
 *
 * Example:
 *   applyOutputStyle(cell, 'header') // bold on light blue, thin border, wrapped, centred
 */

import type ExcelJS from 'exceljs';
import type { CellStyle } from '../../engine/output/plan';

const argb = (hex: string) => ({ argb: `FF${hex}` });
const solid = (hex: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: argb(hex), bgColor: argb(hex) });
const thin: ExcelJS.Border = { style: 'thin', color: argb('A6A6A6') };

export function applyOutputStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  switch (style) {
    case 'title':
      cell.font = { bold: true, size: 14 };
      break;
    case 'subtitle':
      cell.font = { italic: true, size: 11, color: argb('404040') };
      break;
    case 'header':
      cell.font = { bold: true };
      cell.fill = solid('DDEBF7');
      cell.border = { top: thin, left: thin, bottom: thin, right: thin };
      cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
      break;
    case 'total':
      cell.font = { bold: true };
      cell.border = { top: thin };
      break;
    case 'note':
      cell.font = { italic: true, color: argb('595959') };
      break;
    case 'good':
      cell.fill = solid('C6EFCE');
      cell.font = { color: argb('006100') };
      break;
    case 'attention':
      cell.fill = solid('FFEB9C');
      cell.font = { color: argb('9C5700') };
      break;
    case 'deficit':
      cell.fill = solid('FFC7CE');
      cell.font = { color: argb('9C0006') };
      break;
  }
}
