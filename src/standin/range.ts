/**
 * Range proxies of the stand-in: values, formulas and number formats (2-D, written on sync
 * with Excel's typed-input rules), cell formatting, merged areas, conditional formats,
 * selection; and RangeAreas (several areas, ExcelApi 1.9).
 *
 * Example:
 *   const r = ws.getRange('A1:B1');
 *   r.numberFormat = [['@', '0.0%']];
 *   r.values = [['=текст', 0.5]];
 *   r.load('values');
 *   await ctx.sync();
 *   r.values // → [['=текст', 0.5]]
 */

import { cellCount, colLetters, formatLocal, formatRange, intersects, MAX_COLS, MAX_ROWS, type Rect } from './a1';
import type { StandinContext } from './context';
import { StandinError } from './errors';
import { interpretInput } from './inputParsing';
import {
  cellFormat,
  styleKey,
  cellFormula,
  cellValue,
  setCellFormat,
  setCellFormula,
  setCellValue,
  type CellScalar,
  type CellStyleModel,
  type SheetModel,
} from './model';
import { NOT_SCALAR, Proxy } from './proxy';
import { ConditionalFormatCollectionProxy } from './conditionalFormats';
import { checkWritable } from './worksheet';

export interface RangeRef {
  sheet: SheetModel;
  rect: Rect;
}

/** Largest number of cells one load may return (Excel refuses huge reads, too). */
const MAX_LOAD_CELLS = 5_000_000;

function grid<T>(rect: Rect, at: (r: number, c: number) => T): T[][] {
  if (cellCount(rect) > MAX_LOAD_CELLS) {
    throw new StandinError('RangeExceedsLimit', 'The number of cells in the range has exceeded the maximum supported number.', 'Range.load');
  }
  const out: T[][] = [];
  for (let r = rect.r0; r <= rect.r1; r++) {
    const row: T[] = [];
    for (let c = rect.c0; c <= rect.c1; c++) row.push(at(r, c));
    out.push(row);
  }
  return out;
}

/** Accept a 2-D array of the range's shape, or a single value for every cell. */
function shaped<T>(rect: Rect, input: T | T[][], location: string): (r: number, c: number) => T {
  if (!Array.isArray(input)) return () => input;
  const rows = rect.r1 - rect.r0 + 1;
  const cols = rect.c1 - rect.c0 + 1;
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new StandinError(
      'InvalidArgument',
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      location,
    );
  }
  return (r, c) => input[r - rect.r0][c - rect.c0];
}

/** Value of a formula the stand-in can evaluate: a single reference ('=Лист1!D7', '=D7'); else null. */
function evaluate(wbSheets: SheetModel[], self: SheetModel, formula: string): CellScalar {
  const m = /^=(?:(?:'((?:[^']|'')+)'|([^'!]+))!)?\$?([A-Z]{1,3})\$?(\d+)$/.exec(formula);
  if (!m) return null;
  const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const sheet = name === undefined ? self : wbSheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!sheet) return '#REF!';
  let col = 0;
  for (const ch of m[3]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return cellValue(sheet, Number(m[4]) - 1, col - 1);
}

function writeInput(ctx: StandinContext, sheet: SheetModel, r: number, c: number, input: CellScalar, asFormula: boolean): void {
  const fmt = cellFormat(sheet, r, c);
  const res = typeof input === 'string' && asFormula && input.startsWith('=') && fmt !== '@' ? { formula: input } : interpretInput(input, fmt);
  if (res.formula !== undefined) {
    setCellFormula(sheet, r, c, res.formula);
    setCellValue(sheet, r, c, evaluate(ctx.model.sheets, sheet, res.formula));
  } else {
    setCellFormula(sheet, r, c, undefined);
    setCellValue(sheet, r, c, res.value ?? null);
  }
  if (res.format && fmt === 'General') setCellFormat(sheet, r, c, res.format);
}

function forEachCell(rect: Rect, f: (r: number, c: number) => void): void {
  for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) f(r, c);
}

function styleOf(sheet: SheetModel, r: number, c: number): CellStyleModel | undefined {
  return sheet.styles.get(styleKey(r, c));
}

/**
 * Set style properties on every cell of the rectangle, in steps of a few rows (HostSteps): a
 * 100 000-row column formatted at once is a long stretch of the stand-in's work, which real
 * Excel does in its own process. The checks run at the first step, as the operation starts.
 */
