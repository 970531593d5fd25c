/**
 * Writes the result workbook at the package level: the input file's parts are kept byte for
 * byte (the user's sheets, styles, drawings, charts, pivot tables — whatever they hold, even
 * what exceljs does not model), except for what must change to add the results:
 *   - styles.xml gains the result sheets' formats and the two highlight dxfs (appended, so the
 *     user's cells keep theirs — styleSheet.ts);
 *   - each source sheet with highlights gains its <conditionalFormatting> elements, in their
 *     schema place;
 *   - workbook.xml, its relationships and [Content_Types].xml list the new sheets, tables,
 *     drawings and charts.
 * The result sheets are written as SpreadsheetML directly (sheetXml.ts), the charts as
 * DrawingML (addChartsToPackage.ts).
 *
 * Used for a single input file; several files read as one still go through exceljs, which
 * copies the sheets of the other files cell by cell (writeResultWorkbook.ts).
 *
 * Example:
 *   const bytes = await writePackage(loaded.files[0].bytes, plan, ['Сводная', 'Справка', …]);
 */

import { rowsWidth, tablesOf, type Highlight, type OutputPlan, type OutputSheet, type OutRow, type SheetRows } from '../../../engine/output/plan';
import { addChartsToStore } from '../addChartsToPackage';
import { xmlText } from '../chartParts';
import { StyleSheet } from './styleSheet';
import { cellXfs, tableXml, writeSheetXml } from './sheetXml';
import { PartStore } from './partStore';
import { firstIndexOf, sheetPartsOf, unescapeXml } from './packageParts';
import { ownedSheetNames, withOwnershipRecord } from './ownership';
import { removeSheets } from './removeSheets';
import { highlightDxfIds, withoutOwnHighlights } from './removeOwnHighlights';

