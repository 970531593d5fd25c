/**
 * One result sheet of the plan as a SpreadsheetML worksheet part, written directly as text:
 * values (text as inline strings — never a formula, even when it starts with «=»), formulas
 * with their cached results, number formats and styles (through StyleSheet), column widths,
 * row heights, frozen panes, merges, colour scales, internal hyperlinks to source cells, page
 * setup, and the references to its tables and drawing. Elements follow the order of
 * CT_Worksheet, as Excel requires.
 *
 * Why not exceljs: measured on the 3000 × 60 matrix, exceljs took 1.5 s to build and 9 s to
 * write the result (77 000 rows of Дефициты); this writer builds the same sheets as strings.
 *
 * The rows are taken once, in order (rows made on request are made once); the hyperlinks,
 * which follow the cells in the XML, are kept from that pass.
 *
 * Example:
 *   const xml = sheetXml(plan.sheets[0], cellXfs(styles), ['rId1'], null);
 */

import { rowsWidth, type OutCell, type OutputSheet } from '../../../engine/output/plan';
import { columnLetter, localAddress } from '../../../engine/address';
import { xmlElementText, xmlText } from '../chartParts';
import type { StyleSheet } from './styleSheet';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * A cell's final cellXfs index, its format registered on first sight. Cached by style → format
 * → wrap/link, without building a key per cell: a large «Сводная» has 1.3 million cells and a
 * handful of formats.
 */
export function cellXfs(styles: StyleSheet): (cell: OutCell) => number {
  const byStyle = new Map<string | undefined, Map<string | undefined, number[]>>();
  return (cell) => {
    let byFormat = byStyle.get(cell.style);
    if (!byFormat) byStyle.set(cell.style, (byFormat = new Map()));
    let flags = byFormat.get(cell.format);
    if (!flags) byFormat.set(cell.format, (flags = [-1, -1, -1, -1]));
    const link = isLink(cell);
    const k = (cell.wrap ? 1 : 0) | (link ? 2 : 0);
    if (flags[k] < 0) flags[k] = styles.index(styles.xf({ style: cell.style, format: cell.format, wrap: cell.wrap, link }));
    return flags[k];
  };
}

function isLink(cell: OutCell): boolean {
  return typeof cell.value === 'string' && !!cell.link && cell.value === cell.link;
}

function cellXml(ref: string, cell: OutCell, s: number): string {
  const style = ` s="${s}"`;
  if (cell.formula && cell.formula.charCodeAt(0) === 61 /* = */) {
    const f = `<f>${xmlElementText(cell.formula.slice(1))}</f>`;
    const v = cell.value;
    if (v === null || v === undefined) return `<c r="${ref}"${style}>${f}</c>`;
    if (typeof v === 'number') return Number.isFinite(v) ? `<c r="${ref}"${style}>${f}<v>${v}</v></c>` : `<c r="${ref}"${style}>${f}</c>`;
    if (typeof v === 'boolean') return `<c r="${ref}"${style} t="b">${f}<v>${v ? 1 : 0}</v></c>`;
    return `<c r="${ref}"${style} t="str">${f}<v>${xmlElementText(v)}</v></c>`;
  }
  const v = cell.value;
  if (v === null || v === undefined || v === '') return `<c r="${ref}"${style}/>`;
  if (typeof v === 'number') return Number.isFinite(v) ? `<c r="${ref}"${style}><v>${v}</v></c>` : `<c r="${ref}"${style}/>`;
  if (typeof v === 'boolean') return `<c r="${ref}"${style} t="b"><v>${v ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${xmlElementText(v)}</t></is></c>`;
}

/** A1 reference of a local range in the sheet ('B2:F40' stays as is, upper-cased). */
function ref(local: string): string {
  return local.toUpperCase();
}

/** The sheet's XML as one string (small sheets, tests); large ones go through writeSheetXml. */
export function sheetXml(sheet: OutputSheet, xfOf: (cell: OutCell) => number, tableRIds: string[], drawingRId: string | null): string {
  const out: string[] = [];
  writeSheetXml(sheet, xfOf, tableRIds, drawingRId, { write: (s) => out.push(s) });
  return out.join('');
}

/** Where the XML goes, piece by piece (a DeflateSink deflates it as it comes). */
export interface TextSink {
  write(text: string): void;
}

