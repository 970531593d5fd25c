/**
 * Every row of an output sheet as an array, for tests that search or map a sheet's rows: a
 * sheet's rows may be made on request (src/engine/output/rowBlocks.ts), which has no array
 * methods of its own.
 *
 * Example:
 *   rowsOf(summary.rows).find((r) => r[1]?.value === 'Кировский район')
 */

import type { OutRow, SheetRows } from '../../src/engine/output/plan';

export function rowsOf(rows: SheetRows): OutRow[] {
  return [...rows];
}
