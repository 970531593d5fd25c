/**
 * The pane's typed handle on the engine's Web Worker. Each request gets an id; the grid goes
 * over in row chunks with a pause between them (each postMessage clones a few thousand rows,
 * so the main thread never blocks for long), and the plan comes back the same way.
 *
 * Example:
 *   const engine = new EngineClient(new Worker('engine.worker.js'));
 *   const recognition = await engine.recognize(grid, { target: 80, critical: 50 });
 *   const { result, plan } = await engine.calculate(grid, options, { existingSheets }, (stage) => show(stage));
 */

import type { WorkbookGrid } from '../engine/grid';
import type { AnalysisOptionsInput } from '../engine/options';
import type { OutCell } from '../engine/output/plan';
import {
  chunkRows,
  type Calculation,
  type EngineStage,
  type EngineTask,
  type FromWorker,
  type PlanOptions,
  type SheetShape,
  type ToWorker,
} from './engineProtocol';
import type { RecognitionSummary } from './summaryTypes';

/** The part of `Worker` the client uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<FromWorker>) => void): void;
  addEventListener(type: 'error', listener: (e: ErrorEvent) => void): void;
  terminate(): void;
}

/** A failure inside the engine. `message` is the engine's text (Russian for expected failures). */
export class EngineError extends Error {
  /**
   * @param engineName The error's name inside the worker ('NoTableError', 'RangeError' …).
   * @param engineStack Its stack inside the worker, for the developer console.
   */
  constructor(
    message: string,
    readonly engineName: string,
    readonly engineStack?: string,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}

interface Request {
  task: EngineTask;
  resolve: (value: RecognitionSummary | Calculation) => void;
  reject: (e: Error) => void;
  onProgress?: (stage: EngineStage) => void;
  planRows: (OutCell | null)[][][];
}

export class EngineClient {
  private nextId = 1;
  private readonly requests = new Map<number, Request>();

  constructor(private readonly worker: WorkerLike) {
    worker.addEventListener('message', (e: MessageEvent<FromWorker>) => this.receive(e.data));
    worker.addEventListener('error', (e: ErrorEvent) => {
      // The browser's own text (English, technical) goes to the console; the user gets Russian.
      console.error('engine.worker.js:', e.message || e);
      const err = new EngineError(
        'Вычислитель надстройки остановился с ошибкой или не загрузился (engine.worker.js). Закройте и снова откройте панель; если ошибка повторится, сообщите разработчикам.',
        'WorkerError',
      );
      for (const r of this.requests.values()) r.reject(err);
      this.requests.clear();
    });
  }

  recognize(grid: WorkbookGrid, options: AnalysisOptionsInput, onProgress?: (stage: EngineStage) => void): Promise<RecognitionSummary> {
    return this.request('recognize', grid, options, undefined, onProgress) as Promise<RecognitionSummary>;
  }

  calculate(grid: WorkbookGrid, options: AnalysisOptionsInput, plan: PlanOptions, onProgress?: (stage: EngineStage) => void): Promise<Calculation> {
    return this.request('calculate', grid, options, plan, onProgress) as Promise<Calculation>;
  }

  dispose(): void {
    this.worker.terminate();
    const err = new EngineError('Вычислитель остановлен.', 'Disposed');
    for (const r of this.requests.values()) r.reject(err);
    this.requests.clear();
  }

  private request(
    task: EngineTask,
    grid: WorkbookGrid,
    options: AnalysisOptionsInput,
    plan: PlanOptions | undefined,
    onProgress?: (stage: EngineStage) => void,
  ): Promise<RecognitionSummary | Calculation> {
    const id = this.nextId++;
    const done = new Promise<RecognitionSummary | Calculation>((resolve, reject) => {
      this.requests.set(id, { task, resolve, reject, onProgress, planRows: [] });
    });
    this.send(id, task, grid, options, plan).catch((e: Error) => this.fail(id, e));
    return done;
  }

  private async send(id: number, task: EngineTask, grid: WorkbookGrid, options: AnalysisOptionsInput, plan: PlanOptions | undefined): Promise<void> {
    const sheets: SheetShape[] = grid.sheets.map(({ values, numberFormats, formulas, ...shape }) => ({
      ...shape,
      rows: values.length,
      hasFormats: numberFormats !== undefined,
      hasFormulas: formulas !== undefined,
    }));
    this.worker.postMessage({ type: 'begin', id, task, options, plan, sheets });
    for (let s = 0; s < grid.sheets.length; s++) {
      const sheet = grid.sheets[s];
      const width = sheet.values.reduce((w, r) => Math.max(w, r.length), 0);
      const step = chunkRows(width);
      for (let start = 0; start < sheet.values.length; start += step) {
        if (!this.requests.has(id)) return;
        const end = start + step;
        this.worker.postMessage({
          type: 'rows',
          id,
          sheet: s,
          values: sheet.values.slice(start, end),
          numberFormats: sheet.numberFormats?.slice(start, end),
          formulas: sheet.formulas?.slice(start, end),
        });
        if (end < sheet.values.length) await nextTask();
      }
    }
    this.worker.postMessage({ type: 'run', id });
  }

  private receive(m: FromWorker): void {
    const r = this.requests.get(m.id);
    if (!r) return; // a request already failed or disposed; its late messages have no one to tell
    switch (m.type) {
      case 'progress':
        r.onProgress?.(m.stage);
        break;
      case 'plan-rows': {
        const rows = (r.planRows[m.sheet] ??= []);
        for (const row of m.rows) rows.push(row);
        break;
      }
      case 'recognized':
        this.requests.delete(m.id);
        r.resolve(m.recognition);
        break;
      case 'calculated': {
        this.requests.delete(m.id);
        const plan = { ...m.plan, sheets: m.plan.sheets.map((s, i) => ({ ...s, rows: r.planRows[i] ?? [] })) };
        r.resolve({ recognition: m.recognition, result: m.result, plan });
        break;
      }
      case 'error':
        this.fail(m.id, new EngineError(m.message, m.name, m.stack));
        break;
    }
  }

  private fail(id: number, e: Error): void {
    const r = this.requests.get(id);
    this.requests.delete(id);
    r?.reject(e);
  }
}

/** Yield to the event loop so rendering and input run between two chunks. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
