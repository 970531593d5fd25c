/**
 * Reads the sheets of an .xlsx package straight into the engine's `SheetGrid`s with a
 * streaming XML scanner (scanXml.ts), without building exceljs's workbook model: values (shared and inline
 * strings, rich text as plain text, numbers, booleans, error texts; dates stay serial numbers
 * with their format), number formats (the cell's style → its format code, Excel's built-in
 * codes as exceljs names them), formulas (a shared formula translated to each cell, as exceljs
 * does — with its own slideFormula), merged areas, hidden state and the 1904 date system.
 * The grid is the one exceljs's full reader gave before (test/support/exceljsSheetToGrid.ts keeps
 * that reader as the tests' oracle: both give the same grids on every example and fixture).
 *
 * Why: measured on the 3000 × 60 matrix, exceljs's full reader took about 1.1 s and 290 MB,
 * most of it building a model the engine never uses; the writer no longer needs that model
 * either (package/writePackage.ts).
 *
 * Example:
 *   const { sheets, date1904 } = await sheetsFromPackage(bytes, 'отчёт.xlsx');
 *   sheets[0] // → { name: 'Лист1', hidden: false, grid: { name: 'Лист1', startRow: 3, … } }
 */

import { PartStore } from '../package/partStore';
import { scanXml } from './scanXml';
import { scanCells, type CellHandlers, type ScannedCell } from './scanCells';
import { GridBuilder } from './gridBuilder';
import type { CellValue, MergedArea, SheetGrid } from '../../../engine/grid';
import { parseRange } from './parseRange';
import { renameSheetRefs } from '../formulaSheetRefs';
import { relationshipTargets, unescapeXml } from '../package/packageParts';
import { ownedSheetNames } from '../package/ownership';
// exceljs's own translation of a shared formula to another cell, so both readers agree.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { slideFormula } = require('exceljs/lib/utils/shared-formula') as { slideFormula: (f: string, from: string, to: string) => string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const DEFAULT_FORMATS = require('exceljs/lib/xlsx/defaultnumformats') as Record<string, { f?: string }>;

export interface PackageSheet {
  name: string;
  hidden: boolean;
  /** A result sheet an earlier run of the command wrote (package/ownership.ts): not data. */
  owned: boolean;
  /** Grid rows as read; the caller names the grid (unique across files) and its source. */
  grid: Omit<SheetGrid, 'name'>;
}

type Tag = { name: string; attributes: Record<string, string> };

function parse(xml: string, on: { open?: (t: Tag) => void; close?: (name: string) => void; text?: (t: string) => void }): void {
  const open = on.open;
  scanXml(xml, { open: open ? (name, attributes) => open({ name, attributes }) : undefined, close: on.close, text: on.text });
}

/** Local name without a namespace prefix («x:c» → «c»): some writers prefix the main namespace. */
const local = (name: string) => name.slice(name.indexOf(':') + 1);

function sharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const out: string[] = [];
  let current: string | null = null;
  let inT = false;
  let phonetic = 0;
  parse(xml, {
    open: (t) => {
      const n = local(t.name);
      if (n === 'si') current = '';
      else if (n === 't' && phonetic === 0) inT = true;
      else if (n === 'rPh') phonetic++;
    },
    close: (name) => {
      const n = local(name);
      if (n === 'si') {
        out.push(ownCopy(current ?? ''));
        current = null;
      } else if (n === 't') inT = false;
      else if (n === 'rPh') phonetic--;
    },
    text: (s) => {
      if (inT && current !== null) current += s;
    },
  });
  return out;
}

/** cellXfs index → format code (null for General). */
function cellFormats(xml: string | null): (string | null)[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  const xfs: (string | null)[] = [];
  let inXfs = false;
  parse(xml, {
    open: (t) => {
      const n = local(t.name);
      const a = t.attributes as Record<string, string>;
      if (n === 'numFmt') custom.set(Number(a.numFmtId), a.formatCode);
      else if (n === 'cellXfs') inXfs = true;
      else if (n === 'xf' && inXfs) {
        const id = Number(a.numFmtId ?? 0);
        const code = custom.get(id) ?? DEFAULT_FORMATS[id]?.f ?? null;
        xfs.push(code && code !== 'General' ? code : null);
      }
    },
    close: (name) => {
      if (local(name) === 'cellXfs') inXfs = false;
    },
  });
  return xfs;
}

/**
 * A string of its own. Text cut from the part's XML (String.slice) keeps the whole XML alive in
 * V8 — a 100,000-row sheet's 70 MB — for as long as one value is referenced; a copy holds only
 * itself. (' ' + s) is flattened into a new string by the slice that follows.
 */
