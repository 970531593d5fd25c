/**
 * Sheets of one template — the same form sent to every district and returned filled in — are
 * read as ONE table with the entities of all sheets one after another. Two frames share a
 * template when their entity column, orientation and data-column headers (position and text)
 * agree; titles and row positions may differ («Отчёт Кировского района» on one, the header in
 * row 5 on another).
 *
 * Example:
 *   sheets «Кировский», «Тосненский» with the header «МО | Всего педагогов | из них молодых»
 *   → groupByTemplate([f1, f2]) → [[f1, f2]]
 */

import type { TableFrame } from './tableFrame';

function norm(s: string): string {
  return s.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

export function templateSignature(f: TableFrame): string {
  const cols = f.columns.filter((c) => c.header !== '').map((c) => `${c.col}:${norm(c.header)}`);
  return [f.transposed ? 'T' : 'N', f.block.entityCol, norm(f.entityLabel), ...cols].join('\u0001');
}

/** Frames grouped by signature, in the order of their first sheet. */
export function groupByTemplate(frames: TableFrame[]): TableFrame[][] {
  const groups = new Map<string, TableFrame[]>();
  for (const f of frames) {
    const key = templateSignature(f);
    const g = groups.get(key);
    if (g) g.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()];
}
