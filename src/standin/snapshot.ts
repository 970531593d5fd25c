/**
 * The stand-in's initial state from the engine's `WorkbookGrid` (what the xlsx adapter reads
 * from a file), so tests and the preview start from a real workbook. Pure, browser-safe.
 *
 * Example:
 *   snapshotFromGrid({ sheets: [{ name: 'Лист1', startRow: 2, startCol: 0, values: [['МО']] }] })
 *   // → { sheets: [{ name: 'Лист1', startRow: 2, startCol: 0, values: [['МО']], … }] }
 */

import type { WorkbookGrid } from '../engine/grid';
import type { StandinSnapshot } from './model';

export function snapshotFromGrid(grid: WorkbookGrid, extra: { protectedSheets?: string[] } = {}): StandinSnapshot {
  return {
    sheets: grid.sheets.map((s) => ({
      name: s.name,
      startRow: s.startRow,
      startCol: s.startCol,
      values: s.values,
      numberFormats: s.numberFormats,
      formulas: s.formulas,
      merges: s.merges,
      hiddenRows: s.hiddenRows ? [...s.hiddenRows].map((r) => s.startRow + r) : undefined,
      hiddenColumns: s.hiddenColumns ? [...s.hiddenColumns].map((c) => s.startCol + c) : undefined,
      visibility: s.hidden ? 'Hidden' : 'Visible',
      protected: extra.protectedSheets?.includes(s.name) ?? false,
    })),
  };
}
