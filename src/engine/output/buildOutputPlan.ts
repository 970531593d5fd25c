/**
 * Everything the add-in writes for an analysis: «Сводная», «Справка» (the analytical note),
 * «Динамика» (when a previous period was compared), «Дефициты», «Проверка данных» and the
 * highlights on the source sheets. Sheet names follow the naming policy
 * (sheetNaming.ts): a user's own sheet with a canonical name is never reused.
 *
 * Example:
 *   const plan = buildOutputPlan(analysis, { existingSheets: ['Лист1', 'Сводная'] });
 *   plan.sheets.map((s) => s.name) // → ['Сводная (2)', 'Справка', 'Дефициты', 'Проверка данных']
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
import { limitCellText } from './cellTextLimit';
import { buildNote } from '../note/buildNote';
import { buildNoteSheet } from '../note/noteSheet';
import { buildChangesSheet } from '../periods/changesSheet';

export interface OutputPlanOptions {
  /** Every sheet of the workbook the plan will be written into. */
  existingSheets?: string[];
  /** Sheets the add-in wrote before (they are replaced rather than avoided). */
  ownedSheets?: string[];
}

export function buildOutputPlan(analysis: Analysis, opts: OutputPlanOptions = {}): OutputPlan {
  const existing = opts.existingSheets ?? analysis.sheets;
  const changes = analysis.changes;
  const [summary, deficits, problems, note, changesName] = resolveSheetNames(
    [
      OUTPUT_SHEET_NAMES.summary,
      OUTPUT_SHEET_NAMES.deficits,
      OUTPUT_SHEET_NAMES.problems,
      OUTPUT_SHEET_NAMES.note,
      ...(changes ? [OUTPUT_SHEET_NAMES.changes] : []),
    ],
    { existing, owned: opts.ownedSheets ?? [] },
  );
  // Справка right after Сводная: the two a methodologist hands on; Динамика after them when compared.
  const sheets = [
    buildSummarySheet(analysis, summary),
    buildNoteSheet(buildNote(analysis, { problemsSheet: problems }), note),
    ...(changes ? [buildChangesSheet(analysis, changes, changesName)] : []),
    buildDeficitsSheet(analysis, deficits),
    buildProblemsSheet(analysis, problems),
  ];
  for (const sheet of sheets) {
    limitCellText(sheet);
    sheet.rowHeights = estimateRowHeights(sheet);
  }
  return { sheets, highlights: buildHighlights(analysis) };
}
