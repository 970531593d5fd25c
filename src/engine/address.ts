/**
 * A1-style cell addresses, as a user reads them in Excel and in the problem list.
 *
 * Example:
 *   columnLetter(0) === 'A'; columnLetter(27) === 'AB'
 *   cellAddress('Лист1', 6, 3) === 'Лист1!D7'
 *   cellAddress('Сводные данные', 0, 0) === "'Сводные данные'!A1"
 */

export function columnLetter(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Column index (0-based) of a column letter: 'A' → 0, 'AB' → 27. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Sheet name as it must appear in a reference: quoted when it is not a plain identifier. */
export function quoteSheetName(name: string): string {
  // Excel allows unquoted names only for letters/digits/underscore (incl. Cyrillic) not starting
  // with a digit and not looking like a cell reference; quoting the rest is always safe.
  if (/^[A-Za-zА-Яа-яЁё_][A-Za-zА-Яа-яЁё0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)) {
    return name;
  }
  return `'${name.replace(/'/g, "''")}'`;
}

/** Local address without sheet: (6, 3) → 'D7'. Row and column are 0-based sheet coordinates. */
export function localAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** Full address with sheet: ('Лист1', 6, 3) → 'Лист1!D7'. */
export function cellAddress(sheet: string, row: number, col: number): string {
  return `${quoteSheetName(sheet)}!${localAddress(row, col)}`;
}

/** Range address with sheet: ('Лист1', 1, 1, 4, 2) → 'Лист1!B2:C5'. */
export function rangeAddress(sheet: string, top: number, left: number, bottom: number, right: number): string {
  const a = localAddress(top, left);
  const b = localAddress(bottom, right);
  return `${quoteSheetName(sheet)}!${a === b ? a : `${a}:${b}`}`;
}

/** Parse 'D7' → { row: 6, col: 3 }; returns null for anything else. */
export function parseLocalAddress(a1: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** Split "'Лист 1'!D7" into sheet and local part. */
export function splitAddress(address: string): { sheet: string; local: string } {
  const i = address.lastIndexOf('!');
  if (i < 0) return { sheet: '', local: address };
  let sheet = address.slice(0, i);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(i + 1) };
}
