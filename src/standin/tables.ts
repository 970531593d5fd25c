/**
 * Excel tables in the stand-in: added on a sheet from a range, named (unique in the
 * workbook), styled; the workbook collection lists all of them with their worksheet.
 *
 * Example:
 *   const t = ws.tables.add(ws.getRange('A1:C10'), true);
 *   t.name = 'ММ_Сводная';
 *   t.style = 'TableStyleMedium2';
 */

import { intersects, type Rect } from './a1';
import type { StandinContext } from './context';
import { StandinError } from './errors';
import { newId, type SheetModel, type TableModel } from './model';
import { NOT_SCALAR, Proxy } from './proxy';
import type { RangeProxy } from './range';
import { checkWritable, parseLocalOrThrow, WorksheetProxy } from './worksheet';

interface TableRef {
  sheet: SheetModel;
  table: TableModel;
}

interface TableScope {
  /** The sheet, or null for the workbook's collection of all tables. */
  sheet: SheetModel | null;
}

export class TableCollectionProxy extends Proxy<TableScope> {
  private loadedItems: TableProxy[] | null = null;

  /** `locate` gives the sheet, or null for the workbook's collection of all tables. */
  constructor(ctx: StandinContext, locate: () => SheetModel | null) {
    super(ctx, () => ({ sheet: locate() }), 'TableCollection');
  }
  protected scalar(): unknown {
    return NOT_SCALAR;
  }
  protected defaultScalars(): string[] {
    return [];
  }
  private refs(m: TableScope): TableRef[] {
    const sheets = m.sheet ? [m.sheet] : this.ctx.model.sheets;
    return sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table })));
  }
  protected override itemModels(m: TableScope) {
    return {
      models: this.refs(m),
      make: (r: unknown) => {
        const p = new TableProxy(this.ctx, () => r as TableRef);
        p._bind(r as TableRef);
        return p;
      },
    };
  }
  protected override setItems(items: Proxy<unknown>[]): void {
    this.loadedItems = items as TableProxy[];
  }
  get items(): TableProxy[] {
    if (!this.loadedItems) throw new StandinError('PropertyNotLoaded', "The property 'items' is not available.", 'TableCollection.items');
    return this.loadedItems;
  }

  add(address: RangeProxy | string, hasHeaders: boolean): TableProxy {
    const proxy = new TableProxy(this.ctx, () => null);
    this.ctx.enqueue({
      payload: { a: 'call', o: proxy._oid, t: this._type, m: 'add', args: [typeof address === 'string' ? address : { o: address._oid }, hasHeaders] },
      apply: () => {
        let sheet = this._model().sheet;
        let rect: Rect;
        if (typeof address === 'string') {
          if (!sheet) throw new StandinError('InvalidArgument', 'The workbook collection needs a range object in the stand-in.', 'TableCollection.add');
          rect = parseLocalOrThrow(address, sheet);
        } else {
          const ref = address._model();
          sheet = ref.sheet;
          rect = ref.rect;
        }
        checkWritable(sheet, 'TableCollection.add');
        const all = this.ctx.model.sheets.flatMap((s) => s.tables.map((t) => ({ s, t })));
        if (all.some(({ s, t }) => s === sheet && intersects(t.rect, rect))) {
          throw new StandinError('InvalidOperation', 'A table cannot overlap another table.', 'TableCollection.add');
        }
        if (sheet.merges.some((mg) => intersects(mg, rect))) {
          throw new StandinError('InvalidOperation', 'A table cannot overlap a range that contains merged cells.', 'TableCollection.add');
        }
        let n = all.length + 1;
        while (all.some(({ t }) => t.name.toLowerCase() === `таблица${n}`)) n++;
        const table: TableModel = { id: newId(this.ctx.model, 'table'), name: `Таблица${n}`, rect, hasHeaders, style: 'TableStyleMedium2', showBandedRows: true };
        sheet.tables.push(table);
        proxy._bind({ sheet, table });
      },
    });
    return proxy;
  }
}

export class TableProxy extends Proxy<TableRef> {
  private ws: WorksheetProxy | null = null;
  constructor(ctx: StandinContext, locate: () => TableRef | null) {
    super(ctx, locate, 'Table');
  }
  protected scalar(prop: string, m: TableRef): unknown {
    if (prop === 'id') return m.table.id;
    if (prop === 'name') return m.table.name;
    if (prop === 'style') return m.table.style;
    if (prop === 'showBandedRows') return m.table.showBandedRows;
    return NOT_SCALAR;
  }
  protected override child(prop: string): Proxy<unknown> | undefined {
    return prop === 'worksheet' ? this.worksheet : undefined;
  }
  protected defaultScalars(): string[] {
    return ['id', 'name', 'style', 'showBandedRows'];
  }
  get id(): string {
    return this.read('id') as string;
  }
  get name(): string {
    return this.read('name') as string;
  }
  set name(v: string) {
    this.queueSet('name', v, (m, name) => {
      if (!/^[A-Za-zА-Яа-яЁё_\\][A-Za-zА-Яа-яЁё0-9_.]*$/.test(name) || name.length > 255) {
        throw new StandinError('InvalidArgument', `The table name '${name}' is not valid.`, 'Table.name');
      }
      const clash = this.ctx.model.sheets.some((s) => s.tables.some((t) => t !== m.table && t.name.toLowerCase() === name.toLowerCase()));
      if (clash) throw new StandinError('ItemAlreadyExists', `A table named '${name}' already exists.`, 'Table.name');
      m.table.name = name;
    });
  }
  get style(): string {
    return this.read('style') as string;
  }
  set style(v: string) {
    this.queueSet('style', v, (m, s) => (m.table.style = s));
  }
  get showBandedRows(): boolean {
    return this.read('showBandedRows') as boolean;
  }
  set showBandedRows(v: boolean) {
    this.queueSet('showBandedRows', v, (m, s) => (m.table.showBandedRows = s));
  }
  get worksheet(): WorksheetProxy {
    if (!this.ws) this.ws = new WorksheetProxy(this.ctx, () => this._model().sheet, false);
    return this.ws;
  }
}
