/**
 * Reading a workbook package's map: which part holds which sheet (xl/workbook.xml and its
 * relationships), and the small XML helpers the package writer and the chart writer share.
 *
 * Example:
 *   sheetPartsOf(workbookXml, relsXml).get('Сводная') // → 'xl/worksheets/sheet2.xml'
 */

export function unescapeXml(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Relationship id → part path from the package root ('xl/worksheets/sheet1.xml'). */
export function relationshipTargets(relsXml: string, base = 'xl/'): Map<string, string> {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `${base}${target}`);
  }
  return targets;
}

/** Sheet name → its part, and the highest sheetId in use. */
export function sheetPartsOf(workbookXml: string, relsXml: string): { parts: Map<string, string>; maxSheetId: number } {
  const targets = relationshipTargets(relsXml);
  const parts = new Map<string, string>();
  let maxSheetId = 0;
  for (const m of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const rid = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    maxSheetId = Math.max(maxSheetId, Number(/\bsheetId="(\d+)"/.exec(m[0])?.[1] ?? 0));
    if (name !== undefined && rid && targets.has(rid)) parts.set(unescapeXml(name), targets.get(rid)!);
  }
  return { parts, maxSheetId };
}

/** Position of the first of the tags in the XML, or −1: where an element goes in its schema order. */
export function firstIndexOf(xml: string, tags: string[]): number {
  let at = -1;
  for (const tag of tags) {
    const i = xml.indexOf(tag);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  return at;
}
