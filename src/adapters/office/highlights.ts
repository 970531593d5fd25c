/**
 * Highlights on the user's source sheets as conditional formats (ExcelApi 1.6, on several
 * areas at once through `getRanges`, ExcelApi 1.9): a custom rule that is always true, with
 * Excel's light red (deficit) or light yellow (attention) fill. Conditional formats leave the
 * cells' own formatting untouched and are removed again by id.
 *
 * Example:
 *   const added = queueHighlight(ws, { sheet: 'Лист1', ranges: ['D7', 'F7:F9'], kind: 'deficit' });
 *   await ctx.sync();
 *   added.map((cf) => cf.id) // → ['{…}']
 */

import { HIGHLIGHT_COLORS, type Highlight } from '../../engine/output/plan';

/** Longest list of areas given to one `getRanges` call (characters). */
export const MAX_AREAS_ADDRESS = 2000;

/** The rule of every highlight: always true, so the format shows on all its cells. */
export const HIGHLIGHT_RULE = '=TRUE';

/** Groups of ranges, each joined with ', ' into at most `max` characters. */
export function areaLists(ranges: string[], max = MAX_AREAS_ADDRESS): string[] {
  const out: string[] = [];
  let cur = '';
  for (const r of ranges) {
    if (cur && cur.length + 2 + r.length > max) {
      out.push(cur);
      cur = '';
    }
    cur = cur ? `${cur}, ${r}` : r;
  }
  if (cur) out.push(cur);
  return out;
}

/** Queue one conditional format of a highlight over a list of areas ('D7, F7:F9'); its id loads with the next sync. */
export function queueHighlightFormat(ws: Excel.Worksheet, kind: Highlight['kind'], areas: string): Excel.ConditionalFormat {
  const colors = HIGHLIGHT_COLORS[kind];
  const cf = ws.getRanges(areas).conditionalFormats.add('Custom');
  cf.custom.rule.formula = HIGHLIGHT_RULE;
  cf.custom.format.fill.color = `#${colors.fill}`;
  cf.custom.format.font.color = `#${colors.font}`;
  cf.load('id');
  return cf;
}

/** Queue the conditional formats of one highlight (one per list of areas). */
export function queueHighlight(ws: Excel.Worksheet, h: Highlight): Excel.ConditionalFormat[] {
  return areaLists(h.ranges).map((list) => queueHighlightFormat(ws, h.kind, list));
}

/** Queue a load of the ids of all conditional formats on a sheet (to see which recorded ones still exist). */
export function queueFormatIds(ws: Excel.Worksheet): () => Set<string> {
  const cfs = ws.getRange().conditionalFormats;
  cfs.load('items/id');
  return () => new Set(cfs.items.map((c) => c.id));
}

/** Queue the deletion of recorded conditional formats that still exist. */
export function queueDeleteFormats(ws: Excel.Worksheet, ids: string[], existing: Set<string>): number {
  let n = 0;
  for (const id of ids) {
    if (!existing.has(id)) continue;
    ws.getRange().conditionalFormats.getItem(id).delete();
    n++;
  }
  return n;
}
