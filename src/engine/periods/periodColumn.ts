/**
 * The other way a monitoring is repeated (issue 5, point 2): one table where each entity
 * appears once per period, with a column «Год» («Учебный год», «Период», «Отчётный период»,
 * «Год мониторинга») holding 2023, «2023/2024», «2023-2024 уч. г.», «2024 год».
 *
 * The sheet is split into one view per period that keeps the sheet's name and every cell where
 * it is — the rows of the other periods and the period column itself are blanked — so the
 * tabular readers see an ordinary table, and every address (Сводная's formulas, highlights,
 * problems) points at the user's real cell. The latest period is the current one, the one
 * before it the previous one; periods are ordered by their (first) year, never by row order.
 *
 * A data row (two or more filled cells besides the period) without a period, or with a period
 * that cannot be read, belongs to no period: it is reported with its address and left out of
 * both, never guessed into one. Title, note and total rows stay in every view (the readers
 * know them).
 *
 * Example:
 *   rows: «Муниципалитет | Год | 1.1 …» — Кировский | 2023 | нет; Кировский | 2024 | да; Лужский | 2024 | да
 *   splitByPeriodColumn(sheet, problems)
 *   // → { header: 'Год', periods: [{ key: 2023, label: '2023 год', rows: [3] }, { key: 2024, label: '2024 год', rows: [4, 5] }],
 *   //     current: <the sheet with row 4 (2023) and the «Год» column blank>, previous: <… rows of 2024 blank> }
 */

import type { CellValue, SheetGrid } from '../grid';
import { cellAddress, columnLetter } from '../address';
import type { ProblemList } from '../problems';
import { periodOfText } from './periodLabel';

export interface Period {
  /** The (first) year: the sort key. */
  key: number;
  /** «2024 год», «2023/2024 учебный год». */
  label: string;
  /** Grid rows (indices into `values`) of the period. */
  rows: number[];
}

export interface PeriodSplit {
  sheet: string;
  /** Grid column of the period column, its header text and header cell. */
  column: number;
  header: string;
  headerCell: string;
  /** Every period found, oldest first. */
  periods: Period[];
  /** The sheet with only the latest period's rows (and no period column). */
  current: SheetGrid;
  /** The same for the period before it; null when the table has one period only. */
  previous: SheetGrid | null;
}

// The whole header, not its start: «Год основания», «Год открытия школы» hold years but are data.
const HEADER = /^(год|годы|учебный год|уч\.?\s*год|период|отч[её]тный период|год мониторинга|период мониторинга|год проведения( мониторинга)?)\s*[.:,]?\s*$/i;
/** Rows searched for the period column's header. */
const HEADER_ROWS = 20;
/** Share of the filled cells under the header that must read as periods. */
const MIN_PERIOD_SHARE = 0.8;
const TOTAL = /^(итого|всего|по региону|регион)/i;

