/**
 * Sizing what one `context.sync()` sends or receives. Excel on the web rejects a request or
 * a response over 5 MB; the adapter keeps each one under a budget of 4 MB, estimating JSON
 * size conservatively (every non-ASCII character counted as a 6-byte \uXXXX escape).
 *
 * Example:
 *   jsonBytes([['Кировский', 0.86]]) // → 63 (the real UTF-8 size is 29)
 */

/** Default budget per sync, below Excel on the web's 5 MB limit. */
export const REQUEST_BUDGET_BYTES = 4_000_000;

/**
 * JSON size of a value with each non-ASCII character counted as `nonAscii` bytes: 6 (a
 * \uXXXX escape, the default — used for writes, where nothing can be retried) or 3 (UTF-8,
 * used to measure what a read returned; a read that still proves too large is retried smaller).
 */
export function jsonBytes(value: unknown, nonAscii = 6): number {
  const text = JSON.stringify(value) ?? '';
  let extra = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) extra += nonAscii - 1;
  return text.length + extra;
}

/**
 * `jsonBytes` of one cell value (string, number, boolean), computed without building JSON:
 * a large sheet is measured row by row as its chunks are built, never stringified whole.
 * Equal to `jsonBytes(value)` (non-ASCII as 6 bytes, escapes as JSON writes them).
 */
export function valueJsonBytes(value: string | number | boolean | null): number {
  if (typeof value === 'string') return stringJsonBytes(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).length : 4;
  if (typeof value === 'boolean') return value ? 4 : 5;
  return 4;
}

/** `jsonBytes` of a row of values: brackets, commas and each value. */
export function rowJsonBytes(row: readonly (string | number | boolean | null)[]): number {
  let n = row.length > 0 ? row.length + 1 : 2;
  for (const v of row) n += valueJsonBytes(v);
  return n;
}

function stringJsonBytes(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f) n += 6;
    else if (c === 0x22 || c === 0x5c || c === 0x08 || c === 0x0c || c === 0x0a || c === 0x0d || c === 0x09) n += 2;
    else if (c < 0x20) n += 6;
    else n += 1;
  }
  return n;
}