const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_SHEET = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const REL_TABLE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table';
const CT_SHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const CT_TABLE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';
/** CT_Worksheet elements that follow <conditionalFormatting>: new rules go before the first of them. */
const AFTER_CF = ['<dataValidations', '<hyperlinks', '<printOptions', '<pageMargins', '<pageSetup', '<headerFooter', '<rowBreaks', '<colBreaks', '<customProperties', '<cellWatches', '<ignoredErrors', '<smartTags', '<drawing', '<legacyDrawing', '<legacyDrawingHF', '<drawingHF', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>'];

/** The highest priority of the sheet's existing rules: new rules come after the user's. */
function maxPriority(xml: string): number {
  let max = 0;
  for (const m of xml.matchAll(/<cfRule\b[^>]*\bpriority="(\d+)"/g)) max = Math.max(max, Number(m[1]));
  return max;
}

/**
 * The user's sheet with the highlight rules in their schema place, deflated as it is put
 * together. Worked on bytes, not text: a 100,000-row source sheet is tens of megabytes, and
 * everything that can follow the rules (and the user's own rules, whose priorities come first)
 * lies after </sheetData>, so only that tail is decoded; the cells are copied as they are, and
 * never joined into a second buffer.
 */
function sealWithHighlights(zip: PartStore, part: string, highlights: Highlight[], styles: StyleSheet): void {
  const xml = zip.bytes(part);
  const dataEnd = xml.lastIndexOf('</sheetData>');
  const tailAt = dataEnd >= 0 ? dataEnd : 0;
  const tail = xml.toString('utf8', tailAt);
  let priority = maxPriority(tail);
  const rules = highlights
    .filter((h) => h.ranges.length > 0)
    .map((h) => {
      priority++;
      return `<conditionalFormatting sqref="${h.ranges.join(' ')}"><cfRule type="expression" dxfId="${styles.dxf(h.kind)}" priority="${priority}"><formula>TRUE</formula></cfRule></conditionalFormatting>`;
    })
    .join('');
  const at = firstIndexOf(tail, AFTER_CF, dataEnd >= 0 ? 2 : 0);
  if (at < 0) throw new Error('writePackage: a worksheet part without </worksheet>');
  const cut = tailAt + Buffer.byteLength(tail.slice(0, at), 'utf8');
  zip.sealWith(part, (sink) => {
    sink.writeBytes(xml.subarray(0, cut));
    sink.write(rules);
    sink.writeBytes(xml.subarray(cut));
  });
}

/** A workbook an earlier run wrote: its result sheets and its highlights on the user's sheets go. */
function replaceEarlierRun(zip: PartStore, owned: string[]): void {
  removeSheets(zip, owned);
  const ours = highlightDxfIds(zip.text('xl/styles.xml'));
  const { parts } = sheetPartsOf(zip.text('xl/workbook.xml'), zip.text('xl/_rels/workbook.xml.rels'));
  for (const part of parts.values()) {
    if (!zip.has(part)) continue;
    const cleaned = withoutOwnHighlights(zip.bytes(part), ours);
    if (cleaned) zip.seal(part, cleaned);
  }
}

export async function writePackage(input: Buffer, given: OutputPlan, names: string[], owned: string[] = []): Promise<Buffer[]> {
  // Excel needs a header text in every table column: an empty header cell gets the column's
  // name, in a copy of the header row put over the sheet's rows — the caller's plan stays as
  // it was, and no other row is copied (77,000 rows of Дефициты, rows made on request).
  const plan: OutputPlan = { ...given, sheets: given.sheets.map(withTableHeaders) };
  const zip = PartStore.read(input);
  const workbookPath = 'xl/workbook.xml';
  if (ownedSheetNames(zip.text(workbookPath)) !== null) replaceEarlierRun(zip, owned);
  let workbook = zip.text(workbookPath);
  let workbookRels = zip.text('xl/_rels/workbook.xml.rels');
  let types = zip.text('[Content_Types].xml');

  // Source sheets by name → part, for the highlights.
  const sheetMap = sheetPartsOf(workbook, workbookRels);
  const partOf = sheetMap.parts;
  let maxSheetId = sheetMap.maxSheetId;

  // Styles: each format is registered as the sheets are written, and merged into styles.xml
  // once they all are (the indices are known from the start, StyleSheet).
  const inputStyles = zip.text('xl/styles.xml');
  const styles = new StyleSheet(inputStyles);
  const xfOf = cellXfs(styles);

  // Highlights on the user's sheets.
  const bySheet = new Map<string, Highlight[]>();
  for (const h of plan.highlights) bySheet.set(h.sheet, [...(bySheet.get(h.sheet) ?? []), h]);
  for (const [sheet, list] of bySheet) {
    const part = partOf.get(sheet);
    if (!part || !zip.has(part)) continue; // a highlight on a sheet that is not there: nothing to mark
    sealWithHighlights(zip, part, list, styles);
  }

  // Table ids and names must be unique in the workbook.
  let tableId = 0;
  const usedTableNames = new Set<string>();
  for (const f of zip.names()) {
    if (!/^xl\/tables\/[^/]+\.xml$/.test(f)) continue;
    const xml = zip.text(f);
    const m = /<table\b[^>]*\bid="(\d+)"/.exec(xml);
    if (m) tableId = Math.max(tableId, Number(m[1]));
    const n = /<table\b[^>]*\bname="([^"]+)"/.exec(xml);
    if (n) usedTableNames.add(unescapeXml(n[1]).toLowerCase());
  }

  // Part names as Excel writes them (sheetN.xml, tableN.xml) with numbers not yet used: readers
  // such as exceljs find worksheets and tables by these names, not through the relationships.
  const numbers = (re: RegExp) => zip.names().map((f) => Number(re.exec(f)?.[1] ?? 0));
  let sheetNo = Math.max(0, ...numbers(/^xl\/worksheets\/sheet(\d+)\.xml$/));
  let tableNo = Math.max(0, ...numbers(/^xl\/tables\/table(\d+)\.xml$/));
  const sheetEntries: string[] = [];
  let ridNo = 0;
  const nextRid = () => {
    let id: string;
    do id = `rIdMm${++ridNo}`;
    while (workbookRels.includes(`Id="${id}"`));
    return id;
  };
  plan.sheets.forEach((sheet, i) => {
    const name = names[i];
    const file = `sheet${++sheetNo}.xml`;
    const part = `xl/worksheets/${file}`;
    const rels: string[] = [];
    const tableRIds: string[] = [];
    for (const [j, t] of tablesOf(sheet).entries()) {
      tableId++;
      let tname = t.name;
      for (let k = 2; usedTableNames.has(tname.toLowerCase()); k++) tname = `${t.name}_${k}`;
      usedTableNames.add(tname.toLowerCase());
      const tablePart = `xl/tables/table${++tableNo}.xml`;
      zip.set(tablePart, tableXml(tableId, tname, sheet, t));
      types = types.replace('</Types>', `<Override PartName="/${tablePart}" ContentType="${CT_TABLE}"/></Types>`);
      const rid = `rIdT${j + 1}`;
      tableRIds.push(rid);
      rels.push(`<Relationship Id="${rid}" Type="${REL_TABLE}" Target="../tables/table${tableNo}.xml"/>`);
    }
    // Deflated at once: the next sheet's XML is built while only this one's bytes are held.
    zip.sealWith(part, (sink) => writeSheetXml(sheet, xfOf, tableRIds, null, sink));
    if (rels.length > 0) {
      zip.set(`xl/worksheets/_rels/${file}.rels`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}">${rels.join('')}</Relationships>`);
    }
    types = types.replace('</Types>', `<Override PartName="/${part}" ContentType="${CT_SHEET}"/></Types>`);
    const rid = nextRid();
    workbookRels = workbookRels.replace('</Relationships>', `<Relationship Id="${rid}" Type="${REL_SHEET}" Target="worksheets/${file}"/></Relationships>`);
    sheetEntries.push(`<sheet name="${xmlText(name)}" sheetId="${++maxSheetId}" r:id="${rid}"/>`);
  });
  zip.set('xl/styles.xml', styles.mergeInto(inputStyles));
  workbook = withOwnershipRecord(workbook.replace('</sheets>', `${sheetEntries.join('')}</sheets>`), names);
  if (!/<workbook\b[^>]*xmlns:r=/.test(workbook)) {
    workbook = workbook.replace(/<workbook\b/, '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"');
  }
  zip.set(workbookPath, workbook);
  zip.set('xl/_rels/workbook.xml.rels', workbookRels);
  zip.set('[Content_Types].xml', types);
  addChartsToStore(zip, plan.sheets.map((s, i) => ({ sheet: names[i], charts: s.charts ?? [] })));
  // Parts never read are copied as stored; [Content_Types].xml first, as Excel writes it.
  return zip.toChunks();
}

/** The sheet with every empty header cell of its tables named «Столбец N» (see writePackage). */
function withTableHeaders(sheet: OutputSheet): OutputSheet {
  const fixed = new Map<number, OutRow>();
  for (const t of tablesOf(sheet)) {
    const header = fixed.get(t.headerRow) ?? sheet.rows.at(t.headerRow)?.slice();
    if (!header) continue;
    for (let c = 0; c < t.columns; c++) {
      const cell = header[c];
      if (!cell || cell.value === null || cell.value === '') header[c] = { ...(cell ?? {}), value: `Столбец ${c + 1}`, style: 'header' };
    }
    fixed.set(t.headerRow, header);
  }
  if (fixed.size === 0) return sheet;
  const rows = sheet.rows;
  const at = (r: number): OutRow | undefined => fixed.get(r) ?? rows.at(r);
  return {
    ...sheet,
    rows: {
      length: rows.length,
      at,
      *[Symbol.iterator]() {
        for (let r = 0; r < rows.length; r++) yield at(r)!;
      },
      widthFrom(from: number) {
        let width = rowsWidth(rows, from);
        for (const [r, row] of fixed) if (r >= from) width = Math.max(width, row.length);
        return width;
      },
    } satisfies SheetRows,
  };
}
