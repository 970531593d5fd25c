/**
 * Workbook-level proxies of the stand-in: the workbook, its application (calculation),
 * structure protection, the worksheet collection and the add-in's settings
 * (`workbook.settings`, persisted in the file like Excel's).
 *
 * Example:
 *   const ws = ctx.workbook.worksheets.add('Сводная');
 *   ctx.workbook.settings.add('key', { a: 1 });
 *   await ctx.sync();
 */

import type { StandinContext } from './context';
import { StandinError } from './errors';
import { newSheet, type SheetModel, type WorkbookModel } from './model';
import { NOT_SCALAR, Proxy } from './proxy';
import { TableCollectionProxy } from './tables';
import { NamedItemCollectionProxy } from './names';
import { WorksheetProxy } from './worksheet';

export class WorkbookProxy extends Proxy<WorkbookModel> {
  private cache: Record<string, Proxy<unknown>> = {};

  constructor(ctx: StandinContext) {
    super(ctx, () => ctx.model, 'Workbook');
  }

  protected scalar(prop: string, m: WorkbookModel): unknown {
    if (prop === 'name') return 'Книга';
    void m;
    return NOT_SCALAR;
  }
  protected override child(prop: string): Proxy<unknown> | undefined {
    if (prop === 'protection') return this.protection;
    return undefined;
  }
  protected defaultScalars(): string[] {
    return ['name'];
  }

  private cached<T extends Proxy<unknown>>(key: string, make: () => T): T {
    if (!this.cache[key]) this.cache[key] = make();
    return this.cache[key] as T;
  }

  get worksheets(): WorksheetCollectionProxy {
    return this.cached('worksheets', () => new WorksheetCollectionProxy(this.ctx));
  }
  get settings(): SettingCollectionProxy {
    return this.cached('settings', () => new SettingCollectionProxy(this.ctx));
  }
  get application(): ApplicationProxy {
    return this.cached('application', () => new ApplicationProxy(this.ctx));
  }
  get protection(): WorkbookProtectionProxy {
    return this.cached('protection', () => new WorkbookProtectionProxy(this.ctx));
  }
  get names(): NamedItemCollectionProxy {
    return this.cached('names', () => new NamedItemCollectionProxy(this.ctx));
  }
  get tables(): TableCollectionProxy {
    return this.cached('tables', () => new TableCollectionProxy(this.ctx, () => null));
  }
}

export class ApplicationProxy extends Proxy<WorkbookModel> {
  constructor(ctx: StandinContext) {
    super(ctx, () => ctx.model, 'Application');
  }
  protected scalar(prop: string): unknown {
    return prop === 'calculationMode' ? 'Automatic' : NOT_SCALAR;
  }
  protected defaultScalars(): string[] {
    return ['calculationMode'];
  }
  get calculationMode(): string {
    return this.read('calculationMode') as string;
  }
  /** ExcelApi 1.6: the next sync runs without recalculation. */
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.calculationSuspended = true;
    this.queueCall('suspendApiCalculationUntilNextSync', [], () => undefined);
  }
}

export class WorkbookProtectionProxy extends Proxy<WorkbookModel> {
  constructor(ctx: StandinContext) {
    super(ctx, () => ctx.model, 'WorkbookProtection');
  }
  protected scalar(prop: string, m: WorkbookModel): unknown {
    return prop === 'protected' ? m.structureProtected : NOT_SCALAR;
  }
  protected defaultScalars(): string[] {
    return ['protected'];
  }
  get protected(): boolean {
    return this.read('protected') as boolean;
  }
}

const FORBIDDEN = /[\\/?*[\]:]/;

/** Excel's rules for a sheet name; throws like Excel. */
export function checkSheetName(wb: WorkbookModel, name: string, self?: SheetModel): void {
  if (!name || name.length > 31 || FORBIDDEN.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new StandinError('InvalidArgument', `The sheet name '${name}' is not valid.`, 'Worksheet.name');
  }
  const clash = wb.sheets.find((s) => s !== self && s.name.toLowerCase() === name.toLowerCase());
  if (clash) throw new StandinError('ItemAlreadyExists', `A sheet named '${name}' already exists.`, 'Worksheet.name');
}

export function checkStructure(wb: WorkbookModel, location: string): void {
  if (wb.structureProtected) {
    throw new StandinError('AccessDenied', 'The workbook structure is protected.', location);
  }
}

export class WorksheetCollectionProxy extends Proxy<WorkbookModel> {
  private loadedItems: WorksheetProxy[] | null = null;

