/**
 * Charts in the stand-in (recorded, not drawn): type, source, title, legend, series with
 * their category and value ranges and point colours, position and size.
 *
 * Example:
 *   const chart = ws.charts.add('BarClustered', ws.getRange('E2:E10'), 'Columns');
 *   chart.title.text = 'Выполнение, %';
 *   chart.series.getItemAt(0).points.getItemAt(0).format.fill.setSolidColor('#63BE7B');
 */

import { formatLocal } from './a1';
import type { StandinContext } from './context';
import { StandinError } from './errors';
import { newId, type ChartModel, type ChartSeriesModel, type SheetModel } from './model';
import { NOT_SCALAR, Proxy } from './proxy';
import { normaliseColor, type RangeProxy } from './range';
import { checkWritable, parseLocalOrThrow } from './worksheet';

interface ChartRef {
  sheet: SheetModel;
  chart: ChartModel;
}

function localOf(sheet: SheetModel, r: RangeProxy | string): string {
  if (typeof r === 'string') return formatLocal(parseLocalOrThrow(r, sheet));
  const ref = r._model();
  if (ref.sheet !== sheet) return `${ref.sheet.name}!${formatLocal(ref.rect)}`;
  return formatLocal(ref.rect);
}

export class ChartCollectionProxy extends Proxy<SheetModel> {
  private loadedItems: ChartProxy[] | null = null;
  constructor(ctx: StandinContext, locate: () => SheetModel) {
    super(ctx, locate, 'ChartCollection');
  }
  protected scalar(prop: string, m: SheetModel): unknown {
    return prop === 'count' ? m.charts.length : NOT_SCALAR;
  }
  protected defaultScalars(): string[] {
    return ['count'];
  }
  protected override itemModels(m: SheetModel) {
    return {
      models: m.charts,
      make: (c: unknown) => {
        const ref = { sheet: m, chart: c as ChartModel };
        const p = new ChartProxy(this.ctx, () => ref);
        p._bind(ref);
        return p;
      },
    };
  }
  protected override setItems(items: Proxy<unknown>[]): void {
    this.loadedItems = items as ChartProxy[];
  }
  get items(): ChartProxy[] {
    if (!this.loadedItems) throw new StandinError('PropertyNotLoaded', "The property 'items' is not available.", 'ChartCollection.items');
    return this.loadedItems;
  }

  add(type: string, source: RangeProxy | string, seriesBy = 'Auto'): ChartProxy {
    const proxy = new ChartProxy(this.ctx, () => null);
    this.ctx.enqueue({
      payload: { a: 'call', o: proxy._oid, t: this._type, m: 'add', args: [type, typeof source === 'string' ? source : { o: source._oid }, seriesBy] },
      apply: () => {
        const sheet = this._model();
        checkWritable(sheet, 'ChartCollection.add');
        const src = localOf(sheet, source);
        const chart: ChartModel = {
          id: newId(this.ctx.model, 'chart'),
          name: `Диаграмма ${sheet.charts.length + 1}`,
          type,
          source: src,
          seriesBy,
          title: null,
          legendVisible: true,
          series: [{ name: null, values: src, categories: null, pointColors: {} }],
          position: null,
          width: 360,
          height: 216,
          categoryReversed: false,
        };
        sheet.charts.push(chart);
        proxy._bind({ sheet, chart });
      },
    });
    return proxy;
  }
}

export class ChartProxy extends Proxy<ChartRef> {
  readonly title: ChartPart;
  readonly legend: ChartPart;
  readonly axes: { categoryAxis: ChartPart };
  readonly series: ChartSeriesCollectionProxy;

