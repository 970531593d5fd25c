/**
 * A stand-in for the engine's Web Worker in Node tests: the real worker logic (engineHost)
 * behind the same asynchronous, structured-clone message passing a Worker has.
 *
 * Example:
 *   const engine = new EngineClient(inProcessWorker());
 */

import type { WorkerLike } from '../../src/taskpane/engineClient';
import { createEngineHost } from '../../src/taskpane/engineHost';
import type { FromWorker, ToWorker } from '../../src/taskpane/engineProtocol';

export interface InProcessWorker extends WorkerLike {
  /** Every message the pane posted, for checks on chunking. */
  posted: ToWorker[];
}

export function inProcessWorker(): InProcessWorker {
  const listeners: ((e: MessageEvent<FromWorker>) => void)[] = [];
  const host = createEngineHost((m) => {
    const copy = structuredClone(m);
    setTimeout(() => listeners.forEach((l) => l({ data: copy } as MessageEvent<FromWorker>)), 0);
  });
  const posted: ToWorker[] = [];
  return {
    posted,
    postMessage(m: ToWorker) {
      posted.push(m);
      const copy = structuredClone(m);
      setTimeout(() => host.receive(copy), 0);
    },
    addEventListener(type: 'message' | 'error', listener: (e: never) => void) {
      if (type === 'message') listeners.push(listener as (e: MessageEvent<FromWorker>) => void);
    },
    terminate() {},
  };
}
