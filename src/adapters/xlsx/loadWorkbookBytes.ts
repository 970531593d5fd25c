/**
 * Reads one file into bytes and an exceljs workbook, turning every failure into a
 * `WorkbookReadError` whose message is one Russian sentence naming the file.
 *
 * Example:
 *   await loadWorkbookBytes('/data/отчёт.docx') // throws «Файл «отчёт.docx» не является книгой Excel (.xlsx).»
 */

import { promises as fs } from 'fs';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { WorkbookReadError } from './errors';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Buffer, sig: number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

export async function readFileBytes(file: string): Promise<Buffer> {
  const name = path.basename(file);
  try {
    return await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new WorkbookReadError(`Файл «${name}» не найден.`, file);
    if (code === 'EISDIR') throw new WorkbookReadError(`«${name}» — это папка, а не книга Excel.`, file);
    if (code === 'EACCES' || code === 'EPERM') throw new WorkbookReadError(`Нет доступа к файлу «${name}».`, file);
    throw new WorkbookReadError(`Не удалось открыть файл «${name}».`, file);
  }
}

/** The signature checks of workbookFromBytes, without loading the workbook: an old-format or non-xlsx file gets its Russian message. */
export async function checkReadable(bytes: Buffer, file: string): Promise<void> {
  const name = path.basename(file);
  if (startsWith(bytes, OLE)) {
    throw new WorkbookReadError(`Файл «${name}» — книга старого формата Excel 97–2003 или книга с паролем; сохраните её в Excel как .xlsx без пароля.`, file);
  }
  if (!startsWith(bytes, ZIP)) throw new WorkbookReadError(`Файл «${name}» не является книгой Excel (.xlsx).`, file);
}

export async function workbookFromBytes(bytes: Buffer, file: string): Promise<ExcelJS.Workbook> {
  const name = path.basename(file);
  if (startsWith(bytes, OLE)) {
    throw new WorkbookReadError(
      `Файл «${name}» — книга старого формата Excel 97–2003 или книга с паролем; сохраните её в Excel как .xlsx без пароля.`,
      file,
    );
  }
  if (!startsWith(bytes, ZIP)) {
    throw new WorkbookReadError(`Файл «${name}» не является книгой Excel (.xlsx).`, file);
  }
  // Loaded here, not at the top: only several input files need exceljs, and requiring it costs
  // a quarter of a second of every command's start.
  const { Workbook } = require('exceljs') as typeof import('exceljs');
  const wb = new Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new WorkbookReadError(`Не удалось прочитать книгу «${name}»: файл повреждён или это не книга Excel .xlsx.`, file);
  }
  if (wb.worksheets.length === 0) {
    throw new WorkbookReadError(`В книге «${name}» нет ни одного листа с ячейками.`, file);
  }
  return wb;
}

/** Worksheets in tab order (exceljs keeps them by sheet id, which need not be the tab order). */
export function worksheetsInOrder(wb: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  return [...wb.worksheets].sort(
    (a, b) => ((a as unknown as { orderNo?: number }).orderNo ?? a.id) - ((b as unknown as { orderNo?: number }).orderNo ?? b.id),
  );
}

export function isDate1904(wb: ExcelJS.Workbook): boolean {
  return Boolean((wb.properties as unknown as { date1904?: boolean }).date1904);
}
