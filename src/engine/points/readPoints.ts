import type { SheetGrid } from '../grid';
import type { AnalysisOptions } from '../options';
import type { ProblemList } from '../problems';
import type { TableAnalysis } from '../analysis';
import type { PointsScheme } from './scheme';

/**
 * Layout C: evaluation sheets in points (one sheet per municipality, or one wide table).
 * STUB: to be implemented.
 */
export function readPointsSheets(
  sheets: SheetGrid[],
  scheme: PointsScheme,
  options: AnalysisOptions,
  problems: ProblemList,
): { tables: TableAnalysis[]; consumed: string[] } {
  void sheets; void scheme; void options; void problems;
  return { tables: [], consumed: [] };
}
