import type { WorkbookGrid } from '../grid';
import type { ProblemList } from '../problems';

/**
 * The points scheme of METHODOLOGY §5 as data. STUB: to be implemented (default = seed 004).
 */
export interface PointsParameter {
  name: string;
  /** Points for the parameter: +1 normally, −1 for the "ineffective indicators" penalty. */
  points: number;
}
export interface PointsPosition {
  name: string;
}
export interface PointsBlockScheme {
  name: string;
  parameters: PointsParameter[];
  positions: PointsPosition[];
}
export interface PointsScheme {
  blocks: PointsBlockScheme[];
  /** Where it came from: 'built-in' or the sheet name. */
  source: string;
}

export function loadScheme(workbook: WorkbookGrid, problems: ProblemList): PointsScheme {
  void workbook; void problems;
  return { blocks: [], source: 'built-in' };
}
