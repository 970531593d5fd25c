/**
 * Young teachers (молодые педагоги) as the federal ЕФС indicators count them (seed 002:
 * «педагогические работники в возрасте до 35 лет со стажем работы не более 3-х лет»):
 * younger than 35 (age < 35) AND at most 3 years of experience (experience ≤ 3). A teacher of
 * 34 with 3 years is young; 35 years or 4 years of experience is not. A teacher whose age or
 * experience is missing is neither young nor in the base; the reader reports them once.
 *
 * Coverage by mentoring: of the young teachers, those with a mentor (a «да» or a mentor's name
 * in the mentor column). A blank mentor cell counts as no mentor recorded — the way such
 * columns are filled in — and the number of blanks is kept so the sheet can say so.
 *
 * Example:
 *   isYoungTeacher(34, 3) // → true
 *   isYoungTeacher(35, 3) // → false
 *   isYoungTeacher(34, 4) // → false
 *   youngTeachers([{ age: 28, experience: 1, mentor: true }, { age: 50, experience: 20, mentor: null }], true)
 *   // → { count: 1, base: 2, share: 50, mentored: 1, mentoredShare: 100, unknown: 0, mentorBlank: 0, rule: '…' }
 */

import type { YoungTeachers } from './rosterTypes';

/** Under this age (full years)… */
export const YOUNG_AGE_BELOW = 35;
/** …and with at most this many years of experience. */
export const YOUNG_EXPERIENCE_MAX = 3;

export const YOUNG_RULE = `моложе ${YOUNG_AGE_BELOW} лет и стаж не более ${YOUNG_EXPERIENCE_MAX} лет`;

export function isYoungTeacher(age: number | null, experience: number | null): boolean | null {
  if (age === null || experience === null || !Number.isFinite(age) || !Number.isFinite(experience)) return null;
  return age < YOUNG_AGE_BELOW && experience <= YOUNG_EXPERIENCE_MAX;
}

export interface YoungInput {
  age: number | null;
  experience: number | null;
  /** true / false from the mentor column; null when it is blank or there is no such column. */
  mentor: boolean | null;
}

export function youngTeachers(teachers: readonly YoungInput[], hasMentorColumn: boolean): YoungTeachers {
  let count = 0;
  let base = 0;
  let mentored = 0;
  let mentorBlank = 0;
  let unknown = 0;
  for (const t of teachers) {
    const young = isYoungTeacher(t.age, t.experience);
    if (young === null) {
      unknown++;
      continue;
    }
    base++;
    if (!young) continue;
    count++;
    if (t.mentor === true) mentored++;
    else if (t.mentor === null) mentorBlank++;
  }
  return {
    count,
    base,
    share: base > 0 ? (count / base) * 100 : null,
    mentored: hasMentorColumn ? mentored : null,
    mentoredShare: hasMentorColumn && count > 0 ? (mentored / count) * 100 : null,
    unknown,
    mentorBlank: hasMentorColumn ? mentorBlank : 0,
    rule: YOUNG_RULE,
  };
}
