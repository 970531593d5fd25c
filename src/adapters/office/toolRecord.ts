/**
 * The record the command line keeps in a workbook (shared/ownershipRecord.ts), read and written
 * by the add-in too, so that each replaces the other's results: a workbook the command wrote,
 * recalculated in the pane, gets its result sheets and highlights replaced, not «Сводная (2)»
 * and a second set of red cells; and a workbook the pane wrote is known to the command.
 *
 * The add-in's own record stays its registry (registry.ts, by worksheet id); this one is by
 * name: hidden workbook-level names `_metodMonitor_sheet1…` referring to A1 of each result
 * sheet. The command's highlights are found by their shape (an always-true rule with the
 * highlight colours), since the add-in's registry does not know their ids.
 *
 * Example:
 *   const getRecord = queueToolRecordLoad(ctx); await ctx.sync();
 *   getRecord() // → { sheets: ['Сводная', 'Справка'], names: [NamedItem, NamedItem] } or null
 */

import { isHighlightShape, isOwnershipName, ownershipName, sheetsOfReferences } from '../shared/ownershipRecord';

export interface ToolRecord {
  /** Sheets the record names (as they are called now: Excel keeps the references up to date). */
  sheets: string[];
  /** The record's names, to be replaced when the add-in writes. */
  names: Excel.NamedItem[];
}

/** Queue the load of the workbook's defined names; after the sync: the record, or null when there is none. */
export function queueToolRecordLoad(ctx: Excel.RequestContext): () => ToolRecord | null {
  const names = ctx.workbook.names;
  names.load('items/name,items/formula');
  return () => {
    const ours = names.items.filter((n) => isOwnershipName(n.name));
    if (ours.length === 0) return null;
    const sheets: string[] = [];
    for (const n of ours) for (const s of sheetsOfReferences(n.formula)) if (!sheets.includes(s)) sheets.push(s);
    return { sheets, names: ours };
  };
}

/** Queue the replacement of the record by one hidden name per written sheet (in the order given). */
export function queueToolRecordSave(ctx: Excel.RequestContext, previous: ToolRecord | null, sheets: Excel.Worksheet[]): void {
  for (const n of previous?.names ?? []) n.delete();
  sheets.forEach((ws, i) => {
    const name = ctx.workbook.names.add(ownershipName(i + 1), ws.getRange('A1'));
    name.visible = false;
  });
}

/**
 * The command's highlights on these sheets: conditional formats of the highlight shape whose ids
 * the add-in's registry does not hold. Two syncs (the types, then the custom rules' formula and
 * colours); run only when the workbook holds the command's record.
 */
export async function findToolHighlights(ctx: Excel.RequestContext, sheets: { id: string; name: string }[], known: Set<string>): Promise<{ sheetId: string; sheet: string; formatIds: string[] }[]> {
  const lists = sheets.map((s) => {
    const cfs = ctx.workbook.worksheets.getItem(s.id).getRange().conditionalFormats;
    cfs.load('items/id,items/type');
    return { sheet: s, cfs };
  });
  await ctx.sync();
  const custom = lists.flatMap(({ sheet, cfs }) =>
    cfs.items
      .filter((cf) => String(cf.type) === 'Custom' && !known.has(cf.id))
      .map((cf) => {
        cf.custom.rule.load('formula');
        cf.custom.format.fill.load('color');
        cf.custom.format.font.load('color');
        return { sheet, cf };
      }),
  );
  if (custom.length === 0) return [];
  await ctx.sync();
  const found = new Map<string, { sheetId: string; sheet: string; formatIds: string[] }>();
  for (const { sheet, cf } of custom) {
    if (!isHighlightShape(cf.custom.rule.formula, cf.custom.format.fill.color, cf.custom.format.font.color)) continue;
    const entry = found.get(sheet.id) ?? { sheetId: sheet.id, sheet: sheet.name, formatIds: [] };
    entry.formatIds.push(cf.id);
    found.set(sheet.id, entry);
  }
  return [...found.values()];
}
