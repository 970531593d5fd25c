/**
 * Finds where a table starts on a view: its first data row, the entity column, the header
 * rows above it (1–3, plus an optional row numbering the columns) and the title above those.
 *
 * The first data row is the first row with a name (text that is not a value) followed by at
 * least one value, that has something above it to serve as a header, and that is not itself a
 * header (a row of bare ids '1.1', '1.2', or a first cell such as «МО», «Наименование»).
 * Walking up from it, non-blank rows are header rows until a blank row, a title-like row (one
 * text cell that is not a criterion heading) or the fourth header row.
 *
 * Example (header in row 5 under a two-line title):
 *   row 0  «Мониторинг деятельности ММС»            ← title
 *   row 1  «2023/2024 учебный год»                   ← title
 *   row 2  (blank)
 *   row 3  № | МО | Критерий 1. … (merged C4:E4)    ← header
 *   row 4    |    | 1.1 | 1.2 | 1.3                  ← header
 *   row 5  1 | Сунженский район | да | нет | 86%     ← first data row, entity column 1
 *   → { headerFirst: 3, headerLast: 4, firstDataRow: 5, entityCol: 1, title: 'Мониторинг … год' }
 */

import type { TableView } from './tableView';
import { rowShape, isColumnNumberingRow, type RowShape } from './rowShape';
import { cellText, isCriterionText, isEntityHeaderText, NOTE_MIN_LENGTH } from './vocabulary';

export interface HeaderBlock {
  firstDataRow: number;
  entityCol: number;
  headerFirst: number;
  headerLast: number;
  /** Header rows that carry text (numbering rows left out), top to bottom. */
  textRows: number[];
  title: string | null;
  /** First view row of the title (or of the header when there is none). */
  top: number;
}

const MAX_HEADER_ROWS = 3;
const MAX_TITLE_ROWS = 2;

function isBlank(s: RowShape): boolean {
  return s.count === 0;
}

/** A line of notes: «Примечание», «Прим.», «Источник», «Пояснение», or a footnote mark. */
const NOTE_LINE = /^\s*(примечани|прим\.|источник|пояснени|\*)/i;

/** A line that files the form: «Приложение № 2 к письму …», «Утверждено приказом …». */
const DOCUMENT_REFERENCE = /^\s*(приложени[ея](\s*№)?\s*\d*[.,]?\s*(к\s|$)|утвержден[аоы]?\s+(приказ|распоряжени|решени|постановлени)|к\s+(письму|приказу|распоряжению)\s)/i;

/** One text cell that is not a criterion heading over the indicators: a title. */
function isTitleLike(view: TableView, r: number, s: RowShape, entityCol: number): boolean {
  if (s.count !== 1) return false;
  const v = view.value(r, s.first);
  if (typeof v !== 'string') return false;
  const m = view.mergeAt(r, s.first);
  const coversEntity = s.first <= entityCol || (m !== null && m.left <= entityCol);
  if (coversEntity) return true;
  return !isCriterionText(cellText(v)) && !(m && m.right > m.left);
}

/**
 * One short text merged from the entity column (or left of it) across the data columns, or
 * ending with a colon: the heading of a section of rows («Городские округа», «Районы:»).
 */
function isSectionHeading(view: TableView, r: number, s: RowShape, entityCol: number): boolean {
  if (s.count !== 1 || s.first > entityCol) return false;
  const v = view.value(r, s.first);
  if (typeof v !== 'string') return false;
  const text = cellText(v);
  if (text.length >= NOTE_MIN_LENGTH || isEntityHeaderText(text)) return false;
  if (/:$/.test(text)) return true;
  const m = view.mergeAt(r, s.first);
  return m !== null && m.left <= entityCol && m.right > entityCol;
}

function isHeaderLikeDataRow(view: TableView, r: number, s: RowShape): boolean {
  if (s.idCellsAfterName > 0 && s.idCellsAfterName === s.dataAfterName) return true;
  const name = cellText(view.value(r, s.nameCol));
  return isEntityHeaderText(name);
}

export function findHeaderBlock(view: TableView, maxScan = 200): HeaderBlock | null {
  const shapes: RowShape[] = [];
  let seenAbove = false;
  const limit = Math.min(view.rows, maxScan);
  for (let r = 0; r < limit; r++) {
    const s = rowShape(view, r);
    shapes.push(s);
    if (isBlank(s)) continue;
    const candidate = s.nameCol >= 0 && s.dataAfterName > 0 && seenAbove;
    if (candidate && !isHeaderLikeDataRow(view, r, s) && !isColumnNumberingRow(view, r, 0, view.cols - 1)) {
      return buildBlock(view, shapes, r, s.nameCol);
    }
    seenAbove = true;
  }
  return null;
}

function buildBlock(view: TableView, shapes: RowShape[], firstDataRow: number, entityCol: number): HeaderBlock | null {
  const textRows: number[] = [];
  let headerFirst = firstDataRow;
  let r = firstDataRow - 1;
  let numberingRows = 0;
  while (r >= 0) {
    const s = shapes[r];
    // Rows of another period between the header and this period's first row are not a gap.
    if (view.omitted(r)) {
      r--;
      continue;
    }
    // One blank row between the header and the first data row is a gap districts leave (METHODOLOGY §2 A), not the table's top.
    if (isBlank(s) && textRows.length === 0 && numberingRows === 0 && r === firstDataRow - 1 && r > 0 && !isBlank(shapes[r - 1])) {
      r--;
      continue;
    }
    if (isBlank(s)) break;
    // The first section's heading («Городские округа» merged across the table) sits between
    // the header and the first district; it heads rows, it does not name columns.
    if (textRows.length === 0 && r > 0 && !isBlank(shapes[r - 1]) && isSectionHeading(view, r, s, entityCol)) {
      r--;
      continue;
    }
    if (isColumnNumberingRow(view, r, 0, view.cols - 1)) {
      if (numberingRows > 0) break;
      numberingRows++;
      headerFirst = r;
      r--;
      continue;
    }
    // The bottom header row is never a title, even with a single cell (an entity label only).
    if (textRows.length > 0 && isTitleLike(view, r, s, entityCol)) break;
    if (textRows.length >= MAX_HEADER_ROWS) break;
    textRows.unshift(r);
    headerFirst = r;
    r--;
  }
  if (textRows.length === 0) return null;
  const headerLast = Math.max(textRows[textRows.length - 1], headerFirst);

  // Title: up to two title-like rows above the header, blank rows between allowed.
  const titleParts: string[] = [];
  let top = headerFirst;
  let t = headerFirst - 1;
  while (t >= 0 && titleParts.length < MAX_TITLE_ROWS) {
    const s = shapes[t];
    if (isBlank(s)) {
      t--;
      continue;
    }
    if (s.count !== 1 || typeof view.value(t, s.first) !== 'string') break;
    // A note under the table above («Примечание: …», «* …») ends the title: it is not this table's.
    if (NOTE_LINE.test(s.firstText)) break;
    // «Приложение 2 к письму комитета от 15.01.2024 № 19-112» frames the form but is not what is
    // monitored: it stays out of the title (blind probe 9), and the title goes on above it.
    if (DOCUMENT_REFERENCE.test(s.firstText)) {
      top = t;
      t--;
      continue;
    }
    titleParts.unshift(s.firstText);
    top = t;
    t--;
  }
  return {
    firstDataRow,
    entityCol,
    headerFirst,
    headerLast,
    textRows,
    title: titleParts.length > 0 ? titleParts.join(' ') : null,
    top,
  };
}
