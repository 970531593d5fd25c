/**
 * Renames sheet references inside a formula, for a sheet copied from a second file whose
 * sheets got new names («Лист1» → «Лист1 (район2)»). String literals are left alone; a name
 * that needs quotes gets them.
 *
 * Example:
 *   renameSheetRefs('SUM(Лист1!A1:A3)+\'Лист 2\'!B1', { 'Лист1': 'Лист1 (район2)' })
 *   // → "SUM('Лист1 (район2)'!A1:A3)+'Лист 2'!B1"
 */

import { quoteSheetName } from '../../engine/address';

export function renameSheetRefs(formula: string, renames: Record<string, string>): string {
  const map = new Map(Object.entries(renames).map(([k, v]) => [k.toLowerCase(), v]));
  if (map.size === 0) return formula;
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      // string literal, "" escapes a quote
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      let name = '';
      while (j < formula.length) {
        if (formula[j] === "'") {
          if (formula[j + 1] === "'") {
            name += "'";
            j += 2;
            continue;
          }
          break;
        }
        name += formula[j++];
      }
      if (formula[j + 1] === '!' && map.has(name.toLowerCase())) {
        out += `${quoteSheetName(map.get(name.toLowerCase())!)}!`;
        i = j + 2;
        continue;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const m = /^[A-Za-zА-Яа-яЁё_][\wА-Яа-яЁё.]*!/.exec(formula.slice(i));
    const prev = i > 0 ? formula[i - 1] : '';
    if (m && !/[\wА-Яа-яЁё.\]]/.test(prev)) {
      const name = m[0].slice(0, -1);
      const to = map.get(name.toLowerCase());
      out += to !== undefined ? `${quoteSheetName(to)}!` : m[0];
      i += m[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
