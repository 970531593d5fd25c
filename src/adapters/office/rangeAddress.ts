/**
 * Reading the addresses Excel hands back ('Лист1!A1:C3', "'Лист 1'!B2", lists of areas
 * 'Лист1!A1:B2, Лист1!D4') into 0-based merged areas.
 *
 * Example:
 *   areasFromAddress("'Итоги 2024'!A1:C1, 'Итоги 2024'!D5")
 *   // → [{ top: 0, left: 0, bottom: 0, right: 2 }, { top: 4, left: 3, bottom: 4, right: 3 }]
 */

import { parseLocalAddress, splitAddress } from '../../engine/address';
import type { MergedArea } from '../../engine/grid';

/** Split on commas outside quoted sheet names. */
function splitList(list: string): string[] {
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

export function areaFromAddress(address: string): MergedArea | null {
  const { local } = splitAddress(address.trim());
  const [a, b] = local.split(':');
  const p = parseLocalAddress(a);
  const q = parseLocalAddress(b ?? a);
  if (!p || !q) return null;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

export function areasFromAddress(list: string): MergedArea[] {
  return splitList(list)
    .map(areaFromAddress)
    .filter((a): a is MergedArea => a !== null);
}
