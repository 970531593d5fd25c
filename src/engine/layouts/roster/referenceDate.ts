/**
 * Age from a date of birth needs a date to count to. A diagnostic is a snapshot of a school
 * year, so the reference date is taken from the period the table states, the way Russian forms
 * state it (periods/periodLabel.ts):
 *   «по состоянию на 01.09.2024»      → 01.09.2024 (the date itself);
 *   «2024/2025 учебный год»           → 01.09.2024 (the start of that school year);
 *   «2024 год», «2023–2024 годы»      → 01.09 of the (last) year;
 * looked for in the period set in the options, then the title, then the sheet name. Without
 * any, the 1st of September of the current school year is used and the user is told (the
 * only place the engine reads the clock, and only for a roster with dates of birth).
 *
 * A date of birth may be an Excel date (a serial number with a date format), a text
 * «12.03.1990», or a bare year of birth (1990: age = reference year − 1990).
 *
 * Example:
 *   referenceDate(['Диагностика 2024/2025 учебный год'])  // → { year: 2024, month: 9, day: 1, text: '01.09.2024', fromData: true }
 *   ageAt({ year: 2024, month: 9, day: 1 }, birthFromCell('02.09.1989', null)!) // → 34 (35 on the next day)
 */

import type { CellValue } from '../../grid';
import { periodOf } from '../../periods/periodLabel';

export interface SimpleDate {
  year: number;
  month: number;
  day: number;
}

export interface ReferenceDate extends SimpleDate {
  /** «01.09.2024», for messages. */
  text: string;
  /** Found in the period, title or sheet name; false when the current school year was assumed. */
  fromData: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function dateText(d: SimpleDate): string {
  return `${pad(d.day)}.${pad(d.month)}.${d.year}`;
}

function make(d: SimpleDate, fromData: boolean): ReferenceDate {
  return { ...d, text: dateText(d), fromData };
}

export function referenceDate(texts: (string | null | undefined)[], today: Date = new Date()): ReferenceDate {
  const period = periodOf(texts);
  if (period) {
    let m = /на (\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(period);
    if (m) return make({ day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) }, true);
    m = /^(\d{4})\/\d{4} учебный год/.exec(period);
    if (m) return make({ day: 1, month: 9, year: Number(m[1]) }, true);
    m = /(\d{4}) год/.exec(period) ?? /–(\d{4}) годы/.exec(period);
    if (m) return make({ day: 1, month: 9, year: Number(m[1]) }, true);
  }
  const y = today.getMonth() + 1 >= 9 ? today.getFullYear() : today.getFullYear() - 1;
  return make({ day: 1, month: 9, year: y }, false);
}

/** Excel serial (1900 system) → calendar date. */
function serialToDate(serial: number): SimpleDate {
  const ms = Math.round((serial - 25569) * 86400000);
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** A date of birth from a cell: a date serial with a date format, «дд.мм.гггг», or a year. */
export function birthFromCell(v: CellValue, format: string | null): SimpleDate | { year: number; yearOnly: true } | null {
  if (typeof v === 'number' && Number.isFinite(v)) {
    if (v >= 1900 && v <= 2100 && Number.isInteger(v) && !(format && /[dmy]/i.test(format))) return { year: v, yearOnly: true };
    if (v > 0) return serialToDate(v);
    return null;
  }
  if (typeof v !== 'string') return null;
  const t = v.trim();
  let m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})(\s*г\.?)?$/.exec(t);
  if (m) return { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) };
  m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  m = /^(\d{4})(\s*г(од|\.)?)?$/.exec(t);
  if (m) return { year: Number(m[1]), yearOnly: true };
  return null;
}

/** Full years at the reference date; a year of birth alone gives the difference of years. */
export function ageAt(ref: SimpleDate, birth: SimpleDate | { year: number; yearOnly: true }): number {
  if ('yearOnly' in birth) return ref.year - birth.year;
  let age = ref.year - birth.year;
  if (ref.month < birth.month || (ref.month === birth.month && ref.day < birth.day)) age--;
  return age;
}
