/**
 * Node helper for tests and benchmarks: a stand-in workbook loaded from .xlsx files through
 * the xlsx adapter's `readWorkbookFiles`, or from a grid built in the test.
 *
 * Example:
 *   const standin = await loadStandin(['examples/matrix.xlsx']);
 *   installStandin(standin);
 */

import { readWorkbookFiles } from '../../src/adapters/xlsx/readWorkbookFiles';
import type { WorkbookGrid } from '../../src/engine/grid';
import { createStandin, installStandin, snapshotFromGrid, type Standin } from '../../src/standin';

export async function loadStandin(paths: string[], extra: { protectedSheets?: string[] } = {}): Promise<Standin> {
  const loaded = await readWorkbookFiles(paths);
  return createStandin(snapshotFromGrid(loaded.grid, extra));
}

/** A stand-in from a grid, installed as the global Excel/Office. */
export function installGrid(grid: WorkbookGrid, extra: { protectedSheets?: string[] } = {}): Standin {
  const standin = createStandin(snapshotFromGrid(grid, extra));
  installStandin(standin);
  return standin;
}
