/**
 * Conditional formats in the stand-in (ExcelApi 1.6): a collection on a range or on
 * RangeAreas, custom rules with fill/font, colour scales; recorded in the sheet model and
 * deletable by id.
 *
 * Example:
 *   const cf = ws.getRanges('D7, F7:F9').conditionalFormats.add('Custom');
 *   cf.custom.rule.formula = '=TRUE';
 *   cf.custom.format.fill.color = '#FFC7CE';
 *   cf.load('id');
 *   await ctx.sync();
 */

import { intersects } from './a1';
import type { StandinContext } from './context';
import { StandinError } from './errors';
import { newId, type ConditionalFormatModel } from './model';
import { NOT_SCALAR, Proxy } from './proxy';
import { normaliseColor, type AreasRef } from './range';
import { checkWritable } from './worksheet';

interface CfRef {
  owner: AreasRef;
  cf: ConditionalFormatModel;
}

const TYPES = ['Custom', 'DataBar', 'ColorScale', 'IconSet', 'TopBottom', 'PresetCriteria', 'ContainsText', 'CellValue'];

export class ConditionalFormatCollectionProxy extends Proxy<AreasRef> {
  private loadedItems: ConditionalFormatProxy[] | null = null;

  constructor(ctx: StandinContext, locate: () => AreasRef) {
    super(ctx, locate, 'ConditionalFormatCollection');
  }
  protected scalar(): unknown {
    return NOT_SCALAR;
  }
  protected defaultScalars(): string[] {
    return [];
  }
  private inRange(m: AreasRef): ConditionalFormatModel[] {
    return m.sheet.conditionalFormats.filter((cf) => cf.areas.some((a) => m.areas.some((b) => intersects(a, b))));
  }
  protected override itemModels(m: AreasRef) {
    return {
      models: this.inRange(m),
      make: (cf: unknown) => {
        const ref = { owner: m, cf: cf as ConditionalFormatModel };
        const p = new ConditionalFormatProxy(this.ctx, () => ref);
        p._bind(ref);
        return p;
      },
    };
  }
  protected override setItems(items: Proxy<unknown>[]): void {
    this.loadedItems = items as ConditionalFormatProxy[];
  }
  get items(): ConditionalFormatProxy[] {
    if (!this.loadedItems) throw new StandinError('PropertyNotLoaded', "The property 'items' is not available.", 'ConditionalFormatCollection.items');
    return this.loadedItems;
  }

  add(type: string): ConditionalFormatProxy {
    const proxy = new ConditionalFormatProxy(this.ctx, () => null);
    this.ctx.enqueue({
      payload: { a: 'call', o: proxy._oid, t: this._type, m: 'add', args: [type] },
      apply: () => {
        const m = this._model();
        checkWritable(m.sheet, 'ConditionalFormatCollection.add');
        if (!TYPES.includes(type)) throw new StandinError('InvalidArgument', `Unknown conditional format type '${type}'.`, 'ConditionalFormatCollection.add');
        for (const other of m.sheet.conditionalFormats) other.priority += 1;
        const cf: ConditionalFormatModel = { id: newId(this.ctx.model, 'cf'), type, areas: m.areas.map((a) => ({ ...a })), priority: 0, stopIfTrue: false };
        m.sheet.conditionalFormats.push(cf);
        proxy._bind({ owner: m, cf });
      },
    });
    return proxy;
  }

  getItem(id: string): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this.ctx, () => {
      const m = this._model();
      const cf = this.inRange(m).find((c) => c.id === id);
      return cf ? { owner: m, cf } : null;
    });
  }
}