  constructor(ctx: StandinContext, locate: () => ChartRef | null) {
    super(ctx, locate, 'Chart');
    const chart = () => this._model().chart;
    this.title = new ChartPart(ctx, chart, 'ChartTitle', 'text', (c) => c.title, (c, v) => (c.title = String(v)));
    this.legend = new ChartPart(ctx, chart, 'ChartLegend', 'visible', (c) => c.legendVisible, (c, v) => (c.legendVisible = Boolean(v)));
    this.axes = {
      categoryAxis: new ChartPart(ctx, chart, 'ChartAxis', 'reversePlotOrder', (c) => c.categoryReversed, (c, v) => (c.categoryReversed = Boolean(v))),
    };
    this.series = new ChartSeriesCollectionProxy(ctx, () => this._model());
  }
  protected scalar(prop: string, m: ChartRef): unknown {
    const c = m.chart;
    if (prop === 'id') return c.id;
    if (prop === 'name') return c.name;
    if (prop === 'chartType') return c.type;
    if (prop === 'width') return c.width;
    if (prop === 'height') return c.height;
    return NOT_SCALAR;
  }
  protected defaultScalars(): string[] {
    return ['id', 'name', 'chartType', 'width', 'height'];
  }
  get id(): string {
    return this.read('id') as string;
  }
  get name(): string {
    return this.read('name') as string;
  }
  set name(v: string) {
    this.queueSet('name', v, (m, n) => (m.chart.name = n));
  }
  get width(): number {
    return this.read('width') as number;
  }
  set width(v: number) {
    this.queueSet('width', v, (m, w) => (m.chart.width = w));
  }
  get height(): number {
    return this.read('height') as number;
  }
  set height(v: number) {
    this.queueSet('height', v, (m, h) => (m.chart.height = h));
  }
  setPosition(start: RangeProxy | string, end?: RangeProxy | string): void {
    this.queueCall('setPosition', [start, end ?? null], (m) => {
      m.chart.position = { start: localOf(m.sheet, start), end: end === undefined ? null : localOf(m.sheet, end) };
    });
  }
  delete(): void {
    this.queueCall('delete', [], (m) => {
      checkWritable(m.sheet, 'Chart.delete');
      m.sheet.charts = m.sheet.charts.filter((c) => c !== m.chart);
    });
  }
}

/** A one-property part of a chart (title text, legend visibility, axis order). */
export class ChartPart extends Proxy<ChartModel> {
  constructor(
    ctx: StandinContext,
    locate: () => ChartModel,
    type: string,
    private readonly prop: string,
    private readonly get: (c: ChartModel) => unknown,
    private readonly set: (c: ChartModel, v: unknown) => void,
  ) {
    super(ctx, locate, type);
    Object.defineProperty(this, prop, {
      get: () => this.read(prop),
      set: (v: unknown) => this.queueSet(prop, v, (m, val) => this.set(m, val)),
      enumerable: true,
    });
  }
  protected scalar(p: string, m: ChartModel): unknown {
    return p === this.prop ? this.get(m) : NOT_SCALAR;
  }
  protected defaultScalars(): string[] {
    return [this.prop];
  }
  [key: string]: unknown;
}

interface SeriesRef {
  ref: ChartRef;
  index: number;
}

export class ChartSeriesCollectionProxy extends Proxy<ChartRef> {
  constructor(ctx: StandinContext, locate: () => ChartRef) {
    super(ctx, locate, 'ChartSeriesCollection');
  }
  protected scalar(prop: string, m: ChartRef): unknown {
    return prop === 'count' ? m.chart.series.length : NOT_SCALAR;
  }
  protected defaultScalars(): string[] {
    return ['count'];
  }
  getItemAt(index: number): ChartSeriesProxy {
    return new ChartSeriesProxy(this.ctx, () => {
      const ref = this._model();
      return ref.chart.series[index] ? { ref, index } : null;
    });
  }
}

export class ChartSeriesProxy extends Proxy<SeriesRef> {
  readonly points: { getItemAt: (i: number) => { format: { fill: { setSolidColor: (c: string) => void } } } };
  constructor(ctx: StandinContext, locate: () => SeriesRef | null) {
    super(ctx, locate, 'ChartSeries');
    this.points = {
      getItemAt: (i: number) => ({
        format: {
          fill: {
            setSolidColor: (color: string) =>
              this.queueCall('points.setSolidColor', [i, color], (m) => {
                const s = this.seriesOf(m);
                s.pointColors[i] = normaliseColor(color);
              }),
          },
        },
      }),
    };
  }
  private seriesOf(m: SeriesRef): ChartSeriesModel {
    return m.ref.chart.series[m.index];
  }
  protected scalar(prop: string, m: SeriesRef): unknown {
    return prop === 'name' ? this.seriesOf(m).name : NOT_SCALAR;
  }
  protected defaultScalars(): string[] {
    return ['name'];
  }
  get name(): string {
    return this.read('name') as string;
  }
  set name(v: string) {
    this.queueSet('name', v, (m, n) => (this.seriesOf(m).name = n));
  }
  /** ExcelApi 1.7. */
  setXAxisValues(range: RangeProxy): void {
    this.queueCall('setXAxisValues', [range], (m) => (this.seriesOf(m).categories = localOf(m.ref.sheet, range)));
  }
  /** ExcelApi 1.7. */
  setValues(range: RangeProxy): void {
    this.queueCall('setValues', [range], (m) => (this.seriesOf(m).values = localOf(m.ref.sheet, range)));
  }
}
