/**
 * What `readWorkbookFiles` hands on: the grid the engine reads, and enough about where each
 * sheet came from for `writeResultWorkbook` to rebuild the input faithfully (the files' bytes
 * as read, so the written copy is exactly what was analysed, even if a file changes on disk).
 *
 * Example:
 *   loaded.sheets[2] // → { name: 'Лист1 (район2)', originalName: 'Лист1', file: '/data/район2.xlsx', fileIndex: 1, hidden: false }
 */

import type { WorkbookGrid } from '../../engine/grid';

export interface LoadedFile {
  /** Path as given. */
  path: string;
  /** File name without folders ('район2.xlsx'). */
  name: string;
  /** The bytes that were read. */
  bytes: Buffer;
  /** Result sheets an earlier run of the command wrote into this file (package/ownership.ts). */
  ownedSheets: string[];
}

export interface SheetOrigin {
  /** Name in the grid (unique across files). */
  name: string;
  /** Name in its own file. */
  originalName: string;
  /** Path of its file. */
  file: string;
  fileIndex: number;
  hidden: boolean;
}

export interface LoadedWorkbooks {
  grid: WorkbookGrid;
  files: LoadedFile[];
  /** One per sheet of the grid, in the same order. */
  sheets: SheetOrigin[];
  /**
   * Result sheets an earlier run wrote into the first file (the one the result is built on):
   * not in the grid, replaced by the new results. Those in further files are left out.
   */
  ownedSheets: string[];
}