  constructor(ctx: StandinContext) {
    super(ctx, () => ctx.model, 'WorksheetCollection');
  }
  protected scalar(): unknown {
    return NOT_SCALAR;
  }
  protected defaultScalars(): string[] {
    return [];
  }
  protected override itemModels(m: WorkbookModel) {
    return { models: m.sheets, make: (s: unknown) => this.boundSheet(s as SheetModel) };
  }
  protected override setItems(items: Proxy<unknown>[]): void {
    this.loadedItems = items as WorksheetProxy[];
  }
  get items(): WorksheetProxy[] {
    if (!this.loadedItems) throw new StandinError('PropertyNotLoaded', "The property 'items' is not available.", 'WorksheetCollection.items');
    return this.loadedItems;
  }

  private boundSheet(s: SheetModel): WorksheetProxy {
    const p = new WorksheetProxy(this.ctx, () => s, false);
    p._bind(s);
    return p;
  }

  private find(key: string): SheetModel | null {
    const wb = this.ctx.model;
    return wb.sheets.find((s) => s.id === key) ?? wb.sheets.find((s) => s.name.toLowerCase() === key.toLowerCase()) ?? null;
  }

  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.find(key), false);
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.find(key), true);
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.model.sheets.find((s) => s.id === this.ctx.model.activeSheetId) ?? null, false);
  }

  add(name?: string): WorksheetProxy {
    const proxy = new WorksheetProxy(this.ctx, () => null, false);
    this.ctx.enqueue({
      payload: { a: 'call', o: proxy._oid, t: 'WorksheetCollection', m: 'add', args: [name ?? null] },
      apply: () => {
        const wb = this.ctx.model;
        checkStructure(wb, 'WorksheetCollection.add');
        let n = name;
        if (n === undefined) {
          let i = wb.sheets.length + 1;
          while (wb.sheets.some((s) => s.name.toLowerCase() === `лист${i}`)) i++;
          n = `Лист${i}`;
        }
        checkSheetName(wb, n);
        const sheet = newSheet(wb, n);
        wb.sheets.push(sheet);
        proxy._bind(sheet);
      },
    });
    return proxy;
  }
}

export class SettingProxy extends Proxy<{ key: string }> {
  constructor(ctx: StandinContext, locate: () => { key: string } | null, nullable: boolean) {
    super(ctx, locate, 'Setting', nullable);
  }
  protected scalar(prop: string, m: { key: string }): unknown {
    if (prop === 'key') return m.key;
    if (prop === 'value') return JSON.parse(this.ctx.model.settings.get(m.key) ?? 'null');
    return NOT_SCALAR;
  }
  protected defaultScalars(): string[] {
    return ['key', 'value'];
  }
  get key(): string {
    return this.read('key') as string;
  }
  get value(): unknown {
    return this.read('value');
  }
  set value(v: unknown) {
    this.queueSet('value', v, (m, val) => this.ctx.model.settings.set(m.key, JSON.stringify(val)));
  }
  delete(): void {
    this.queueCall('delete', [], (m) => this.ctx.model.settings.delete(m.key));
  }
}

export class SettingCollectionProxy extends Proxy<WorkbookModel> {
  private loadedItems: SettingProxy[] | null = null;
  constructor(ctx: StandinContext) {
    super(ctx, () => ctx.model, 'SettingCollection');
  }
  protected scalar(): unknown {
    return NOT_SCALAR;
  }
  protected defaultScalars(): string[] {
    return [];
  }
  protected override itemModels(m: WorkbookModel) {
    return {
      models: [...m.settings.keys()].map((key) => ({ key })),
      make: (k: unknown) => {
        const p = new SettingProxy(this.ctx, () => k as { key: string }, false);
        p._bind(k as { key: string });
        return p;
      },
    };
  }
  protected override setItems(items: Proxy<unknown>[]): void {
    this.loadedItems = items as SettingProxy[];
  }
  get items(): SettingProxy[] {
    if (!this.loadedItems) throw new StandinError('PropertyNotLoaded', "The property 'items' is not available.", 'SettingCollection.items');
    return this.loadedItems;
  }
  private findKey(key: string): { key: string } | null {
    return this.ctx.model.settings.has(key) ? { key } : null;
  }
  getItem(key: string): SettingProxy {
    return new SettingProxy(this.ctx, () => this.findKey(key), false);
  }
  getItemOrNullObject(key: string): SettingProxy {
    return new SettingProxy(this.ctx, () => this.findKey(key), true);
  }
  add(key: string, value: unknown): SettingProxy {
    const proxy = new SettingProxy(this.ctx, () => ({ key }), false);
    this.ctx.enqueue({
      payload: { a: 'call', o: proxy._oid, t: 'SettingCollection', m: 'add', args: [key, value] },
      apply: () => {
        this.ctx.model.settings.set(key, JSON.stringify(value ?? null));
        proxy._bind({ key });
      },
    });
    return proxy;
  }
}
