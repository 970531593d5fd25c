/**
 * Deciding, before anything is changed, how a plan will land in the workbook: the final
 * name of every new sheet (the engine's naming policy: a user's own «Сводная» is never
 * touched, the add-in's old one is replaced), whether a sheet must first be added under a
 * temporary name (when its final name is still held by the add-in's old sheet, which is
 * deleted only after the new one is written), the table names, which old sheets and
 * highlights are replaced, and every reason to refuse (protected sheets, protected
 * workbook structure, a highlight on a missing sheet). Pure: no Excel calls.
 *
 * Example:
 *   layoutWrite(plan, { sheets: [{ id: 'A', name: 'Сводная', protected: false }], registry: emptyRegistry(), … })
 *   // → targets[0].finalName === 'Сводная (2)' (the user's «Сводная» stays)
 */

import { resolveSheetNames } from '../../engine/output/sheetNaming';
import { tablesOf, type OutputPlan, type OutputSheet } from '../../engine/output/plan';
import { protectedSheetError } from './errors';
import { ownedSheetIds, type Registry, type RegistryHighlight } from './registry';
import { OfficeAdapterError } from './types';

export interface WorkbookState {
  sheets: { id: string; name: string; protected: boolean }[];
  tables: { name: string; sheetId: string }[];
  registry: Registry;
  structureProtected: boolean;
  /** Result sheets the command line's record names (toolRecord.ts). */
  toolSheets?: string[];
  /** The command line's highlights found on the sheets, by their shape. */
  toolHighlights?: RegistryHighlight[];
}

export interface SheetTarget {
  spec: OutputSheet;
  finalName: string;
  /** Name used when adding; differs from finalName when the old sheet still holds it. */
  addName: string;
  /**
   * One per table of the sheet (`tablesOf`): the name to give it, and whether that name is
   * still held by a table on a sheet being replaced (then it is set after the deletion).
   */
  tableNames: { name: string; later: boolean }[];
}

export interface WriteLayout {
  targets: SheetTarget[];
  /** The add-in's old sheets that this run replaces. */
  replaced: { id: string; name: string }[];
  /** Old sheets of the add-in that stay (only with `replace: 'same-kinds'`). */
  kept: { id: string; name: string; kind: string }[];
  /** Source sheets to highlight: plan name → worksheet id and actual name. */
  highlightSheets: Map<string, { id: string; name: string }>;
  /** Recorded highlights whose sheet still exists (removed by this run). */
  oldHighlights: RegistryHighlight[];
}

export interface LayoutOptions {
  /** 'all' (default): every sheet of the previous run is replaced; 'same-kinds': only those of the kinds in the plan. */
  replace?: 'all' | 'same-kinds';
  /** Distinguishes temporary names of this run. */
  runTag?: string;
}

export function layoutWrite(plan: OutputPlan, state: WorkbookState, options: LayoutOptions = {}): WriteLayout {
  const key = (s: string) => s.toLowerCase();
  const byName = new Map(state.sheets.map((s) => [key(s.name), s]));
  const byId = new Map(state.sheets.map((s) => [s.id, s]));
  const owned = ownedSheetIds(state.registry, state.sheets, state.toolSheets);
  const kinds = new Set(plan.sheets.map((s) => s.kind));
  const kindOf = new Map(state.registry.sheets.map((s) => [s.id, s.kind as string]));

  if (state.structureProtected && plan.sheets.length > 0) {
    throw new OfficeAdapterError(
      'Структура книги защищена: снимите защиту (Рецензирование → Защитить книгу), чтобы надстройка могла добавить листы с результатами.',
      undefined,
      undefined,
      'AccessDenied',
    );
  }

  const replaced: { id: string; name: string }[] = [];
  const kept: { id: string; name: string; kind: string }[] = [];
  for (const s of state.sheets) {
    if (!owned.has(s.id)) continue;
    const kind = kindOf.get(s.id);
    if (options.replace === 'same-kinds' && kind !== undefined && !kinds.has(kind as OutputSheet['kind'])) kept.push({ id: s.id, name: s.name, kind });
    else replaced.push({ id: s.id, name: s.name });
  }
  const replacedIds = new Set(replaced.map((s) => s.id));

  // Highlights: every target sheet must exist and be unprotected; so must the sheets whose old highlights are removed.
  const highlightSheets = new Map<string, { id: string; name: string }>();
  for (const h of plan.highlights) {
    const s = byName.get(key(h.sheet));
    if (!s || replacedIds.has(s.id)) {
      throw new OfficeAdapterError(`Лист «${h.sheet}» не найден в книге: выделить ячейки на нём нельзя.`, h.sheet);
    }
    if (s.protected) throw protectedSheetError(s.name, 'выделить ячейки с дефицитами');
    highlightSheets.set(h.sheet, { id: s.id, name: s.name });
  }
  // The add-in's recorded highlights and the command line's found by their shape (toolRecord.ts).
  const oldHighlights = [...state.registry.highlights, ...(state.toolHighlights ?? [])].filter((h) => byId.has(h.sheetId) && !replacedIds.has(h.sheetId));
  for (const h of oldHighlights) {
    const s = byId.get(h.sheetId)!;
    if (s.protected) throw protectedSheetError(s.name, 'убрать прежнее выделение ячеек');
  }

  // Names: the engine's policy; names held by replaced sheets count as the add-in's own.
  const finalNames = resolveSheetNames(
    plan.sheets.map((s) => s.name),
    {
      existing: state.sheets.map((s) => s.name),
      owned: replaced.map((s) => s.name),
    },
  );
  const tag = options.runTag ?? Date.now().toString(36).slice(-4);
  const taken = new Set([...state.sheets.map((s) => key(s.name)), ...finalNames.map(key)]);
  const replacedNames = new Set(replaced.map((s) => key(s.name)));

  // Tables: names unique in the workbook; a name held by a table on a replaced sheet is set after the deletion.
  const keptTables = new Set(state.tables.filter((t) => !replacedIds.has(t.sheetId)).map((t) => key(t.name)));
  const replacedTables = new Set(state.tables.filter((t) => replacedIds.has(t.sheetId)).map((t) => key(t.name)));
  const planTables = new Set<string>();

  const targets = plan.sheets.map((spec, i): SheetTarget => {
    const finalName = finalNames[i];
    let addName = finalName;
    if (replacedNames.has(key(finalName))) {
      let n = i + 1;
      do addName = `~ММ ${tag} ${n++}`;
      while (taken.has(key(addName)));
      taken.add(key(addName));
    }
    const tableNames = tablesOf(spec).map((table) => {
      let name = table.name;
      for (let n = 2; keptTables.has(key(name)) || planTables.has(key(name)); n++) name = `${table.name}_${n}`;
      planTables.add(key(name));
      return { name, later: replacedTables.has(key(name)) };
    });
    return { spec, finalName, addName, tableNames };
  });

  return { targets, replaced, kept, highlightSheets, oldHighlights };
}
