/**
 * Recognises the header of a teacher roster (METHODOLOGY §2 D): one row per teacher with the
 * teacher's name or code, school, municipality, subject, age (or date of birth), experience,
 * a mentor, and the results of a diagnostic by competence area. The header has one or two
 * rows; a merged «Результаты диагностики» may stand over the areas, with the area names in the
 * row below, while «ФИО», «ОО» … are merged down over both rows or written in one of them.
 *
 * A header row is a roster when it has at least one competence area and either a teacher
 * column (ФИО, код педагога) or both age and experience, and at least two of the personal
 * columns (school, municipality, subject/position, age or date of birth, experience, mentor).
 * An indicator matrix of municipalities has none of these, so it is left to the tabular
 * reader; a roster is taken before that reader, which would read age and experience as
 * indicators.
 *
 * Column roles are tested in a fixed order, so «Педагогический стаж» is experience and not a
 * «педагогическ…» competence area, and «Наставник» is the mentor column.
 *
 * Example (two header rows, areas under a merged «Результаты диагностики, %»):
 *   row 2: № | Код педагога | Муниципалитет | ОО | Предмет | Возраст | Стаж | Наставник | Результаты диагностики, % (merged I2:L2)
 *   row 3:   |              |               |    |         |         |      |           | Предметные | Методические | Цифровые | Психолого-педагогические
 *   findRosterHeader(sheet)
 *   // → { headerFirst: 1, headerLast: 2, roles: { number: 0, id: 1, municipality: 2, school: 3, subject: 4, age: 5,
 *   //      experience: 6, mentor: 7 }, areas: [{ col: 8, name: 'Предметные', … }, …] }
 */

import type { SheetGrid } from '../../grid';
import { cellText } from '../vocabulary';
import { parseCell } from '../../values/parseCell';
import { areaColumn, type AreaColumn } from './areaColumn';

export type RosterRole =
  | 'number'
  | 'id'
  | 'name'
  | 'school'
  | 'municipality'
  | 'subject'
  | 'position'
  | 'age'
  | 'birthDate'
  | 'experience'
  | 'mentor';

export interface RosterHeader {
  /** Grid-relative rows of the header (equal for a one-row header). */
  headerFirst: number;
  headerLast: number;
  /** Grid-relative column of each recognised role. */
  roles: Partial<Record<RosterRole, number>>;
  /** Header text of every column, header rows joined with ' / ' (as the user wrote them). */
  headers: Record<number, string>;
  /** Grid-relative row of the cell that names a column (the lowest header cell with text). */
  headerRowOf: Record<number, number>;
  areas: AreaColumn[];
  /** Text above the header (the table's title), if any. */
  title: string | null;
}

/** How far down a header is looked for. */
const SCAN_ROWS = 20;

