/**
 * An in-memory stand-in for the part of the Excel JavaScript API the add-in uses, so that
 * the Office adapter runs in tests (Node) and in the preview (Chromium) without Excel.
 * It follows Office's rules that matter for correctness and speed: properties must be
 * loaded and synced before they are read, writes land only on `sync()`, and a request or
 * response over 5 MB fails as in Excel on the web. Browser-compatible: no Node APIs.
 *
 * Example:
 *   const standin = createStandin({ sheets: [{ name: 'Лист1', values: [['МО', 'Доля']] }] });
 *   installStandin(standin);            // sets globalThis.Excel and globalThis.Office
 *   await listSheets();                 // the adapter now talks to the stand-in
 *   standin.model.stats.syncs           // → 1
 */

import { StandinContext } from './context';
import { createWorkbookModel, emptyStats, type StandinSnapshot, type WorkbookModel } from './model';
import { createOfficeStub, type OfficeStub } from './office';

export interface StandinExcel {
  run<T>(batch: (context: StandinContext) => Promise<T>): Promise<T>;
  RequestContext: new () => StandinContext;
}

export interface Standin {
  model: WorkbookModel;
  Excel: StandinExcel;
  Office: OfficeStub;
  resetStats(): void;
}

/** The ExcelApi version the stand-in claims; it implements what the add-in uses up to it. */
export const STANDIN_EXCEL_API = '1.13';

export function createStandin(snapshot: StandinSnapshot | WorkbookModel): Standin {
  const model = 'stats' in snapshot ? snapshot : createWorkbookModel(snapshot);
  const Excel: StandinExcel = {
    async run<T>(batch: (context: StandinContext) => Promise<T>): Promise<T> {
      const ctx = new StandinContext(model);
      const result = await batch(ctx);
      if (ctx.pending > 0) await ctx.sync();
      return result;
    },
    RequestContext: class extends StandinContext {
      constructor() {
        super(model);
      }
    },
  };
  return {
    model,
    Excel,
    Office: createOfficeStub(STANDIN_EXCEL_API),
    resetStats: () => {
      model.stats = emptyStats();
    },
  };
}

/** Make the stand-in the global `Excel` and `Office`, as office.js would. */
export function installStandin(standin: Standin): void {
  const g = globalThis as unknown as Record<string, unknown>;
  g.Excel = standin.Excel;
  g.Office = standin.Office;
}

export function uninstallStandin(): void {
  const g = globalThis as unknown as Record<string, unknown>;
  delete g.Excel;
  delete g.Office;
}

export { StandinContext, PAYLOAD_LIMIT_BYTES } from './context';
export { StandinError } from './errors';
export { createWorkbookModel, cellValue, cellFormula, cellFormat, styleKey } from './model';
export type { StandinSnapshot, WorkbookModel, SheetModel, SyncStats, ChartModel, TableModel, ConditionalFormatModel } from './model';
export { snapshotFromGrid } from './snapshot';
