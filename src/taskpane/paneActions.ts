/**
 * What the pane's buttons do, as plain async functions over the Office adapter and the engine
 * client (passed in, so tests use the stand-in and an in-process worker). The main thread only
 * reads (adapter), posts to the worker, and writes (adapter).
 *
 * Example:
 *   const deps = { ...officeAdapter, engine };
 *   const recognition = await recognize(deps, ['Лист1'], { target: 80, critical: 50 }, show);
 *   const { result, report } = await calculate(deps, ['Лист1'], { target: 80, critical: 50 }, show);
 */

import type { OutputPlan } from '../engine/output/plan';
import type { WorkbookGrid } from '../engine/grid';
import type { SheetInfo, StoredSettings, WriteReport } from '../adapters/office/types';
import type { Calculation, EngineStage, PlanOptions } from './engineProtocol';
import { SERVICE_SHEET_NAMES } from '../engine/sheetNames';
import type { AnalysisOptionsInput, ClusterOptions, PairOverride } from '../engine/options';
import { progressOf, type PaneStage, type Progress } from './progress';
import type { RecognitionSummary, ResultSummary } from './summaryTypes';

export interface Levels {
  target: number;
  critical: number;
}

/** Everything the user chose in the pane besides the sheets: levels, clusters, documents, pairs. */
export interface RunChoices extends Levels {
  /** Sheets of the previous period, compared with the chosen ones (Динамика). */
  previousSheets?: string[];
  /** Number of clusters and features (absent: automatic, every feature). */
  clusters?: ClusterOptions;
  /** Corrections to the count/base pairs. */
  pairs?: PairOverride[];
  /** Write «Справка» (default true). */
  note?: boolean;
}

/** The engine's options for a run: the chosen sheets and what the user set, nothing more. */
export function analysisOptions(sheets: string[], c: RunChoices): AnalysisOptionsInput {
  return {
    target: c.target,
    critical: c.critical,
    sheets: sheets.filter((s) => !(c.previousSheets ?? []).includes(s)),
    ...(c.previousSheets && c.previousSheets.length > 0 ? { previousSheets: [...c.previousSheets] } : {}),
    ...(c.clusters ? { clusters: { ...c.clusters } } : {}),
    ...(c.pairs && c.pairs.length > 0 ? { pairs: c.pairs.map((p) => ({ ...p })) } : {}),
  };
}

/** Sheets to read: the chosen ones, the previous period's, and the service sheets. */
function sheetsToRead(sheets: string[], c: RunChoices, workbook: SheetInfo[]): string[] {
  const previous = (c.previousSheets ?? []).filter((s) => !sheets.includes(s));
  return withServiceSheets([...sheets, ...previous], workbook);
}

export interface PaneDeps {
  listSheets(): Promise<SheetInfo[]>;
  readSheets(names: string[]): Promise<WorkbookGrid>;
  writePlan(plan: OutputPlan): Promise<WriteReport>;
  saveSettings(settings: StoredSettings): Promise<void>;
  engine: {
    recognize(grid: WorkbookGrid, options: AnalysisOptionsInput, onProgress?: (s: EngineStage) => void): Promise<RecognitionSummary>;
    calculate(grid: WorkbookGrid, options: AnalysisOptionsInput, plan: PlanOptions, onProgress?: (s: EngineStage) => void): Promise<Calculation>;
  };
}

export interface CalculationOutcome {
  recognition: RecognitionSummary;
  result: ResultSummary;
  report: WriteReport;
  /** The sheet list after writing (new result sheets included). */
  sheets: SheetInfo[];
  /** The settings saved in the workbook for «Пересчитать». */
  stored: StoredSettings;
}

export async function recognize(deps: PaneDeps, sheets: string[], choices: RunChoices, onProgress: (p: Progress) => void): Promise<RecognitionSummary> {
  await show(onProgress, 'reading');
  const grid = await deps.readSheets(sheetsToRead(sheets, choices, await deps.listSheets()));
  const recognition = await deps.engine.recognize(grid, analysisOptions(sheets, choices), (s) => onProgress(progressOf(s)));
  onProgress(progressOf('done'));
  return recognition;
}

export async function calculate(deps: PaneDeps, sheets: string[], choices: RunChoices, onProgress: (p: Progress) => void): Promise<CalculationOutcome> {
  await show(onProgress, 'reading');
  const before = await deps.listSheets();
  const grid = await deps.readSheets(sheetsToRead(sheets, choices, before));
  const planOptions: PlanOptions = {
    existingSheets: before.map((s) => s.name),
    ownedSheets: before.filter((s) => s.owned).map((s) => s.name),
    note: choices.note !== false,
  };
  const options = analysisOptions(sheets, choices);
  const { recognition, result, plan } = await deps.engine.calculate(grid, options, planOptions, (s) => onProgress(progressOf(s)));
  await show(onProgress, 'writing');
  const report = await deps.writePlan(plan);
  await show(onProgress, 'saving');
  const { sheets: analysed, ...remembered } = options;
  const stored: StoredSettings = { sheets: analysed ?? sheets, options: remembered, note: choices.note !== false, lastRun: new Date().toISOString() };
  await deps.saveSettings(stored);
  const after = await deps.listSheets();
  onProgress(progressOf('done'));
  return { recognition, result, report, sheets: after, stored };
}

/**
 * Report a main-thread stage and let the pane render it before the (possibly long) adapter
 * call that follows, so the user sees «Запись результатов в книгу…» while Excel works.
 */
async function show(onProgress: (p: Progress) => void, stage: PaneStage): Promise<void> {
  onProgress(progressOf(stage));
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The chosen sheets plus the workbook's service sheets that steer the engine («Методика»
 * holds a points scheme); the engine analyses only the chosen ones (`options.sheets`).
 */
export function withServiceSheets(chosen: string[], workbook: SheetInfo[]): string[] {
  const service = new Set<string>(SERVICE_SHEET_NAMES.map((n) => n.toLowerCase()));
  const extra = workbook.filter((s) => service.has(s.name.toLowerCase()) && !chosen.includes(s.name)).map((s) => s.name);
  return [...chosen, ...extra];
}
