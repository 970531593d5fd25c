/**
 * Workbook-level defined names in the stand-in (`workbook.names`, ExcelApi 1.4; `formula` 1.7):
 * add one that refers to a range or a formula, read the list, hide one (`visible`), delete it.
 * As in Excel, a name's reference follows a sheet that is renamed and becomes #REF! when the
 * sheet is deleted (model.ts, renameInNames).
 *
 * Example:
 *   const n = ctx.workbook.names.add('_metodMonitor_sheet1', ws.getRange('A1'));
 *   n.visible = false;
 *   ctx.workbook.names.load('items/name,items/formula');
 *   await ctx.sync();   // items[0].formula → "='Сводная'!$A$1"
 */

import type { StandinContext } from './context';
import { StandinError } from './errors';
import type { NameModel, WorkbookModel } from './model';
import { NOT_SCALAR, Proxy } from './proxy';
import type { RangeProxy, RangeRef } from './range';
import { formatRange } from './a1';

const VALID_NAME = /^[A-Za-zА-Яа-яЁё_\\][\wА-Яа-яЁё.]*$/;

export class NamedItemProxy extends Proxy<NameModel> {
  constructor(ctx: StandinContext, locate: () => NameModel | null, nullable: boolean) {
    super(ctx, locate, 'NamedItem', nullable);
  }
  protected scalar(prop: string, m: NameModel): unknown {
    if (prop === 'name') return m.name;
    if (prop === 'formula') return m.formula;
    if (prop === 'visible') return m.visible;
    if (prop === 'type') return m.formula.includes('!') ? 'Range' : 'String';
    return NOT_SCALAR;
  }
  protected defaultScalars(): string[] {
    return ['name', 'formula', 'visible', 'type'];
  }
  get name(): string {
    return this.read('name') as string;
  }
  get formula(): string {
    return this.read('formula') as string;
  }
  get visible(): boolean {
    return this.read('visible') as boolean;
  }
  set visible(v: boolean) {
    this.queueSet('visible', v, (m, vis) => (m.visible = vis));
  }
  delete(): void {
    this.queueCall('delete', [], (m) => {
      this.ctx.model.names = this.ctx.model.names.filter((n) => n !== m);
    });
  }
}

export class NamedItemCollectionProxy extends Proxy<WorkbookModel> {
  private loadedItems: NamedItemProxy[] | null = null;
  constructor(ctx: StandinContext) {
    super(ctx, () => ctx.model, 'NamedItemCollection');
  }
  protected scalar(): unknown {
    return NOT_SCALAR;
  }
  protected defaultScalars(): string[] {
    return [];
  }
  protected override itemModels(m: WorkbookModel) {
    return {
      models: m.names,
      make: (n: unknown) => {
        const p = new NamedItemProxy(this.ctx, () => n as NameModel, false);
        p._bind(n as NameModel);
        return p;
      },
    };
  }
  protected override setItems(items: Proxy<unknown>[]): void {
    this.loadedItems = items as NamedItemProxy[];
  }
  get items(): NamedItemProxy[] {
    if (!this.loadedItems) throw new StandinError('PropertyNotLoaded', "The property 'items' is not available.", 'NamedItemCollection.items');
    return this.loadedItems;
  }
  private find(name: string): NameModel | null {
    return this.ctx.model.names.find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.ctx, () => this.find(name), false);
  }
  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(this.ctx, () => this.find(name), true);
  }
  /** `reference`: a Range, or a formula text («=Лист1!$A$1»). */
  add(name: string, reference: RangeProxy | string): NamedItemProxy {
    const proxy = new NamedItemProxy(this.ctx, () => this.find(name), false);
    const rangeOf = typeof reference === 'string' ? null : (reference as unknown as { _model(): RangeRef })._model.bind(reference);
    this.ctx.enqueue({
      payload: { a: 'call', o: proxy._oid, t: 'NamedItemCollection', m: 'add', args: [name, typeof reference === 'string' ? reference : '(range)'] },
      apply: () => {
        if (!VALID_NAME.test(name)) throw new StandinError('InvalidArgument', `The name '${name}' is not valid.`, 'NamedItemCollection.add');
        if (this.find(name)) throw new StandinError('ItemAlreadyExists', `A name '${name}' already exists.`, 'NamedItemCollection.add');
        let formula: string;
        if (rangeOf) {
          const r = rangeOf();
          formula = `=${formatRange(r.sheet.name, r.rect).replace(/!([A-Z]+)(\d+)/g, '!$$$1$$$2').replace(/:([A-Z]+)(\d+)/g, ':$$$1$$$2')}`;
        } else formula = (reference as string).startsWith('=') ? (reference as string) : `=${reference as string}`;
        const model: NameModel = { name, formula, visible: true };
        this.ctx.model.names.push(model);
        proxy._bind(model);
      },
    });
    return proxy;
  }
}
