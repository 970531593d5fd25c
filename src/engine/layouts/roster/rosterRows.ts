/**
 * Reads the teachers of a roster under its header (rosterHeader.ts): one row per teacher, the
 * personal columns as text or numbers, and the competence areas as scores. A row is a teacher
 * when it has a name (or code) or a result in some area; a row of column numbers under the
 * header, total rows («Итого», «Среднее») and a note below the table are skipped, and three
 * blank rows in a row end the table.
 *
 * Area cells are read by parseCell (METHODOLOGY §3): «72 %» and 0,72 with a percent format are
 * 72 %; a dash is «did not take this part» — missing, not 0 %; a bare number in a percent column is a fraction when every bare number of the column is
 * within 0…1 (warned once at the header, as in the matrix reader); points are divided by the
 * maximum stated in the header, or by the column's largest value (warned). Empty, «н/д» → a
 * missing cell, reported with its address; other text or a value outside the scale → an error
 * with its address; such a cell is missing, never 0. A column where text outweighs numbers is
 * not an area after all and is left out with a note.
 *
 * Example:
 *   readRosterRows(sheet, header, problems)
 *   // → { rows: [{ row: 3, name: 'П-0001', municipality: 'Бокситогорский район', age: 29, … }, …],
 *   //     areas: [{ col: 8, name: 'Предметные', kind: 'percent', scores: Float64Array [0.72, …] }, …] }
 */

import type { CellValue, SheetGrid } from '../../grid';
import { formatAt } from '../../grid';
import type { ProblemList } from '../../problems';
import { cellAddress } from '../../address';
import { parseCell, type ParsedCell } from '../../values/parseCell';
import { cellText, isNoteText, isTotalName } from '../vocabulary';
import { reportBareNumbers } from '../percentColumn';
import { formatNumber, NOT_COUNTED, shownValue } from '../cellMessages';
import type { RosterHeader } from './rosterHeader';
import type { AreaColumn } from './areaColumn';

export interface RosterRow {
  /** Grid-relative row. */
  row: number;
  name: string;
  nameCell: string;
  /** Raw values of the personal columns. */
  school: string | null;
  municipality: string | null;
  subject: string | null;
  age: CellValue;
  birthDate: CellValue;
  birthFormat: string | null;
  experience: CellValue;
  mentor: CellValue;
}

export interface ReadArea extends AreaColumn {
  kind: 'percent' | 'points';
  headerCell: string;
  /** Per teacher: normalised score 0…1, NaN when missing or unreadable. */
  scores: Float64Array;
  /** Per teacher: the value as read (percent 0–100, or points), NaN when none. */
  values: Float64Array;
  /** Per teacher: the source cell holds a plain number. */
  plain: Uint8Array;
}

export interface RosterRead {
  rows: RosterRow[];
  areas: ReadArea[];
  /** Grid-relative last row of the table. */
  lastRow: number;
}

const BLANK_RUN_ENDS_TABLE = 3;

function isDash(v: CellValue): boolean {
  return typeof v === 'string' && /^[-−–—‒]+$/.test(v.trim());
}

function textOrNull(v: CellValue | undefined): string | null {
  const t = cellText(v ?? null);
  return t === '' ? null : t;
}

function isBlankRow(row: CellValue[] | undefined): boolean {
  if (!row) return true;
  for (const v of row) if (v !== null && v !== undefined && cellText(v) !== '') return false;
  return true;
}

/** A row numbering the columns (1, 2, 3 …) under the header. */
function isNumberingRow(row: CellValue[] | undefined): boolean {
  if (!row) return false;
  let prev = 0;
  let n = 0;
  for (const v of row) {
    if (v === null || v === undefined || cellText(v) === '') continue;
    const x = typeof v === 'number' ? v : Number(cellText(v));
    if (!Number.isInteger(x) || x <= prev) return false;
    prev = x;
    n++;
  }
  return n >= 3;
}

