/**
 * The command line's record of the sheets it wrote into a result workbook, kept inside the
 * workbook so that analysing the result workbook again replaces those sheets (METHODOLOGY §7,
 * «re-running replaces them») instead of adding «Сводная (2)» beside them, and does not read
 * them as data.
 *
 * Where it lives — one hidden workbook-level defined name per result sheet, `_metodMonitor_sheet1`,
 * `_metodMonitor_sheet2`, …, each referring to cell A1 of its sheet: «'Сводная'!$A$1». A
 * reference, not a list of names or sheetIds, because the spreadsheet keeps it true for us:
 * - when the user renames a result sheet, Excel and LibreOffice rewrite the reference, so the
 *   renamed sheet is still known as ours (as the add-in knows its sheets by id);
 * - when the user deletes it, the reference becomes #REF!, so a sheet the user then makes under
 *   the same name is never taken for ours;
 * - when the user copies our sheet, Excel copies the names that refer to it as names local to
 *   the copy — only workbook-level names are read, so the copy stays the user's;
 * - one plain single-cell reference per name: a name that joins cells of several sheets is not a
 *   reference every spreadsheet accepts;
 * - a hidden name is not listed in Excel's Name Manager or Go To, and tools that rewrite a
 *   workbook keep a name that refers to cells (exceljs drops a name holding a text constant —
 *   measured: the first version of this record, a list of sheetIds, did not survive it).
 * The add-in in a live workbook keeps its own record in `workbook.settings` (office/registry.ts).
 *
 * Example:
 *   const wb = withOwnershipRecord(workbookXml, ['Сводная', 'Справка']);
 *   ownedSheetNames(wb) // → ['Сводная', 'Справка']
 *   ownedSheetNames('<workbook>…</workbook>') // → null (no record: the workbook is not a result)
 */

import { firstIndexOf, unescapeXml } from './packageParts';
import { xmlElementText } from '../chartParts';
import { OWNERSHIP_PREFIX, ownershipName, quotedSheet, sheetsOfReferences } from '../../shared/ownershipRecord';

export { sheetsOfReferences } from '../../shared/ownershipRecord';

/** Every defined name of the record, workbook-level or not (an earlier run's one-name list `_metodMonitor_sheets` included). */
const RECORD_RE = new RegExp(`<definedName\\b([^>]*)\\bname="${OWNERSHIP_PREFIX}(?:s|\\d+)"([^>]*)>([^<]*)</definedName>`, 'g');
/** CT_Workbook elements that follow <definedNames>: it goes before the first of them. */
const AFTER_DEFINED_NAMES = ['<calcPr', '<oleSize', '<customWorkbookViews', '<pivotCaches', '<smartTagPr', '<smartTagTypes', '<webPublishing', '<fileRecoveryPr', '<webPublishObjects', '<extLst', '</workbook>'];

/** The result sheets the workbook's record names, or null when it holds no record. */
export function ownedSheetNames(workbookXml: string): string[] | null {
  let found = false;
  const out: string[] = [];
  for (const m of workbookXml.matchAll(RECORD_RE)) {
    // A name local to a sheet is Excel's copy of ours made when the user copied a result sheet.
    if (/\blocalSheetId=/.test(m[1] + m[2])) continue;
    found = true;
    for (const sheet of sheetsOfReferences(unescapeXml(m[3]))) if (!out.includes(sheet)) out.push(sheet);
  }
  return found ? out : null;
}

/** The workbook XML with the record set to these sheets (replacing an earlier record; local copies of it stay as Excel made them). */
export function withOwnershipRecord(workbookXml: string, sheets: string[]): string {
  let xml = workbookXml.replace(RECORD_RE, (whole, before: string, after: string) => (/\blocalSheetId=/.test(before + after) ? whole : ''));
  xml = xml.replace(/<definedNames>\s*<\/definedNames>/, '');
  if (sheets.length === 0) return xml;
  const elements = sheets.map((n, i) => `<definedName name="${ownershipName(i + 1)}" hidden="1">${xmlElementText(`${quotedSheet(n)}!$A$1`)}</definedName>`).join('');
  const open = /<definedNames\b[^>]*\/>|<\/definedNames>/.exec(xml);
  if (open) {
    return open[0] === '</definedNames>'
      ? xml.slice(0, open.index) + elements + xml.slice(open.index)
      : xml.slice(0, open.index) + `<definedNames>${elements}</definedNames>` + xml.slice(open.index + open[0].length);
  }
  // Only the workbook's own children count: a workbookView can hold an <extLst> of its own.
  const at = firstIndexOf(xml, AFTER_DEFINED_NAMES);
  if (at < 0) throw new Error('ownership: a workbook part without </workbook>');
  return `${xml.slice(0, at)}<definedNames>${elements}</definedNames>${xml.slice(at)}`;
}
