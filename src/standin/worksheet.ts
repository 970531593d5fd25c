/**
 * Worksheet proxies of the stand-in: the sheet (name, id, visibility, position, ranges,
 * used range, activate, delete), its protection, frozen panes and page layout.
 *
 * Example:
 *   const ws = ctx.workbook.worksheets.getItem('Лист1');
 *   ws.getRange('A1:B2').values = [[1, 2], [3, 4]];
 *   ws.freezePanes.freezeRows(1);
 *   await ctx.sync();
 */

import { MAX_COLS, MAX_ROWS, parseLocal, splitAreas, splitSheet, type Rect } from './a1';
import type { StandinContext } from './context';
import { StandinError, accessDenied } from './errors';
import { renameInNames, usedRect, type SheetModel } from './model';
import { NOT_SCALAR, Proxy } from './proxy';
import { RangeAreasProxy, RangeProxy, type RangeRef } from './range';
import { ChartCollectionProxy } from './charts';
import { TableCollectionProxy } from './tables';
import { checkSheetName, checkStructure } from './workbook';

export function checkWritable(sheet: SheetModel, location: string): void {
  if (sheet.protected) throw accessDenied(location);
}

export function parseLocalOrThrow(address: string, sheet: SheetModel): Rect {
  const { sheet: named, local } = splitSheet(address);
  if (named !== null && named.toLowerCase() !== sheet.name.toLowerCase()) {
    throw new StandinError('InvalidArgument', `The address '${address}' is not on sheet '${sheet.name}'.`, 'Worksheet.getRange');
  }
  const rect = parseLocal(local);
  if (!rect) throw new StandinError('InvalidArgument', `The address '${address}' is not valid.`, 'Worksheet.getRange');
  return rect;
}

export class WorksheetProxy extends Proxy<SheetModel> {
  private cache: Record<string, Proxy<unknown>> = {};

  constructor(ctx: StandinContext, locate: () => SheetModel | null, nullable: boolean) {
    super(ctx, locate, 'Worksheet', nullable);
  }

  protected scalar(prop: string, m: SheetModel): unknown {
    switch (prop) {
      case 'id':
        return m.id;
      case 'name':
        return m.name;
      case 'visibility':
        return m.visibility;
      case 'position':
        return this.ctx.model.sheets.indexOf(m);
      default:
        return NOT_SCALAR;
    }
  }
  protected override child(prop: string): Proxy<unknown> | undefined {
    if (prop === 'protection') return this.protection;
    if (prop === 'tables') return this.tables;
    if (prop === 'charts') return this.charts;
    return undefined;
  }
  protected defaultScalars(): string[] {
    return ['id', 'name', 'visibility', 'position'];
  }

  private cached<T extends Proxy<unknown>>(key: string, make: () => T): T {
    if (!this.cache[key]) this.cache[key] = make();
    return this.cache[key] as T;
  }

  get id(): string {
    return this.read('id') as string;
  }
  get name(): string {
    return this.read('name') as string;
  }
  set name(v: string) {
    this.queueSet('name', v, (m, name) => {
      checkStructure(this.ctx.model, 'Worksheet.name');
      checkSheetName(this.ctx.model, name, m);
      renameInNames(this.ctx.model, m.name, name);
      m.name = name;
    });
  }
  get visibility(): string {
    return this.read('visibility') as string;
  }
  set visibility(v: string) {
    this.queueSet('visibility', v, (m, vis) => {
      m.visibility = vis as SheetModel['visibility'];
    });
  }
  get position(): number {
    return this.read('position') as number;
  }

  get protection(): WorksheetProtectionProxy {
    return this.cached('protection', () => new WorksheetProtectionProxy(this.ctx, () => this._model()));
  }
  get freezePanes(): FreezePanesProxy {
    return this.cached('freezePanes', () => new FreezePanesProxy(this.ctx, () => this._model()));
  }
  get pageLayout(): PageLayoutProxy {
    return this.cached('pageLayout', () => new PageLayoutProxy(this.ctx, () => this._model()));
  }
  get tables(): TableCollectionProxy {
    return this.cached('tables', () => new TableCollectionProxy(this.ctx, () => this._model()));
  }
  get charts(): ChartCollectionProxy {
    return this.cached('charts', () => new ChartCollectionProxy(this.ctx, () => this._model()));
  }

