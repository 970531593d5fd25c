/**
 * Carries out an `OutputPlan` in the open workbook: the result sheets and the highlights.
 *
 * Order, so that an error half way never leaves the user's data changed and never loses
 * track of what the add-in wrote:
 * 1. (sync 1) read the sheets, their protection, the tables and the add-in's registry; decide
 *    names and refuse early (protected sheet → «Лист «…» защищён: снимите защиту …», protected
 *    workbook structure, a highlight on a missing sheet) — nothing has been changed yet;
 * 2. (sync 2, more only for very large sheets, each under the 4 MB budget, with calculation
 *    suspended) add the new sheets (under a temporary name while the old sheet still holds
 *    the final one), record their names as pending, write cells, formats, styles, tables,
 *    charts; then, last, the new highlights (conditional formats);
 * 3. (last sync) record the new sheets and highlights by id, delete the old highlights and
 *    the old sheets of the add-in, rename the new sheets to their final names, name the
 *    tables, record only the new ones, show the first new sheet.
 * A user's sheet is never deleted or written: only sheets the registry names (or a pending
 * name of an interrupted run) are replaced. Source sheets get nothing but conditional formats.
 *
 * Example:
 *   const report = await writePlan(plan);
 *   // → { sheets: ['Сводная', 'Дефициты', 'Проверка данных'], highlightedRanges: 12, replaced: [] }
 */

import type { OutputPlan } from '../../engine/output/plan';
import { runExcel } from './errors';
import { jsonBytes, REQUEST_BUDGET_BYTES } from './payload';
import { TaskSlices } from './taskSlices';
import { areaLists, queueDeleteFormats, queueFormatIds, queueHighlightFormat } from './highlights';
import { ownedSheetIds, queueRegistryLoad, queueRegistrySave, type Registry, type RegistryHighlight, type RegistrySheet } from './registry';
import { findToolHighlights, queueToolRecordLoad, queueToolRecordSave, type ToolRecord } from './toolRecord';
import type { WriteReport } from './types';
import { layoutWrite, type LayoutOptions, type WorkbookState } from './writeLayout';
import { OP_BYTES, sheetSteps, type SheetHandles, type Step } from './writeSheet';

export interface WritePlanOptions extends LayoutOptions {
  /** Largest estimated request per sync, bytes (default 4 MB, under Excel on the web's 5 MB). */
  budgetBytes?: number;
  /** Show the first written sheet at the end (default true). */
  activate?: boolean;
}

export async function writePlan(plan: OutputPlan, options: WritePlanOptions = {}): Promise<WriteReport> {
  const budget = options.budgetBytes ?? REQUEST_BUDGET_BYTES;
  return runExcel('записать результаты', async (ctx, place) => {
    // 1. State.
    const state = await readState(ctx);
    const layout = layoutWrite(plan, state, options);
    const registry = state.registry;

    // 2. New sheets, content, highlights.
    const added: Excel.Worksheet[] = [];
    const handles: SheetHandles[] = layout.targets.map(() => ({ tables: [] }));
    const oldFormatIds = new Map<string, () => Set<string>>();
    const newFormats: { highlight: OutputPlan['highlights'][number]; sheetId: string; sheet: string; formats: Excel.ConditionalFormat[] }[] = [];
    // A generator, so each sheet's chunks are built only as they are queued (see sheetSteps).
    function* steps(): Generator<Step> {
      yield {
        bytes: plan.sheets.length * OP_BYTES * 2,
        queue: () => {
          for (const t of layout.targets) {
            const ws = ctx.workbook.worksheets.add(t.addName);
            ws.load('id');
            added.push(ws);
          }
          queueRegistrySave(ctx, { ...registry, pendingNames: [...registry.pendingNames, ...layout.targets.map((t) => t.addName)] });
        },
      };
      for (let i = 0; i < layout.targets.length; i++) yield* sheetSteps(() => added[i], layout.targets[i], budget, handles[i]);
      yield {
        bytes: layout.oldHighlights.length * OP_BYTES,
        queue: () => {
          for (const h of layout.oldHighlights) {
            if (!oldFormatIds.has(h.sheetId)) oldFormatIds.set(h.sheetId, queueFormatIds(ctx.workbook.worksheets.getItem(h.sheetId)));
          }
        },
      };
      for (const h of plan.highlights) {
        const target = layout.highlightSheets.get(h.sheet)!;
        const entry = { highlight: h, sheetId: target.id, sheet: target.name, formats: [] as Excel.ConditionalFormat[] };
        newFormats.push(entry);
        for (const list of areaLists(h.ranges)) {
          yield {
            bytes: jsonBytes(list) + 6 * OP_BYTES,
            queue: () => {
              place.sheet = target.name;
              entry.formats.push(queueHighlightFormat(ctx.workbook.worksheets.getItem(target.id), h.kind, list));
            },
          };
        }
      }
    }
    try {
      await runSteps(ctx, steps(), budget);
    } catch (e) {
      await rollbackAdded(ctx, layout.targets.map((t) => t.addName), registry);
      throw e;
    }
    place.sheet = undefined;

    // 3. Record, replace, rename.
    const newSheets: RegistrySheet[] = layout.targets.map((t, i) => ({ id: added[i].id, name: t.finalName, kind: t.spec.kind }));
    const newHighlights: RegistryHighlight[] = newFormats.map((f) => ({
      sheetId: f.sheetId,
      sheet: f.sheet,
      kind: f.highlight.kind,
      formatIds: f.formats.map((cf) => cf.id),
    }));
    const keptSheets = registry.sheets.filter((s) => layout.kept.some((k) => k.id === s.id));
    const during: Registry = {
      version: 1,
      sheets: [...registry.sheets, ...newSheets],
      highlights: [...registry.highlights, ...newHighlights],
      pendingNames: [],
    };
    queueRegistrySave(ctx, during);
    for (const h of layout.oldHighlights) {
      queueDeleteFormats(ctx.workbook.worksheets.getItem(h.sheetId), h.formatIds, oldFormatIds.get(h.sheetId)?.() ?? new Set());
    }
    for (const old of layout.replaced) ctx.workbook.worksheets.getItem(old.id).delete();
    layout.targets.forEach((t, i) => {
      if (t.addName !== t.finalName) added[i].name = t.finalName;
    });
    layout.targets.forEach((t, i) => {
      t.tableNames.forEach((naming, j) => {
        const table = handles[i].tables[j];
        if (naming.later && table) table.name = naming.name;
      });
    });
    queueRegistrySave(ctx, { version: 1, sheets: [...keptSheets, ...newSheets], highlights: newHighlights, pendingNames: [] });
    // The command line's record too, so the command knows these sheets (after the renames: a name follows its sheet).
    queueToolRecordSave(ctx, state.toolRecord, [...added, ...layout.kept.map((k) => ctx.workbook.worksheets.getItem(k.id))]);
    if ((options.activate ?? true) && added.length > 0) added[0].activate();
    await ctx.sync();

    return {
      sheets: layout.targets.map((t) => t.finalName),
      highlightedRanges: plan.highlights.reduce((n, h) => n + h.ranges.length, 0),
      replaced: layout.replaced.map((s) => s.name),
    };
  });
}

