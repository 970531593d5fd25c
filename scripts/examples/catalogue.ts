/**
 * The example workbooks and their builders, in the order `npm run examples` writes them.
 *
 * Example:
 *   EXAMPLES.map(([file]) => file)[0] // → 'matrix-ingushetia.xlsx'
 */

import type ExcelJS from 'exceljs';
import { buildMatrixIngushetia } from './matrixIngushetia';
import { buildTransposedLeningrad } from './transposedLeningrad';
import { buildCountsLeningrad } from './countsLeningrad';
import { buildPointsKrymsk } from './pointsKrymsk';
import { buildPointsWide } from './pointsWide';
import { buildRosterDiagnostics } from './rosterDiagnostics';
import { buildMatrixYears } from './matrixYears';

export const EXAMPLES: [string, () => ExcelJS.Workbook][] = [
  ['matrix-ingushetia.xlsx', buildMatrixIngushetia],
  ['transposed-leningrad.xlsx', buildTransposedLeningrad],
  ['counts-leningrad.xlsx', buildCountsLeningrad],
  ['points-krymsk.xlsx', buildPointsKrymsk],
  ['points-wide.xlsx', buildPointsWide],
  ['roster-diagnostics.xlsx', buildRosterDiagnostics],
  ['matrix-years.xlsx', buildMatrixYears],
];