function* setStyle(sheet: SheetModel, rect: Rect, patch: Partial<CellStyleModel>, location: string): Generator<void> {
  checkWritable(sheet, location);
  if (cellCount(rect) > 2_000_000) {
    throw new StandinError('OperationCellsExceedLimit', 'The range is too large to format cell by cell in the stand-in.', location);
  }
  // In place: a new object per cell made formatting a long column several times slower.
  let done = 0;
  for (let r = rect.r0; r <= rect.r1; r++) {
    for (let c = rect.c0; c <= rect.c1; c++) {
      const key = styleKey(r, c);
      const style = sheet.styles.get(key);
      if (style) Object.assign(style, patch);
      else sheet.styles.set(key, { ...patch });
    }
    done += rect.c1 - rect.c0 + 1;
    if (done >= STYLE_STEP_CELLS) {
      done = 0;
      yield;
    }
  }
}

/** Cells styled between two chances for the host to pause. */
const STYLE_STEP_CELLS = 5_000;

export class RangeProxy extends Proxy<RangeRef> {
  private cache: Record<string, Proxy<unknown>> = {};

  constructor(ctx: StandinContext, locate: () => RangeRef | null, nullable = false) {
    super(ctx, locate, 'Range', nullable);
  }

  protected scalar(prop: string, m: RangeRef): unknown {
    const { sheet, rect } = m;
    switch (prop) {
      case 'address':
        return formatRange(sheet.name, rect);
      case 'addressLocal':
        return formatRange(sheet.name, rect);
      case 'rowIndex':
        return rect.r0;
      case 'columnIndex':
        return rect.c0;
      case 'rowCount':
        return rect.r1 - rect.r0 + 1;
      case 'columnCount':
        return rect.c1 - rect.c0 + 1;
      case 'values':
        return grid(rect, (r, c) => cellValue(sheet, r, c) ?? '');
      case 'formulas':
        return grid(rect, (r, c) => cellFormula(sheet, r, c) ?? cellValue(sheet, r, c) ?? '');
      case 'numberFormat':
        return grid(rect, (r, c) => cellFormat(sheet, r, c));
      case 'rowHidden':
        return allOrNone(rect.r0, rect.r1, sheet.hiddenRows);
      case 'columnHidden':
        return allOrNone(rect.c0, rect.c1, sheet.hiddenColumns);
      default:
        return NOT_SCALAR;
    }
  }
  protected override child(prop: string): Proxy<unknown> | undefined {
    if (prop === 'format') return this.format;
    return undefined;
  }
  protected defaultScalars(): string[] {
    return ['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'values', 'formulas', 'numberFormat'];
  }

  private cached<T extends Proxy<unknown>>(key: string, make: () => T): T {
    if (!this.cache[key]) this.cache[key] = make();
    return this.cache[key] as T;
  }

  get address(): string {
    return this.read('address') as string;
  }
  get rowIndex(): number {
    return this.read('rowIndex') as number;
  }
  get columnIndex(): number {
    return this.read('columnIndex') as number;
  }
  get rowCount(): number {
    return this.read('rowCount') as number;
  }
  get columnCount(): number {
    return this.read('columnCount') as number;
  }
  get values(): CellScalar[][] {
    return this.read('values') as CellScalar[][];
  }
  set values(v: CellScalar[][]) {
    this.queueSet('values', v, (m, input) => {
      checkWritable(m.sheet, 'Range.values');
      const at = shaped(m.rect, input as CellScalar | CellScalar[][], 'Range.values');
      forEachCell(m.rect, (r, c) => writeInput(this.ctx, m.sheet, r, c, at(r, c), false));
    });
  }
  get formulas(): CellScalar[][] {
    return this.read('formulas') as CellScalar[][];
  }
  set formulas(v: CellScalar[][]) {
    this.queueSet('formulas', v, (m, input) => {
      checkWritable(m.sheet, 'Range.formulas');
      const at = shaped(m.rect, input as CellScalar | CellScalar[][], 'Range.formulas');
      forEachCell(m.rect, (r, c) => writeInput(this.ctx, m.sheet, r, c, at(r, c), true));
    });
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat') as string[][];
  }
  set numberFormat(v: string[][]) {
    this.queueSet('numberFormat', v, (m, input) => {
      checkWritable(m.sheet, 'Range.numberFormat');
      const at = shaped(m.rect, input as string | string[][], 'Range.numberFormat');
      forEachCell(m.rect, (r, c) => setCellFormat(m.sheet, r, c, at(r, c) || 'General'));
    });
  }

  get format(): RangeFormatProxy {
    return this.cached('format', () => new RangeFormatProxy(this.ctx, () => this._model()));
  }
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return this.cached('cf', () => new ConditionalFormatCollectionProxy(this.ctx, () => {
      const m = this._model();
      return { sheet: m.sheet, areas: [m.rect] };
    }));
  }