export class ConditionalFormatProxy extends Proxy<CfRef> {
  private cache: Record<string, Proxy<unknown>> = {};
  constructor(ctx: StandinContext, locate: () => CfRef | null) {
    super(ctx, locate, 'ConditionalFormat');
  }
  protected scalar(prop: string, m: CfRef): unknown {
    if (prop === 'id') return m.cf.id;
    if (prop === 'type') return m.cf.type;
    if (prop === 'priority') return m.cf.priority;
    if (prop === 'stopIfTrue') return m.cf.stopIfTrue;
    return NOT_SCALAR;
  }
  protected defaultScalars(): string[] {
    return ['id', 'type', 'priority', 'stopIfTrue'];
  }
  private cached<T extends Proxy<unknown>>(key: string, make: () => T): T {
    if (!this.cache[key]) this.cache[key] = make();
    return this.cache[key] as T;
  }
  get id(): string {
    return this.read('id') as string;
  }
  get type(): string {
    return this.read('type') as string;
  }
  get priority(): number {
    return this.read('priority') as number;
  }
  set priority(v: number) {
    this.queueSet('priority', v, (m, p) => (m.cf.priority = p));
  }
  get stopIfTrue(): boolean {
    return this.read('stopIfTrue') as boolean;
  }
  set stopIfTrue(v: boolean) {
    this.queueSet('stopIfTrue', v, (m, s) => (m.cf.stopIfTrue = s));
  }
  get custom(): CustomFormatProxy {
    return this.cached('custom', () => new CustomFormatProxy(this.ctx, () => this.ofType('Custom')));
  }
  get colorScale(): ColorScaleProxy {
    return this.cached('colorScale', () => new ColorScaleProxy(this.ctx, () => this.ofType('ColorScale')));
  }
  private ofType(type: string): ConditionalFormatModel {
    const m = this._model();
    if (m.cf.type !== type) throw new StandinError('InvalidOperation', `The conditional format is not of type ${type}.`, 'ConditionalFormat');
    return m.cf;
  }
  delete(): void {
    this.queueCall('delete', [], (m) => {
      checkWritable(m.owner.sheet, 'ConditionalFormat.delete');
      m.owner.sheet.conditionalFormats = m.owner.sheet.conditionalFormats.filter((c) => c !== m.cf);
    });
  }
}

/** `custom.rule.formula`, `custom.format.fill.color`, `custom.format.font.color/bold`. */
export class CustomFormatProxy extends Proxy<ConditionalFormatModel> {
  readonly rule: CfPart;
  readonly format: { fill: CfPart; font: CfPart };
  constructor(ctx: StandinContext, locate: () => ConditionalFormatModel) {
    super(ctx, locate, 'CustomConditionalFormat');
    this.rule = new CfPart(ctx, locate, 'ConditionalFormatRule', { formula: 'formula' });
    this.format = {
      fill: new CfPart(ctx, locate, 'ConditionalRangeFill', { color: 'fill' }),
      font: new CfPart(ctx, locate, 'ConditionalRangeFont', { color: 'fontColor', bold: 'bold' }),
    };
  }
  protected scalar(): unknown {
    return NOT_SCALAR;
  }
  protected defaultScalars(): string[] {
    return [];
  }
}

type CfField = 'formula' | 'fill' | 'fontColor' | 'bold';

/** A small part of a conditional format whose properties map onto fields of the model. */
export class CfPart extends Proxy<ConditionalFormatModel> {
  constructor(ctx: StandinContext, locate: () => ConditionalFormatModel, type: string, private readonly fields: Record<string, CfField>) {
    super(ctx, locate, type);
    for (const [prop, field] of Object.entries(fields)) {
      Object.defineProperty(this, prop, {
        get: () => this.read(prop),
        set: (v: unknown) =>
          this.queueSet(prop, v, (m, val) => {
            const value = field === 'fill' || field === 'fontColor' ? normaliseColor(String(val)) : val;
            (m as unknown as Record<string, unknown>)[field] = value;
          }),
        enumerable: true,
      });
    }
  }
  protected scalar(prop: string, m: ConditionalFormatModel): unknown {
    const field = this.fields[prop];
    return field ? ((m as unknown as Record<string, unknown>)[field] ?? null) : NOT_SCALAR;
  }
  protected defaultScalars(): string[] {
    return Object.keys(this.fields);
  }
  [prop: string]: unknown;
}

export class ColorScaleProxy extends Proxy<ConditionalFormatModel> {
  constructor(ctx: StandinContext, locate: () => ConditionalFormatModel) {
    super(ctx, locate, 'ColorScaleConditionalFormat');
  }
  protected scalar(prop: string, m: ConditionalFormatModel): unknown {
    return prop === 'criteria' ? (m.criteria ?? null) : NOT_SCALAR;
  }
  protected defaultScalars(): string[] {
    return ['criteria'];
  }
  get criteria(): unknown {
    return this.read('criteria');
  }
  set criteria(v: unknown) {
    this.queueSet('criteria', v, (m, c) => (m.criteria = JSON.parse(JSON.stringify(c))));
  }
}
