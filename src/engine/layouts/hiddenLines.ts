/**
 * Hidden rows and columns that were read. A filter, a collapsed group or a row hidden by hand
 * does not take a municipality out of the monitoring: the table is computed over all its rows
 * (METHODOLOGY §2 describes tables, not what the screen shows). But a methodologist who sees 12
 * rows on screen and «21 муниципальное образование» in the note must be told why: one note per
 * sheet names the hidden entities and the hidden indicator lines that were counted.
 *
 * Example:
 *   reportHiddenLines(rows, [2, 3, 6], problems)   // view columns of the indicators read
 *   // info: 'На листе «Мониторинг» скрыты, но учтены в расчётах: 9 строк (Кировский район, …) и столбец G. …'
 */

import { columnLetter } from '../address';
import { countRu } from '../text/plural';
import type { ProblemList } from '../problems';
import type { RowRef } from './entityRows';
import type { TableView } from './tableView';

const ROWS = ['строка', 'строки', 'строк'] as const;
const COLUMNS = ['столбец', 'столбца', 'столбцов'] as const;
/** One line named, or several: «столбец G», «столбцы G, H», «строка 7», «строки 7, 9». */
const LINE_WORDS = { rows: ['строка', 'строки'], columns: ['столбец', 'столбцы'] } as const;
const NAMES_SHOWN = 5;

function entityHidden(view: TableView, r: number): boolean {
  const s = view.sheet;
  return view.transposed ? s.hiddenColumns?.has(view.gridCol(r, 0)) === true : s.hiddenRows?.has(view.gridRow(r, 0)) === true;
}

function lineHidden(view: TableView, c: number): boolean {
  const s = view.sheet;
  return view.transposed ? s.hiddenRows?.has(view.gridRow(0, c)) === true : s.hiddenColumns?.has(view.gridCol(0, c)) === true;
}

/** One info per sheet with hidden entities or hidden indicator lines among those read. */
export function reportHiddenLines(rows: RowRef[], lines: number[], problems: ProblemList): void {
  // Most sheets hide nothing: then there is nothing to sort out (the views are few, in runs).
  let anyHidden = false;
  let seen: TableView | null = null;
  for (let i = 0; i < rows.length && !anyHidden; i++) {
    if (rows[i].view === seen) continue;
    seen = rows[i].view;
    anyHidden = !!(seen.sheet.hiddenRows || seen.sheet.hiddenColumns);
  }
  if (!anyHidden) return;
  // The rows of each view; a table's rows share a view or a few, in runs (indexed, and no map
  // lookup per row).
  const views = new Map<TableView, RowRef[]>();
  let last: RowRef[] | null = null;
  let lastView: TableView | null = null;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.view !== lastView) {
      lastView = r.view;
      last = views.get(r.view) ?? null;
      if (!last) views.set(r.view, (last = []));
    }
    last!.push(r);
  }
  for (const [view, own] of views) {
    const s = view.sheet;
    if (!s.hiddenRows && !s.hiddenColumns) continue;
    const hidden = own.filter((r) => entityHidden(view, r.row));
    const hiddenLines = lines.filter((c) => lineHidden(view, c));
    if (hidden.length === 0 && hiddenLines.length === 0) continue;
    const entityForms = view.transposed ? COLUMNS : ROWS;
    const lineWords = view.transposed ? LINE_WORDS.rows : LINE_WORDS.columns;
    const parts: string[] = [];
    if (hidden.length > 0) {
      const names = hidden.slice(0, NAMES_SHOWN).map((r) => r.name).join(', ');
      parts.push(`${countRu(hidden.length, entityForms)} (${names}${hidden.length > NAMES_SHOWN ? ', …' : ''})`);
    }
    if (hiddenLines.length > 0) {
      const labels = hiddenLines.map((c) => (view.transposed ? String(s.startRow + view.gridRow(0, c) + 1) : columnLetter(s.startCol + view.gridCol(0, c))));
      parts.push(`${lineWords[hiddenLines.length === 1 ? 0 : 1]} ${labels.join(', ')}`);
    }
    problems.info(
      null,
      s.name,
      'layout',
      `На листе «${s.name}» скрыты, но учтены в расчётах: ${parts.join(' и ')}. Таблица считается целиком — независимо от фильтра, группировки и скрытия.`,
    );
  }
}
