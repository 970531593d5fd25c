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

/**
 * Position of the first direct child of the root element (or the root's end tag) among the tags,
 * or −1: where an element goes in its schema order. Only children of the root count — a
 * `<cfRule>` of a data bar holds its own `<extLst>`, and an autofilter column can too; inserting
 * before one of those put our rules inside the user's rule. `xml` may be a tail of the part: with
 * `depth` 2 it starts inside a child of the root (the tail from `</sheetData>`).
 *
 * Example:
 *   firstIndexOf('<worksheet><a><extLst/></a><extLst/></worksheet>', ['<extLst']) // → 27
 */
export function firstIndexOf(xml: string, tags: string[], depth = 0): number {
  const wanted = new Set(tags.filter((t) => !t.startsWith('</')).map((t) => t.slice(1)));
  let level = depth;
  const tag = /<(\/?)([A-Za-z_][\w:.-]*)[^>]*?(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/g;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const name = m[2];
    if (name === undefined) continue; // a comment, processing instruction or CDATA
    if (m[1] === '/') {
      if (level === 1 && tags.includes(`</${name}>`)) return m.index; // the root's end
      level--;
    } else {
      if (level === 1 && wanted.has(name)) return m.index;
      if (m[3] !== '/') level++;
    }
  }
  return -1;
}
