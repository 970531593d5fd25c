/**
 * PLACEHOLDER written by the add-in (Excel side) engineer only so that `npm run build`
 * works before the real pane exists. The pane engineer replaces this file entirely.
 *
 * Example:
 *   // webpack entry 'taskpane' → taskpane.js, loaded by taskpane.html
 */

import { createRoot } from 'react-dom/client';

function Placeholder() {
  return <p style={{ fontFamily: 'Segoe UI, sans-serif', padding: 16 }}>Методический монитор: панель готовится.</p>;
}

Office.onReady(() => {
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<Placeholder />);
});
