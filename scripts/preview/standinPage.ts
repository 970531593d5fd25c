/**
 * Runs in the preview page: waits for office.js (the local copy) to finish initialising, then
 * installs the in-memory Excel stand-in as the global `Excel`/`Office` (office.js outside Excel
 * has no host) once the window has loaded, exposes it as `window.__standin` for the browser test, and only then loads
 * the pane's scripts (named by the server in `data-pane-scripts`), so the pane starts against
 * the stand-in. The stand-in itself answers every `sync()` in a later task, as Excel does, so
 * the page needs no timing shim of its own.
 * The workbook is the example snapshot the preview server put in `window.__STANDIN_SNAPSHOT__`
 * (made by scripts/workbook-to-json.ts), or, with `?rows=N`, a generated sheet of N rows.
 *
 * Example:
 *   http://127.0.0.1:3100/taskpane.html             → examples/matrix-ingushetia.xlsx
 *   http://127.0.0.1:3100/taskpane.html?rows=100000 → «Большая таблица», 100 000 rows
 */

import { createStandin, installStandin, type Standin, type StandinSnapshot } from '../../src/standin';
import { generatedSnapshot } from './generatedSheet';

declare global {
  interface Window {
    __STANDIN_SNAPSHOT__?: StandinSnapshot;
    __standin?: Standin;
  }
}

function snapshot(): StandinSnapshot {
  const rows = Number(new URLSearchParams(location.search).get('rows') ?? 0);
  if (rows > 0) return generatedSnapshot(rows);
  if (!window.__STANDIN_SNAPSHOT__) throw new Error('Предпросмотр: нет снимка книги (window.__STANDIN_SNAPSHOT__).');
  return window.__STANDIN_SNAPSHOT__;
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Предпросмотр: не удалось загрузить ${src}.`));
    document.head.appendChild(script);
  });
}

/** The window's load event (at once when it has fired). */
function loaded(): Promise<void> {
  return new Promise((resolve) => (document.readyState === 'complete' ? resolve() : window.addEventListener('load', () => resolve(), { once: true })));
}

async function start(paneScripts: string[]): Promise<void> {
  const office = (globalThis as { Office?: { onReady?: () => Promise<unknown> } }).Office;
  // office.js outside Office finishes initialising on the window's load event too; replacing the
  // global Office before that made its own handler fail («reading 'resolve'») now and then — seen
  // with the larger roster snapshot, whose script delays the load event.
  await loaded();
  if (office?.onReady) await office.onReady();
  const standin = createStandin(snapshot());
  installStandin(standin);
  window.__standin = standin;
  for (const src of paneScripts) await loadScript(src);
}

const paneScripts = (document.currentScript?.getAttribute('data-pane-scripts') ?? '').split(' ').filter(Boolean);
start(paneScripts).catch((e: Error) => {
  document.body.textContent = e.message;
  throw e;
});
