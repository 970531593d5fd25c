/**
 * Sheet names made unique when several files are read as one workbook. The first sheet with a
 * name keeps it; a later one gets the file's name in brackets — «Лист1 (район2)» — shortened to
 * Excel's 31 characters and without the characters Excel forbids; if even that is taken, a
 * number follows.
 *
 * Example:
 *   uniqueSheetNames([{ file: 'район1.xlsx', sheets: ['Лист1'] }, { file: 'район2.xlsx', sheets: ['Лист1'] }])
 *   // → [['Лист1'], ['Лист1 (район2)']]
 */

import { MAX_SHEET_NAME_LENGTH, numberedSheetName, sanitizeSheetName } from '../../engine/output/sheetNaming';

function fileBase(file: string): string {
  const name = file.replace(/^.*[\\/]/, '');
  return name.replace(/\.[^.]*$/, '') || name;
}

/** 'Лист1' + 'район2' → 'Лист1 (район2)', within 31 characters (both parts shortened if need be). */
export function nameWithFile(sheet: string, file: string): string {
  let f = sanitizeSheetName(fileBase(file), 'файл');
  let s = sheet;
  const total = () => s.length + f.length + 3;
  if (total() > MAX_SHEET_NAME_LENGTH) {
    // Keep at least 12 characters of the sheet name, give the rest to the file name.
    const fRoom = Math.max(6, MAX_SHEET_NAME_LENGTH - 3 - Math.min(s.length, 12));
    if (f.length > fRoom) f = f.slice(0, fRoom).trim();
    const sRoom = MAX_SHEET_NAME_LENGTH - 3 - f.length;
    if (s.length > sRoom) s = s.slice(0, sRoom).trim();
  }
  return sanitizeSheetName(`${s} (${f})`);
}

export function uniqueSheetNames(files: { file: string; sheets: string[] }[]): string[][] {
  const taken = new Set<string>();
  const key = (s: string) => s.toLowerCase();
  return files.map(({ file, sheets }, fi) =>
    sheets.map((sheet) => {
      let name = sheet;
      if (taken.has(key(name)) && fi > 0) name = nameWithFile(sheet, file);
      for (let n = 2; taken.has(key(name)); n++) name = numberedSheetName(nameWithFile(sheet, file), n);
      taken.add(key(name));
      return name;
    }),
  );
}
