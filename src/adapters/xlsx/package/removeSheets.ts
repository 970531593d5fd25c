/**
 * Removes whole worksheets from a workbook package: the result sheets an earlier run wrote,
 * before the new ones are added (re-running replaces them — METHODOLOGY §7). Only sheets the
 * ownership record names (ownership.ts) are ever passed here.
 *
 * A sheet is more than its part: its relationships lead to its tables, drawings, charts (and
 * their styles), comments; each is removed with it unless a part that stays refers to it too.
 * workbook.xml loses the <sheet> entry, and the sheet-scoped defined names (an autofilter's
 * _FilterDatabase, a print area) go with it, while the localSheetId of the names of the sheets
 * after it move down by one. The calculation chain names cells by sheet and is only a cache, so
 * it is dropped and Excel rebuilds it on load (otherwise Excel reports the file as damaged).
 *
 * Example:
 *   removeSheets(store, ['Сводная', 'Дефициты']);  // the parts gone, workbook.xml, rels and content types updated
 */

import type { PartStore } from './partStore';
import { unescapeXml } from './packageParts';

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const TYPES = '[Content_Types].xml';
const CALC_CHAIN = 'xl/calcChain.xml';

/** 'xl/worksheets/sheet3.xml' → 'xl/worksheets/_rels/sheet3.xml.rels' */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the folder of the part that names it. */
function resolveTarget(source: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = source.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** Internal targets of a part's relationships (external links and hyperlinks are not parts). */
function targetsOf(store: PartStore, part: string): string[] {
  const rels = store.textOrNull(relsPathOf(part));
  if (!rels) return [];
  const out: string[] = [];
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    if (/\bTargetMode="External"/.test(m[0])) continue;
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (target) out.push(resolveTarget(part, unescapeXml(target)));
  }
  return out;
}

/** The sheet's part and every part reachable from it that no remaining part refers to. */
function partsOfSheet(store: PartStore, sheetPart: string, removedSheetParts: Set<string>): Set<string> {
  const reach = new Set<string>();
  const stack = [sheetPart];
  while (stack.length > 0) {
    const p = stack.pop()!;
    if (reach.has(p) || !store.has(p)) continue;
    reach.add(p);
    stack.push(...targetsOf(store, p));
  }
  // A part is shared when a part outside the removed ones refers to it (an image two drawings show).
  const shared = new Set<string>();
  for (const relsPart of store.names()) {
    const m = /^(.*)_rels\/([^/]+)\.rels$/.exec(relsPart);
    if (!m) continue;
    const source = `${m[1]}${m[2]}`;
    if (reach.has(source) || removedSheetParts.has(source) || source === WORKBOOK) continue;
    for (const t of targetsOf(store, source)) if (reach.has(t)) shared.add(t);
  }
  for (const s of shared) if (s !== sheetPart) reach.delete(s);
  return reach;
}

function withoutOverride(types: string, part: string): string {
  return types.replace(new RegExp(`<Override\\b[^>]*\\bPartName="/${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*/>`), '');
}

/** workbook.xml without the sheet at `index`: its entry, its local names; later local names and views moved down. */
function withoutSheetEntry(workbook: string, entry: string, index: number): string {
  let xml = workbook.replace(entry, '');
  xml = xml.replace(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g, (whole, attrs: string) => {
    const local = /\blocalSheetId="(\d+)"/.exec(attrs);
    if (!local) return whole;
    const id = Number(local[1]);
    if (id === index) return '';
    return id > index ? whole.replace(`localSheetId="${id}"`, `localSheetId="${id - 1}"`) : whole;
  });
  xml = xml.replace(/<definedNames>\s*<\/definedNames>/, '');
  xml = xml.replace(/<workbookView\b[^>]*>/g, (view) =>
    view.replace(/\b(activeTab|firstSheet)="(\d+)"/g, (_m, attr: string, v: string) => `${attr}="${Number(v) > index ? Number(v) - 1 : Number(v) === index ? 0 : Number(v)}"`),
  );
  return xml;
}

/** Removes the named sheets; returns how many were found and removed. */
export function removeSheets(store: PartStore, names: string[]): number {
  if (names.length === 0) return 0;
  let workbook = store.text(WORKBOOK);
  let rels = store.text(WORKBOOK_RELS);
  let types = store.text(TYPES);
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  const relTarget = (rid: string) => {
    const m = new RegExp(`<Relationship\\b[^>]*\\bId="${rid}"[^>]*>`).exec(rels);
    const target = m && /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    return m && target ? { element: m[0], part: resolveTarget(WORKBOOK, unescapeXml(target)) } : null;
  };
  const entries = [...workbook.matchAll(/<sheet\b[^>]*\/>/g)].map((m, index) => ({
    element: m[0],
    index,
    name: unescapeXml(/\bname="([^"]*)"/.exec(m[0])?.[1] ?? ''),
    rid: /\br:id="([^"]+)"/.exec(m[0])?.[1] ?? '',
  }));
  const doomed = entries.filter((e) => wanted.has(e.name.toLowerCase()));
  const sheetParts = new Set(doomed.map((e) => relTarget(e.rid)?.part).filter((p): p is string => !!p));
  // From the last to the first, so the indexes of the ones still to remove stay right.
  for (const e of [...doomed].reverse()) {
    const rel = relTarget(e.rid);
    workbook = withoutSheetEntry(workbook, e.element, e.index);
    if (!rel) continue;
    rels = rels.replace(rel.element, '');
    for (const part of partsOfSheet(store, rel.part, sheetParts)) {
      store.delete(part);
      store.delete(relsPathOf(part));
      types = withoutOverride(types, part);
    }
  }
  if (doomed.length > 0 && store.has(CALC_CHAIN)) {
    store.delete(CALC_CHAIN);
    types = withoutOverride(types, CALC_CHAIN);
    rels = rels.replace(/<Relationship\b[^>]*\bTarget="[^"]*calcChain\.xml"[^>]*\/>/, '');
  }
  store.set(WORKBOOK, workbook);
  store.set(WORKBOOK_RELS, rels);
  store.set(TYPES, types);
  return doomed.length;
}
