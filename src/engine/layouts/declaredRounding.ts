/**
 * How precisely a declared share was written, so that checking it against the computed share
 * forgives exactly its own rounding and nothing more. A share shown as «70 %» stands for any
 * value in [69,5; 70,5); «70,7 %» for [70,65; 70,75). The precision is what the user sees:
 * the decimals of a percent number format ('0.0%' → 1), of a text ('70,7%' → 1), or of the
 * number itself when the format is General.
 *
 * Example (tolerance in percentage points):
 *   roundingTolerance(0.7, '0%', null)        // → 0.5
 *   roundingTolerance(0.707, '0.0%', null)    // → 0.05
 *   roundingTolerance('70%', null, null)      // → 0.5
 *   roundingTolerance(70.65, null, 'percent') // → 0.005
 *   roundingTolerance(0.71, null, 'fraction') // → 0.5   (0.71 = 71 %, two decimals of a fraction)
 */

import type { CellValue } from '../grid';
import { isPercentFormat } from '../values/parseCell';
import { memoized } from '../memoized';

/** Decimals after the point in the numeric part of a number format ('0.00%' → 2, '0%' → 0); null for General. */
function formatDecimals(format: string | null): number | null {
  return format ? formatDecimalsKept(format) : null;
}

function parseFormatDecimals(format: string): number | null {
  if (/^general$/i.test(format.trim()) || format.trim() === '@') return null;
  const section = format.split(';')[0].replace(/"[^"]*"/g, '');
  const m = /[0#?]\.([0#?]+)/.exec(section);
  if (m) return m[1].length;
  return /[0#?]/.test(section) ? 0 : null;
}

function writtenDecimals(x: number): number {
  const s = String(x);
  if (/e-/i.test(s)) return 15;
  const i = s.indexOf('.');
  return i < 0 ? 0 : Math.min(15, s.length - i - 1);
}

/**
 * Decimals of a number as written, from its shortest form. Declared shares repeat (a form of
 * 100,000 rows has a few thousand distinct ones), and turning each into text was a fifth of the
 * declared-share check: the answers are kept per value.
 */
const ownDecimals = memoized(writtenDecimals, 10_000);

/** A form has a handful of formats and a declared share on each of 100,000 rows. */
const formatDecimalsKept = memoized(parseFormatDecimals, 1000);

const FLOOR = 1e-9;

export function roundingTolerance(raw: CellValue, format: string | null, bare: 'fraction' | 'percent' | null): number {
  if (typeof raw === 'string') {
    const m = /^\s*[-−]?\d[\d \u00A0]*(?:[.,](\d+))?/.exec(raw);
    const d = m && m[1] ? m[1].length : 0;
    const isFraction = !raw.includes('%') && bare === 'fraction';
    return Math.max(FLOOR, 0.5 * 10 ** -(isFraction ? d - 2 : d));
  }
  if (typeof raw !== 'number') return FLOOR;
  const fd = formatDecimals(format);
  if (isPercentFormat(format)) return Math.max(FLOOR, 0.5 * 10 ** -(fd ?? Math.max(0, ownDecimals(raw) - 2)));
  const d = fd ?? ownDecimals(raw);
  // A fraction with d decimals is a percent with d - 2 decimals.
  return Math.max(FLOOR, 0.5 * 10 ** -(bare === 'fraction' ? d - 2 : d));
}
