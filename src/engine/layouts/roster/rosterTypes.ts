/**
 * What a teacher roster adds to its TableAnalysis (`TableAnalysis.roster`, METHODOLOGY §6):
 * the teachers' personal columns, the young teachers and their mentoring, the deficit map
 * (municipality and school × competence area → share of teachers below the critical level)
 * and the risk profile per subject. Percentages are 0–100, unrounded; missing is null.
 *
 * Example (a roster of 3 teachers, one of them young with a mentor):
 *   roster.youngTeachers // → { count: 1, base: 3, share: 33.33…, mentored: 1, mentoredShare: 100, … }
 *   roster.deficitMap[0] // → { level: 'region', unit: 'Регион', area: 'Цифровые', areaId: 'K', below: 1, withData: 3, share: 33.33… }
 */

export interface RosterTeacher {
  /** Same order as the table's entities. */
  name: string;
  school: string | null;
  municipality: string | null;
  subject: string | null;
  /** Full years (from «Возраст» or the date of birth at the reference date). */
  age: number | null;
  /** Years of (teaching) experience. */
  experience: number | null;
  /** true: a mentor is named or «да»; false: «нет» or blank in a mentor column; null: no mentor column or unreadable. */
  mentor: boolean | null;
  /** Young by the rule of youngTeachers.ts; null when age or experience is unknown. */
  young: boolean | null;
}

export interface YoungTeachers {
  /** Teachers under 35 with at most 3 years of experience. */
  count: number;
  /** Teachers whose age and experience are both known. */
  base: number;
  /** count / base × 100; null when base is 0. */
  share: number | null;
  /** Young teachers with a mentor; null when the roster has no mentor column. */
  mentored: number | null;
  /** mentored / count × 100; null without a mentor column or young teachers. */
  mentoredShare: number | null;
  /** Teachers left out because their age or experience is missing. */
  unknown: number;
  /** Young teachers whose mentor cell is blank (counted as without a mentor). */
  mentorBlank: number;
  /** The rule in words, for sheets and the note. */
  rule: string;
}

export type DeficitMapLevel = 'region' | 'municipality' | 'school';

export interface DeficitMapCell {
  level: DeficitMapLevel;
  /** Unique label: «Регион», the municipality, or «школа (муниципалитет)». */
  unit: string;
  municipality: string | null;
  school: string | null;
  /** Area name and its indicator id (column letter). */
  area: string;
  areaId: string;
  /** Teachers of the unit (with or without a result on the area). */
  teachers: number;
  /** Teachers below the critical level on the area / teachers with a result on it. */
  below: number;
  withData: number;
  /** below / withData × 100; null when nobody has a result. */
  share: number | null;
}

export interface SubjectRisk {
  subject: string;
  teachers: number;
  areas: { area: string; areaId: string; below: number; withData: number; share: number | null }[];
  /** Mean of the areas' shares below the critical level. */
  mean: number | null;
}

export interface RosterColumn {
  header: string;
  cell: string;
}

export interface RosterResult {
  /** Where the personal columns are (null when the roster has none). */
  columns: {
    name: RosterColumn | null;
    school: RosterColumn | null;
    municipality: RosterColumn | null;
    subject: RosterColumn | null;
    age: RosterColumn | null;
    birthDate: RosterColumn | null;
    experience: RosterColumn | null;
    mentor: RosterColumn | null;
  };
  teachers: RosterTeacher[];
  youngTeachers: YoungTeachers;
  /** The region, then each municipality followed by its schools; per unit, every area. */
  deficitMap: DeficitMapCell[];
  subjectRisk: SubjectRisk[];
  /** The critical level the map and the risk profile compare with, percent. */
  critical: number;
  /** Date the age is counted to, when ages come from dates of birth («01.09.2024»). */
  referenceDate: string | null;
}
