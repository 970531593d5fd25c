/**
 * The engine's Web Worker (webpack entry 'engine.worker' → dist/engine.worker.js): the whole
 * analysis runs here, so the pane stays responsive on a sheet of 100 000 rows.
 *
 * Example:
 *   const client = new EngineClient(new Worker('engine.worker.js'));
 */

import type { ToWorker } from './engineProtocol';
import { createEngineHost } from './engineHost';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const host = createEngineHost((message) => scope.postMessage(message));
scope.onmessage = (event: MessageEvent<ToWorker>) => host.receive(event.data);
