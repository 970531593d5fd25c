/**
 * The stand-in's `RequestContext`: operations are queued by the proxies and carried out
 * only on `sync()`, in order, like Office.js batches. Every sync is accounted: the JSON size
 * of the queued operations (the request) and of the loaded data (the response); either over
 * 5 MB fails like Excel on the web (RequestPayloadSizeLimitExceeded /
 * ResponsePayloadSizeLimitExceeded). As in Excel, a batch is not a transaction: when an
 * operation fails, the ones before it stay done and the rest are dropped. Like a round trip to
 * Excel, a sync lets the caller's task end before the operations run and resolves in a task
 * of its own (never within the caller's task).
 *
 * Example:
 *   const ctx = new StandinContext(model);
 *   const ws = ctx.workbook.worksheets.getItem('Лист1');
 *   ws.load('name');
 *   await ctx.sync();
 *   ws.name // → 'Лист1'
 */

import { StandinError } from './errors';
import type { WorkbookModel } from './model';
import { WorkbookProxy } from './workbook';

/** Excel on the web: 5 MB per request and per response. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** Longest stretch of the stand-in's own work on a sync before it lets other tasks run. */
const HOST_SLICE_MS = 40;

/** What a load hands back: the data (for the response size) and how to store it once the sync succeeds. */
export interface LoadResult {
  data: unknown;
  commit: () => void;
}

/**
 * Work on the model done in steps (formatting a 100 000-row column cell by cell): the host
 * pauses between steps like between operations.
 */
export type HostSteps = Iterable<void>;

export interface Operation {
  /** What would travel in the request (sized as JSON). */
  payload: unknown;
  /** Carry the operation out on the model; a load returns its result, a long one its steps. */
  apply: () => LoadResult | HostSteps | void;
}

function isLoad(r: LoadResult | HostSteps): r is LoadResult {
  return 'commit' in r;
}

export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export class StandinContext {
  readonly workbook: WorkbookProxy;
  private queue: Operation[] = [];
  private objectIds = 0;
  /** Set by `suspendApiCalculationUntilNextSync()` for the next sync. */
  calculationSuspended = false;

  constructor(readonly model: WorkbookModel) {
    this.workbook = new WorkbookProxy(this);
  }

  nextObjectId(): number {
    this.objectIds += 1;
    return this.objectIds;
  }

  enqueue(op: Operation): void {
    this.queue.push(op);
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const suspended = this.calculationSuspended;
    this.calculationSuspended = false;
    const stats = this.model.stats;
    const requestBytes = utf8Bytes(JSON.stringify(ops.map((o) => o.payload)));
    stats.syncs += 1;
    stats.operations += ops.length;
    stats.totalRequestBytes += requestBytes;
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, requestBytes);
    if (suspended) stats.calculationSuspendedSyncs += 1;
    // A sync is a round trip to Excel: the caller's task ends when the request leaves, and the
    // answer arrives as a task of its own. Settling within the caller's task (a microtask)
    // would make a whole read or write one long main-thread task, which real Excel never does.
    await nextTask();
    try {
      await this.carryOut(ops, requestBytes);
    } finally {
      await nextTask();
    }
  }

  /**
   * The host's side of a sync: check the request, apply the operations, size the response.
   * Excel does this work in its own process; the stand-in does it on the caller's thread (the
   * pane's, in the preview), so it pauses between operations every HOST_SLICE_MS — otherwise a
   * large batch would show up as a long task of the pane that real Excel never causes.
   */
  private async carryOut(ops: Operation[], requestBytes: number): Promise<void> {
    const stats = this.model.stats;
    if (requestBytes > PAYLOAD_LIMIT_BYTES) {
      throw new StandinError(
        'RequestPayloadSizeLimitExceeded',
        `The request payload size has exceeded the limit (${requestBytes} bytes > ${PAYLOAD_LIMIT_BYTES}).`,
        'RequestContext.sync',
      );
    }
    const loads: LoadResult[] = [];
    let slice = performance.now();
    const pause = async (): Promise<void> => {
      if (performance.now() - slice <= HOST_SLICE_MS) return;
      await nextTask();
      slice = performance.now();
    };
    for (const op of ops) {
      const r = op.apply();
      if (r && isLoad(r)) loads.push(r);
      else if (r) for (const _step of r) await pause();
      await pause();
    }
    // The response is sized load by load (the JSON of an array: its items, commas and
    // brackets), pausing like the operations: sizing 4 MB at once is Excel's work, not the pane's.
    let responseBytes = loads.length > 0 ? loads.length + 1 : 2;
    for (const l of loads) {
      responseBytes += utf8Bytes(JSON.stringify(l.data) ?? 'null');
      await pause();
    }
    stats.totalResponseBytes += responseBytes;
    stats.maxResponseBytes = Math.max(stats.maxResponseBytes, responseBytes);
    if (responseBytes > PAYLOAD_LIMIT_BYTES) {
      throw new StandinError(
        'ResponsePayloadSizeLimitExceeded',
        `The response payload size has exceeded the limit (${responseBytes} bytes > ${PAYLOAD_LIMIT_BYTES}).`,
        'RequestContext.sync',
      );
    }
    for (const l of loads) l.commit();
  }
}

/** A macrotask boundary (setTimeout works alike in Node and in browsers; no Node API needed). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
