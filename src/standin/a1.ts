/**
 * A1 addresses as Excel parses and prints them: 'D7', '$A$1:C3', 'A:C', '2:4', with or
 * without a sheet ("'Лист 1'!B2:C5"), and lists of areas ('A1:B2, D4').
 *
 * Example:
 *   parseRange('Лист1!B2:C5') // → { sheet: 'Лист1', rect: { r0: 1, c0: 1, r1: 4, c1: 2 } }
 *   formatRange('Сводные данные', { r0: 0, c0: 0, r1: 0, c1: 0 }) // → "'Сводные данные'!A1"
 */

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** A rectangle of cells, 0-based and inclusive. */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export function colLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Excel quotes a sheet name in an address unless it is a plain word. */
export function quoteSheet(name: string): string {
  if (/^[A-Za-zА-Яа-яЁё_][A-Za-zА-Яа-яЁё0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

export function formatLocal(rect: Rect): string {
  if (rect.c0 === 0 && rect.c1 === MAX_COLS - 1) return `${rect.r0 + 1}:${rect.r1 + 1}`;
  if (rect.r0 === 0 && rect.r1 === MAX_ROWS - 1) return `${colLetters(rect.c0)}:${colLetters(rect.c1)}`;
  const a = `${colLetters(rect.c0)}${rect.r0 + 1}`;
  const b = `${colLetters(rect.c1)}${rect.r1 + 1}`;
  return a === b ? a : `${a}:${b}`;
}

export function formatRange(sheet: string, rect: Rect): string {
  return `${quoteSheet(sheet)}!${formatLocal(rect)}`;
}

function parseEnd(s: string): { row: number | null; col: number | null } | null {
  const m = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/.exec(s.trim());
  if (!m || (!m[1] && !m[2])) return null;
  return { col: m[1] ? colIndex(m[1]) : null, row: m[2] ? Number(m[2]) - 1 : null };
}

/** Parse a local address ('B2', 'B2:C5', 'A:C', '3:5'); null when it is not one. */
export function parseLocal(local: string): Rect | null {
  const parts = local.trim().split(':');
  if (parts.length > 2) return null;
  const a = parseEnd(parts[0]);
  const b = parseEnd(parts[1] ?? parts[0]);
  if (!a || !b) return null;
  if ((a.row === null) !== (b.row === null) || (a.col === null) !== (b.col === null)) return null;
  const r0 = a.row ?? 0;
  const r1 = b.row ?? MAX_ROWS - 1;
  const c0 = a.col ?? 0;
  const c1 = b.col ?? MAX_COLS - 1;
  return { r0: Math.min(r0, r1), r1: Math.max(r0, r1), c0: Math.min(c0, c1), c1: Math.max(c0, c1) };
}

/** Split 'Лист1!A1' or "'Лист 1'!A1" into the sheet (or null) and the local part. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const s = address.trim();
  const i = s.lastIndexOf('!');
  if (i < 0) return { sheet: null, local: s };
  let sheet = s.slice(0, i);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: s.slice(i + 1) };
}

export function parseRange(address: string): { sheet: string | null; rect: Rect } | null {
  const { sheet, local } = splitSheet(address);
  const rect = parseLocal(local);
  return rect ? { sheet, rect } : null;
}

/** Split a list of areas on commas (or semicolons) that are outside quoted sheet names. */
export function splitAreas(list: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of list) {
    if (ch === "'") quoted = !quoted;
    if (!quoted && (ch === ',' || ch === ';')) {
      if (cur.trim()) out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export function cellCount(r: Rect): number {
  return (r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1);
}
