/**
 * Removes the highlights an earlier run put on the user's sheets, so a re-run replaces them
 * rather than adding a second set. Called only on a workbook that holds the command's
 * ownership record (ownership.ts): a rule is the command's when it has the exact shape the
 * writer gives its highlights — `type="expression"`, the formula `TRUE`, and a differential
 * format whose fill and font colours are those of `HIGHLIGHT_COLORS`. A user's rule differs in
 * at least one of these (a user does not colour cells with a condition that is always true),
 * so it stays. The colours, not the dxf index, identify the format: Excel renumbers the dxfs
 * when it saves a workbook.
 *
 * Works on the bytes of the sheet's tail, as writePackage.ts does with the new rules: everything after </sheetData>.
 *
 * Example:
 *   const ours = highlightDxfIds(stylesXml);          // → Set {4, 5}
 *   withoutOwnHighlights(sheetBytes, ours)            // → the sheet without those rules, or null when it had none
 */

import { HIGHLIGHT_COLORS } from '../../../engine/output/plan';
import { isHighlightShape } from '../../shared/ownershipRecord';


/** Indexes of the dxfs in styles.xml that carry one of the highlight colour pairs. */
export function highlightDxfIds(stylesXml: string): Set<number> {
  const ids = new Set<number>();
  const section = /<dxfs\b[^>]*>([\s\S]*?)<\/dxfs>/.exec(stylesXml);
  if (!section) return ids;
  let i = 0;
  for (const m of section[1].matchAll(/<dxf>([\s\S]*?)<\/dxf>|<dxf\/>/g)) {
    const body = m[1] ?? '';
    const fill = /<fill>[\s\S]*?<(?:bgColor|fgColor)\b[^>]*\brgb="(?:FF)?([0-9A-Fa-f]{6})"/.exec(body)?.[1]?.toUpperCase();
    const font = /<font>[\s\S]*?<color\b[^>]*\brgb="(?:FF)?([0-9A-Fa-f]{6})"/.exec(body)?.[1]?.toUpperCase();
    if (isHighlightShape('TRUE', fill, font)) ids.add(i);
    i++;
  }
  return ids;
}

function isOurRule(rule: string, dxfIds: Set<number>): boolean {
  if (!/\btype="expression"/.test(rule)) return false;
  const dxf = /\bdxfId="(\d+)"/.exec(rule)?.[1];
  if (dxf === undefined || !dxfIds.has(Number(dxf))) return false;
  const formulas = [...rule.matchAll(/<formula>([^<]*)<\/formula>/g)].map((f) => f[1].trim());
  // The colours were checked through the dxf; the formula is the rest of the shape.
  return formulas.length === 1 && isHighlightShape(formulas[0], HIGHLIGHT_COLORS.deficit.fill, HIGHLIGHT_COLORS.deficit.font);
}

/** The sheet's bytes without the command's highlight rules; null when it had none. */
export function withoutOwnHighlights(xml: Buffer, dxfIds: Set<number>): Buffer | null {
  if (dxfIds.size === 0) return null;
  const dataEnd = xml.lastIndexOf('</sheetData>');
  const tailAt = dataEnd >= 0 ? dataEnd : 0;
  const tail = xml.toString('utf8', tailAt);
  let changed = false;
  const kept = tail.replace(/<conditionalFormatting\b[^>]*>([\s\S]*?)<\/conditionalFormatting>/g, (block, inner: string) => {
    const rules = [...inner.matchAll(/<cfRule\b[^>]*?(?:\/>|>[\s\S]*?<\/cfRule>)/g)].map((r) => r[0]);
    const ours = rules.filter((r) => isOurRule(r, dxfIds));
    if (ours.length === 0) return block;
    changed = true;
    if (ours.length === rules.length) return '';
    let rest = block;
    for (const r of ours) rest = rest.replace(r, '');
    return rest;
  });
  if (!changed) return null;
  return Buffer.concat([xml.subarray(0, tailAt), Buffer.from(kept, 'utf8')]);
}
