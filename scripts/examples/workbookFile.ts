/**
 * Creating and saving the example workbooks the same way every time: fixed document
 * properties (author, dates) and fixed zip timestamps (stableZip.ts), so regenerating an
 * unchanged example gives the same bytes.
 *
 * Example:
 *   const wb = newWorkbook();
 *   wb.addWorksheet('Лист1').getCell('A1').value = 'Мониторинг';
 *   await saveWorkbook(wb, 'examples/пример.xlsx');
 */

import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as path from 'path';
import { stableZip } from './stableZip';

const FIXED_DATE = new Date(Date.UTC(2024, 0, 1, 0, 0, 0));

export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Методический монитор (учебный пример)';
  wb.lastModifiedBy = 'Методический монитор (учебный пример)';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

/** The bytes of the workbook as saveWorkbook writes them. */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return stableZip(Buffer.from(await wb.xlsx.writeBuffer()));
}

export async function saveWorkbook(wb: ExcelJS.Workbook, file: string): Promise<void> {
  const bytes = await workbookBytes(wb);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, bytes);
}