  private derived(f: (m: RangeRef) => Rect): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const m = this._model();
      const rect = f(m);
      if (rect.r0 < 0 || rect.c0 < 0 || rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLS || rect.r1 < rect.r0 || rect.c1 < rect.c0) {
        throw new StandinError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.', 'Range');
      }
      return { sheet: m.sheet, rect };
    });
  }

  getCell(row: number, col: number): RangeProxy {
    return this.derived(({ rect }) => ({ r0: rect.r0 + row, c0: rect.c0 + col, r1: rect.r0 + row, c1: rect.c0 + col }));
  }

  getResizedRange(deltaRows: number, deltaCols: number): RangeProxy {
    return this.derived(({ rect }) => ({ r0: rect.r0, c0: rect.c0, r1: rect.r1 + deltaRows, c1: rect.c1 + deltaCols }));
  }

  /** ExcelApi 1.2: true when every row of the range is hidden, false when none is, null when some are. */
  get rowHidden(): boolean | null {
    return this.read('rowHidden') as boolean | null;
  }
  set rowHidden(v: boolean) {
    this.queueSet('rowHidden', v, (m, hide) => {
      for (let r = m.rect.r0; r <= m.rect.r1; r++) (hide ? m.sheet.hiddenRows.add(r) : m.sheet.hiddenRows.delete(r));
    });
  }
  get columnHidden(): boolean | null {
    return this.read('columnHidden') as boolean | null;
  }
  set columnHidden(v: boolean) {
    this.queueSet('columnHidden', v, (m, hide) => {
      for (let c = m.rect.c0; c <= m.rect.c1; c++) (hide ? m.sheet.hiddenColumns.add(c) : m.sheet.hiddenColumns.delete(c));
    });
  }

  /**
   * ExcelApi 1.9: the cells of the range of one kind, or a null object when there are none.
   * Only «Visible» is modelled (the add-in asks for nothing else): the rectangles of the range's
   * visible rows and columns, runs joined.
   */
  getSpecialCellsOrNullObject(cellType: string): RangeAreasProxy {
    if (cellType !== 'Visible') throw new StandinError('NotImplemented', `The stand-in models getSpecialCells only for 'Visible', not '${cellType}'.`, 'Range');
    return new RangeAreasProxy(
      this.ctx,
      () => {
        const fault = this.ctx.model.failSpecialCells;
        if (fault) throw new StandinError(fault.code, fault.message, 'Range');
        const m = this._model();
        const rows = runs(m.rect.r0, m.rect.r1, m.sheet.hiddenRows);
        const cols = runs(m.rect.c0, m.rect.c1, m.sheet.hiddenColumns);
        const areas = rows.flatMap(([r0, r1]) => cols.map(([c0, c1]) => ({ r0, c0, r1, c1 })));
        return areas.length ? { sheet: m.sheet, areas } : null;
      },
      true,
    );
  }

  /** ExcelApi 1.13: the merged areas inside the range, or a null object when there are none. */
  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(
      this.ctx,
      () => {
        const m = this._model();
        const areas = m.sheet.merges.filter((a) => intersects(a, m.rect));
        return areas.length ? { sheet: m.sheet, areas } : null;
      },
      true,
    );
  }

  merge(across = false): void {
    this.queueCall('merge', [across], (m) => {
      checkWritable(m.sheet, 'Range.merge');
      const rows = across ? Array.from({ length: m.rect.r1 - m.rect.r0 + 1 }, (_, i) => m.rect.r0 + i) : [m.rect.r0];
      for (const r0 of rows) {
        const area = across ? { ...m.rect, r0, r1: r0 } : m.rect;
        m.sheet.merges = m.sheet.merges.filter((a) => !intersects(a, area));
        m.sheet.merges.push(area);
        forEachCell(area, (r, c) => {
          if (r !== area.r0 || c !== area.c0) {
            setCellValue(m.sheet, r, c, null);
            setCellFormula(m.sheet, r, c, undefined);
          }
        });
      }
    });
  }

  select(): void {
    this.queueCall('select', [], (m) => {
      this.ctx.model.activeSheetId = m.sheet.id;
      this.ctx.model.selection = { sheetId: m.sheet.id, address: formatLocal(m.rect) };
    });
  }
}