export function readRosterRows(sheet: SheetGrid, header: RosterHeader, problems: ProblemList): RosterRead {
  const { roles } = header;
  const addr = (r: number, c: number) => cellAddress(sheet.name, sheet.startRow + r, sheet.startCol + c);
  const at = (r: number, c: number | undefined): CellValue => (c === undefined ? null : sheet.values[r]?.[c] ?? null);
  const nameCol = roles.name ?? roles.id ?? roles.number;
  const areaCols = header.areas.map((a) => a.col);

  // 1. Which rows are teachers.
  const rows: RosterRow[] = [];
  let blanks = 0;
  let lastRow = header.headerLast;
  for (let r = header.headerLast + 1; r < sheet.values.length; r++) {
    const cells = sheet.values[r];
    if (isBlankRow(cells)) {
      if (++blanks >= BLANK_RUN_ENDS_TABLE) break;
      continue;
    }
    blanks = 0;
    if (rows.length === 0 && isNumberingRow(cells)) continue;
    const nameText = textOrNull(at(r, nameCol));
    const hasArea = areaCols.some((c) => {
      const v = at(r, c);
      return v !== null && cellText(v) !== '';
    });
    const firstText = (cells ?? []).map((v) => cellText(v ?? null)).find((t) => t !== '') ?? '';
    if (isTotalName(firstText) || (nameText !== null && isTotalName(nameText))) continue;
    if (!hasArea && isNoteText(firstText)) break;
    if (!hasArea && (nameText === null || roles.name === undefined && roles.id === undefined)) continue;
    let name: string;
    if (roles.name !== undefined && textOrNull(at(r, roles.name)) !== null) name = textOrNull(at(r, roles.name))!;
    else if (roles.id !== undefined && textOrNull(at(r, roles.id)) !== null) name = textOrNull(at(r, roles.id))!;
    else if (roles.number !== undefined && textOrNull(at(r, roles.number)) !== null) name = `Педагог № ${textOrNull(at(r, roles.number))}`;
    else name = `Педагог (строка ${sheet.startRow + r + 1})`;
    rows.push({
      row: r,
      name,
      nameCell: addr(r, nameCol ?? areaCols[0]),
      school: textOrNull(at(r, roles.school)),
      municipality: textOrNull(at(r, roles.municipality)),
      subject: textOrNull(at(r, roles.subject ?? roles.position)),
      age: at(r, roles.age),
      birthDate: at(r, roles.birthDate),
      birthFormat: roles.birthDate !== undefined ? formatAt(sheet, r, roles.birthDate) : null,
      experience: at(r, roles.experience),
      mentor: at(r, roles.mentor),
    });
    lastRow = r;
  }

  // 2. The areas, column by column.
  const areas: ReadArea[] = [];
  for (const a of header.areas) {
    const read = readArea(sheet, header, a, rows, problems);
    if (read) areas.push(read);
  }
  return { rows, areas, lastRow };
}