function ownCopy(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

const ROW_END = Buffer.from('</row>');

/**
 * The sheet's XML, inflated and scanned a piece (about a megabyte) at a time: the text of a
 * whole 100,000-row sheet is 79 MB, which as one inflated buffer was a third of the command's
 * memory after reading. A piece is scanned up to its last «</row>», so no tag and no cell is
 * cut; the rest waits for the next piece (a «</row>» split between two pieces only moves the
 * cut on); the current row carries over; the tail (merged cells) is scanned last.
 */
async function readSheet(pieces: AsyncIterable<Buffer>, strings: string[], formats: (string | null)[], renames?: Record<string, string>): Promise<Omit<SheetGrid, 'name'>> {
  const cells = new GridBuilder();
  const merges: MergedArea[] = [];
  const masters = new Map<string, { formula: string; ref: string }>();
  const handlers: CellHandlers = {
    cell: (c) => finishCell(c, strings, formats, masters, cells, renames),
    mergeCell: (ref) => {
      const m = parseRange(ref);
      if (m) merges.push(m);
    },
  };
  const hiddenRows: number[] = [];
  const hiddenColumns: [number, number][] = [];
  handlers.hiddenRow = (row) => hiddenRows.push(row);
  handlers.hiddenColumns = (first, last) => hiddenColumns.push([first, last]);
  const state = { row: -1, col: -1 };
  let waiting: Buffer[] = [];
  for await (const piece of pieces) {
    const cut = piece.lastIndexOf(ROW_END);
    if (cut < 0) {
      waiting.push(piece);
      continue;
    }
    const end = cut + ROW_END.length;
    const head = piece.subarray(0, end);
    scanCells((waiting.length > 0 ? Buffer.concat([...waiting, head]) : head).toString('utf8'), handlers, state);
    // A copy of the rest: a view would keep the whole piece alive until the next one.
    waiting = end < piece.length ? [Buffer.from(piece.subarray(end))] : [];
  }
  if (waiting.length > 0) scanCells(Buffer.concat(waiting).toString('utf8'), handlers, state);
  return withHidden(cells.finish(merges), hiddenRows, hiddenColumns);
}

/** The hidden rows and columns in grid coordinates, within the grid (a <col> may run to XFD). */
export function withHidden(grid: Omit<SheetGrid, 'name'>, rows: number[], columns: [number, number][]): Omit<SheetGrid, 'name'> {
  const height = grid.values.length;
  let width = 0;
  for (const r of grid.values) if (r && r.length > width) width = r.length;
  const hr = new Set<number>();
  for (const r of rows) if (r - grid.startRow >= 0 && r - grid.startRow < height) hr.add(r - grid.startRow);
  const hc = new Set<number>();
  for (const [first, last] of columns) {
    for (let c = Math.max(first, grid.startCol); c <= Math.min(last, grid.startCol + width - 1); c++) hc.add(c - grid.startCol);
  }
  return { ...grid, ...(hr.size > 0 ? { hiddenRows: hr } : {}), ...(hc.size > 0 ? { hiddenColumns: hc } : {}) };
}

function finishCell(cell: ScannedCell, strings: string[], formats: (string | null)[], masters: Map<string, { formula: string; ref: string }>, out: GridBuilder, renames?: Record<string, string>): void {
  let value: CellValue = null;
  const v = cell.value;
  switch (cell.type) {
    case 's':
      value = v !== null && v !== '' ? strings[Number(v)] ?? null : null;
      break;
    case 'inlineStr':
      value = cell.inline === null ? null : ownCopy(cell.inline);
      break;
    case 'str':
    case 'e':
      value = v === null ? null : ownCopy(v);
      break;
    case 'b':
      value = v === null ? null : v === '1' || v === 'true';
      break;
    default: {
      const x = v === null || v === '' ? NaN : Number(v);
      value = Number.isFinite(x) ? x : null;
    }
  }
  let formula: string | null = null;
  if (cell.formula !== null && cell.formula !== '') {
    formula = cell.formula;
    if (cell.sharedIndex !== null) masters.set(cell.sharedIndex, { formula: ownCopy(cell.formula), ref: ownCopy(cell.ref) });
  } else if (cell.sharedIndex !== null) {
    const master = masters.get(cell.sharedIndex);
    if (master) formula = slideFormula(master.formula, master.ref, cell.ref);
  }
  if (formula !== null && renames) formula = renameSheetRefs(`=${formula}`, renames).slice(1);
  out.set(cell.row, cell.col, value, formula !== null ? ownCopy(`=${formula}`) : null, formats[cell.style] ?? null);
}

export async function sheetsFromPackage(bytes: Buffer, renamesOf: (sheet: string) => Record<string, string> | undefined = () => undefined): Promise<{ sheets: PackageSheet[]; date1904: boolean }> {
  const zip = PartStore.read(bytes);
  const read = async (path: string) => zip.textOrNull(path);
  const workbook = await read('xl/workbook.xml');
  const rels = await read('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) throw new Error('sheetsFromPackage: no xl/workbook.xml');
  const targets = relationshipTargets(rels);
  const owned = new Set((ownedSheetNames(workbook) ?? []).map((n) => n.toLowerCase()));
  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbook);
  const strings = sharedStrings(await read('xl/sharedStrings.xml'));
  const formats = cellFormats(await read('xl/styles.xml'));
  const sheets: PackageSheet[] = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const rid = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const state = /\bstate="([^"]+)"/.exec(m[0])?.[1];
    if (name === undefined || !rid) continue;
    const target = targets.get(rid) ?? '';
    // Chart sheets hold no cells (exceljs does not list them either).
    if (!target.startsWith('xl/worksheets/')) continue;
    const sheetName = unescapeXml(name);
    const hidden = state === 'hidden' || state === 'veryHidden';
    // A result sheet of an earlier run is listed, not read: it is replaced, never analysed.
    if (owned.has(sheetName.toLowerCase())) {
      if (zip.has(target)) sheets.push({ name: sheetName, hidden, owned: true, grid: { startRow: 0, startCol: 0, values: [], numberFormats: [], formulas: [], merges: [] } });
      continue;
    }
    if (!zip.has(target)) continue;
    sheets.push({ name: sheetName, hidden, owned: false, grid: await readSheet(zip.pieces(target), strings, formats, renamesOf(sheetName)) });
  }
  return { sheets, date1904 };
}