export class RangeFormatProxy extends Proxy<RangeRef> {
  private cache: Record<string, Proxy<unknown>> = {};
  constructor(ctx: StandinContext, locate: () => RangeRef) {
    super(ctx, locate, 'RangeFormat');
  }
  protected scalar(prop: string, m: RangeRef): unknown {
    const first = styleOf(m.sheet, m.rect.r0, m.rect.c0);
    if (prop === 'wrapText') return first?.wrap ?? false;
    if (prop === 'horizontalAlignment') return first?.horizontalAlignment ?? 'General';
    if (prop === 'columnWidth') return m.sheet.columnWidths.get(m.rect.c0) ?? 48;
    return NOT_SCALAR;
  }
  protected override child(prop: string): Proxy<unknown> | undefined {
    if (prop === 'fill') return this.fill;
    if (prop === 'font') return this.font;
    return undefined;
  }
  protected defaultScalars(): string[] {
    return ['wrapText', 'horizontalAlignment', 'columnWidth'];
  }
  private cached<T extends Proxy<unknown>>(key: string, make: () => T): T {
    if (!this.cache[key]) this.cache[key] = make();
    return this.cache[key] as T;
  }
  get fill(): RangeFillProxy {
    return this.cached('fill', () => new RangeFillProxy(this.ctx, () => this._model()));
  }
  get font(): RangeFontProxy {
    return this.cached('font', () => new RangeFontProxy(this.ctx, () => this._model()));
  }
  get wrapText(): boolean {
    return this.read('wrapText') as boolean;
  }
  set wrapText(v: boolean) {
    this.queueSet('wrapText', v, (m, w) => setStyle(m.sheet, m.rect, { wrap: w }, 'RangeFormat.wrapText'));
  }
  get horizontalAlignment(): string {
    return this.read('horizontalAlignment') as string;
  }
  set horizontalAlignment(v: string) {
    this.queueSet('horizontalAlignment', v, (m, a) => setStyle(m.sheet, m.rect, { horizontalAlignment: a }, 'RangeFormat.horizontalAlignment'));
  }
  get columnWidth(): number {
    return this.read('columnWidth') as number;
  }
  set columnWidth(v: number) {
    this.queueSet('columnWidth', v, (m, w) => {
      checkWritable(m.sheet, 'RangeFormat.columnWidth');
      for (let c = m.rect.c0; c <= m.rect.c1; c++) m.sheet.columnWidths.set(c, w);
    });
  }
  /** Width from the longest text in each column (about 7 px per character). */
  autofitColumns(): void {
    this.queueCall('autofitColumns', [], (m) => {
      checkWritable(m.sheet, 'RangeFormat.autofitColumns');
      const r1 = Math.min(m.rect.r1, m.rect.r0 + 10_000);
      for (let c = m.rect.c0; c <= Math.min(m.rect.c1, m.rect.c0 + 500); c++) {
        let chars = 0;
        for (let r = m.rect.r0; r <= r1; r++) {
          const v = cellValue(m.sheet, r, c);
          if (v !== null) chars = Math.max(chars, String(v).length);
        }
        m.sheet.columnWidths.set(c, Math.round((Math.max(chars, 8) * 7 + 5) * 0.75));
      }
    });
  }
}

export class RangeFillProxy extends Proxy<RangeRef> {
  constructor(ctx: StandinContext, locate: () => RangeRef) {
    super(ctx, locate, 'RangeFill');
  }
  protected scalar(prop: string, m: RangeRef): unknown {
    return prop === 'color' ? (styleOf(m.sheet, m.rect.r0, m.rect.c0)?.fill ?? '#FFFFFF') : NOT_SCALAR;
  }
  protected defaultScalars(): string[] {
    return ['color'];
  }
  get color(): string {
    return this.read('color') as string;
  }
  set color(v: string) {
    this.queueSet('color', v, (m, c) => setStyle(m.sheet, m.rect, { fill: normaliseColor(c) }, 'RangeFill.color'));
  }
  clear(): void {
    this.queueCall('clear', [], (m) => setStyle(m.sheet, m.rect, { fill: undefined }, 'RangeFill.clear'));
  }
}

