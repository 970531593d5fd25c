/**
 * The deficit map of a roster (METHODOLOGY §6): for the region, every municipality and every
 * school in it, and each competence area — the share of teachers below the critical level
 * among those with a result on that area. A school is keyed by its municipality too, because
 * «МОУ "СОШ № 3"» exists in many districts. Units come in reading order: the region, then each
 * municipality (in order of first appearance, which is the order of the user's list) followed by
 * its schools in natural order («СОШ № 2» before «СОШ № 10»), as a reader looks them up. Teachers without a
 * municipality form the unit «(муниципалитет не указан)», the same for schools.
 *
 * The comparison is on the unrounded score: 49,99 % is below a critical level of 50 %.
 *
 * Example (critical 50; area «Цифровые»; Лужский район: 1 of 2 teachers below, Кировский: 0 of 1):
 *   deficitMap(...) // → [{ level: 'region', unit: 'Регион', area: 'Цифровые', below: 1, withData: 3, share: 33.3… },
 *                   //    { level: 'municipality', unit: 'Лужский район', below: 1, withData: 2, share: 50 }, …]
 */

import type { DeficitMapCell, DeficitMapLevel } from './rosterTypes';
import { REGION_LABEL } from '../../output/labels';

export const NO_MUNICIPALITY = '(муниципалитет не указан)';
export const NO_SCHOOL = '(организация не указана)';

const SCHOOL_ORDER = new Intl.Collator('ru', { numeric: true, sensitivity: 'base' });

export interface MapArea {
  id: string;
  name: string;
  /** Per teacher, 0…1, NaN when missing. */
  scores: Float64Array;
}

export interface MapTeacher {
  municipality: string | null;
  school: string | null;
}

interface Unit {
  level: DeficitMapLevel;
  unit: string;
  municipality: string | null;
  school: string | null;
  members: number[];
}

/** Units of the map in display order, each with the indices of its teachers. */
export function mapUnits(teachers: readonly MapTeacher[], withSchools = true): Unit[] {
  const region: Unit = { level: 'region', unit: REGION_LABEL, municipality: null, school: null, members: [] };
  const munis = new Map<string, { unit: Unit; schools: Map<string, Unit> }>();
  teachers.forEach((t, i) => {
    region.members.push(i);
    const m = t.municipality ?? NO_MUNICIPALITY;
    let entry = munis.get(m);
    if (!entry) {
      entry = { unit: { level: 'municipality', unit: m, municipality: m, school: null, members: [] }, schools: new Map() };
      munis.set(m, entry);
    }
    entry.unit.members.push(i);
    if (!withSchools) return;
    const s = t.school ?? NO_SCHOOL;
    let school = entry.schools.get(s);
    if (!school) {
      school = { level: 'school', unit: `${s} (${m})`, municipality: m, school: s, members: [] };
      entry.schools.set(s, school);
    }
    school.members.push(i);
  });
  const out: Unit[] = [region];
  for (const { unit, schools } of munis.values()) {
    out.push(unit, ...[...schools.values()].sort((a, b) => SCHOOL_ORDER.compare(a.school ?? '', b.school ?? '')));
  }
  return out;
}

export function deficitMap(teachers: readonly MapTeacher[], areas: readonly MapArea[], critical: number, withSchools = true): DeficitMapCell[] {
  const limit = critical / 100;
  const out: DeficitMapCell[] = [];
  for (const u of mapUnits(teachers, withSchools)) {
    for (const a of areas) {
      let below = 0;
      let withData = 0;
      for (const i of u.members) {
        const s = a.scores[i];
        if (Number.isNaN(s)) continue;
        withData++;
        if (s < limit) below++;
      }
      out.push({
        level: u.level,
        unit: u.unit,
        municipality: u.municipality,
        school: u.school,
        area: a.name,
        areaId: a.id,
        teachers: u.members.length,
        below,
        withData,
        share: withData > 0 ? (below / withData) * 100 : null,
      });
    }
  }
  return out;
}
