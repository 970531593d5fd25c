import type { SheetGrid } from '../grid';
import type { AnalysisOptions } from '../options';
import type { ProblemList } from '../problems';
import type { TableAnalysis } from '../analysis';

/**
 * Layouts A (indicator matrix, also transposed) and B (counts, bases, declared shares).
 * STUB: to be implemented.
 */
export function readTabularSheets(
  sheets: SheetGrid[],
  options: AnalysisOptions,
  problems: ProblemList,
): { tables: TableAnalysis[]; consumed: string[] } {
  void sheets; void options; void problems;
  return { tables: [], consumed: [] };
}
