/**
 * The Office adapter operations the pane uses, gathered in one object so the App receives
 * them as a prop (the real adapter in index.tsx; the same adapter over the stand-in in the
 * preview and in tests).
 *
 * Example:
 *   const office: OfficeApi = { listSheets, readSheets, writePlan, removeHighlights, loadSettings, saveSettings, selectCell };
 */

import type { OutputPlan } from '../engine/output/plan';
import type { WorkbookGrid } from '../engine/grid';
import type { SheetInfo, StoredSettings, WriteReport } from '../adapters/office/types';

export interface OfficeApi {
  listSheets(): Promise<SheetInfo[]>;
  readSheets(names: string[]): Promise<WorkbookGrid>;
  writePlan(plan: OutputPlan): Promise<WriteReport>;
  removeHighlights(): Promise<number>;
  loadSettings(): Promise<StoredSettings | null>;
  saveSettings(settings: StoredSettings): Promise<void>;
  selectCell(address: string): Promise<void>;
}