function norm(s: string): string {
  return s.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

// Roles, tested in this order on the lowest header text of a column (then on the one above).
// (?![а-я]) rather than \b: JavaScript's \b does not know Cyrillic letters.
const ROLE_TESTS: [RosterRole, RegExp][] = [
  ['number', /^(№|n\s*п\/п|номер(\s*п\/п)?$|п\/п$)/],
  ['mentor', /наставни/],
  ['experience', /стаж/],
  ['birthDate', /(дата|год)\s+рождения|^д\.?\s*р\.?$/],
  ['age', /возраст|полных\s+лет/],
  ['id', /^(код|шифр|идентификатор|id(?![a-z])|логин|табельн|уникальн)/],
  ['name', /^(фио|ф\.\s*и\.\s*о|фамилия|педагог$|педагогический работник$|учитель$|участник)/],
  ['school', /^(оо|оу|ооо)(?![а-я])|образовательн\S*\s+(организац|учрежден)|^школа|^наименование\s+(оо|оу|школы|организации)|^организация|^учреждение|место\s+работы/],
  ['municipality', /^(мо|мсо|муниципалитет|муниципальн|район|городской\s+округ|территори|округ|город(?![а-я])|мр(?![а-я]))/],
  // «Предмет», «Предметы», «Предметная область» — but not «Предметные компетенции», an area.
  ['subject', /^(предмет(ы)?(?![а-я])|предметная\s+область$|учебный\s+предмет|преподаваем|дисциплин|специальност)/],
  ['position', /^должност/],
];

/**
 * Codes of a municipality or an organisation («Код ОКТМО», «Код МО», «ИНН»): a column of a
 * municipality matrix, not a teacher's code. Taken for the «id» of a roster, it turned a
 * matrix of municipalities into a list of «педагогов» named by their codes (seventh blind
 * acceptance set).
 */
const PLACE_CODE = /^(код\s*(октмо|окато|мо(?![а-я])|мсо|муницип|район|территор|оо(?![а-я])|оу(?![а-я])|организац|учрежден|школ|субъект|регион)|октмо|окато|инн(?![а-я])|огрн|кпп(?![а-я]))/;

export function roleOf(text: string): RosterRole | null {
  const t = norm(text);
  if (t === '') return null;
  if (PLACE_CODE.test(t)) return null;
  for (const [role, re] of ROLE_TESTS) if (re.test(t)) return role;
  return null;
}

/**
 * Text of a cell, or of the merged area that covers it (its top-left cell), and whether that
 * area spans several columns (a group heading such as «Результаты диагностики»).
 */
function mergedText(sheet: SheetGrid, r: number, c: number): { text: string; horizontal: boolean } {
  const row = sheet.startRow + r;
  const col = sheet.startCol + c;
  let area: { top: number; left: number; right: number } | null = null;
  for (const m of sheet.merges ?? []) {
    if (m.top <= row && row <= m.bottom && m.left <= col && col <= m.right) {
      area = m;
      break;
    }
  }
  const v = area ? sheet.values[area.top - sheet.startRow]?.[area.left - sheet.startCol] : sheet.values[r]?.[c];
  return { text: cellText(v ?? null), horizontal: area !== null && area.right > area.left };
}

function rowWidth(sheet: SheetGrid, r: number): number {
  return sheet.values[r]?.length ?? 0;
}

function filledCells(sheet: SheetGrid, r: number): number {
  let n = 0;
  for (const v of sheet.values[r] ?? []) if (v !== null && v !== undefined && cellText(v) !== '') n++;
  return n;
}

interface Candidate {
  roles: Partial<Record<RosterRole, number>>;
  areas: AreaColumn[];
  headers: Record<number, string>;
  headerRowOf: Record<number, number>;
}

/** Reads the columns of a header whose last row is `last` and first row `first` (first ≤ last). */
function readColumns(sheet: SheetGrid, first: number, last: number): Candidate {
  const width = Math.max(rowWidth(sheet, first), rowWidth(sheet, last));
  const roles: Partial<Record<RosterRole, number>> = {};
  const areas: AreaColumn[] = [];
  const headers: Record<number, string> = {};
  const headerRowOf: Record<number, number> = {};
  for (let c = 0; c < width; c++) {
    const parts: { text: string; row: number }[] = [];
    for (let r = first; r <= last; r++) {
      const m = mergedText(sheet, r, c);
      if (m.text !== '' && !parts.some((p) => p.text === m.text)) parts.push({ text: m.text, row: r });
    }
    if (parts.length === 0) continue;
    headers[c] = parts.map((p) => p.text).join(' / ');
    const lowest = parts[parts.length - 1];
    headerRowOf[c] = lowest.row;
    // A heading merged over several columns with nothing under it is a group heading, not a column name.
    if (parts.length === 1 && mergedText(sheet, lowest.row, c).horizontal) continue;
    // The lowest text names the column; a group heading above it («Результаты диагностики») only qualifies it.
    let role = roleOf(lowest.text);
    if (role === null && parts.length > 1 && roleOf(parts[0].text) !== null && roleOf(parts[0].text) !== 'number') {
      const upperRole = roleOf(parts[0].text);
      // A heading merged over several columns is a group heading, not the name of each.
      if (!mergedText(sheet, parts[0].row, c).horizontal) role = upperRole;
    }
    if (role !== null) {
      if (roles[role] === undefined) roles[role] = c;
      else if (role === 'experience' && /педагог/.test(norm(lowest.text)) && !/педагог/.test(norm(headers[roles[role]!]))) roles[role] = c;
      continue;
    }
    const area = areaColumn(c, lowest.text, parts.length > 1 ? parts[0].text : null);
    if (area) areas.push(area);
  }
  return { roles, areas, headers, headerRowOf };
}

function isRoster(c: Candidate): boolean {
  if (c.areas.length === 0) return false;
  const r = c.roles;
  const teacher = r.id !== undefined || r.name !== undefined;
  const ageKnown = r.age !== undefined || r.birthDate !== undefined;
  if (!teacher && !(ageKnown && r.experience !== undefined)) return false;
  const personal = [r.school, r.municipality, r.subject ?? r.position, ageKnown ? 0 : undefined, r.experience, r.mentor].filter(
    (x) => x !== undefined,
  ).length;
  return personal >= 2;
}

/** A single text cell over the whole width (or starting at the first column): a title, not a header. */
function isTitleRow(sheet: SheetGrid, r: number): boolean {
  return filledCells(sheet, r) === 1;
}

export function findRosterHeader(sheet: SheetGrid): RosterHeader | null {
  const rows = Math.min(SCAN_ROWS, sheet.values.length);
  for (let r = 0; r < rows; r++) {
    if (filledCells(sheet, r) < 3) continue;
    const single = readColumns(sheet, r, r);
    // A second header row: the next row, when it names areas or roles under the headings of this one.
    const next = r + 1 < sheet.values.length ? readColumns(sheet, r, r + 1) : null;
    const nextIsHeader = next !== null && isHeaderRow(sheet, r + 1) && (next.areas.length > single.areas.length || Object.keys(next.roles).length > Object.keys(single.roles).length);
    const best = nextIsHeader && isRoster(next!) ? { c: next!, first: r, last: r + 1 } : isRoster(single) ? { c: single, first: r, last: r } : null;
    if (!best) continue;
    const roles = best.c.roles;
    // The teacher's name wins over the code as the entity; without both, the number column names the row.
    return {
      headerFirst: best.first,
      headerLast: best.last,
      roles,
      headers: best.c.headers,
      headerRowOf: best.c.headerRowOf,
      areas: best.c.areas,
      title: titleAbove(sheet, best.first),
    };
  }
  return null;
}

/** A row of header texts rather than data: no number in it except column numbering, mostly text. */
function isHeaderRow(sheet: SheetGrid, r: number): boolean {
  const row = sheet.values[r] ?? [];
  let text = 0;
  for (const v of row) {
    if (typeof v === 'number' || typeof v === 'boolean') return false;
    if (typeof v !== 'string' || v.trim() === '') continue;
    const p = parseCell(v);
    if (p.kind === 'percent' || p.kind === 'yes' || p.kind === 'no') return false;
    if (p.kind === 'number' && p.ignoredText === undefined && !/^\d{1,2}$/.test(v.trim())) return false;
    text++;
  }
  return text > 0;
}

function titleAbove(sheet: SheetGrid, headerFirst: number): string | null {
  const parts: string[] = [];
  for (let r = 0; r < headerFirst; r++) {
    if (!isTitleRow(sheet, r)) continue;
    for (const v of sheet.values[r] ?? []) {
      const t = cellText(v ?? null);
      if (t !== '') {
        parts.push(t);
        break;
      }
    }
  }
  return parts.length > 0 ? parts.join(' ') : null;
}
