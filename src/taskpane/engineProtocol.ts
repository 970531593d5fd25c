/**
 * The messages between the pane (main thread) and the engine's Web Worker. A request is a
 * short series of messages with one id: `begin` (options and the sheets' shapes), `rows`
 * chunks (a few thousand rows each, so no single postMessage — and no single task on the
 * main thread — has to clone the whole sheet), then `run`. The worker answers with
 * `progress`, the output plan's rows in `plan-rows` chunks, and finally `recognized` /
 * `calculated` (the plan without its rows) or `error`.
 *
 * Example:
 *   // main → worker
 *   { type: 'begin', id: 7, task: 'calculate', options: { target: 80 }, plan: { existingSheets: ['Лист1'] }, sheets: [...] }
 *   { type: 'rows', id: 7, sheet: 0, values: [[…], …] }
 *   { type: 'run', id: 7 }
 *   // worker → main
 *   { type: 'progress', id: 7, stage: 'analyzing' }
 *   { type: 'calculated', id: 7, recognition, result, plan }
 */

import type { CellValue, SheetGrid } from '../engine/grid';
import type { AnalysisOptionsInput } from '../engine/options';
import type { OutCell, OutputPlan } from '../engine/output/plan';
import type { OutputPlanOptions } from '../engine/output/buildOutputPlan';
import type { RecognitionSummary, ResultSummary } from './summaryTypes';

export type EngineTask = 'recognize' | 'calculate';

/** What the worker is doing, for the progress bar. */
export type EngineStage = 'receiving' | 'analyzing' | 'planning' | 'sending';

/** A sheet without its cells: the cells follow in `rows` messages. */
export type SheetShape = Omit<SheetGrid, 'values' | 'numberFormats' | 'formulas'> & {
  rows: number;
  hasFormats: boolean;
  hasFormulas: boolean;
};

export type PlanOptions = OutputPlanOptions;

export type ToWorker =
  | { type: 'begin'; id: number; task: EngineTask; options: AnalysisOptionsInput; plan?: PlanOptions; sheets: SheetShape[] }
  | { type: 'rows'; id: number; sheet: number; values: CellValue[][]; numberFormats?: (string | null)[][]; formulas?: (string | null)[][] }
  | { type: 'run'; id: number };

export type FromWorker =
  | { type: 'progress'; id: number; stage: EngineStage }
  | { type: 'plan-rows'; id: number; sheet: number; rows: (OutCell | null)[][] }
  | { type: 'recognized'; id: number; recognition: RecognitionSummary }
  | { type: 'calculated'; id: number; recognition: RecognitionSummary; result: ResultSummary; plan: OutputPlan }
  | { type: 'error'; id: number; name: string; message: string; stack?: string };

/** What «Рассчитать» gets back: the views for the pane and the plan for the adapter to write. */
export interface Calculation {
  recognition: RecognitionSummary;
  result: ResultSummary;
  plan: OutputPlan;
}

/**
 * Cells per `rows` / `plan-rows` message. Each message is a task of its own on the receiving
 * thread, which rebuilds the clone there: result cells are objects (a value, a format, a
 * style), 2–3 µs a cell on the main thread, so 20 000 made tasks of 50–70 ms here — and one of
 * 228 ms on a slower CI machine. A quarter of that leaves the collector's pauses (the main
 * thread's heap grows by the plan's cells) as the larger part of the receiving stage's tasks.
 */
export const CHUNK_CELLS = 5_000;

/** Rows per chunk for a sheet `width` cells wide. */
export function chunkRows(width: number): number {
  return Math.max(1, Math.floor(CHUNK_CELLS / Math.max(1, width)));
}