/** Sync 1: what writePlan must know before changing anything. */
async function readState(ctx: Excel.RequestContext): Promise<WorkbookState & { toolRecord: ToolRecord | null }> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/id,items/name,items/protection/protected');
  const protection = ctx.workbook.protection;
  protection.load('protected');
  const tables = ctx.workbook.tables;
  tables.load('items/name,items/worksheet/id');
  const getRegistry = queueRegistryLoad(ctx);
  const getRecord = queueToolRecordLoad(ctx);
  await ctx.sync();
  const registry = getRegistry();
  const record = getRecord();
  const all = sheets.items.map((s) => ({ id: s.id, name: s.name, protected: s.protection.protected }));
  // A workbook the command line wrote: its highlights are found by their shape (two more syncs,
  // only then) on the sheets that are not result sheets.
  let toolHighlights: RegistryHighlight[] = [];
  if (record) {
    const owned = ownedSheetIds(registry, all, record.sheets);
    const known = new Set(registry.highlights.flatMap((h) => h.formatIds));
    const found = await findToolHighlights(ctx, all.filter((s) => !owned.has(s.id) && !s.protected), known);
    toolHighlights = found.map((f) => ({ sheetId: f.sheetId, sheet: f.sheet, kind: 'deficit', formatIds: f.formatIds }));
  }
  return {
    sheets: all,
    tables: tables.items.map((t) => ({ name: t.name, sheetId: t.worksheet.id })),
    registry,
    structureProtected: protection.protected,
    toolSheets: record?.sheets ?? [],
    toolHighlights,
    toolRecord: record,
  };
}

/**
 * After a failed sync in step 2: delete the sheets this run added and restore the registry,
 * so the user sees the workbook as before. Best effort — if this fails too, the pending
 * names in the registry let the next run replace the leftovers; the original error is what
 * the caller gets either way.
 */
async function rollbackAdded(ctx: Excel.RequestContext, names: string[], registry: Registry): Promise<void> {
  try {
    const probes = names.map((n) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject(n);
      ws.load('id');
      return ws;
    });
    await ctx.sync();
    for (const ws of probes) if (!ws.isNullObject) ws.delete();
    queueRegistrySave(ctx, registry);
    await ctx.sync();
  } catch {
    // Keep the original error (rethrown by the caller); the pending names cover the leftovers.
  }
}

/**
 * Queue the steps in order, syncing whenever the next one would push the request over the
 * budget. Queueing a 100 000-row sheet's steps (chunks, style rectangles, point colours)
 * between two syncs can take longer than a frame; the slices keep the pane responsive.
 */
async function runSteps(ctx: Excel.RequestContext, steps: Iterable<Step>, budget: number): Promise<void> {
  let bytes = 0;
  let open = false;
  const slices = new TaskSlices();
  for (const step of steps) {
    if (open && bytes + step.bytes > budget) {
      await ctx.sync();
      slices.restart();
      open = false;
      bytes = 0;
    }
    if (!open) {
      ctx.workbook.application.suspendApiCalculationUntilNextSync();
      open = true;
    }
    step.queue();
    bytes += step.bytes;
    await slices.pause();
  }
  if (open) await ctx.sync();
}
