/**
 * The risk profile per subject (METHODOLOGY §6): for every subject (or position, when the
 * roster has no subject column), the share of its teachers below the critical level on each
 * competence area, and the mean of those shares — the subjects whose teachers most need
 * support come first (highest mean), ties by name. Teachers without a subject form
 * «(предмет не указан)».
 *
 * Example (critical 50): two teachers of «Математика», one below 50 % on «Цифровые»
 *   subjectRisk(...)[0] // → { subject: 'Математика', teachers: 2, areas: [{ area: 'Цифровые', below: 1, withData: 2, share: 50 }, …], mean: … }
 */

import type { SubjectRisk } from './rosterTypes';
import type { MapArea } from './deficitMap';

export const NO_SUBJECT = '(предмет не указан)';

export function subjectRisk(subjects: readonly (string | null)[], areas: readonly MapArea[], critical: number): SubjectRisk[] {
  const limit = critical / 100;
  const groups = new Map<string, number[]>();
  subjects.forEach((s, i) => {
    const key = s ?? NO_SUBJECT;
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  });
  const out: SubjectRisk[] = [];
  for (const [subject, members] of groups) {
    const rows = areas.map((a) => {
      let below = 0;
      let withData = 0;
      for (const i of members) {
        const s = a.scores[i];
        if (Number.isNaN(s)) continue;
        withData++;
        if (s < limit) below++;
      }
      return { area: a.name, areaId: a.id, below, withData, share: withData > 0 ? (below / withData) * 100 : null };
    });
    const shares = rows.map((r) => r.share).filter((x): x is number => x !== null);
    out.push({ subject, teachers: members.length, areas: rows, mean: shares.length > 0 ? shares.reduce((a, b) => a + b, 0) / shares.length : null });
  }
  return out.sort((a, b) => (b.mean ?? -1) - (a.mean ?? -1) || a.subject.localeCompare(b.subject, 'ru'));
}
