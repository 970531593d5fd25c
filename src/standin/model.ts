/**
 * The stand-in's workbook: plain data that the proxies read and change on `sync()`. Tests
 * and the preview look at it directly to check what the adapter did.
 *
 * Example:
 *   const wb = createWorkbookModel({ sheets: [{ name: 'Лист1', values: [['МО', 'Доля']] }] });
 *   cellValue(wb.sheets[0], 0, 1) // → 'Доля'
 */

import type { Rect } from './a1';

export type CellScalar = string | number | boolean | null;

export interface CellStyleModel {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  wrap?: boolean;
  horizontalAlignment?: string;
}

export interface TableModel {
  id: string;
  name: string;
  rect: Rect;
  hasHeaders: boolean;
  style: string;
  showBandedRows: boolean;
}

export interface ChartSeriesModel {
  name: string | null;
  /** Local addresses, e.g. 'E2:E10'. */
  values: string;
  categories: string | null;
  /** Point index → '#RRGGBB'. */
  pointColors: Record<number, string>;
}

export interface ChartModel {
  id: string;
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  title: string | null;
  legendVisible: boolean;
  series: ChartSeriesModel[];
  /** Local address of the top-left cell (and bottom-right, when given). */
  position: { start: string; end: string | null } | null;
  width: number;
  height: number;
  categoryReversed: boolean;
}

export interface ConditionalFormatModel {
  id: string;
  type: string;
  areas: Rect[];
  priority: number;
  stopIfTrue: boolean;
  /** Custom rule (type 'Custom'). */
  formula?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  /** Colour scale criteria as set (type 'ColorScale'). */
  criteria?: unknown;
}

export interface SheetModel {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  /** Sparse rows of cell values; a missing cell is empty. */
  values: CellScalar[][];
  formulas: (string | undefined)[][];
  formats: (string | undefined)[][];
  /** Cell styles keyed by `styleKey(row, col)` (a number: string keys cost a third of the time of formatting a long column). */
  styles: Map<number, CellStyleModel>;
  merges: Rect[];
  /** Hidden rows and columns (sheet indices, 0-based): by a filter, a group or by hand. */
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
  /** Column widths in points, by column. */
  columnWidths: Map<number, number>;
  freeze: { rows: number; columns: number } | null;
  tables: TableModel[];
  charts: ChartModel[];
  conditionalFormats: ConditionalFormatModel[];
  pageLayout: { orientation: string; zoom: unknown };
}

export interface SyncStats {
  syncs: number;
  /** Bytes (UTF-8 JSON) of the largest request sent in one sync. */
  maxRequestBytes: number;
  maxResponseBytes: number;
  totalRequestBytes: number;
  totalResponseBytes: number;
  operations: number;
  /** How many syncs ran with API calculation suspended. */
  calculationSuspendedSyncs: number;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  /** `workbook.settings`: key → JSON text. */
  settings: Map<string, string>;
  /** Workbook-level defined names (`workbook.names`), their formula as Excel keeps it («='Сводная'!$A$1»). */
  names: NameModel[];
  structureProtected: boolean;
  activeSheetId: string | null;
  selection: { sheetId: string; address: string } | null;
  stats: SyncStats;
  nextId: number;
  /**
   * For tests of an add-in's error paths, not a rule of Excel: while set, every
   * `getSpecialCells…` fails at sync with this error, as Excel may refuse a request it finds too
   * large (a filter leaving thousands of separate areas).
   */
  failSpecialCells?: { code: string; message: string };
}

export interface NameModel {
  name: string;
  formula: string;
  visible: boolean;
}

/** The initial state of a stand-in workbook, as JSON (see scripts/workbook-to-json.ts). */
export interface StandinSnapshot {
  sheets: {
    name: string;
    startRow?: number;
    startCol?: number;
    values: CellScalar[][];
    numberFormats?: (string | null)[][];
    formulas?: (string | null)[][];
    merges?: { top: number; left: number; bottom: number; right: number }[];
    /** Hidden rows and columns in sheet coordinates (0-based). */
    hiddenRows?: number[];
    hiddenColumns?: number[];
    visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
    protected?: boolean;
  }[];
  settings?: Record<string, unknown>;
  names?: { name: string; formula: string; visible?: boolean }[];
}

export function emptyStats(): SyncStats {
  return {
    syncs: 0,
    maxRequestBytes: 0,
    maxResponseBytes: 0,
    totalRequestBytes: 0,
    totalResponseBytes: 0,
    operations: 0,
    calculationSuspendedSyncs: 0,
  };
}

export function newId(wb: WorkbookModel, prefix: string): string {
  wb.nextId += 1;
  const n = wb.nextId.toString(16).toUpperCase().padStart(8, '0');
  return prefix === 'sheet' ? `{${n}-0001-0000-0000-000000000000}` : `{${n}-${prefix}}`;
}

export function newSheet(wb: WorkbookModel, name: string): SheetModel {
  return {
    id: newId(wb, 'sheet'),
    name,
    visibility: 'Visible',
    protected: false,
    values: [],
    formulas: [],
    formats: [],
    styles: new Map(),
    merges: [],
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
    columnWidths: new Map(),
    freeze: null,
    tables: [],
    charts: [],
    conditionalFormats: [],
    pageLayout: { orientation: 'Portrait', zoom: { scale: 100 } },
  };
}

