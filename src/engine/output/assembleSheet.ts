/**
 * The last step of every sheet builder: the parts it collected become an `OutputSheet`, with
 * the optional parts (frozen panes, Excel tables, charts, colour scales) present only when
 * there are some, and every result sheet set to print landscape, fitted to the page width.
 *
 * Example:
 *   assembleSheet({ name: 'Кластеры', kind: 'clusters', rows, widths, tables: [t], charts: [] })
 *   // → { name: 'Кластеры', kind: 'clusters', rows, columnWidths: [...], tables: [t], print: { orientation: 'landscape', fitToWidth: true } }
 */

import type { ChartSpec, ColorScale, OutTable, OutputSheet } from './plan';
import type { Widths } from './cells';

export interface SheetParts {
  name: string;
  kind: OutputSheet['kind'];
  rows: OutputSheet['rows'];
  widths: Widths;
  freeze?: OutputSheet['freeze'];
  tables?: OutTable[];
  charts?: ChartSpec[];
  colorScales?: ColorScale[];
}

export function assembleSheet(p: SheetParts): OutputSheet {
  const sheet: OutputSheet = {
    name: p.name,
    kind: p.kind,
    rows: p.rows,
    columnWidths: p.widths.toArray(),
    print: { orientation: 'landscape', fitToWidth: true },
  };
  if (p.freeze) sheet.freeze = p.freeze;
  if (p.tables && p.tables.length > 0) sheet.tables = p.tables;
  if (p.charts && p.charts.length > 0) sheet.charts = p.charts;
  if (p.colorScales && p.colorScales.length > 0) sheet.colorScales = p.colorScales;
  return sheet;
}
