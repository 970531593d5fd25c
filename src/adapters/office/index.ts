/**
 * The Office.js adapter as the pane imports it: one `Excel.run` per operation.
 *
 * Example:
 *   import { listSheets, readSheets, writePlan } from '../adapters/office';
 */

export { listSheets } from './listSheets';
export { readSheets, type ReadOptions } from './readSheets';
export { writePlan, type WritePlanOptions } from './writePlan';
export { removeHighlights } from './removeHighlights';
export { removeOutput } from './removeOutput';
export { loadSettings, saveSettings } from './settings';
export { selectCell } from './selectCell';
export { readRegistry, type Registry } from './registry';
export { OfficeAdapterError, type SheetInfo, type StoredSettings, type WriteReport } from './types';
