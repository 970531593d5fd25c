/**
 * What one row of a view looks like at a glance: where its first name (text that is not a
 * value) is, whether values follow it, whether it is blank or holds a single text cell.
 * The header finder and the row classifier decide from this, one pass per row.
 *
 * Example:
 *   row ['1', 'Сунженский район', 'да', '86%']  → { nameCol: 1, dataAfterName: 2, count: 4, … }
 *   row ['Муниципальное образование', 'Критерий 1', '', '']  → { nameCol: 0, dataAfterName: 0, … }
 *   row ['', '', '']  → { count: 0 }  (blank)
 */

import { parseCell, isDataKind } from '../values/parseCell';
import type { TableView } from './tableView';
import { cellText, indicatorIdOf, isBareIndicatorId, isCriterionText } from './vocabulary';

export interface RowShape {
  /** Non-empty cells. */
  count: number;
  /** First and last non-empty view column, -1 when blank. */
  first: number;
  last: number;
  /** First cell holding text that is not a value (a name), -1 when none. */
  nameCol: number;
  /** Value cells (да/нет, numbers, percents) to the right of nameCol. */
  dataAfterName: number;
  /** Of those, cells that are indicator numbers written as text ('1.1', '1.2 Охват …'): a header row. */
  idCellsAfterName: number;
  /** Text of the first non-empty cell. */
  firstText: string;
}

/**
 * Text that names something: not a value — except an indicator numbered in front
 * ('1.1 Наличие нормативной базы'), which parseCell would read as the number 1.1 with a comment.
 */
export function isNameText(v: string): boolean {
  const p = parseCell(v);
  if (p.kind === 'text') return true;
  return p.kind === 'number' && indicatorIdOf(v) !== null && /[а-яёa-z]{3}/i.test(p.ignoredText ?? '');
}

export function rowShape(view: TableView, r: number, fromCol = 0, toCol = view.cols - 1): RowShape {
  let count = 0;
  let first = -1;
  let last = -1;
  let nameCol = -1;
  let dataAfterName = 0;
  let idCells = 0;
  let firstText = '';
  for (let c = fromCol; c <= toCol; c++) {
    const v = view.value(r, c);
    if (v === null || v === '') continue;
    if (typeof v === 'string' && v.trim() === '') continue;
    count++;
    if (first < 0) {
      first = c;
      firstText = cellText(v);
    }
    last = c;
    if (nameCol < 0) {
      if (typeof v === 'string' && isNameText(v)) nameCol = c;
      continue;
    }
    if (typeof v === 'number' || typeof v === 'boolean') {
      dataAfterName++;
      continue;
    }
    const p = parseCell(v, view.format(r, c));
    // An Excel error («#ДЕЛ/0!») is a value that failed, never a header: a district whose only
    // indicator says #DIV/0! was taken for a header row and silently dropped.
    if (p.kind === 'error') {
      dataAfterName++;
      continue;
    }
    if (isDataKind(p.kind)) {
      dataAfterName++;
      // '1.1' or '1.2 Охват педагогов' next to a name: a header of numbered indicators.
      // … or a numbered criterion over them («1. Системность методической работы», read as 1 with text).
      if (isBareIndicatorId(v) || isNameText(v) || isCriterionText(v)) idCells++;
    }
  }
  return { count, first, last, nameCol, dataAfterName, idCellsAfterName: idCells, firstText };
}

/**
 * A row that numbers the columns (1, 2, 3, … under the header, common in official forms).
 * It belongs to the header block but names nothing.
 */
export function isColumnNumberingRow(view: TableView, r: number, fromCol: number, toCol: number): boolean {
  let expected = NaN;
  let seen = 0;
  for (let c = fromCol; c <= toCol; c++) {
    const v = view.value(r, c);
    if (v === null || (typeof v === 'string' && v.trim() === '')) continue;
    const n = typeof v === 'number' ? v : /^\d{1,3}\.?$/.test(v.toString().trim()) ? parseInt(v.toString(), 10) : NaN;
    if (!Number.isInteger(n)) {
      // «№» or «№ п/п» at the left of a numbering row is fine only as the first cell.
      if (seen === 0 && typeof v === 'string' && /^№/.test(v.trim())) continue;
      return false;
    }
    if (seen > 0 && n !== expected) return false;
    expected = n + 1;
    seen++;
  }
  return seen >= 3;
}
