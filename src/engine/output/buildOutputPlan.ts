/**
 * Everything the add-in writes for an analysis: «Сводная», «Справка» (the analytical note),
 * «Динамика» (when a previous period was compared), «Дефициты», «Кластеры» (when a table was
 * clustered: a roster, or a matrix / points table of at least 6 entities), «Карта дефицитов»
 * (for a teacher roster), «Проверка данных» and the highlights on the source sheets. Sheet names follow the naming policy
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
import { buildClustersSheet, hasClusters } from './clustersSheet';
import { buildDeficitMapSheet, hasDeficitMap } from './deficitMapSheet';

export interface OutputPlanOptions {
  /** Every sheet of the workbook the plan will be written into. */
  existingSheets?: string[];
  /** Sheets the add-in wrote before (they are replaced rather than avoided). */
  ownedSheets?: string[];
  /**
   * Write the analytical note «Справка» (default true). The pane's «Справка» option and the
   * command line's `--no-note` turn it off; the add-in's previous Справка is then removed with
   * its other old sheets, so no stale note stays behind.
   */
  note?: boolean;
}

export function buildOutputPlan(analysis: Analysis, opts: OutputPlanOptions = {}): OutputPlan {
  const existing = opts.existingSheets ?? analysis.sheets;
  const changes = analysis.changes;
  const clusters = hasClusters(analysis);
  const map = hasDeficitMap(analysis);
  const withNote = opts.note !== false;
  const names = resolveSheetNames(
    [
      OUTPUT_SHEET_NAMES.summary,
      OUTPUT_SHEET_NAMES.deficits,
      OUTPUT_SHEET_NAMES.problems,
      OUTPUT_SHEET_NAMES.note,
      ...(changes ? [OUTPUT_SHEET_NAMES.changes] : []),
      ...(clusters ? [OUTPUT_SHEET_NAMES.clusters] : []),
      ...(map ? [OUTPUT_SHEET_NAMES.deficitMap] : []),
    ],
    { existing, owned: opts.ownedSheets ?? [] },
  );
  const [summary, deficits, problems, note] = names;
  let next = 4;
  const changesName = changes ? names[next++] : '';
  const clustersName = clusters ? names[next++] : '';
  const mapName = map ? names[next++] : '';
  // Справка right after Сводная: the two a methodologist hands on; Динамика after them when compared;
  // Кластеры and Карта дефицитов after Дефициты, Проверка данных last.
  const sheets = [
    buildSummarySheet(analysis, summary),
    ...(withNote ? [buildNoteSheet(buildNote(analysis, { problemsSheet: problems }), note)] : []),
    ...(changes ? [buildChangesSheet(analysis, changes, changesName)] : []),
    buildDeficitsSheet(analysis, deficits),
    ...(clusters ? [buildClustersSheet(analysis, clustersName)] : []),
    ...(map ? [buildDeficitMapSheet(analysis, mapName)] : []),
    buildProblemsSheet(analysis, problems),
  ];
  for (const sheet of sheets) {
    limitCellText(sheet);
    sheet.rowHeights = estimateRowHeights(sheet);
  }
  return { sheets, highlights: buildHighlights(analysis) };
}
