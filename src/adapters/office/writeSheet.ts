/**
 * Queues the writing of one output sheet as steps, each with its estimated request size, so
 * writePlan can pack them into as few syncs as fit the 4 MB budget: the cells in row chunks
 * (per chunk: the 2-D number formats first — they make text cells Text — then ONE 2-D
 * write: `formulas` when the sheet has any formula, where each cell is its formula or its
 * value, else `values`), then the styles by rectangles, merges, column widths (or autofit),
 * frozen header, the Excel table, charts, colour scales and page orientation.
 *
 * Example:
 *   const steps = sheetSteps(() => ws, target, 4_000_000, handles);
 *   steps.forEach((s) => s.queue()); await ctx.sync();
 */

import { tablesOf, type ChartSpec, type ColorScale } from '../../engine/output/plan';
import { CELL_STYLES, queueStyle } from './cellStyles';
import { jsonBytes, rowChunks } from './payload';
import { sheetContent } from './sheetContent';
import type { SheetTarget } from './writeLayout';

export interface Step {
  /** Estimated request bytes of what `queue` adds. */
  bytes: number;
  queue: () => void;
}

/** Fixed estimate for one small operation (setter or call) in a request. */
export const OP_BYTES = 200;

/** Characters → points, as Excel measures column width (8.43 characters = 64 px = 48 pt). */
export function widthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

export interface SheetHandles {
  /** The tables, once their steps are queued (writePlan may name them after the old sheets are gone). */
  tables: (Excel.Table | undefined)[];
}

export function sheetSteps(sheet: () => Excel.Worksheet, target: SheetTarget, budget: number, handles: SheetHandles = { tables: [] }): Step[] {
  const spec = target.spec;
  const content = sheetContent(spec);
  const steps: Step[] = [];
  if (content.height > 0 && content.width > 0) {
    const rowBytes = content.cells.map((row, i) => jsonBytes(row) + jsonBytes(content.formats[i]) + 2);
    for (const chunk of rowChunks(rowBytes, budget - 2 * OP_BYTES)) {
      steps.push({
        bytes: chunk.bytes + 2 * OP_BYTES,
        queue: () => {
          const range = sheet().getRangeByIndexes(chunk.start, 0, chunk.count, content.width);
          range.numberFormat = content.formats.slice(chunk.start, chunk.start + chunk.count);
          const cells = content.cells.slice(chunk.start, chunk.start + chunk.count);
          if (content.hasFormulas) range.formulas = cells;
          else range.values = cells;
        },
      });
    }
  }
  const decor: (() => void)[] = [];
  for (const rect of content.styles) {
    decor.push(() => {
      const range = sheet().getRangeByIndexes(rect.r0, rect.c0, rect.r1 - rect.r0 + 1, rect.c1 - rect.c0 + 1);
      queueStyle(range, { ...(rect.style ? CELL_STYLES[rect.style] : {}), ...(rect.wrap ? { wrap: true } : {}) });
    });
  }
  for (const m of spec.merges ?? []) {
    decor.push(() => sheet().getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false));
  }
  if (spec.columnWidths.length > 0) {
    spec.columnWidths.forEach((w, c) => decor.push(() => (sheet().getRangeByIndexes(0, c, 1, 1).format.columnWidth = widthPoints(w))));
  } else if (content.height > 0 && content.width > 0) {
    decor.push(() => sheet().getRangeByIndexes(0, 0, content.height, content.width).format.autofitColumns());
  }
  const freeze = spec.freeze;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    decor.push(() => {
      const panes = sheet().freezePanes;
      if (freeze.rows > 0 && freeze.columns > 0) panes.freezeAt(sheet().getRangeByIndexes(0, 0, freeze.rows, freeze.columns));
      else if (freeze.rows > 0) panes.freezeRows(freeze.rows);
      else panes.freezeColumns(freeze.columns);
    });
  }
  tablesOf(spec).forEach((table, i) => {
    decor.push(() => {
      const ws = sheet();
      const t = ws.tables.add(ws.getRangeByIndexes(table.headerRow, 0, table.lastRow - table.headerRow + 1, table.columns), true);
      const naming = target.tableNames[i];
      if (naming && !naming.later) t.name = naming.name;
      t.style = table.style ?? 'TableStyleMedium2';
      handles.tables[i] = t;
    });
  });
  for (const scale of spec.colorScales ?? []) decor.push(() => queueColorScale(sheet(), scale));
  if (spec.print) decor.push(() => (sheet().pageLayout.orientation = spec.print!.orientation === 'landscape' ? 'Landscape' : 'Portrait'));
  for (const decorStep of decor) steps.push({ bytes: 8 * OP_BYTES, queue: decorStep });
  for (const chart of spec.charts ?? []) {
    let made: Excel.Chart | undefined;
    steps.push({ bytes: 12 * OP_BYTES, queue: () => (made = queueChart(sheet(), chart)) });
    const colors = chart.pointColors ?? [];
    for (let start = 0; start < colors.length; start += POINTS_PER_STEP) {
      const slice = colors.slice(start, start + POINTS_PER_STEP);
      steps.push({ bytes: slice.length * OP_BYTES, queue: () => queuePointColors(made!, slice, start) });
    }
  }
  return steps;
}

/** A bar/column chart of one series, categories from another range (its point colours: queuePointColors). */
export function queueChart(ws: Excel.Worksheet, spec: ChartSpec): Excel.Chart {
  const chart = ws.charts.add(spec.type === 'bar' ? 'BarClustered' : 'ColumnClustered', ws.getRange(spec.values), 'Columns');
  chart.title.text = spec.title;
  chart.legend.visible = false;
  const series = chart.series.getItemAt(0);
  series.name = spec.title;
  series.setXAxisValues(ws.getRange(spec.categories));
  // A bar chart lists categories bottom-up; reversed, the first entity is on top, as in the table.
  if (spec.type === 'bar') chart.axes.categoryAxis.reversePlotOrder = true;
  chart.setPosition(ws.getRangeByIndexes(spec.anchor.row, spec.anchor.col, 1, 1));
  const points = spec.pointColors?.length ?? 0;
  chart.width = 480;
  chart.height = Math.max(240, Math.min(1200, 16 * points + 90));
  return chart;
}

/** Point colours are queued in slices, so a chart of many entities never makes one request too large. */
export const POINTS_PER_STEP = 2000;

export function queuePointColors(chart: Excel.Chart, colors: string[], offset: number): void {
  const series = chart.series.getItemAt(0);
  colors.forEach((color, i) => series.points.getItemAt(offset + i).format.fill.setSolidColor(`#${color}`));
}

export function queueColorScale(ws: Excel.Worksheet, scale: ColorScale): void {
  const cf = ws.getRange(scale.range).conditionalFormats.add('ColorScale');
  cf.colorScale.criteria = {
    minimum: { type: 'LowestValue', color: `#${scale.low}` },
    ...(scale.mid ? { midpoint: { type: 'Percentile', formula: '50', color: `#${scale.mid}` } } : {}),
    maximum: { type: 'HighestValue', color: `#${scale.high}` },
  };
}
