/**
 * Reads one or several .xlsx files as ONE `WorkbookGrid` for the engine. Sheet names are made
 * unique across files («Лист1 (район2)»), and references to a renamed sheet inside its own
 * file's formulas follow the new name. `LoadedWorkbooks` remembers, per sheet, its file and
 * original name, and keeps the bytes read so the writer copies exactly what was analysed.
 *
 * Reader choice (measured, Node 20, exceljs 4.4.0, one run each, wall time):
 *   exceljs workbook.xlsx.load + sheetToGrid (3000 × 60 matrix)   ≈ 1.1 s, ≈ 290 MB
 *   SAX over the package (read/sheetsFromPackage.ts), same file    ≈ 0.6 s
 * exceljs's streaming reader would be leaner too, but it ignores <mergeCell>, leaves shared
 * formulas as empty text and yields sheets in zip order. Since the result workbook is written at
 * the package level (package/writePackage.ts), nothing needs exceljs's model any more, so the
 * sheets are read with a SAX parser; the tests hold it to the grids the exceljs reader
 * (sheetToGrid.ts) gives on every example and fixture.
 *
 * Example:
 *   const loaded = await readWorkbookFiles(['район1.xlsx', 'район2.xlsx']);
 *   loaded.grid.sheets.map((s) => s.name) // → ['Лист1', 'Лист1 (район2)']
 */

import * as path from 'path';
import type { SheetGrid, WorkbookGrid } from '../../engine/grid';
import type { LoadedWorkbooks, LoadedFile, SheetOrigin } from './types';
import { WorkbookReadError } from './errors';
import { checkReadable, readFileBytes } from './loadWorkbookBytes';
import { sheetsFromPackage, type PackageSheet } from './read/sheetsFromPackage';
import { renameSheetRefs } from './formulaSheetRefs';
import { uniqueSheetNames } from './uniqueSheetNames';

export { WorkbookReadError } from './errors';
export type { LoadedWorkbooks, LoadedFile, SheetOrigin } from './types';

/** Per file: original sheet name → unique name, for the names that changed. */
export function renamesOf(loaded: LoadedWorkbooks, fileIndex: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of loaded.sheets) if (s.fileIndex === fileIndex && s.name !== s.originalName) out[s.originalName] = s.name;
  return out;
}

export async function readWorkbookFiles(paths: string[]): Promise<LoadedWorkbooks> {
  if (paths.length === 0) throw new WorkbookReadError('Не указан ни один файл с книгой Excel.');
  const files: LoadedFile[] = [];
  const books: PackageSheet[][] = [];
  let ownedSheets: string[] = [];
  for (const p of paths) {
    const bytes = await readFileBytes(p);
    const all = await readPackage(bytes, p);
    const owned = all.filter((s) => s.owned).map((s) => s.name);
    if (files.length === 0) ownedSheets = owned;
    books.push(all.filter((s) => !s.owned));
    files.push({ path: p, name: path.basename(p), bytes, ownedSheets: owned });
  }
  const unique = uniqueSheetNames(files.map((f, i) => ({ file: f.name, sheets: books[i].map((s) => s.name) })));

  const sheets: SheetOrigin[] = [];
  const grids: SheetGrid[] = [];
  books.forEach((book, fi) => {
    const renames: Record<string, string> = {};
    book.forEach((s, si) => {
      if (unique[fi][si] !== s.name) renames[s.name] = unique[fi][si];
    });
    const renamed = Object.keys(renames).length > 0;
    book.forEach((s, si) => {
      const name = unique[fi][si];
      const grid: SheetGrid = { name, ...s.grid, source: files[fi].name };
      // A formula naming a sheet that got a new name follows it.
      if (renamed && grid.formulas) grid.formulas = grid.formulas.map((row) => row.map((f) => (f ? renameSheetRefs(f, renames) : f)));
      if (s.hidden) grid.hidden = true;
      grids.push(grid);
      sheets.push({ name, originalName: s.name, file: files[fi].path, fileIndex: fi, hidden: s.hidden });
    });
  });
  return { grid: { sheets: grids }, files, sheets, ownedSheets };
}

/**
 * The grid, handed over: `loaded` keeps an empty one, so the cells can be collected once the
 * engine has read them (the writer needs only the files' bytes and the sheets' origins).
 */
export function takeGrid(loaded: LoadedWorkbooks): WorkbookGrid {
  const grid = loaded.grid;
  loaded.grid = { sheets: [] };
  return grid;
}

/**
 * The names the new result sheets may take over: the earlier run's sheets, except a name a sheet
 * of another file read with it also has (that sheet is the user's and is written as it is).
 */
export function replaceableSheets(loaded: LoadedWorkbooks): string[] {
  const kept = new Set(loaded.sheets.map((s) => s.name.toLowerCase()));
  return loaded.ownedSheets.filter((n) => !kept.has(n.toLowerCase()));
}

/** The sheets of one file, or the reader's Russian message for a file that is not a readable workbook. */
async function readPackage(bytes: Buffer, file: string): Promise<PackageSheet[]> {
  await checkReadable(bytes, file);
  let book: PackageSheet[];
  try {
    book = (await sheetsFromPackage(bytes)).sheets;
  } catch {
    throw new WorkbookReadError(`Не удалось прочитать книгу «${path.basename(file)}»: файл повреждён или это не книга Excel .xlsx.`, file);
  }
  if (book.length === 0) throw new WorkbookReadError(`В книге «${path.basename(file)}» нет ни одного листа с ячейками.`, file);
  if (book.every((s) => s.owned)) {
    throw new WorkbookReadError(`В книге «${path.basename(file)}» только листы с результатами прошлого анализа, а исходных таблиц нет.`, file);
  }
  return book;
}
