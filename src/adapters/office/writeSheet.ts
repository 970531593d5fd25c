/**
 * Queues the writing of one output sheet as steps, each with its estimated request size, so
 * writePlan can pack them into as few syncs as fit the 4 MB budget: the cells in chunks of at
 * most CHUNK_CELLS cells (per chunk: the 2-D number formats first — they make text cells
 * Text — then ONE 2-D write: `formulas` when the chunk has any formula, where each cell is its
 * formula or its value, else `values`), the styles by rectangles as the chunks reveal them,
 * then merges, column widths (or autofit), frozen header, the Excel table, charts, colour
 * scales and page orientation.
 *
 * The steps are produced lazily: a chunk's arrays are built and measured (cell by cell, no
 * JSON of the whole sheet) only when writePlan asks for the next step, so a sheet of 100 000
 * rows is never turned into one long main-thread task. A sheet of at most CHUNK_CELLS cells —
 * every ordinary result sheet — is one chunk: one number-format write and one values write.
 *
 * Example:
 *   for (const s of sheetSteps(() => ws, target, 4_000_000, handles)) s.queue();
 *   await ctx.sync();
 */

import { tablesOf, type ChartSpec, type ColorScale, type OutputSheet } from '../../engine/output/plan';
import { CELL_STYLES, queueStyle, type StyleSpec } from './cellStyles';
import { rowJsonBytes } from './payload';
import { contentRow, sheetWidth, StyleRects, type StyleRect } from './sheetContent';
import type { SheetTarget } from './writeLayout';

export interface Step {
  /** Estimated request bytes of what `queue` adds. */
  bytes: number;
  queue: () => void;
}

/** Fixed estimate for one small operation (setter or call) in a request. */
export const OP_BYTES = 200;

/**
 * Cells per content chunk. Small enough that building, measuring and queueing one chunk is a
 * few milliseconds of main-thread work; large enough that every ordinary result sheet (a few
 * hundred rows) is written in one piece. Measured in the browser test (100 000 rows, the pane
 * against the stand-in): with 50 000 the writing stage had tasks of 110–165 ms, over 200 ms on
 * a loaded machine; with 20 000 its longest task is under 90 ms, and the run takes 70 syncs
 * instead of 88 (`npm run bench:addin`).
 */
export const CHUNK_CELLS = 20_000;

/** Characters → points, as Excel measures column width (8.43 characters = 64 px = 48 pt). */
export function widthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

export interface SheetHandles {
  /** The tables, once their steps are queued (writePlan may name them after the old sheets are gone). */
  tables: (Excel.Table | undefined)[];
}

export function* sheetSteps(sheet: () => Excel.Worksheet, target: SheetTarget, budget: number, handles: SheetHandles = { tables: [] }): Generator<Step> {
  const spec = target.spec;
  const width = sheetWidth(spec);
  const height = spec.rows.length;
  const rects = new StyleRects();
  if (width > 0) {
    const maxRows = Math.max(1, Math.floor(CHUNK_CELLS / width));
    const maxBytes = budget - 2 * OP_BYTES;
    for (let start = 0; start < height; ) {
      const chunk = contentChunk(spec, start, width, maxRows, maxBytes);
      const closed: StyleRect[] = [];
      for (let r = start; r < start + chunk.cells.length; r++) closed.push(...rects.add(spec.rows.at(r)!, r));
      yield {
        bytes: chunk.bytes + 2 * OP_BYTES,
        queue: () => {
          const range = sheet().getRangeByIndexes(chunk.start, 0, chunk.cells.length, width);
          range.numberFormat = chunk.formats;
          if (chunk.hasFormulas) range.formulas = chunk.cells;
          else range.values = chunk.cells;
        },
      };
      for (const rect of closed) yield styleStep(sheet, rect);
      start += chunk.cells.length;
    }
  } else {
    for (let r = 0; r < height; r++) for (const rect of rects.add(spec.rows.at(r)!, r)) yield styleStep(sheet, rect);
  }
  for (const rect of rects.finish()) yield styleStep(sheet, rect);

  const decor: (() => void)[] = [];
  for (const m of spec.merges ?? []) {
    decor.push(() => sheet().getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false));
  }
  if (spec.columnWidths.length > 0) {
    spec.columnWidths.forEach((w, c) => decor.push(() => (sheet().getRangeByIndexes(0, c, 1, 1).format.columnWidth = widthPoints(w))));
  } else if (height > 0 && width > 0) {
    decor.push(() => sheet().getRangeByIndexes(0, 0, height, width).format.autofitColumns());
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
  for (const decorStep of decor) yield { bytes: 8 * OP_BYTES, queue: decorStep };
  for (const chart of spec.charts ?? []) {
    let made: Excel.Chart | undefined;
    yield { bytes: 12 * OP_BYTES, queue: () => (made = queueChart(sheet(), chart)) };
    const colors = chart.pointColors ?? [];
    for (let start = 0; start < colors.length; start += POINTS_PER_STEP) {
      const slice = colors.slice(start, start + POINTS_PER_STEP);
      yield { bytes: slice.length * OP_BYTES, queue: () => queuePointColors(made!, slice, start) };
    }
  }
}

interface ContentChunk {
  start: number;
  cells: (string | number | boolean)[][];
  formats: string[][];
  hasFormulas: boolean;
  /** Estimated JSON size of cells + formats. */
  bytes: number;
}

/**
 * Rows from `start` on, at most `maxRows` of them and at most `maxBytes` of estimated JSON
 * (always at least one row, so a single huge row still goes out — and fails loudly in Excel
 * rather than looping here).
 */
function contentChunk(spec: OutputSheet, start: number, width: number, maxRows: number, maxBytes: number): ContentChunk {
  const chunk: ContentChunk = { start, cells: [], formats: [], hasFormulas: false, bytes: 4 };
  for (let r = start; r < spec.rows.length && chunk.cells.length < maxRows; r++) {
    const row = contentRow(spec.rows.at(r)!, width);
    const bytes = rowJsonBytes(row.cells) + rowJsonBytes(row.formats) + 2;
    if (chunk.cells.length > 0 && chunk.bytes + bytes > maxBytes) break;
    chunk.cells.push(row.cells);
    chunk.formats.push(row.formats);
    chunk.hasFormulas ||= row.hasFormula;
    chunk.bytes += bytes;
  }
  return chunk;
}

/** One style rectangle: its range and one setter per property of the style. */
function styleStep(sheet: () => Excel.Worksheet, rect: StyleRect): Step {
  const style: StyleSpec = { ...(rect.style ? CELL_STYLES[rect.style] : {}), ...(rect.wrap ? { wrap: true } : {}) };
  return {
    bytes: (2 + Object.keys(style).length) * OP_BYTES,
    queue: () => queueStyle(sheet().getRangeByIndexes(rect.r0, rect.c0, rect.r1 - rect.r0 + 1, rect.c1 - rect.c0 + 1), style),
  };
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
