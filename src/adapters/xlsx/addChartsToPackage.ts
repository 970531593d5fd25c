/**
 * Adds the plan's charts to a workbook package exceljs has written (exceljs reads and writes
 * no charts): per sheet with charts, a drawing part with one anchored chart per `ChartSpec`,
 * the chart parts, their relationships, the `<drawing>` element in the sheet and the content
 * types. Every other part is left byte for byte as exceljs wrote it. The new parts have names
 * of their own (mmDrawing1.xml, mmChart1.xml), so they cannot collide with the user's drawings.
 *
 * Example:
 *   const bytes = await addChartsToPackage(await wb.xlsx.writeBuffer(), [{ sheet: 'Сводная', charts: plan.sheets[0].charts! }]);
 */

import JSZip from 'jszip';
import type { ChartSpec } from '../../engine/output/plan';
import { chartXml, drawingXml } from './chartParts';
import { firstIndexOf, sheetPartsOf } from './package/packageParts';

export interface SheetCharts {
  /** The sheet's name as written in the workbook. */
  sheet: string;
  charts: ChartSpec[];
}

const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** CT_Worksheet elements that come after <drawing>: it goes before the first of them. */
const AFTER_DRAWING = ['<legacyDrawing', '<legacyDrawingHF', '<drawingHF', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>'];

/** Sheet name → path of its part in the package ('xl/worksheets/sheet3.xml'). */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  return sheetPartsOf(workbook, rels).parts;
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

function withRelationship(rels: string | null, id: string, type: string, target: string): string {
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
  if (!rels) return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}">${rel}</Relationships>`;
  return rels.replace('</Relationships>', `${rel}</Relationships>`);
}

/** The sheet XML with `<drawing r:id>` in its schema place, and the r: namespace declared. */
function withDrawing(sheetXml: string, rId: string): string {
  let xml = sheetXml;
  const root = /<worksheet\b[^>]*>/.exec(xml);
  if (root && !/\bxmlns:r=/.test(root[0])) xml = xml.replace(root[0], root[0].replace(/>$/, ` xmlns:r="${NS_R}">`));
  const at = firstIndexOf(xml, AFTER_DRAWING);
  if (at < 0) throw new Error('addChartsToPackage: a worksheet part without </worksheet>');
  return `${xml.slice(0, at)}<drawing r:id="${rId}"/>${xml.slice(at)}`;
}

export async function addChartsToPackage(bytes: Buffer | ArrayBuffer | Uint8Array, sheets: SheetCharts[]): Promise<Buffer> {
  if (!sheets.some((s) => s.charts.length > 0)) return Buffer.from(bytes as ArrayBuffer);
  const zip = await JSZip.loadAsync(bytes);
  await addChartsToZip(zip, sheets);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** The same on a package already open (the package writer adds its charts before zipping once). */
export async function addChartsToZip(zip: JSZip, sheets: SheetCharts[]): Promise<void> {
  const wanted = sheets.filter((s) => s.charts.length > 0);
  if (wanted.length === 0) return;
  const parts = await sheetParts(zip);
  let types = await zip.file('[Content_Types].xml')!.async('string');
  let drawingNo = 0;
  let chartNo = 0;
  for (const { sheet, charts } of wanted) {
    const part = parts.get(sheet);
    if (!part || !zip.file(part)) throw new Error(`addChartsToPackage: no worksheet part for «${sheet}»`);
    drawingNo++;
    const drawing = `xl/drawings/mmDrawing${drawingNo}.xml`;
    const chartRIds: string[] = [];
    let drawingRels: string | null = null;
    for (const spec of charts) {
      chartNo++;
      const chart = `xl/charts/mmChart${chartNo}.xml`;
      zip.file(chart, chartXml(spec, sheet));
      types = types.replace('</Types>', `<Override PartName="/${chart}" ContentType="${CT_CHART}"/></Types>`);
      const rId = `rId${chartRIds.length + 1}`;
      chartRIds.push(rId);
      drawingRels = withRelationship(drawingRels, rId, REL_CHART, `../charts/mmChart${chartNo}.xml`);
    }
    zip.file(drawing, drawingXml(charts, chartRIds));
    zip.file(relsPathOf(drawing), drawingRels!);
    types = types.replace('</Types>', `<Override PartName="/${drawing}" ContentType="${CT_DRAWING}"/></Types>`);

    const sheetRelsPath = relsPathOf(part);
    const sheetRels = zip.file(sheetRelsPath) ? await zip.file(sheetRelsPath)!.async('string') : null;
    const rId = `rIdMmDrawing${drawingNo}`;
    zip.file(sheetRelsPath, withRelationship(sheetRels, rId, REL_DRAWING, `../drawings/mmDrawing${drawingNo}.xml`));
    zip.file(part, withDrawing(await zip.file(part)!.async('string'), rId));
  }
  zip.file('[Content_Types].xml', types);
}
