/**
 * Everything the add-in writes for an analysis: «Сводная», «Дефициты», «Проверка данных»
 * and the highlights on the source sheets. Sheet names follow the naming policy
 * (sheetNaming.ts): a user's own sheet with a canonical name is never reused.
 *
 * Example:
 *   const plan = buildOutputPlan(analysis, { existingSheets: ['Лист1', 'Сводная'] });
 *   plan.sheets.map((s) => s.name) // → ['Сводная (2)', 'Дефициты', 'Проверка данных']
 */

import type { Analysis } from '../analysis';
import { OUTPUT_SHEET_NAMES } from '../sheetNames';
import type { OutputPlan } from './plan';
import { resolveSheetNames } from './sheetNaming';
import { buildSummarySheet } from './summarySheet';
import { buildDeficitsSheet } from './deficitsSheet';
import { buildProblemsSheet } from './problemsSheet';
import { buildHighlights } from './highlights';
import { estimateRowHeights } from './rowHeights';

export interface OutputPlanOptions {
  /** Every sheet of the workbook the plan will be written into. */
  existingSheets?: string[];
  /** Sheets the add-in wrote before (they are replaced rather than avoided). */
  ownedSheets?: string[];
}

export function buildOutputPlan(analysis: Analysis, opts: OutputPlanOptions = {}): OutputPlan {
  const existing = opts.existingSheets ?? analysis.sheets;
  const [summary, deficits, problems] = resolveSheetNames(
    [OUTPUT_SHEET_NAMES.summary, OUTPUT_SHEET_NAMES.deficits, OUTPUT_SHEET_NAMES.problems],
    { existing, owned: opts.ownedSheets ?? [] },
  );
  const sheets = [
    buildSummarySheet(analysis, summary),
    buildDeficitsSheet(analysis, deficits),
    buildProblemsSheet(analysis, problems),
  ];
  for (const sheet of sheets) sheet.rowHeights = estimateRowHeights(sheet);
  return { sheets, highlights: buildHighlights(analysis) };
}
