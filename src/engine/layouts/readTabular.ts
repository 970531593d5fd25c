/**
 * Layouts A (indicator matrix, also transposed) and B (counts, bases, declared shares): the
 * entry called by analyzeWorkbook. Frames a table on every sheet, reads sheets of one
 * template as one table, and builds each table's analysis. A sheet with nothing that looks
 * like a table is skipped with a note (analyzeWorkbook raises NoTableError when no sheet has
 * one); the problem list then tells the user which sheets were skipped.
 *
 * Example:
 *   readTabularSheets([sheet1, sheet2], resolveOptions(), problems)
 *   // → { tables: [TableAnalysis], consumed: ['Лист1', 'Лист2'] }
 */

import type { SheetGrid } from '../grid';
import type { AnalysisOptions } from '../options';
import type { ProblemList } from '../problems';
import type { TableAnalysis } from '../analysis';
import { readFrame, type TableFrame } from './tableFrame';
import { groupByTemplate } from './templates';
import { buildTable } from './buildTable';

export function readTabularSheets(
  sheets: SheetGrid[],
  options: AnalysisOptions,
  problems: ProblemList,
): { tables: TableAnalysis[]; consumed: string[] } {
  const frames: TableFrame[] = [];
  const skipped: string[] = [];
  for (const sheet of sheets) {
    const f = readFrame(sheet);
    if (f) frames.push(f);
    else skipped.push(sheet.name);
  }
  const tables: TableAnalysis[] = [];
  const consumed: string[] = [];
  for (const group of groupByTemplate(frames)) {
    const t = buildTable(group, options, problems);
    if (t) {
      tables.push(t);
      consumed.push(...t.sheets);
    } else skipped.push(...group.map((f) => f.sheet));
  }
  if (tables.length > 0) {
    for (const name of skipped) {
      problems.info(null, name, 'no-table', `На листе «${name}» не найдено таблицы с данными; лист пропущен.`);
    }
  }
  return { tables, consumed };
}
