/**
 * Reads the header block column by column: the texts a column sits under, top to bottom.
 * A merged cell gives its text to every column (and row) it covers; in an upper header row an
 * unmerged cell followed by empty cells gives its text to those columns too (the way many
 * people draw a criterion over its indicators without merging). The bottom row is never
 * filled from the left: an empty bottom cell takes the text above it.
 *
 * Example (two header rows, criterion merged over three columns, unit row absent):
 *   row 0: МО | Критерий 1. Системность (B1:D1 merged) |      |
 *   row 1:    | 1.1 Наличие базы                        | 1.2  | 1.3 Интерактивные формы
 *   columnHeaders(...)[1] → { parts: ['Критерий 1. Системность', '1.2'], name: '1.2', id: '1.2',
 *                             group: 'Критерий 1. Системность', cell: 'Лист1!C2' }
 */

import type { TableView } from './tableView';
import { cellText, indicatorIdOf, isBareIndicatorId, isUnitText } from './vocabulary';

export interface ColumnHeader {
  /** View column. */
  col: number;
  /** Distinct header texts top to bottom. */
  parts: string[];
  /** parts joined with ' / '. */
  header: string;
  /** The indicator's own name (bottom text, a unit row joined to the text above it). */
  name: string;
  /** Indicator number read from the header, '2.1'. */
  id: string | null;
  /** Text of the topmost header row when it differs from the name: a criterion or a grouping. */
  group: string | null;
  /** The group text came from a merged cell or from filling right (it spans several columns). */
  groupSpans: boolean;
  /** Address of the cell holding the name (the top-left of its merge). */
  cell: string;
}

export function columnHeaders(view: TableView, textRows: number[], entityCol: number, lastCol: number): ColumnHeader[] {
  const n = lastCol - entityCol;
  const parts: string[][] = Array.from({ length: Math.max(0, n) }, () => []);
  const cells: string[] = new Array(Math.max(0, n)).fill('');
  const spans: boolean[] = new Array(Math.max(0, n)).fill(false);
  textRows.forEach((h, i) => {
    const bottom = i === textRows.length - 1;
    // Fill-right state for this row: the last unmerged text seen to the left.
    let carry = '';
    let carryCell = '';
    for (let c = entityCol + 1; c <= lastCol; c++) {
      const k = c - entityCol - 1;
      let text = cellText(view.value(h, c));
      let cell = text ? view.address(h, c) : '';
      let spanned = false;
      if (text) {
        const m = view.mergeAt(h, c);
        carry = m ? '' : text;
        carryCell = cell;
        if (m && m.right > m.left) spanned = true;
      } else {
        const m = view.mergeAt(h, c);
        if (m) {
          text = cellText(view.value(m.top, m.left));
          cell = text ? view.address(m.top, m.left) : '';
          spanned = m.right > m.left;
        } else if (!bottom && carry) {
          text = carry;
          cell = carryCell;
          spanned = true;
        }
      }
      if (!text) continue;
      const p = parts[k];
      if (p[p.length - 1] !== text) {
        p.push(text);
        cells[k] = cell;
        if (p.length === 1) spans[k] = spanned;
      }
    }
  });

  const out: ColumnHeader[] = [];
  for (let k = 0; k < n; k++) {
    const p = parts[k];
    const col = entityCol + 1 + k;
    let name = p.length > 0 ? p[p.length - 1] : '';
    let nameIndex = p.length - 1;
    if (p.length >= 2 && isUnitText(name)) {
      name = `${p[p.length - 2]}, ${name}`;
      nameIndex = p.length - 2;
    }
    // A row of bare ids over a row of names: '1.1' / 'Наличие базы' → id 1.1, name as written.
    let id: string | null = null;
    for (let i = p.length - 1; i >= 0 && id === null; i--) id = indicatorIdOf(p[i]);
    if (nameIndex > 0 && isBareIndicatorId(p[nameIndex]) === false && isBareIndicatorId(p[nameIndex - 1])) {
      name = `${p[nameIndex - 1]} ${name}`;
      nameIndex--;
    }
    const group = nameIndex > 0 && !isBareIndicatorId(p[0]) ? p[0] : null;
    out.push({
      col,
      parts: p,
      header: p.join(' / '),
      name,
      id,
      group,
      groupSpans: group !== null && spans[k],
      cell: cells[k] || view.address(textRows[textRows.length - 1] ?? 0, col),
    });
  }
  return out;
}

/** Header text of the entity column (bottom-most text, merges followed), '' when none. */
export function entityHeader(view: TableView, textRows: number[], entityCol: number): { text: string; cell: string | null } {
  for (let i = textRows.length - 1; i >= 0; i--) {
    const h = textRows[i];
    let text = cellText(view.value(h, entityCol));
    let cell = text ? view.address(h, entityCol) : null;
    if (!text) {
      const m = view.mergeAt(h, entityCol);
      if (m) {
        text = cellText(view.value(m.top, m.left));
        cell = text ? view.address(m.top, m.left) : null;
      }
    }
    if (text) return { text, cell };
  }
  return { text: '', cell: null };
}
