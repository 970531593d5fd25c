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

import type { ChartSpec } from '../../engine/output/plan';
import { chartXml, drawingXml } from './chartParts';
import { firstIndexOf, sheetPartsOf } from './package/packageParts';
import { PartStore } from './package/partStore';

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
function sheetParts(store: PartStore): Map<string, string> {
  return sheetPartsOf(store.text('xl/workbook.xml'), store.text('xl/_rels/workbook.xml.rels')).parts;
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
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes as ArrayBuffer);
  if (!sheets.some((s) => s.charts.length > 0)) return buffer;
  const store = PartStore.read(buffer);
  addChartsToStore(store, sheets);
  return Buffer.concat(store.toChunks());
}

/** The same on a package already open (the package writer adds its charts before zipping once). */
export function addChartsToStore(store: PartStore, sheets: SheetCharts[]): void {
  const wanted = sheets.filter((s) => s.charts.length > 0);
  if (wanted.length === 0) return;
  const parts = sheetParts(store);
  let types = store.text('[Content_Types].xml');
  let drawingNo = 0;
  let chartNo = 0;
  for (const { sheet, charts } of wanted) {
    const part = parts.get(sheet);
    if (!part || !store.has(part)) throw new Error(`addChartsToPackage: no worksheet part for «${sheet}»`);
    drawingNo++;
    const drawing = `xl/drawings/mmDrawing${drawingNo}.xml`;
    const chartRIds: string[] = [];
    let drawingRels: string | null = null;
    for (const spec of charts) {
      chartNo++;
      const chart = `xl/charts/mmChart${chartNo}.xml`;
      store.set(chart, chartXml(spec, sheet));
      types = types.replace('</Types>', `<Override PartName="/${chart}" ContentType="${CT_CHART}"/></Types>`);
      const rId = `rId${chartRIds.length + 1}`;
      chartRIds.push(rId);
      drawingRels = withRelationship(drawingRels, rId, REL_CHART, `../charts/mmChart${chartNo}.xml`);
    }
    store.set(drawing, drawingXml(charts, chartRIds));
    store.set(relsPathOf(drawing), drawingRels!);
    types = types.replace('</Types>', `<Override PartName="/${drawing}" ContentType="${CT_DRAWING}"/></Types>`);

    const sheetRelsPath = relsPathOf(part);
    const rId = `rIdMmDrawing${drawingNo}`;
    store.set(sheetRelsPath, withRelationship(store.textOrNull(sheetRelsPath), rId, REL_DRAWING, `../drawings/mmDrawing${drawingNo}.xml`));
    store.set(part, withDrawing(store.text(part), rId));
  }
  store.set('[Content_Types].xml', types);
}