export function createWorkbookModel(snapshot: StandinSnapshot): WorkbookModel {
  const wb: WorkbookModel = {
    sheets: [],
    settings: new Map(),
    names: [],
    structureProtected: false,
    activeSheetId: null,
    selection: null,
    stats: emptyStats(),
    nextId: 0,
  };
  for (const s of snapshot.sheets) {
    const sheet = newSheet(wb, s.name);
    sheet.visibility = s.visibility ?? 'Visible';
    const r0 = s.startRow ?? 0;
    const c0 = s.startCol ?? 0;
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== '') setCellValue(sheet, r0 + r, c0 + c, v);
      }),
    );
    s.formulas?.forEach((row, r) =>
      row.forEach((f, c) => {
        if (typeof f === 'string' && f.startsWith('=')) setCellFormula(sheet, r0 + r, c0 + c, f);
      }),
    );
    s.numberFormats?.forEach((row, r) =>
      row.forEach((f, c) => {
        if (f && f !== 'General') setCellFormat(sheet, r0 + r, c0 + c, f);
      }),
    );
    sheet.merges = (s.merges ?? []).map((m) => ({ r0: m.top, c0: m.left, r1: m.bottom, c1: m.right }));
    sheet.protected = s.protected ?? false;
    sheet.hiddenRows = new Set(s.hiddenRows ?? []);
    sheet.hiddenColumns = new Set(s.hiddenColumns ?? []);
    wb.sheets.push(sheet);
  }
  for (const [k, v] of Object.entries(snapshot.settings ?? {})) wb.settings.set(k, JSON.stringify(v));
  for (const n of snapshot.names ?? []) wb.names.push({ name: n.name, formula: n.formula, visible: n.visible ?? true });
  wb.activeSheetId = wb.sheets[0]?.id ?? null;
  return wb;
}

function put<T>(rows: T[][], r: number, c: number, v: T): void {
  let row = rows[r];
  if (!row) {
    row = [];
    rows[r] = row;
  }
  row[c] = v;
}

export function cellValue(s: SheetModel, r: number, c: number): CellScalar {
  const v = s.values[r]?.[c];
  return v === undefined ? null : v;
}

export function cellFormula(s: SheetModel, r: number, c: number): string | undefined {
  return s.formulas[r]?.[c];
}

export function cellFormat(s: SheetModel, r: number, c: number): string {
  return s.formats[r]?.[c] ?? 'General';
}

export function setCellValue(s: SheetModel, r: number, c: number, v: CellScalar): void {
  if ((v === null || v === '') && s.values[r]?.[c] === undefined) return;
  put(s.values, r, c, v === '' ? null : v);
}

export function setCellFormula(s: SheetModel, r: number, c: number, f: string | undefined): void {
  if (f === undefined && s.formulas[r]?.[c] === undefined) return;
  put(s.formulas, r, c, f);
}

export function setCellFormat(s: SheetModel, r: number, c: number, f: string): void {
  if (f === 'General' && s.formats[r]?.[c] === undefined) return;
  put(s.formats, r, c, f === 'General' ? undefined : f);
}

/** Bounding box of the cells that hold something (values/formulas; with `valuesOnly` false also formats and styles). */
export function usedRect(s: SheetModel, valuesOnly: boolean): Rect | null {
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  const scan = (rows: unknown[][], isSet: (v: unknown) => boolean) => {
    rows.forEach((row, r) => {
      if (!row) return;
      row.forEach((v, c) => {
        if (!isSet(v)) return;
        if (r < r0) r0 = r;
        if (r > r1) r1 = r;
        if (c < c0) c0 = c;
        if (c > c1) c1 = c;
      });
    });
  };
  const present = (v: unknown) => v !== undefined && v !== null && v !== '';
  scan(s.values, present);
  scan(s.formulas, present);
  if (!valuesOnly) {
    scan(s.formats, present);
    for (const key of s.styles.keys()) {
      const r = Math.floor(key / 16384);
      const c = key % 16384;
      if (r < r0) r0 = r;
      if (r > r1) r1 = r;
      if (c < c0) c0 = c;
      if (c > c1) c1 = c;
    }
  }
  return r1 < 0 ? null : { r0, c0, r1, c1 };
}

/** Key of a cell in `SheetModel.styles`: Excel has at most 16 384 columns. */
export function styleKey(row: number, col: number): number {
  return row * 16384 + col;
}

/** A sheet's name as a formula writes it: quoted when it is not a plain word. */
function sheetRef(name: string): string {
  return /^[A-Za-zА-Яа-яЁё_][\wА-Яа-яЁё.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * What Excel does to the defined names when a sheet is renamed (their references follow it) or
 * deleted (they become #REF!). Only the references of names are kept up to date here; cell
 * formulas are not re-evaluated by the stand-in.
 */
export function renameInNames(wb: WorkbookModel, from: string, to: string | null): void {
  const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const quoted = new RegExp(`'${escape(from.replace(/'/g, "''"))}'!`, 'gi');
  // Unquoted, only as a whole name: «Лист1!» but not the end of «МойЛист1!».
  const plain = new RegExp(`(?<=^|[=,(\\s+\\-*/:;&])${escape(from)}!`, 'gi');
  const replacement = to === null ? '#REF!' : `${sheetRef(to)}!`;
  for (const n of wb.names) n.formula = n.formula.replace(quoted, () => replacement).replace(plain, () => replacement);
}
