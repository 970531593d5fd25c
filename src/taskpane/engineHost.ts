/**
 * The worker side of the engine protocol, independent of the worker global so it can be
 * tested in Node: assembles the grid from `begin`/`rows`, and on `run` calls the engine
 * (analyzeWorkbook, then for «Рассчитать» buildOutputPlan) and posts the compact views, the
 * plan's rows in chunks, then the plan itself. Errors are posted, never dropped.
 *
 * Example:
 *   const host = createEngineHost((m) => self.postMessage(m));
 *   self.onmessage = (e) => host.receive(e.data);
 */

import { analyzeWorkbook } from '../engine/analyze';
import type { SheetGrid } from '../engine/grid';
import { buildOutputPlan } from '../engine/output/buildOutputPlan';
import { rowsWidth, type OutRow, type OutputPlan } from '../engine/output/plan';
import { chunkRows, type FromWorker, type ToWorker } from './engineProtocol';
import { recognitionSummary, resultSummary } from './summarize';

interface Pending {
  begin: Extract<ToWorker, { type: 'begin' }>;
  sheets: SheetGrid[];
}

export interface EngineHost {
  receive(message: ToWorker): void;
}

export function createEngineHost(post: (message: FromWorker) => void): EngineHost {
  const pending = new Map<number, Pending>();

  function run(id: number): void {
    const job = pending.get(id);
    pending.delete(id);
    if (!job) throw new Error(`Запрос ${id} вычислителю не был начат.`);
    post({ type: 'progress', id, stage: 'analyzing' });
    const analysis = analyzeWorkbook({ sheets: job.sheets }, job.begin.options);
    const recognition = recognitionSummary(analysis);
    if (job.begin.task === 'recognize') {
      post({ type: 'recognized', id, recognition });
      return;
    }
    post({ type: 'progress', id, stage: 'planning' });
    const plan = buildOutputPlan(analysis, job.begin.plan ?? {});
    const result = resultSummary(analysis);
    post({ type: 'progress', id, stage: 'sending' });
    post({ type: 'calculated', id, recognition, result, plan: sendPlanRows(id, plan, post) });
  }

  return {
    receive(message: ToWorker): void {
      try {
        switch (message.type) {
          case 'begin':
            pending.set(message.id, {
              begin: message,
              sheets: message.sheets.map(({ rows: _rows, hasFormats, hasFormulas, ...shape }) => ({
                ...shape,
                values: [],
                ...(hasFormats ? { numberFormats: [] } : {}),
                ...(hasFormulas ? { formulas: [] } : {}),
              })),
            });
            post({ type: 'progress', id: message.id, stage: 'receiving' });
            break;
          case 'rows': {
            const sheet = pending.get(message.id)?.sheets[message.sheet];
            if (!sheet) throw new Error(`Строки листа ${message.sheet} пришли без начала запроса ${message.id}.`);
            append(sheet.values, message.values);
            if (message.numberFormats && sheet.numberFormats) append(sheet.numberFormats, message.numberFormats);
            if (message.formulas && sheet.formulas) append(sheet.formulas, message.formulas);
            break;
          }
          case 'run':
            run(message.id);
            break;
        }
      } catch (e) {
        pending.delete(message.id);
        const err = e instanceof Error ? e : new Error(String(e));
        post({ type: 'error', id: message.id, name: err.name, message: err.message, stack: err.stack });
      }
    },
  };
}

/**
 * Post the rows of every output sheet in chunks; return the plan with its rows emptied. Rows
 * made on request (rowBlocks.ts) are made here, a chunk at a time: a posted chunk is cloned,
 * and the worker keeps none of them.
 */
function sendPlanRows(id: number, plan: OutputPlan, post: (m: FromWorker) => void): OutputPlan {
  plan.sheets.forEach((sheet, index) => {
    const step = chunkRows(rowsWidth(sheet.rows));
    for (let start = 0; start < sheet.rows.length; start += step) {
      const rows: OutRow[] = [];
      for (let r = start; r < Math.min(start + step, sheet.rows.length); r++) rows.push(sheet.rows.at(r)!);
      post({ type: 'plan-rows', id, sheet: index, rows });
    }
  });
  return { ...plan, sheets: plan.sheets.map((s) => ({ ...s, rows: [] })) };
}

function append<T>(target: T[], rows: T[]): void {
  for (const row of rows) target.push(row);
}
