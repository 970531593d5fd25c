/**
 * Which criterion each scored indicator belongs to (METHODOLOGY §2 A), from whatever the
 * table gives:
 *   1. the text above the indicator in the header (a merged cell, or an unmerged cell with
 *      empty cells to its right) — when it reads like a criterion («Критерий 1. …», «2. …»)
 *      or stands over at least one yes/no, percent or points column (a grouping over counts
 *      only, such as «Педагогические работники», is not a criterion);
 *   2. a criterion line with no data of its own before the indicators (a transposed table
 *      lists «Критерий 1. Системность …» as a row above 1.1–1.4);
 *   3. the indicator number alone: '2.3' → the criterion whose label has id 2, else
 *      «Критерий 2».
 * A table with none of these has no criteria; only overall fulfilment is computed.
 *
 * Example:
 *   headers 'Критерий 1. Системность' / '1.1', '1.2'; and '2.1 Доля …' without a group
 *   → 1.1, 1.2 → 'Критерий 1. Системность'; 2.1 → 'Критерий 2'
 */

import type { ColumnHeader } from './headerParts';
import { criterionIdOf, isCriterionText } from './vocabulary';

export interface CriterionColumn {
  header: ColumnHeader;
  /** A yes/no, percent or points column (not a share computed from counts). */
  direct: boolean;
  /** Scored at all (direct, or a count pair's share). */
  scored: boolean;
  /** A line with a criterion heading and no data. */
  marker: boolean;
}

export interface CriteriaAssignment {
  /** Criterion label per column (index-aligned with the input). */
  labels: (string | null)[];
  /** Criteria in order of first appearance with their short ids. */
  criteria: { label: string; id: string | null }[];
}

export function assignCriteria(columns: CriterionColumn[]): CriteriaAssignment {
  const qualified = new Set<string>();
  for (const c of columns) {
    const g = c.header.group;
    if (!g || c.marker) continue;
    if (isCriterionText(g) || c.direct) qualified.add(g);
  }
  const byId = new Map<string, string>();
  for (const g of qualified) {
    const id = criterionIdOf(g);
    if (id !== null && !byId.has(id)) byId.set(id, g);
  }
  const labels: (string | null)[] = [];
  let marker: string | null = null;
  for (const c of columns) {
    if (c.marker) {
      marker = c.header.name;
      const id = criterionIdOf(marker);
      if (id !== null && !byId.has(id)) byId.set(id, marker);
      labels.push(null);
      continue;
    }
    if (!c.scored) {
      labels.push(null);
      continue;
    }
    const g = c.header.group;
    let label: string | null = g && qualified.has(g) ? g : marker;
    if (label === null && c.header.id !== null) {
      const first = c.header.id.split('.')[0];
      label = byId.get(first) ?? `Критерий ${first}`;
    }
    labels.push(label);
  }
  const criteria: { label: string; id: string | null }[] = [];
  const seen = new Set<string>();
  labels.forEach((l, i) => {
    if (l === null || seen.has(l)) return;
    seen.add(l);
    let id = criterionIdOf(l);
    if (id === null) {
      // All of its indicators numbered under one first segment → that is its id.
      const firsts = new Set<string>();
      labels.forEach((m, j) => {
        if (m === l) firsts.add(columns[j].header.id?.split('.')[0] ?? '?');
      });
      if (firsts.size === 1 && !firsts.has('?')) id = [...firsts][0];
    }
    void i;
    criteria.push({ label: l, id });
  });
  return { labels, criteria };
}