function isEmpty(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** A cell as a period: 2024, «2024», «2024 год», «2023/2024», «2023-2024 уч. г.»; null otherwise. */
export function periodOfCell(v: CellValue): { key: number; label: string } | null {
  if (typeof v === 'number') {
    return Number.isInteger(v) && v >= 1990 && v <= 2100 ? { key: v, label: `${v} год` } : null;
  }
  if (typeof v !== 'string') return null;
  const t = v.trim();
  // A period cell holds the period and little else: «см. 2024 год» in a note is not one.
  if (t === '' || t.length > 32 || !/^(19|20)\d{2}/.test(t) && !/^(за|на)\s/i.test(t)) return null;
  // Two consecutive years in a period column are a school year, «уч. г.» written or not.
  const pair = /^((?:19|20)\d{2})\s*[-–—/]\s*((?:19|20)?\d{2})\b/.exec(t);
  if (pair) {
    const first = Number(pair[1]);
    const second = pair[2].length === 2 ? Math.floor(first / 100) * 100 + Number(pair[2]) : Number(pair[2]);
    if (second === first + 1) return { key: first, label: `${first}/${second} учебный год` };
  }
  const label = periodOfText(t);
  const year = /(19|20)\d{2}/.exec(t);
  return label && year ? { key: Number(year[0]), label } : null;
}

function headerText(v: CellValue): string {
  return typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : '';
}

/** Finds the period column: a header «Год»… with periods under it in at least two rows. */
function findPeriodColumn(sheet: SheetGrid): { row: number; col: number; header: string } | null {
  const rows = Math.min(HEADER_ROWS, sheet.values.length);
  for (let r = 0; r < rows; r++) {
    const row = sheet.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const header = headerText(row[c]);
      if (!HEADER.test(header)) continue;
      let filled = 0;
      let periods = 0;
      for (let rr = r + 1; rr < sheet.values.length; rr++) {
        const v = sheet.values[rr]?.[c] ?? null;
        if (isEmpty(v)) continue;
        filled++;
        if (periodOfCell(v)) periods++;
      }
      if (periods >= 2 && periods >= MIN_PERIOD_SHARE * filled && namesRepeat(sheet, r, c)) return { row: r, col: c, header };
    }
  }
  return null;
}

/**
 * Does some row's name (its first text cell besides the period) come back in another period?
 * That is what a period column looks like; a column of years with a different name on every
 * row (a year of foundation that slipped past the header check) is not one. A table of a
 * single period passes: there is nothing to repeat, and its period column must still go.
 */
function namesRepeat(sheet: SheetGrid, headerRow: number, col: number): boolean {
  const periodsOf = new Map<string, Set<number>>();
  const keys = new Set<number>();
  for (let r = headerRow + 1; r < sheet.values.length; r++) {
    const p = periodOfCell(sheet.values[r]?.[col] ?? null);
    if (!p) continue;
    keys.add(p.key);
    const name = filledBesides(sheet.values[r], col).first.toLowerCase();
    if (name === '') continue;
    const set = periodsOf.get(name) ?? new Set<number>();
    set.add(p.key);
    periodsOf.set(name, set);
    if (set.size >= 2) return true;
  }
  return keys.size === 1;
}

/** Cells of a row besides the period column that hold something. */
function filledBesides(row: CellValue[] | undefined, col: number): { count: number; first: string } {
  let count = 0;
  let first = '';
  for (let c = 0; c < (row?.length ?? 0); c++) {
    if (c === col || isEmpty(row![c])) continue;
    count++;
    if (first === '' && typeof row![c] === 'string') first = (row![c] as string).trim();
  }
  return { count, first };
}

/**
 * A copy of the sheet with the given rows and the period column blank (below the header).
 * A cell merged down over rows of several periods (the district's name over its rows of two
 * years) is no longer merged in the copy: each row of this period holds its value, since the
 * row that holds it in the sheet may be another period's.
 */
function view(sheet: SheetGrid, blankRows: Set<number>, col: number, firstDataRow: number): SheetGrid {
  const values = sheet.values.map((row, r) => {
    if (blankRows.has(r)) return [];
    if (r < firstDataRow || row === undefined || col >= row.length) return row;
    const copy = row.slice();
    copy[col] = null;
    return copy;
  });
  const merges = [];
  for (const m of sheet.merges ?? []) {
    const top = m.top - sheet.startRow;
    const bottom = m.bottom - sheet.startRow;
    let spansPeriods = false;
    for (let r = top; r <= bottom && !spansPeriods; r++) if (r >= firstDataRow && blankRows.has(r)) spansPeriods = true;
    if (bottom === top || top < firstDataRow || !spansPeriods) {
      merges.push(m);
      continue;
    }
    const left = m.left - sheet.startCol;
    const v = sheet.values[top]?.[left] ?? null;
    for (let r = top; r <= bottom; r++) {
      if (blankRows.has(r) || !values[r]) continue;
      if (values[r] === sheet.values[r]) values[r] = values[r].slice();
      values[r][left] = v;
    }
  }
  const blankRow = <T>(rows: T[][] | undefined): T[][] | undefined =>
    rows?.map((row, r) => {
      if (blankRows.has(r)) return [];
      if (r < firstDataRow || row === undefined || col >= row.length) return row;
      const copy = row.slice();
      copy[col] = null as T;
      return copy;
    });
  return {
    ...sheet,
    omittedRows: blankRows,
    values,
    merges,
    ...(sheet.numberFormats ? { numberFormats: blankRow(sheet.numberFormats) } : {}),
    ...(sheet.formulas ? { formulas: blankRow(sheet.formulas) } : {}),
  };
}

