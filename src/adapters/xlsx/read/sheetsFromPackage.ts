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

/** 'AB12' → { r: 11, c: 27 } without a regular expression (a million cells in a large sheet); null when not a reference. */
function cellRef(ref: string): { r: number; c: number } | null {
  let i = 0;
  let col = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 32; // lower case
    if (code < 97 || code > 122) break;
    col = col * 26 + (code - 96);
  }
  if (i === 0 || i === ref.length) return null;
  let row = 0;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    row = row * 10 + d;
  }
  return { r: row - 1, c: col - 1 };
}

interface RawCell {
  r: number;
  c: number;
  value: CellValue;
  formula: string | null;
  format: string | null;
}

function readSheet(xml: string, strings: string[], formats: (string | null)[], renames?: Record<string, string>): Omit<SheetGrid, 'name'> {
  const cells: RawCell[] = [];
  const merges: MergedArea[] = [];
  const masters = new Map<string, { formula: string; ref: string }>();
  let cell: { ref: string; r: number; c: number; t: string; s: number; v: string | null; f: string | null; fShared: string | null; fRef: string | null; inline: string | null } | null = null;
  let field: 'v' | 'f' | 't' | null = null;
  let inIs = false;
  let rowNo = 0;
  let colNo = -1;
  scanXml(xml, {
    open: (name, a) => {
      const n = local(name);
      if (n === 'row') {
        rowNo = a.r ? Number(a.r) - 1 : rowNo + 1;
        colNo = -1;
      } else if (n === 'c') {
        const at = a.r ? cellRef(a.r) : null;
        const c = at ? at.c : colNo + 1;
        const r = at ? at.r : rowNo;
        colNo = c;
        cell = { ref: a.r ?? '', r, c, t: a.t ?? 'n', s: Number(a.s ?? 0), v: null, f: null, fShared: null, fRef: null, inline: null };
      } else if (cell && n === 'v') {
        field = 'v';
        cell.v = '';
      } else if (cell && n === 'f') {
        field = 'f';
        cell.f = '';
        if (a.t === 'shared') {
          cell.fShared = a.si ?? null;
          cell.fRef = a.ref ?? null;
        }
      } else if (cell && n === 'is') {
        inIs = true;
        cell.inline = '';
      } else if (cell && inIs && n === 't') field = 't';
      else if (n === 'mergeCell' && a.ref) {
        const m = parseRange(a.ref);
        if (m) merges.push(m);
      }
    },
    close: (name) => {
      const n = local(name);
      if (n === 'v' || n === 'f' || n === 't') field = null;
      else if (n === 'is') inIs = false;
      else if (n === 'c' && cell) {
        cells.push(finishCell(cell, strings, formats, masters, renames));
        cell = null;
      }
    },
    text: (s) => {
      if (!cell || field === null) return;
      if (field === 'v') cell.v += s;
      else if (field === 'f') cell.f += s;
      else if (field === 't' && inIs) cell.inline += s;
    },
  });
  return toGrid(cells, merges);
}

type OpenCell = { ref: string; r: number; c: number; t: string; s: number; v: string | null; f: string | null; fShared: string | null; fRef: string | null; inline: string | null };

function finishCell(cell: OpenCell, strings: string[], formats: (string | null)[], masters: Map<string, { formula: string; ref: string }>, renames?: Record<string, string>): RawCell {
  let value: CellValue = null;
  const v = cell.v;
  switch (cell.t) {
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
  if (cell.f !== null && cell.f !== '') {
    formula = cell.f;
    if (cell.fShared !== null) masters.set(cell.fShared, { formula: cell.f, ref: cell.ref });
  } else if (cell.fShared !== null) {
    const master = masters.get(cell.fShared);
    if (master) formula = slideFormula(master.formula, master.ref, cell.ref);
  }
  if (formula !== null && renames) formula = renameSheetRefs(`=${formula}`, renames).slice(1);
  return { r: cell.r, c: cell.c, value, formula: formula !== null ? ownCopy(`=${formula}`) : null, format: formats[cell.s] ?? null };
}

/** The grid as the exceljs reader laid it out: the used range of the cells with something, merges included. */
function toGrid(cells: RawCell[], merges: MergedArea[]): Omit<SheetGrid, 'name'> {
  // A merged cell other than the top-left one holds no value in the grid (Excel clears them; some writers do not).
  const covered = new Set<number>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(r * 16384 + c);
  }
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const grow = (r: number, c: number, r2 = r, c2 = c) => {
    if (r < top) top = r;
    if (c < left) left = c;
    if (r2 > bottom) bottom = r2;
    if (c2 > right) right = c2;
  };
  const kept: RawCell[] = [];
  const formatOf = new Map<number, string>();
  for (const cell of cells) {
    if (covered.has(cell.r * 16384 + cell.c)) {
      cell.value = null;
      cell.formula = null;
    }
    if (cell.format) formatOf.set(cell.r * 16384 + cell.c, cell.format);
    const empty = cell.value === null || cell.value === '';
    if (empty && !cell.formula) continue;
    grow(cell.r, cell.c);
    kept.push(cell);
  }
  for (const m of merges) grow(m.top, m.left, m.bottom, m.right);
  if (bottom < 0) return { startRow: 0, startCol: 0, values: [], numberFormats: [], formulas: [], merges };
  const height = bottom - top + 1;
  const values: CellValue[][] = Array.from({ length: height }, () => []);
  const numberFormats: (string | null)[][] = Array.from({ length: height }, () => []);
  const formulas: (string | null)[][] = Array.from({ length: height }, () => []);
  const fill = <T>(row: T[], upTo: number, v: T) => {
    while (row.length < upTo) row.push(v);
  };
  for (const cell of kept) {
    const r = cell.r - top;
    const c = cell.c - left;
    fill(values[r], c, null);
    fill(numberFormats[r], c, null);
    fill(formulas[r], c, null);
    values[r][c] = cell.value;
    numberFormats[r][c] = cell.format;
    formulas[r][c] = cell.formula;
  }
  // Number formats of empty cells inside the range matter too (a percent column with gaps).
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < values[r].length; c++) {
      if (numberFormats[r][c] !== null) continue;
      const f = formatOf.get((top + r) * 16384 + left + c);
      if (f) numberFormats[r][c] = f;
    }
  }
  return { startRow: top, startCol: left, values, numberFormats, formulas, merges };
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
    const xml = await read(target);
    if (xml === null) continue;
    sheets.push({ name: sheetName, hidden, owned: false, grid: readSheet(xml, strings, formats, renamesOf(sheetName)) });
  }
  return { sheets, date1904 };
}
