/**
 * Writes one `OutputSheet` of the plan into an exceljs workbook: values (text always as text,
 * even when it starts with '='), formulas with their cached results, number formats, styles,
 * wrap, links to source cells (an address cell becomes an internal hyperlink), column widths,
 * frozen panes, merges, Excel tables and colour scales.
 * exceljs cannot draw charts: `ChartSpec`s are added after exceljs has written the package
 * (addChartsToPackage.ts); the Office.js adapter draws them through the API.
 *
 * Example:
 *   writeOutputSheet(wb, plan.sheets[0], new Set(['Таблица1']));
 */

import type ExcelJS from 'exceljs';
import { tablesOf, type OutCell, type OutputSheet } from '../../engine/output/plan';
import { applyOutputStyle } from './outputStyles';

/** The exceljs value of a plan cell. */
export function excelValue(cell: OutCell | null | undefined): ExcelJS.CellValue {
  if (!cell) return null;
  if (cell.formula && cell.formula.startsWith('=')) {
    const result = cell.value === null ? undefined : cell.value;
    return { formula: cell.formula.slice(1), result } as ExcelJS.CellValue;
  }
  if (typeof cell.value === 'string' && cell.link && cell.value === cell.link) {
    return { text: cell.value, hyperlink: `#${cell.link}` };
  }
  return cell.value;
}

/** A table name not yet used in the workbook: 'Сводная_1', else 'Сводная_1_2', … */
function freeTableName(name: string, used: Set<string>): string {
  let n = name;
  for (let i = 2; used.has(n.toLowerCase()); i++) n = `${name}_${i}`;
  used.add(n.toLowerCase());
  return n;
}

export function writeOutputSheet(wb: ExcelJS.Workbook, sheet: OutputSheet, usedTableNames: Set<string>): ExcelJS.Worksheet {
  const views: Partial<ExcelJS.WorksheetView>[] = [];
  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0)) {
    views.push({ state: 'frozen', xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows });
  }
  const ws = wb.addWorksheet(sheet.name, {
    views: views as ExcelJS.WorksheetView[],
    pageSetup: sheet.print
      ? { orientation: sheet.print.orientation, fitToPage: sheet.print.fitToWidth, fitToWidth: 1, fitToHeight: 0 }
      : undefined,
  });

  sheet.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });

  let r = -1;
  for (const row of sheet.rows) {
    r++;
    row.forEach((cell, c) => {
      if (!cell) return;
      const target = ws.getCell(r + 1, c + 1);
      target.value = excelValue(cell);
      if (cell.style) applyOutputStyle(target, cell.style);
      if (cell.format) target.numFmt = cell.format;
      // Every cell top-aligned: in a row made tall by a wrapped neighbour, values stay level with its first line.
      target.alignment = { ...(target.alignment ?? {}), vertical: 'top', ...(cell.wrap ? { wrapText: true } : {}) };
      if (typeof target.value === 'object' && target.value !== null && 'hyperlink' in target.value) {
        target.font = { ...(target.font ?? {}), color: { argb: 'FF0563C1' }, underline: true };
      }
    });
  }

  (sheet.rowHeights ?? []).forEach((h, r) => {
    if (h) ws.getRow(r + 1).height = h;
  });

  for (const m of sheet.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);

  for (const t of tablesOf(sheet)) {
    const headers = (sheet.rows.at(t.headerRow) ?? []).slice(0, t.columns).map((c, i) => String(c?.value ?? `Столбец ${i + 1}`));
    const rows: ExcelJS.CellValue[][] = [];
    for (let r = t.headerRow + 1; r <= t.lastRow; r++) {
      const src = sheet.rows.at(r) ?? [];
      rows.push(Array.from({ length: t.columns }, (_, c) => excelValue(src[c])));
    }
    ws.addTable({
      name: freeTableName(t.name, usedTableNames),
      ref: `A${t.headerRow + 1}`,
      headerRow: true,
      totalsRow: false,
      style: { theme: (t.style ?? 'TableStyleLight9') as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
      columns: headers.map((name) => ({ name, filterButton: true })),
      rows,
    });
  }

  let priority = 10;
  for (const s of sheet.colorScales ?? []) {
    const colors = s.mid ? [s.low, s.mid, s.high] : [s.low, s.high];
    const cfvo = s.mid
      ? [{ type: 'min' }, { type: 'percentile', value: 50 }, { type: 'max' }]
      : [{ type: 'min' }, { type: 'max' }];
    ws.addConditionalFormatting({
      ref: s.range,
      rules: [{ type: 'colorScale', priority: priority++, cfvo, color: colors.map((h) => ({ argb: `FF${h}` })) } as ExcelJS.ConditionalFormattingRule],
    });
  }
  return ws;
}
