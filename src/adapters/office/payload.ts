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

/** Split rows [0, rowCount) into consecutive chunks whose estimated size stays within `budget`. */
export function rowChunks(rowBytes: number[], budget: number): { start: number; count: number; bytes: number }[] {
  const out: { start: number; count: number; bytes: number }[] = [];
  let start = 0;
  let bytes = 0;
  rowBytes.forEach((b, i) => {
    if (i > start && bytes + b > budget) {
      out.push({ start, count: i - start, bytes });
      start = i;
      bytes = 0;
    }
    bytes += b;
  });
  if (rowBytes.length > start) out.push({ start, count: rowBytes.length - start, bytes });
  return out;
}
