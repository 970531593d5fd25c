/**
 * The pane's entry (webpack entry 'taskpane' → taskpane.js, loaded by taskpane.html): waits for
 * Office, starts the engine's worker and renders the App with the Office adapter.
 *
 * Example:
 *   // taskpane.html: <script src=".../office.js"></script> … <script defer src="taskpane.js"></script>
 */

import { AriaLiveAnnouncer, FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { listSheets, loadSettings, readSheets, removeHighlights, saveSettings, selectCell, writePlan } from '../adapters/office';
import { App } from './App';
import { EngineClient } from './engineClient';
import { Notice } from './Notice';
import type { OfficeApi } from './officeApi';

/** Where webpack puts the worker: next to taskpane.html. */
const WORKER_URL = 'engine.worker.js';

const office: OfficeApi = {
  listSheets,
  readSheets: (names) => readSheets(names),
  writePlan: (plan) => writePlan(plan),
  removeHighlights,
  loadSettings,
  saveSettings,
  selectCell,
};

function mount(element: JSX.Element): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('taskpane.html has no #root element');
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <AriaLiveAnnouncer>{element}</AriaLiveAnnouncer>
    </FluentProvider>,
  );
}

Office.onReady((info) => {
  if (info.host !== Office.HostType.Excel) {
    mount(<Notice intent="warning" title="Откройте панель в Excel" text="Методический монитор работает как надстройка Excel: откройте книгу в Excel и запустите надстройку с вкладки «Главная»." />);
    return;
  }
  const engine = new EngineClient(new Worker(WORKER_URL));
  mount(<App office={office} engine={engine} />);
});
