/**
 * The add-in's record of what it wrote: its sheets (by worksheet id, which survives a
 * rename) and its highlight conditional formats (by id), so a re-run
 * replaces exactly them and never a sheet or format the user made.
 *
 * Where it lives — `workbook.settings` (ExcelApi 1.4), under REGISTRY_KEY, as JSON text:
 * - it is saved inside the workbook file, scoped to this add-in, and travels with the file;
 * - it is written in the same `Excel.run` batch as the sheets, so the record and the sheets
 *   are never far apart, and it needs no `saveAsync` (unlike `Office.context.document.settings`);
 * - unlike a hidden sheet «_ММ_служебный», it adds no sheet the user can unhide, rename or
 *   break, is not read by formulas or other tools as data, and cannot collide with a user's sheet;
 * - unlike custom XML parts (ExcelApi 1.5) it needs no XML and no second lookup by id.
 * Its one limit: a setting is tied to the add-in's id, so a copy of the add-in with another
 * manifest id does not see it (docs/addin.md, «Где надстройка хранит записи»).
 *
 * Example:
 *   const get = queueRegistryLoad(ctx); await ctx.sync();
 *   const reg = get(); // → { version: 1, sheets: [{ id: '{…}', name: 'Сводная', kind: 'summary' }], … }
 */

import type { HighlightKind, OutputSheetKind } from '../../engine/output/plan';
import { runExcel } from './errors';

export const REGISTRY_KEY = 'metodMonitor.registry';

export interface RegistrySheet {
  /** Worksheet id (stable across renames). */
  id: string;
  /** Name when written (for messages). */
  name: string;
  kind: OutputSheetKind;
}

export interface RegistryHighlight {
  /** Worksheet id of the source sheet. */
  sheetId: string;
  sheet: string;
  kind: HighlightKind;
  /**
   * Ids of the conditional formats the add-in added: all that removing them takes. The ranges
   * they cover are not recorded — on a 100 000-row sheet they were half a megabyte of workbook
   * settings, written twice a run, that nothing read.
   */
  formatIds: string[];
}

export interface Registry {
  version: 1;
  sheets: RegistrySheet[];
  highlights: RegistryHighlight[];
  /**
   * Names of sheets being written by a run that has not finished recording them yet (their
   * ids are not known until Excel has created them). A run that fails half way leaves them
   * here, so the next run recognises and replaces them.
   */
  pendingNames: string[];
  /** ISO time of the last change. */
  updated?: string;
}

export function emptyRegistry(): Registry {
  return { version: 1, sheets: [], highlights: [], pendingNames: [] };
}

/** Read a stored value leniently: anything unreadable counts as "nothing recorded". */
export function parseRegistry(value: unknown): Registry {
  let v: unknown = value;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return emptyRegistry();
    }
  }
  const o = v as Partial<Registry> | null;
  if (!o || typeof o !== 'object' || o.version !== 1) return emptyRegistry();
  return {
    version: 1,
    sheets: Array.isArray(o.sheets) ? o.sheets.filter((s) => s && typeof s.id === 'string') : [],
    highlights: Array.isArray(o.highlights) ? o.highlights.filter((h) => h && typeof h.sheetId === 'string' && Array.isArray(h.formatIds)) : [],
    pendingNames: Array.isArray(o.pendingNames) ? o.pendingNames.filter((n) => typeof n === 'string') : [],
    updated: typeof o.updated === 'string' ? o.updated : undefined,
  };
}

/** Queue the load; call the returned function after `context.sync()`. */
export function queueRegistryLoad(ctx: Excel.RequestContext): () => Registry {
  const item = ctx.workbook.settings.getItemOrNullObject(REGISTRY_KEY);
  item.load('value');
  return () => (item.isNullObject ? emptyRegistry() : parseRegistry(item.value));
}

/** Queue the write (lands on the next sync). */
export function queueRegistrySave(ctx: Excel.RequestContext, registry: Registry): void {
  ctx.workbook.settings.add(REGISTRY_KEY, JSON.stringify({ ...registry, updated: new Date().toISOString() }));
}

/**
 * Ids of the result sheets, among the sheets that exist now: those the registry records, those of
 * an interrupted run (pending names), and those the command line's record names (`toolSheets`,
 * toolRecord.ts) — a workbook the command wrote is recalculated in place, not beside itself.
 */
export function ownedSheetIds(registry: Registry, existing: { id: string; name: string }[], toolSheets: string[] = []): Set<string> {
  const recorded = new Set(registry.sheets.map((s) => s.id));
  const byName = new Set([...registry.pendingNames, ...toolSheets].map((n) => n.toLowerCase()));
  return new Set(existing.filter((s) => recorded.has(s.id) || byName.has(s.name.toLowerCase())).map((s) => s.id));
}

/** What the workbook records, in one `Excel.run` (for the pane and tests). */
export async function readRegistry(): Promise<Registry> {
  return runExcel('прочитать записи надстройки', async (ctx) => {
    const get = queueRegistryLoad(ctx);
    await ctx.sync();
    return get();
  });
}
