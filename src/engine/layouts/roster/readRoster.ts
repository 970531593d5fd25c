/**
 * Layout D (METHODOLOGY §2 D): finds teacher rosters — one row per teacher with the results of
 * a diagnostic of professional competences — and analyses them (rosterTable.ts). analyzeWorkbook
 * calls it after the points and plan readers and before the matrix/counts reader, and passes on
 * only the sheets not `consumed` here: the matrix reader would otherwise take age and experience
 * for indicators and every teacher for a municipality. A sheet with a roster header but no
 * teacher under it is left to the other readers.
 *
 * Example:
 *   readRosterSheets([rosterSheet, matrixSheet], options, problems)
 *   // → { tables: [TableAnalysis (layout 'roster')], consumed: ['Педагоги'] }
 */

import type { SheetGrid } from '../../grid';
import type { AnalysisOptions } from '../../options';
import type { ProblemList } from '../../problems';
import type { TableAnalysis } from '../../analysis';
import { findRosterHeader } from './rosterHeader';
import { readRosterRows } from './rosterRows';
import { rosterTable } from './rosterTable';

export function readRosterSheets(
  sheets: SheetGrid[],
  options: AnalysisOptions,
  problems: ProblemList,
): { tables: TableAnalysis[]; consumed: string[] } {
  const tables: TableAnalysis[] = [];
  const consumed: string[] = [];
  for (const sheet of sheets) {
    const header = findRosterHeader(sheet);
    if (!header) continue;
    const read = readRosterRows(sheet, header, problems);
    if (read.rows.length === 0 || read.areas.length === 0) continue;
    tables.push(rosterTable(sheet, header, read, options, problems));
    consumed.push(sheet.name);
  }
  return { tables, consumed };
}