export function writeSheetXml(sheet: OutputSheet, xfOf: (cell: OutCell) => number, tableRIds: string[], drawingRId: string | null, out: TextSink): void {
  const width = rowsWidth(sheet.rows);
  out.write(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${NS_R}">`);
  if (sheet.print?.fitToWidth) out.write('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  out.write(`<dimension ref="A1${width > 0 && sheet.rows.length > 0 ? `:${columnLetter(width - 1)}${sheet.rows.length}` : ''}"/>`);
  const f = sheet.freeze;
  if (f && (f.rows > 0 || f.columns > 0)) {
    const pane = f.rows > 0 && f.columns > 0 ? 'bottomRight' : f.rows > 0 ? 'bottomLeft' : 'topRight';
    out.write(
      `<sheetViews><sheetView workbookViewId="0"><pane${f.columns > 0 ? ` xSplit="${f.columns}"` : ''}${f.rows > 0 ? ` ySplit="${f.rows}"` : ''} topLeftCell="${localAddress(f.rows, f.columns)}" activePane="${pane}" state="frozen"/>` +
        `<selection pane="${pane}"/></sheetView></sheetViews>`,
    );
  } else out.write('<sheetViews><sheetView workbookViewId="0"/></sheetViews>');
  out.write('<sheetFormatPr defaultRowHeight="15"/>');
  if (sheet.columnWidths.length > 0) {
    out.write('<cols>');
    sheet.columnWidths.forEach((w, i) => out.write(`<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`));
    out.write('</cols>');
  }
  out.write('<sheetData>');
  const heights = sheet.rowHeights ?? [];
  const letters = Array.from({ length: width }, (_, c) => columnLetter(c));
  // Internal links to the source cells, written after the cells (100 000 in a large Сводная).
  const links: string[] = [];
  let r = -1;
  for (const row of sheet.rows) {
    r++;
    const h = heights[r];
    const n = r + 1;
    const attrs = `r="${n}"${h ? ` ht="${h}" customHeight="1"` : ''}`;
    let cells = '';
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell) continue;
      cells += cellXml(letters[c] + n, cell, xfOf(cell));
      if (isLink(cell)) links.push(`<hyperlink ref="${letters[c]}${n}" location="${xmlText(cell.link!)}" display="${xmlText(String(cell.value))}"/>`);
    }
    if (cells !== '' || h) out.write(cells === '' ? `<row ${attrs}/>` : `<row ${attrs}>${cells}</row>`);
  }
  out.write('</sheetData>');
  if (sheet.merges && sheet.merges.length > 0) {
    out.write(`<mergeCells count="${sheet.merges.length}">`);
    for (const m of sheet.merges) out.write(`<mergeCell ref="${localAddress(m.top, m.left)}:${localAddress(m.bottom, m.right)}"/>`);
    out.write('</mergeCells>');
  }
  let priority = 1;
  for (const scale of sheet.colorScales ?? []) {
    const colors = scale.mid ? [scale.low, scale.mid, scale.high] : [scale.low, scale.high];
    const cfvo = scale.mid ? '<cfvo type="min"/><cfvo type="percentile" val="50"/><cfvo type="max"/>' : '<cfvo type="min"/><cfvo type="max"/>';
    out.write(
      `<conditionalFormatting sqref="${ref(scale.range)}"><cfRule type="colorScale" priority="${priority++}"><colorScale>${cfvo}` +
        `${colors.map((h) => `<color rgb="FF${h}"/>`).join('')}</colorScale></cfRule></conditionalFormatting>`,
    );
  }
  if (links.length > 0) {
    out.write('<hyperlinks>');
    for (const link of links) out.write(link);
    out.write('</hyperlinks>');
  }
  out.write('<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>');
  if (sheet.print) {
    out.write(`<pageSetup paperSize="9" orientation="${sheet.print.orientation}"${sheet.print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`);
  }
  if (drawingRId) out.write(`<drawing r:id="${drawingRId}"/>`);
  if (tableRIds.length > 0) out.write(`<tableParts count="${tableRIds.length}">${tableRIds.map((id) => `<tablePart r:id="${id}"/>`).join('')}</tableParts>`);
  out.write('</worksheet>');
}

/** A table part: header row texts as column names (the plan makes them unique), striped rows, filter buttons. */
export function tableXml(id: number, name: string, sheet: OutputSheet, t: { headerRow: number; lastRow: number; columns: number; style?: string }): string {
  const refRange = `A${t.headerRow + 1}:${columnLetter(t.columns - 1)}${t.lastRow + 1}`;
  const headers = (sheet.rows.at(t.headerRow) ?? []).slice(0, t.columns);
  const columns = Array.from({ length: t.columns }, (_, i) => {
    const v = headers[i]?.value;
    return `<tableColumn id="${i + 1}" name="${xmlText(v === null || v === undefined || v === '' ? `Столбец ${i + 1}` : String(v))}"/>`;
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="${NS}" id="${id}" name="${xmlText(name)}" displayName="${xmlText(name)}" ref="${refRange}" totalsRowShown="0">` +
    `<autoFilter ref="${refRange}"/><tableColumns count="${t.columns}">${columns.join('')}</tableColumns>` +
    `<tableStyleInfo name="${xmlText(t.style ?? 'TableStyleLight9')}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}