  private range(locate: (s: SheetModel) => Rect | null, nullable = false): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const sheet = this._model();
        const rect = locate(sheet);
        return rect ? ({ sheet, rect } as RangeRef) : null;
      },
      nullable,
    );
  }

  /** No address: the whole sheet. */
  getRange(address?: string): RangeProxy {
    return this.range((s) => (address === undefined ? { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 } : parseLocalOrThrow(address, s)));
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    return this.range(() => {
      if (rows < 1 || cols < 1 || row < 0 || col < 0) {
        throw new StandinError('InvalidArgument', 'The argument is invalid or missing.', 'Worksheet.getRangeByIndexes');
      }
      return { r0: row, c0: col, r1: row + rows - 1, c1: col + cols - 1 };
    });
  }

  /** ExcelApi 1.9: several areas, e.g. 'D7, F7:F9'. */
  getRanges(address: string): RangeAreasProxy {
    return new RangeAreasProxy(this.ctx, () => {
      const sheet = this._model();
      return { sheet, areas: splitAreas(address).map((a) => parseLocalOrThrow(a, sheet)) };
    });
  }

  getUsedRange(valuesOnly = false): RangeProxy {
    return this.range((s) => usedRect(s, valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this.range((s) => usedRect(s, valuesOnly), true);
  }

  activate(): void {
    this.queueCall('activate', [], (m) => {
      this.ctx.model.activeSheetId = m.id;
    });
  }

  delete(): void {
    this.queueCall('delete', [], (m) => {
      const wb = this.ctx.model;
      checkStructure(wb, 'Worksheet.delete');
      const visible = wb.sheets.filter((s) => s.visibility === 'Visible');
      if (visible.length === 1 && visible[0] === m) {
        throw new StandinError('InvalidOperation', 'A workbook must contain at least one visible worksheet.', 'Worksheet.delete');
      }
      wb.sheets = wb.sheets.filter((s) => s !== m);
      renameInNames(wb, m.name, null);
      if (wb.activeSheetId === m.id) wb.activeSheetId = wb.sheets.find((s) => s.visibility === 'Visible')?.id ?? null;
      if (wb.selection?.sheetId === m.id) wb.selection = null;
    });
  }
}

export class WorksheetProtectionProxy extends Proxy<SheetModel> {
  constructor(ctx: StandinContext, locate: () => SheetModel) {
    super(ctx, locate, 'WorksheetProtection');
  }
  protected scalar(prop: string, m: SheetModel): unknown {
    return prop === 'protected' ? m.protected : NOT_SCALAR;
  }
  protected defaultScalars(): string[] {
    return ['protected'];
  }
  get protected(): boolean {
    return this.read('protected') as boolean;
  }
  protect(): void {
    this.queueCall('protect', [], (m) => (m.protected = true));
  }
  unprotect(): void {
    this.queueCall('unprotect', [], (m) => (m.protected = false));
  }
}

export class FreezePanesProxy extends Proxy<SheetModel> {
  constructor(ctx: StandinContext, locate: () => SheetModel) {
    super(ctx, locate, 'WorksheetFreezePanes');
  }
  protected scalar(): unknown {
    return NOT_SCALAR;
  }
  protected defaultScalars(): string[] {
    return [];
  }
  freezeRows(count: number): void {
    this.queueCall('freezeRows', [count], (m) => {
      checkWritable(m, 'WorksheetFreezePanes.freezeRows');
      m.freeze = { rows: count, columns: 0 };
    });
  }
  freezeColumns(count: number): void {
    this.queueCall('freezeColumns', [count], (m) => {
      checkWritable(m, 'WorksheetFreezePanes.freezeColumns');
      m.freeze = { rows: 0, columns: count };
    });
  }
  /** Freeze the rows above and the columns left of the range's bottom-right corner (inclusive). */
  freezeAt(range: RangeProxy | string): void {
    this.queueCall('freezeAt', [range], (m) => {
      checkWritable(m, 'WorksheetFreezePanes.freezeAt');
      const rect = typeof range === 'string' ? parseLocalOrThrow(range, m) : range._model().rect;
      m.freeze = { rows: rect.r1 + 1, columns: rect.c1 + 1 };
    });
  }
  unfreeze(): void {
    this.queueCall('unfreeze', [], (m) => (m.freeze = null));
  }
}

export class PageLayoutProxy extends Proxy<SheetModel> {
  constructor(ctx: StandinContext, locate: () => SheetModel) {
    super(ctx, locate, 'PageLayout');
  }
  protected scalar(prop: string, m: SheetModel): unknown {
    if (prop === 'orientation') return m.pageLayout.orientation;
    if (prop === 'zoom') return m.pageLayout.zoom;
    return NOT_SCALAR;
  }
  protected defaultScalars(): string[] {
    return ['orientation', 'zoom'];
  }
  get orientation(): string {
    return this.read('orientation') as string;
  }
  set orientation(v: string) {
    this.queueSet('orientation', v, (m, o) => (m.pageLayout.orientation = o));
  }
  get zoom(): unknown {
    return this.read('zoom');
  }
  set zoom(v: unknown) {
    this.queueSet('zoom', v, (m, z) => (m.pageLayout.zoom = z));
  }
}
