/**
 * A teacher roster as the engine's common result (TableAnalysis, layout 'roster'), so that
 * Сводная, Дефициты, the highlights, the note and the JSON treat it like any other table, plus
 * what only a roster has (`roster`, `clusters`):
 *
 *   - entities are the teachers (name, or code when there is no name column);
 *   - indicators are the competence areas (kind 'percent' or 'points', id = column letter),
 *     no criteria; a teacher's fulfilment is the mean of the areas' scores × 100;
 *   - groups by the bands, ranks, «ниже медианы», and deficits as for a matrix: a result below
 *     the critical level is a deficit, below the target — attention (METHODOLOGY §4);
 *   - roster: young teachers and their mentoring, the deficit map, the risk profile per subject;
 *   - clusters: k-means on the areas (summariseClusters.ts) with the recommended actions.
 *
 * Example:
 *   rosterTable(sheet, header, read, options, problems).roster!.youngTeachers
 *   // → { count: 412, base: 2987, share: 13.79…, mentored: 301, mentoredShare: 73.06…, … }
 */

import { mean, median } from 'simple-statistics';
import type { EntityResult, Indicator, ScoredCell, TableAnalysis } from '../../analysis';
import type { CellValue, SheetGrid } from '../../grid';
import type { AnalysisOptions } from '../../options';
import type { ProblemList } from '../../problems';
import { cellAddress, columnLetter } from '../../address';
import { parseCell } from '../../values/parseCell';
import { statusOf } from '../../compute/levels';
import { competitionRanks } from '../../compute/ranks';
import { groupOf, weakestGroup, weakestGroupCeiling } from '../../compute/groups';
import { computeFulfilment } from '../../compute/fulfilment';
import { buildDeficits, type DeficitLine } from '../../compute/deficits';
import type { ScoreLine } from '../../compute/scoreLine';
import { describe } from '../../compute/stats';
import { countRu, verbRu } from '../../text/plural';
import { summariseClusters } from '../../clusterProfiles/summariseClusters';
import { selectFeatures } from '../../clusterProfiles/selectFeatures';
import { clusterProblems } from '../../clusterProfiles/clusterProblems';
import type { RosterHeader } from './rosterHeader';
import type { RosterRead } from './rosterRows';
import type { RosterColumn, RosterResult, RosterTeacher } from './rosterTypes';
import { youngTeachers, isYoungTeacher, YOUNG_RULE } from './youngTeachers';
import { deficitMap } from './deficitMap';
import { subjectRisk } from './subjectRisk';
import { ageAt, birthFromCell, referenceDate, type ReferenceDate } from './referenceDate';
import { formatNumber, shownValue } from '../cellMessages';
import { reaches } from '../../compute/bound';

/** Entity label when the roster names teachers only by row number. */
export const ROSTER_ENTITY_LABEL = 'Педагог';

const FIRST_ADDRESSES = 5;

/** «12», «12 лет», «2 года», «5,5 г.», «2 года 6 мес.»: the unit restates the column, nothing is lost. */
const YEARS = /^(\d+(?:[.,]\d+)?)\s*(?:г\.?|год[а]?|лет)?(?:\s*(\d{1,2})\s*(?:мес\.?|месяц[а-яё]*))?\.?$/i;

/**
 * A number of years from a cell (age or experience): null when empty or unreadable. Years
 * written with their unit, and months after them, are read as they are meant («2 года
 * 6 мес.» = 2,5); other text after the number is dropped and named in `ignored`, so the cell
 * is reported (METHODOLOGY §3: a number followed by text).
 */
function years(v: unknown): { value: number | null; ignored: string | null } {
  if (v === null || v === undefined) return { value: null, ignored: null };
  if (typeof v === 'string') {
    const m = YEARS.exec(v.trim());
    if (m) {
      const value = Number(m[1].replace(',', '.')) + (m[2] ? Number(m[2]) / 12 : 0);
      return { value: value > 120 ? null : value, ignored: null };
    }
  }
  const p = parseCell(v as string | number | boolean | null);
  if (p.kind !== 'number' || p.value === null || p.value < 0 || p.value > 120) return { value: null, ignored: null };
  return { value: p.value, ignored: p.ignoredText ?? null };
}

function mentorOf(v: unknown): boolean | null {
  const p = parseCell((v ?? null) as string | number | boolean | null);
  if (p.kind === 'yes') return true;
  if (p.kind === 'no') return false;
  if (p.kind === 'number') return p.value === null ? null : p.value > 0;
  if (p.kind === 'text') return true; // a mentor's name
  return null;
}

