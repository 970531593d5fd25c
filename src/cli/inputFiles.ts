/**
 * Turns the paths on the command line into the list of workbooks to read as one: a file is taken
 * as given (the reader says when it is not a workbook); a folder gives its .xlsx files, not
 * recursively, in name order, without Excel's lock files («~$книга.xlsx») and without the result
 * workbooks the command writes («*.result.xlsx», «… — результат.xlsx»), so a second run over the
 * same folder does not read its own output. The same file named twice is read once.
 *
 * Example:
 *   await inputFiles(['формы/'])
 *   // → { files: ['формы/Волховский.xlsx', 'формы/Лужский.xlsx'], folders: ['формы/'],
 *   //     skipped: [{ name: 'формы/~$Лужский.xlsx', reason: 'временный файл Excel открытой книги' }, …] }
 */

import { promises as fs } from 'fs';
import * as path from 'path';
import { WorkbookReadError } from '../adapters/xlsx/readWorkbookFiles';

/** A workbook the command (or the add-in) wrote: «x.result.xlsx», «x — результат.xlsx», «x - результат (2).xlsx». */
export function isResultWorkbookName(name: string): boolean {
  return /\.result(\s*\(\d+\))?\.xlsx$/i.test(name) || /\s[—–-]\s*результат(\s*\(\d+\))?\.xlsx$/i.test(name);
}

/** Excel's lock file of an open workbook, or a hidden file. */
export function isLockFileName(name: string): boolean {
  return name.startsWith('~$') || name.startsWith('.');
}

export function isWorkbookName(name: string): boolean {
  return /\.xlsx$/i.test(name) && !isLockFileName(name) && !isResultWorkbookName(name);
}

export interface InputFiles {
  files: string[];
  /** Inputs that were folders. */
  folders: string[];
  /** Entries of those folders that were not read, with why (said to the user, so nothing is left out unseen). */
  skipped: { name: string; reason: string }[];
}

/** Why a folder entry is not read, in Russian; null for a workbook that is. */
export function skipReason(name: string, isFolder: boolean): string | null {
  if (isFolder) return 'папка (вложенные папки не читаются)';
  if (name.startsWith('~$')) return 'временный файл Excel открытой книги';
  if (name.startsWith('.')) return 'скрытый файл';
  if (isResultWorkbookName(name)) return 'итоговая книга прошлого запуска';
  if (!/\.xlsx$/i.test(name)) return /\.(xls|xlsm|xlsb|ods|csv)$/i.test(name) ? 'не книга .xlsx (сохраните её в формате .xlsx)' : 'не книга Excel';
  return null;
}

export async function inputFiles(paths: string[]): Promise<InputFiles> {
  const files: string[] = [];
  const folders: string[] = [];
  const skipped: { name: string; reason: string }[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    const key = path.resolve(f);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(f);
    }
  };
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = (await fs.stat(p)).isDirectory();
    } catch {
      // Not there or not readable: the reader names the problem.
    }
    if (!isDir) {
      add(p);
      continue;
    }
    folders.push(p);
    let names: string[];
    try {
      names = await fs.readdir(p);
    } catch {
      throw new WorkbookReadError(`Не удалось прочитать папку «${path.basename(path.resolve(p))}».`, p);
    }
    const books: string[] = [];
    for (const name of [...names].sort((a, b) => a.localeCompare(b, 'ru'))) {
      const full = path.join(p, name);
      let folder = false;
      try {
        folder = (await fs.stat(full)).isDirectory();
      } catch {
        continue; // vanished meanwhile
      }
      const reason = skipReason(name, folder);
      if (reason === null) books.push(full);
      else skipped.push({ name: path.join(path.basename(path.resolve(p)), name), reason });
    }
    if (books.length === 0) {
      throw new WorkbookReadError(`В папке «${path.basename(path.resolve(p))}» нет книг Excel (.xlsx).`, p);
    }
    books.forEach(add);
  }
  return { files, folders, skipped };
}
