/**
 * Writes the result as a NEW workbook: the input's sheets as they were, then the plan's
 * sheets, and the highlights as conditional formats on the source sheets. The input files
 * are never written.
 *
 * The most faithful copy exceljs allows: the first file is loaded (from the bytes that were
 * analysed) as the base workbook, so its sheets keep everything exceljs round-trips (styles,
 * merges, widths, frozen panes, conditional formats, validations, defined names, tables); the
 * sheets of further files are copied cell by cell under their unique names (copySheet.ts).
 * A plan sheet whose name is already taken by an input sheet gets the next free name
 * («Сводная (2)»): the user's own sheet is never replaced. The plan's charts (which exceljs
 * cannot create) are added to the written package as DrawingML parts (addChartsToPackage.ts).
 *
 * Example:
 *   const loaded = await readWorkbookFiles(['отчёт.xlsx']);
 *   const plan = buildOutputPlan(analyzeWorkbook(loaded.grid), { existingSheets: loaded.sheets.map((s) => s.name) });
 *   await writeResultWorkbook(loaded, plan, 'отчёт — анализ.xlsx');
 */

import { promises as fs } from 'fs';
import * as path from 'path';
import type { OutputPlan } from '../../engine/output/plan';
import { resolveSheetName } from '../../engine/output/sheetNaming';
import type { LoadedWorkbooks } from './types';
import { WorkbookWriteError } from './errors';
import { workbookFromBytes, worksheetsInOrder } from './loadWorkbookBytes';
import { copySheet } from './copySheet';
import { writeOutputSheet } from './writeOutputSheet';
import { removeOwnHighlights, writeHighlights } from './writeHighlights';
import { PartStore } from './package/partStore';
import { withOwnershipRecord } from './package/ownership';
import { renamesOf } from './readWorkbookFiles';
import { addChartsToPackage } from './addChartsToPackage';
import { writePackage } from './package/writePackage';
import { checkReadable } from './loadWorkbookBytes';

async function realOrResolved(p: string): Promise<string> {
  const abs = path.resolve(p);
  try {
    return await fs.realpath(abs);
  } catch {
    // The output does not exist yet: resolve its folder instead.
    try {
      return path.join(await fs.realpath(path.dirname(abs)), path.basename(abs));
    } catch {
      return abs;
    }
  }
}

export async function writeResultWorkbook(loaded: LoadedWorkbooks, plan: OutputPlan, outPath: string): Promise<void> {
  const out = await realOrResolved(outPath);
  for (const f of loaded.files) {
    const input = await realOrResolved(f.path);
    if (input === out || (process.platform !== 'linux' && input.toLowerCase() === out.toLowerCase())) {
      throw new WorkbookWriteError(
        `Результат нельзя записать в исходный файл «${f.name}»: укажите другое имя файла.`,
        outPath,
      );
    }
  }
  if (loaded.files.length === 0) throw new WorkbookWriteError('Нет исходной книги для записи результата.', outPath);

  const chunks = loaded.files.length === 1 ? await singleFile(loaded, plan) : [await severalFiles(loaded, plan)];
  const tmp = path.join(path.dirname(path.resolve(outPath)), `.${path.basename(outPath)}.${process.pid}.tmp`);
  try {
    // Chunk by chunk: the archive is never joined into one buffer as large as the file.
    const handle = await fs.open(tmp, 'w');
    try {
      for (const chunk of chunks) await handle.write(chunk);
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, outPath);
  } catch {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw new WorkbookWriteError(`Не удалось записать файл «${path.basename(outPath)}»: проверьте, что папка существует и файл не открыт в Excel.`, outPath);
  }
}

/**
 * One input file: its package as it is, plus the results (package/writePackage.ts). Measured on
 * the 3000 × 60 matrix: exceljs took about 11 s and 2 GB to load, extend and write the same
 * workbook; the package writer keeps every part of the user's file and writes only the new ones.
 */
async function singleFile(loaded: LoadedWorkbooks, plan: OutputPlan): Promise<Buffer[]> {
  const file = loaded.files[0];
  // The checks and the Russian messages of the reader (a damaged or old-format file).
  await checkReadable(file.bytes, file.path);
  const owned = loaded.ownedSheets;
  const inputNames = [...loaded.sheets.map((s) => s.originalName), ...owned];
  const taken: string[] = [];
  for (const sheet of plan.sheets) taken.push(resolveSheetName(sheet.name, { existing: inputNames, owned, taken }));
  return writePackage(file.bytes, plan, taken, owned);
}

/** The package with the record of the result sheets it holds (package/ownership.ts). */
function recordOwnership(bytes: Buffer, sheets: string[]): Buffer {
  const store = PartStore.read(bytes);
  store.set('xl/workbook.xml', withOwnershipRecord(store.text('xl/workbook.xml'), sheets));
  return Buffer.concat(store.toChunks());
}

/** Several files read as one: the first is the base, the others' sheets are copied cell by cell (exceljs). */
async function severalFiles(loaded: LoadedWorkbooks, plan: OutputPlan): Promise<Buffer> {
  const base = await workbookFromBytes(loaded.files[0].bytes, loaded.files[0].path);
  // A result workbook among the inputs: its earlier result sheets and highlights are not carried over.
  const earlierRun = (fi: number) => loaded.files[fi].ownedSheets.length > 0;
  const isOwned = (fi: number, name: string) => loaded.files[fi].ownedSheets.some((n) => n.toLowerCase() === name.toLowerCase());
  if (earlierRun(0)) {
    for (const ws of worksheetsInOrder(base)) {
      if (isOwned(0, ws.name)) base.removeWorksheet(ws.id);
      else removeOwnHighlights(ws);
    }
  }
  for (let fi = 1; fi < loaded.files.length; fi++) {
    const wb = await workbookFromBytes(loaded.files[fi].bytes, loaded.files[fi].path);
    const renames = renamesOf(loaded, fi);
    const origins = loaded.sheets.filter((s) => s.fileIndex === fi);
    for (const ws of worksheetsInOrder(wb)) {
      if (isOwned(fi, ws.name)) continue;
      if (earlierRun(fi)) removeOwnHighlights(ws);
      const origin = origins.find((o) => o.originalName === ws.name);
      copySheet(ws, base, origin?.name ?? renames[ws.name] ?? ws.name, renames);
    }
  }

  const tableNames = new Set<string>();
  for (const ws of base.worksheets) for (const t of ws.getTables() as unknown as { name?: string; table?: { name?: string } }[]) {
    const n = t.name ?? t.table?.name;
    if (n) tableNames.add(n.toLowerCase());
  }
  const inputNames = base.worksheets.map((ws) => ws.name);
  const taken: string[] = [];
  for (const sheet of plan.sheets) {
    const name = resolveSheetName(sheet.name, { existing: inputNames, taken });
    taken.push(name);
    writeOutputSheet(base, name === sheet.name ? sheet : { ...sheet, name }, tableNames);
  }
  writeHighlights(base, plan.highlights);
  // exceljs writes no charts: they are added to the package it wrote (addChartsToPackage.ts).
  const charts = plan.sheets.map((s, i) => ({ sheet: taken[i], charts: s.charts ?? [] }));
  return recordOwnership(await addChartsToPackage(Buffer.from(await base.xlsx.writeBuffer()), charts), taken);
}