export function rosterTable(sheet: SheetGrid, header: RosterHeader, read: RosterRead, options: AnalysisOptions, problems: ProblemList): TableAnalysis {
  const { rows, areas } = read;
  const n = rows.length;
  const roles = header.roles;
  const sheetCol = (c: number) => sheet.startCol + c;
  const addr = (r: number, c: number) => cellAddress(sheet.name, sheet.startRow + r, sheetCol(c));
  const threshold = (id: string) => ({
    target: options.indicatorThresholds[id]?.target ?? options.target,
    critical: options.indicatorThresholds[id]?.critical ?? options.critical,
  });

  // 1. Indicators = competence areas.
  const lines: ScoreLine[] = [];
  const indicators: Indicator[] = areas.map((a) => {
    const id = columnLetter(sheetCol(a.col));
    const { target, critical } = threshold(id);
    let sum = 0;
    let withData = 0;
    const raw: number[] = [];
    for (let i = 0; i < n; i++) {
      if (Number.isNaN(a.scores[i])) continue;
      sum += a.scores[i];
      withData++;
      raw.push(a.values[i]);
    }
    const level = withData > 0 ? (sum / withData) * 100 : null;
    lines.push({ id, name: a.name, criterion: null, kind: a.kind, scores: a.scores, target, critical });
    const ind: Indicator = {
      id,
      name: a.name,
      criterion: null,
      kind: a.kind,
      source: { sheet: sheet.name, index: sheetCol(a.col), header: header.headers[a.col] ?? a.header, headerCell: a.headerCell },
      level,
      status: statusOf(level, target, critical),
      target,
      critical,
      withData,
      missing: n - withData,
      stats: describe(raw),
    };
    if (a.kind === 'points' && a.max !== undefined) ind.max = a.max;
    return ind;
  });

  // 2. Fulfilment, groups, ranks.
  const ful = computeFulfilment(n, lines, [], options.weighting);
  const groups = ful.overall.map((v) => groupOf(v, options.bands));
  const ranks = competitionRanks(ful.overall);
  const present = ful.overall.filter((x): x is number => x !== null);
  const regionMedian = present.length > 0 ? median(present) : null;
  const noCriteria: Record<string, number | null> = {};
  const entities: EntityResult[] = rows.map((r, i) => {
    const cells: Record<string, ScoredCell> = {};
    areas.forEach((a, k) => {
      const s = a.scores[i];
      const v = a.values[i];
      cells[indicators[k].id] = {
        cell: addr(r.row, a.col),
        raw: sheet.values[r.row]?.[a.col] ?? null,
        score: Number.isNaN(s) ? null : s,
        value: Number.isNaN(v) ? null : v,
        plain: a.plain[i] === 1,
      };
    });
    const overall = ful.overall[i];
    return {
      name: r.name,
      sheet: sheet.name,
      index: sheet.startRow + r.row,
      nameCell: r.nameCell,
      cells,
      criteria: noCriteria,
      criteriaGroups: noCriteria,
      fulfilment: overall,
      group: groups[i],
      rank: ranks[i],
      incomplete: ful.incomplete[i],
      belowMedian: overall !== null && regionMedian !== null && !reaches(overall, regionMedian),
    };
  });

  // 3. Deficits, as for a matrix.
  const deficitLines: DeficitLine[] = lines.map((line, k) => {
    const a = areas[k];
    return {
      line,
      level: indicators[k].level,
      cellOf: (e: number) => addr(rows[e].row, a.col),
      valueOf: (e: number) => sheet.values[rows[e].row]?.[a.col] ?? null,
    };
  });
  const twoBands = options.bands.length >= 2;
  const deficits = buildDeficits({
    names: rows.map((r) => r.name),
    lines: deficitLines,
    criteria: [],
    byCriterion: new Map(),
    criteriaGroups: new Map(),
    overall: ful.overall,
    groups,
    median: regionMedian,
    weakest: twoBands ? weakestGroup(options.bands) : null,
    weakestCeiling: twoBands ? weakestGroupCeiling(options.bands) : null,
  });

  // 4. Roster results.
  const title = header.title;
  const needsDate = roles.age === undefined && roles.birthDate !== undefined;
  const ref: ReferenceDate | null = needsDate ? referenceDate([options.period, title, sheet.name]) : null;
  if (ref && !ref.fromData) {
    problems.info(null, sheet.name, 'roster',
      `Возраст педагогов посчитан по дате рождения на ${ref.text} (начало текущего учебного года): дата, на которую составлен список, не указана ни в заголовке, ни в названии листа.`);
  }
  const unknownCells: string[] = [];
  const teachers: RosterTeacher[] = rows.map((r) => {
    let age: number | null = null;
    const readYears = (raw: unknown, col: number): number | null => {
      const y = years(raw);
      if (y.ignored !== null) {
        problems.warning(addr(r.row, col), sheet.name, 'text-ignored',
          `В ячейке «${shownValue(raw as CellValue, null)}» взято число ${formatNumber(y.value!)}, текст «${y.ignored}» не учтён.`);
      }
      return y.value;
    };
    if (roles.age !== undefined) age = readYears(r.age, roles.age);
    else if (ref) {
      const b = birthFromCell(r.birthDate, r.birthFormat);
      age = b ? ageAt(ref, b) : null;
      if (age !== null && (age < 14 || age > 100)) age = null;
    }
    const experience = roles.experience !== undefined ? readYears(r.experience, roles.experience) : null;
    if ((roles.age !== undefined || roles.birthDate !== undefined) && roles.experience !== undefined && (age === null || experience === null)) {
      const col = age === null ? (roles.age ?? roles.birthDate)! : roles.experience;
      unknownCells.push(addr(r.row, col));
    }
    const mentor = roles.mentor !== undefined ? mentorOf(r.mentor) : null;
    return {
      name: r.name,
      school: r.school,
      municipality: r.municipality,
      subject: r.subject,
      age,
      experience,
      mentor,
      young: isYoungTeacher(age, experience),
    };
  });
  const young = youngTeachers(teachers, roles.mentor !== undefined);
  if ((roles.age === undefined && roles.birthDate === undefined) || roles.experience === undefined) {
    const missing = roles.experience === undefined ? 'стажа' : 'возраста (или даты рождения)';
    problems.info(null, sheet.name, 'roster', `В списке педагогов нет столбца ${missing}: число молодых педагогов (${YOUNG_RULE}) не считается.`);
  }
  if (unknownCells.length > 0) {
    const first = unknownCells.slice(0, FIRST_ADDRESSES).join(', ');
    problems.warning(unknownCells[0], sheet.name, 'roster',
      `У ${countRu(unknownCells.length, ['педагога', 'педагогов', 'педагогов'])} не указан или не прочитан возраст или стаж (${first}${unknownCells.length > FIRST_ADDRESSES ? ', …' : ''}): ${verbRu(unknownCells.length, 'он не учтён', 'они не учтены')} при подсчёте молодых педагогов (${YOUNG_RULE}).`);
  }
  const mapAreas = areas.map((a, k) => ({ id: indicators[k].id, name: a.name, scores: a.scores }));
  const critical = options.critical;
  const column = (c: number | undefined): RosterColumn | null =>
    c === undefined ? null : { header: header.headers[c] ?? '', cell: addr(header.headerRowOf[c] ?? header.headerLast, c) };
  const roster: RosterResult = {
    columns: {
      name: column(roles.name ?? roles.id),
      school: column(roles.school),
      municipality: column(roles.municipality),
      subject: column(roles.subject ?? roles.position),
      age: column(roles.age),
      birthDate: column(roles.birthDate),
      experience: column(roles.experience),
      mentor: column(roles.mentor),
    },
    teachers,
    youngTeachers: young,
    deficitMap: deficitMap(teachers, mapAreas, critical, roles.school !== undefined),
    subjectRisk: roles.subject !== undefined || roles.position !== undefined ? subjectRisk(teachers.map((t) => t.subject), mapAreas, critical) : [],
    critical,
    referenceDate: ref ? ref.text : null,
  };

  // 5. Clusters of the teachers on their competence profile.
  const refs = indicators.map((ind) => ({ id: ind.id, name: ind.name }));
  const { selected, unknown } = selectFeatures(refs, options.clusters?.features);
  for (const u of unknown) {
    problems.warning(null, sheet.name, 'clusters', `Признак «${u}» для кластеризации не найден среди областей диагностики (${refs.map((r) => r.name).join(', ')}); он не учтён.`);
  }
  const table: TableAnalysis = {
    layout: 'roster',
    sheets: [sheet.name],
    title,
    entityLabel: roles.name !== undefined || roles.id !== undefined ? header.headers[(roles.name ?? roles.id)!] ?? ROSTER_ENTITY_LABEL : ROSTER_ENTITY_LABEL,
    transposed: false,
    headerRows: [{
      sheet: sheet.name,
      first: sheet.startRow + header.headerFirst,
      last: sheet.startRow + read.lastRow,
      headerLast: sheet.startRow + header.headerLast,
      dataFirst: sheet.startRow + header.headerLast + 1,
    }],
    criteria: [],
    indicators,
    entities,
    pairs: [],
    shares: [],
    deficits,
    points: [],
    region: {
      mean: present.length > 0 ? mean(present) : null,
      median: regionMedian,
      entities: n,
      complete: ful.incomplete.filter((x) => !x).length,
    },
    roster,
  };
  if (n >= 2 && selected.length > 0) {
    table.clusters = summariseClusters({
      audience: 'teachers',
      basis: 'indicators',
      available: refs,
      features: selected.map((k) => ({
        id: indicators[k].id,
        name: indicators[k].name,
        values: Array.from(areas[k].scores, (s) => (Number.isNaN(s) ? null : s * 100)),
      })),
      entities: rows.map((r) => ({ name: r.name, row: sheet.startRow + r.row + 1, cell: r.nameCell })),
      overall: ful.overall,
      k: options.clusters?.k,
      target: options.target,
    });
    clusterProblems(table.clusters, sheet.name, problems);
  }
  return table;
}
