/**
 * Copies a worksheet of another file into the result workbook under its unique name: cell
 * values (formulas with their cached results; references to renamed sheets follow), styles,
 * number formats, notes, merges, column widths and row heights, hidden rows/columns, frozen
 * panes and other views, sheet properties (tab colour), page setup, conditional formats, data
 * validations and the visibility of the sheet. Not copied (exceljs offers no faithful way):
 * images, charts, Excel table objects (their cells are copied), defined names.
 *
 * Example:
 *   copySheet(src, resultWorkbook, 'Лист1 (район2)', { 'Лист1': 'Лист1 (район2)' });
 */

import ExcelJS from 'exceljs';
import { renameSheetRefs } from './formulaSheetRefs';

function clone<T>(x: T): T {
  return x === undefined ? x : (JSON.parse(JSON.stringify(x)) as T);
}

/** A cell value for the copy: formulas lose sharing (translated per cell) and follow renamed sheets. */
function copiedValue(cell: ExcelJS.Cell, renames: Record<string, string>): ExcelJS.CellValue {
  const v = cell.value as unknown;
  if (v !== null && typeof v === 'object' && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v)) {
    const f = cell.formula;
    const result = (v as { result?: unknown }).result;
    if (!f) return (result ?? null) as ExcelJS.CellValue;
    return { formula: renameSheetRefs(f, renames), result } as ExcelJS.CellValue;
  }
  if (v instanceof Date) return new Date(v.getTime());
  return clone(v) as ExcelJS.CellValue;
}

export function copySheet(
  src: ExcelJS.Worksheet,
  dst: ExcelJS.Workbook,
  name: string,
  renames: Record<string, string> = {},
): ExcelJS.Worksheet {
  const ws = dst.addWorksheet(name, {
    properties: clone(src.properties),
    pageSetup: clone(src.pageSetup),
    headerFooter: clone(src.headerFooter),
    views: clone(src.views),
    state: src.state,
  });

  const columnCount = src.columnCount;
  for (let c = 1; c <= columnCount; c++) {
    const from = src.getColumn(c);
    const to = ws.getColumn(c);
    if (from.width !== undefined) to.width = from.width;
    if (from.hidden) to.hidden = true;
    if (from.outlineLevel) to.outlineLevel = from.outlineLevel;
    if (from.style && Object.keys(from.style).length > 0) to.style = clone(from.style);
  }

  src.eachRow({ includeEmpty: true }, (row, r) => {
    const out = ws.getRow(r);
    if (row.height !== undefined) out.height = row.height;
    if (row.hidden) out.hidden = true;
    if (row.outlineLevel) out.outlineLevel = row.outlineLevel;
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const target = out.getCell(c);
      if (!(cell.isMerged && cell.master !== cell)) target.value = copiedValue(cell, renames);
      if (cell.style && Object.keys(cell.style).length > 0) target.style = clone(cell.style);
      if (cell.note) target.note = clone(cell.note) as ExcelJS.Comment;
    });
  });

  // exceljs keeps a sheet's merged ranges in its model only ('A1:C1', …).
  for (const m of (src as unknown as { model: { merges?: string[] } }).model.merges ?? []) ws.mergeCells(m);

  const cfs = clone((src as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ?? []);
  for (const cf of cfs) {
    for (const rule of cf.rules as { formulae?: unknown[] }[]) {
      if (Array.isArray(rule.formulae)) rule.formulae = rule.formulae.map((f) => (typeof f === 'string' ? renameSheetRefs(f, renames) : f));
    }
    ws.addConditionalFormatting(cf);
  }

  const dv = (src as unknown as { dataValidations?: { model: Record<string, unknown> } }).dataValidations;
  const dvTarget = (ws as unknown as { dataValidations?: { model: Record<string, unknown> } }).dataValidations;
  if (dv && dvTarget) dvTarget.model = clone(dv.model);

  if (src.autoFilter) ws.autoFilter = clone(src.autoFilter);
  return ws;
}