function readArea(sheet: SheetGrid, header: RosterHeader, a: AreaColumn, rows: RosterRow[], problems: ProblemList): ReadArea | null {
  const n = rows.length;
  const headerRow = header.headerRowOf[a.col] ?? header.headerLast;
  const headerCell = cellAddress(sheet.name, sheet.startRow + headerRow, sheet.startCol + a.col);
  const parsed: ParsedCell[] = new Array(n);
  let data = 0;
  let text = 0;
  let percentCells = 0;
  let bareMax = -Infinity;
  let bareMin = Infinity;
  let bareFirst: number | null = null;
  for (let i = 0; i < n; i++) {
    const r = rows[i].row;
    const p = parseCell(sheet.values[r]?.[a.col] ?? null, formatAt(sheet, r, a.col));
    parsed[i] = p;
    if (p.kind === 'percent') {
      percentCells++;
      data++;
    } else if (p.kind === 'number' && p.value !== null) {
      data++;
      if (bareFirst === null) bareFirst = p.value;
      if (p.value > bareMax) bareMax = p.value;
      if (p.value < bareMin) bareMin = p.value;
    } else if (p.kind === 'text') text++;
  }
  if (data === 0 || text > data) {
    problems.info(headerCell, sheet.name, 'layout',
      `Столбец «${header.headers[a.col] ?? a.header}» не похож на результаты диагностики (в нём больше текста, чем чисел) и не учтён как область компетенций.`);
    return null;
  }
  const bareAny = bareMax > -Infinity;
  // How the column is scored.
  let kind: 'percent' | 'points' = a.kind ?? 'percent';
  let max = a.max;
  let bareFraction = false;
  if (a.kind === null && percentCells === 0 && bareAny && bareMax > 100) kind = 'points';
  if (kind === 'points' && (max === undefined || !(max > 0))) {
    max = bareAny ? bareMax : undefined;
    if (max !== undefined && max > 0) {
      problems.warning(headerCell, sheet.name, 'layout',
        `В заголовке столбца «${a.header}» не указан максимальный балл; за максимум взято наибольшее значение столбца (${formatNumber(max)}). Укажите максимум в заголовке, например «(макс. 20)».`);
    }
  }
  if (kind === 'percent' && bareAny) {
    bareFraction = bareMin >= 0 && bareMax <= 1;
    reportBareNumbers(problems, headerCell, sheet.name, a.header, bareFraction ? 'fraction' : 'percent', bareFirst);
  }

  const scores = new Float64Array(n);
  const values = new Float64Array(n);
  const plain = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const p = parsed[i];
    const r = rows[i].row;
    const raw = sheet.values[r]?.[a.col] ?? null;
    const address = cellAddress(sheet.name, sheet.startRow + r, sheet.startCol + a.col);
    let value: number | null = null;
    if (p.kind === 'percent' && p.value !== null) value = kind === 'points' ? null : p.value;
    else if (p.kind === 'number' && p.value !== null) value = kind === 'percent' && bareFraction ? p.value * 100 : p.value;
    scores[i] = NaN;
    values[i] = NaN;
    // A dash in a result means the teacher did not take that part of the diagnostic: no result, not 0 %.
    if (p.kind === 'empty' || p.kind === 'missing' || (p.kind === 'no' && isDash(raw))) {
      problems.warning(address, sheet.name, 'missing',
        `Нет результата «${a.name}» у педагога «${rows[i].name}»: ${NOT_COUNTED}`);
      continue;
    }
    if (value === null) {
      problems.error(address, sheet.name, 'unreadable',
        `Не удалось прочитать результат «${shownValue(raw, formatAt(sheet, r, a.col))}» (${a.name}): ${NOT_COUNTED}`);
      continue;
    }
    const top = kind === 'points' ? (max ?? NaN) : 100;
    if (value < 0 || value > top + 1e-9) {
      problems.error(address, sheet.name, 'percent-out-of-range',
        kind === 'points'
          ? `Результат ${formatNumber(value)} (${a.name}) вне шкалы от 0 до ${formatNumber(top)} баллов: ${NOT_COUNTED}`
          : `Результат ${formatNumber(value)} % (${a.name}) вне шкалы от 0 до 100 %: ${NOT_COUNTED}`);
      continue;
    }
    if (p.ignoredText) {
      problems.warning(address, sheet.name, 'text-ignored', `В ячейке «${shownValue(raw, null)}» взято число ${formatNumber(value)}, текст «${p.ignoredText}» не учтён.`);
    }
    values[i] = value;
    scores[i] = value / top;
    plain[i] = typeof raw === 'number' ? 1 : 0;
  }
  const out: ReadArea = { ...a, kind, headerCell, scores, values, plain };
  if (kind === 'points' && max !== undefined) out.max = max;
  return out;
}
