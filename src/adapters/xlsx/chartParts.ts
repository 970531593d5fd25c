/**
 * The SpreadsheetML parts of one `ChartSpec` (a bar or column chart of one series with a colour
 * per point): the chart part (DrawingML chart) and the drawing that anchors it on the sheet.
 * exceljs cannot create charts, so addChartsToPackage.ts adds these parts to the package it
 * wrote. The chart references the sheet's cells, so it follows the data when a value changes.
 *
 * Element order follows the ECMA-376 schema (CT_ChartSpace, CT_BarChart, CT_BarSer, CT_CatAx,
 * CT_ValAx): Excel refuses a chart whose children are out of order.
 *
 * Example:
 *   chartXml({ type: 'bar', title: 'Общее выполнение', categories: 'B4:B8', values: 'F4:F8', anchor: { row: 2, col: 9 } }, 'Сводная')
 *   // → '<?xml …?><c:chartSpace …><c:chart><c:title>…<c:f>\'Сводная\'!$B$4:$B$8</c:f>…'
 */

import type { ChartSpec } from '../../engine/output/plan';
import { quoteSheetName } from '../../engine/address';

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const SERIES_COLOR = '4472C4';

/** Text for XML: the five entities, and the control characters XML 1.0 forbids removed. */
const TEXT_NEEDS_ESCAPE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF&<>]/;

/**
 * Text inside an element (a value, a formula): only &, < and > need escaping there, so a
 * formula such as 'Форма ММС'!D7 — every live cell of a large «Сводная» — is written as it is.
 */
export function xmlElementText(s: string): string {
  if (!TEXT_NEEDS_ESCAPE.test(s)) return s;
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

const NEEDS_ESCAPE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF&<>"']/;

export function xmlText(s: string): string {
  // Most texts need nothing: one scan instead of six replacements (700 000 cells in a large Дефициты).
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** 'B4:B8' on sheet «Сводная» → "'Сводная'!$B$4:$B$8". */
export function absoluteRange(sheet: string, local: string): string {
  const abs = local
    .split(':')
    .map((a) => a.replace(/^\$?([A-Za-z]+)\$?(\d+)$/, (_, c: string, r: string) => `$${c.toUpperCase()}$${r}`))
    .join(':');
  return `${quoteSheetName(sheet)}!${abs}`;
}

/** Number of cells in a one-column or one-row range 'B4:B8' (5). */
function rangeLength(local: string): number {
  const [a, b] = local.split(':');
  const row = (x: string) => Number(/(\d+)$/.exec(x)?.[1] ?? 0);
  return b ? Math.abs(row(b) - row(a)) + 1 : 1;
}

function fill(hex: string): string {
  return `<c:spPr><a:solidFill><a:srgbClr val="${hex}"/></a:solidFill></c:spPr>`;
}

export function chartXml(spec: ChartSpec, sheet: string): string {
  const points = (spec.pointColors ?? []).slice(0, rangeLength(spec.values));
  const dPts = points
    .map((hex, i) => `<c:dPt><c:idx val="${i}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>${fill(hex)}</c:dPt>`)
    .join('');
  // Horizontal bars list the categories top to bottom in sheet order: the category axis runs maxMin.
  const horizontal = spec.type === 'bar';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    `<c:roundedCorners val="0"/>` +
    `<c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="ru-RU" sz="1200" b="1"/><a:t>${xmlText(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="${horizontal ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/>${fill(SERIES_COLOR)}<c:invertIfNegative val="0"/>${dPts}` +
    `<c:cat><c:strRef><c:f>${xmlText(absoluteRange(sheet, spec.categories))}</c:f></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${xmlText(absoluteRange(sheet, spec.values))}</c:f></c:numRef></c:val>` +
    `</c:ser>` +
    `<c:gapWidth val="60"/><c:axId val="50010"/><c:axId val="50020"/></c:barChart>` +
    `<c:catAx><c:axId val="50010"/><c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="50020"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="50020"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? 't' : 'l'}"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="50010"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart>` +
    `</c:chartSpace>`
  );
}

/** Rows the chart spans: one per category, at least 15, at most 40 (a long list scrolls inside Excel's frame anyway). */
export function chartHeightRows(spec: ChartSpec): number {
  return Math.max(15, Math.min(40, Math.ceil(rangeLength(spec.categories) * 0.9) + 4));
}

/** The drawing part: every chart of the sheet at its anchor, 8 columns wide; `rIds[i]` names chart i. */
export function drawingXml(specs: ChartSpec[], rIds: string[]): string {
  const anchors = specs
    .map((spec, i) => {
      const from = spec.anchor;
      return (
        `<xdr:twoCellAnchor editAs="oneCell">` +
        `<xdr:from><xdr:col>${from.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
        `<xdr:to><xdr:col>${from.col + 8}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from.row + chartHeightRows(spec)}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Диаграмма ${i + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="${rIds[i]}"/></a:graphicData></a:graphic>` +
        `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">${anchors}</xdr:wsDr>`;
}
