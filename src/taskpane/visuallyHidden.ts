/**
 * Inline style that hides text from the eye but not from screen readers (the usual
 * «sr-only» clip), for live-region announcements the pane already shows in another form.
 *
 * Example:
 *   <div role="status" style={visuallyHidden}>Расчёт завершён.</div>
 */

import type { CSSProperties } from 'react';

export const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  padding: 0,
  margin: '-1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};
