/**
 * Runs in the preview page BEFORE the pane's script: installs the in-memory Excel stand-in as
 * the global `Excel`/`Office` (replacing office.js's own `Office`, which outside Excel has no
 * host) and exposes it as `window.__standin` for the browser test.
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

const standin = createStandin(snapshot());
installStandin(standin);
window.__standin = standin;
