/**
 * Layout E (METHODOLOGY §2 E): finds plan / measures tables and scores them (planTable.ts).
 * analyzeWorkbook calls it before the matrix/counts reader and passes on only the sheets not
 * `consumed` here, because a plan's text columns would otherwise be read as a matrix with
 * unreadable cells. A sheet with a plan header but no item under it is left to the other readers.
 *
 * Example:
 *   readPlanSheets([planSheet, matrixSheet], options, problems)
 *   // → { tables: [TableAnalysis (layout 'plan')], consumed: ['План'] }
 */

import type { SheetGrid } from '../../grid';
import type { AnalysisOptions } from '../../options';
import type { ProblemList } from '../../problems';
import type { TableAnalysis } from '../../analysis';
import { findPlanHeader } from './planHeader';
import { readPlanItems } from './planItems';
import { planTable } from './planTable';

export function readPlanSheets(
  sheets: SheetGrid[],
  options: AnalysisOptions,
  problems: ProblemList,
): { tables: TableAnalysis[]; consumed: string[] } {
  const tables: TableAnalysis[] = [];
  const consumed: string[] = [];
  for (const sheet of sheets) {
    const cols = findPlanHeader(sheet);
    if (!cols) continue;
    const items = readPlanItems(sheet, cols);
    if (items.length === 0) continue;
    if (cols.result === null) {
      problems.info(null, sheet.name, 'layout',
        `На листе «${sheet.name}» план мероприятий без столбца «Результат»: долю выполненных мероприятий посчитать нельзя.`);
    }
    tables.push(planTable(sheet, cols, items, options));
    consumed.push(sheet.name);
  }
  return { tables, consumed };
}
