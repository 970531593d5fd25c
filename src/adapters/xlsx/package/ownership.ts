/**
 * The command line's record of the sheets it wrote into a result workbook, kept inside the
 * workbook so that analysing the result workbook again replaces those sheets (METHODOLOGY §7,
 * «re-running replaces them») instead of adding «Сводная (2)» beside them, and does not read
 * them as data.
 *
 * Where it lives — a hidden workbook-level defined name, `_metodMonitor_sheets`, that refers to
 * cell A1 of each result sheet: «'Сводная'!$A$1,'Справка'!$A$1,…». A reference, not a list of
 * names or sheetIds, because the spreadsheet keeps it true for us:
 * - when the user renames a result sheet, Excel and LibreOffice rewrite the reference, so the
 *   renamed sheet is still known as ours (as the add-in knows its sheets by id);
 * - when the user deletes it, the reference becomes #REF!, so a sheet the user then makes under
 *   the same name is never taken for ours; a copy of our sheet is not referred to either;
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

import { unescapeXml } from './packageParts';
import { xmlElementText } from '../chartParts';

export const OWNERSHIP_NAME = '_metodMonitor_sheets';

const NAME_RE = new RegExp(`<definedName\\b[^>]*\\bname="${OWNERSHIP_NAME}"[^>]*>([^<]*)</definedName>`);
/** CT_Workbook elements that follow <definedNames>: it goes before the first of them. */
const AFTER_DEFINED_NAMES = ['<calcPr', '<oleSize', '<customWorkbookViews', '<pivotCaches', '<smartTagPr', '<smartTagTypes', '<webPublishing', '<fileRecoveryPr', '<webPublishObjects', '<extLst', '</workbook>'];

/** Sheet names in a reference list «'Свод ная'!$A$1,Лист2!$A$1,#REF!$A$1» (#REF! skipped). */
export function sheetsOfReferences(formula: string): string[] {
  const out: string[] = [];
  const re = /(?:^|,)\s*(?:'((?:[^']|'')+)'|([^'!,]+))!/g;
  for (const m of formula.matchAll(re)) {
    const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2].trim();
    if (name !== '#REF' && !name.startsWith('#')) out.push(name);
  }
  return out;
}

/** The result sheets the workbook's record names, or null when it holds no record. */
export function ownedSheetNames(workbookXml: string): string[] | null {
  const m = NAME_RE.exec(workbookXml);
  return m ? sheetsOfReferences(unescapeXml(m[1])) : null;
}

/** A sheet name quoted for a reference: 'Проверка данных', with an apostrophe doubled. */
function quoted(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The workbook XML with the record set to these sheets (replacing an earlier record). */
export function withOwnershipRecord(workbookXml: string, sheets: string[]): string {
  const refs = sheets.map((n) => `${quoted(n)}!$A$1`).join(',');
  const element = `<definedName name="${OWNERSHIP_NAME}" hidden="1">${xmlElementText(refs)}</definedName>`;
  if (sheets.length === 0) return workbookXml.replace(NAME_RE, '').replace(/<definedNames>\s*<\/definedNames>/, '');
  if (NAME_RE.test(workbookXml)) return workbookXml.replace(NAME_RE, () => element);
  const open = /<definedNames\b[^>]*\/>|<\/definedNames>/.exec(workbookXml);
  if (open) {
    return open[0] === '</definedNames>'
      ? workbookXml.slice(0, open.index) + element + workbookXml.slice(open.index)
      : workbookXml.slice(0, open.index) + `<definedNames>${element}</definedNames>` + workbookXml.slice(open.index + open[0].length);
  }
  let at = -1;
  for (const tag of AFTER_DEFINED_NAMES) {
    const i = workbookXml.indexOf(tag, workbookXml.indexOf('</sheets>'));
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) throw new Error('ownership: a workbook part without </workbook>');
  return `${workbookXml.slice(0, at)}<definedNames>${element}</definedNames>${workbookXml.slice(at)}`;
}