export function splitByPeriodColumn(sheet: SheetGrid, problems: ProblemList): PeriodSplit | null {
  const found = findPeriodColumn(sheet);
  if (!found) return null;
  const { row: headerRow, col, header } = found;
  const address = (r: number, c = col) => cellAddress(sheet.name, sheet.startRow + r, sheet.startCol + c);
  const byKey = new Map<number, Period>();
  const orphans = new Set<number>();
  const unreadable: number[] = [];
  const missing: number[] = [];
  // Rows above the first period are the rest of the header (the period's header merged down
  // over a second header row of indicators), not data rows without a period.
  let firstPeriodRow = headerRow + 1;
  while (firstPeriodRow < sheet.values.length && !periodOfCell(sheet.values[firstPeriodRow]?.[col] ?? null)) firstPeriodRow++;
  for (let r = firstPeriodRow; r < sheet.values.length; r++) {
    const v = sheet.values[r]?.[col] ?? null;
    const p = periodOfCell(v);
    if (p) {
      const slot = byKey.get(p.key) ?? { key: p.key, label: p.label, rows: [] };
      slot.rows.push(r);
      byKey.set(p.key, slot);
      continue;
    }
    const rest = filledBesides(sheet.values[r], col);
    if (!isEmpty(v)) {
      unreadable.push(r);
      orphans.add(r);
    } else if (rest.count >= 2 && !TOTAL.test(rest.first)) {
      missing.push(r);
      orphans.add(r);
    }
  }
  const periods = [...byKey.values()].sort((a, b) => a.key - b.key);
  for (const r of unreadable) {
    problems.error(address(r), sheet.name, 'periods',
      `Не удалось прочитать период «${String(sheet.values[r][col]).trim()}» в столбце «${header}»: строка не отнесена ни к одному периоду и не учтена.`);
  }
  if (missing.length > 0) {
    const shown = missing.slice(0, 5).map((r) => address(r)).join(', ');
    problems.warning(address(missing[0]), sheet.name, 'periods',
      `В столбце «${header}» не указан период в ${missing.length === 1 ? 'строке' : `${missing.length} строках`} (${shown}${missing.length > 5 ? ', …' : ''}): ${missing.length === 1 ? 'она не учтена' : 'они не учтены'} ни в одном периоде.`);
  }
  const current = periods[periods.length - 1];
  const previous = periods.length >= 2 ? periods[periods.length - 2] : null;
  const others = (keep: Period) => {
    const blank = new Set<number>(orphans);
    for (const p of periods) if (p !== keep) for (const r of p.rows) blank.add(r);
    return blank;
  };
  const headerCell = address(headerRow);
  if (periods.length >= 2) {
    problems.info(headerCell, sheet.name, 'periods',
      `На листе «${sheet.name}» столбец «${header}» (${columnLetter(sheet.startCol + col)}) задаёт периоды: ${periods.map((p) => p.label).join(', ')}. ` +
      `Текущий период — ${current.label}, предыдущий — ${previous!.label}${periods.length > 2 ? '; более ранние периоды в сравнении не участвуют' : ''}.`);
  }
  return {
    sheet: sheet.name,
    column: col,
    header,
    headerCell,
    periods,
    current: view(sheet, others(current), col, firstPeriodRow),
    previous: previous ? view(sheet, others(previous), col, firstPeriodRow) : null,
  };
}