export class RangeFontProxy extends Proxy<RangeRef> {
  constructor(ctx: StandinContext, locate: () => RangeRef) {
    super(ctx, locate, 'RangeFont');
  }
  protected scalar(prop: string, m: RangeRef): unknown {
    const s = styleOf(m.sheet, m.rect.r0, m.rect.c0);
    if (prop === 'color') return s?.fontColor ?? '#000000';
    if (prop === 'bold') return s?.bold ?? false;
    if (prop === 'italic') return s?.italic ?? false;
    if (prop === 'size') return s?.fontSize ?? 11;
    return NOT_SCALAR;
  }
  protected defaultScalars(): string[] {
    return ['color', 'bold', 'italic', 'size'];
  }
  get color(): string {
    return this.read('color') as string;
  }
  set color(v: string) {
    this.queueSet('color', v, (m, c) => setStyle(m.sheet, m.rect, { fontColor: normaliseColor(c) }, 'RangeFont.color'));
  }
  get bold(): boolean {
    return this.read('bold') as boolean;
  }
  set bold(v: boolean) {
    this.queueSet('bold', v, (m, b) => setStyle(m.sheet, m.rect, { bold: b }, 'RangeFont.bold'));
  }
  get italic(): boolean {
    return this.read('italic') as boolean;
  }
  set italic(v: boolean) {
    this.queueSet('italic', v, (m, b) => setStyle(m.sheet, m.rect, { italic: b }, 'RangeFont.italic'));
  }
  get size(): number {
    return this.read('size') as number;
  }
  set size(v: number) {
    this.queueSet('size', v, (m, n) => setStyle(m.sheet, m.rect, { fontSize: n }, 'RangeFont.size'));
  }
}

export function normaliseColor(c: string): string {
  const hex = c.startsWith('#') ? c.slice(1) : c;
  if (!/^[0-9A-Fa-f]{6}$/.test(hex)) throw new StandinError('InvalidArgument', `The colour '${c}' is not valid.`, 'Color');
  return `#${hex.toUpperCase()}`;
}

export interface AreasRef {
  sheet: SheetModel;
  areas: Rect[];
}

export class RangeAreasProxy extends Proxy<AreasRef> {
  private cfs: ConditionalFormatCollectionProxy | null = null;
  constructor(ctx: StandinContext, locate: () => AreasRef | null, nullable = false) {
    super(ctx, locate, 'RangeAreas', nullable);
  }
  protected scalar(prop: string, m: AreasRef): unknown {
    if (prop === 'address') return m.areas.map((a) => formatRange(m.sheet.name, a)).join(', ');
    if (prop === 'areaCount') return m.areas.length;
    if (prop === 'cellCount') return m.areas.reduce((n, a) => n + cellCount(a), 0);
    return NOT_SCALAR;
  }
  protected defaultScalars(): string[] {
    return ['address', 'areaCount', 'cellCount'];
  }
  get address(): string {
    return this.read('address') as string;
  }
  get areaCount(): number {
    return this.read('areaCount') as number;
  }
  get cellCount(): number {
    return this.read('cellCount') as number;
  }
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    if (!this.cfs) this.cfs = new ConditionalFormatCollectionProxy(this.ctx, () => this._model());
    return this.cfs;
  }
}

export { colLetters };

/** true when all of first..last are in the set, false when none is, null otherwise. */
function allOrNone(first: number, last: number, hidden: Set<number>): boolean | null {
  let n = 0;
  for (let i = first; i <= last; i++) if (hidden.has(i)) n++;
  return n === 0 ? false : n === last - first + 1 ? true : null;
}

/** The runs of first..last not in the set: [[from, to], …]. */
function runs(first: number, last: number, hidden: Set<number>): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let i = first; i <= last + 1; i++) {
    const visible = i <= last && !hidden.has(i);
    if (visible && start < 0) start = i;
    if (!visible && start >= 0) {
      out.push([start, i - 1]);
      start = -1;
    }
  }
  return out;
}
