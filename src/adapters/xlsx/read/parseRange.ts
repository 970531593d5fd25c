/**
 * An A1 range as a merged area, 0-based and inclusive ('B2:D3' → rows 1–2, columns 1–3); a
 * single cell is a one-cell area; reversed corners are put in order; anything else is null.
 *
 * Example:
 *   parseRange('$B$2:D3') // → { top: 1, left: 1, bottom: 2, right: 3 }
 */

import type { MergedArea } from '../../../engine/grid';

export function parseRange(ref: string): MergedArea | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return null;
  const col = (s: string) => s.toUpperCase().split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const top = Number(m[2]) - 1;
  const left = col(m[1]);
  const bottom = m[4] ? Number(m[4]) - 1 : top;
  const right = m[3] ? col(m[3]) : left;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}
