/**
 * Sorts the rows under the header into entities (municipalities, services, schools), total
 * rows, blank rows and section headings, and finds where the table ends.
 *
 * Rules (METHODOLOGY §2 A):
 * - blank rows are skipped; three blank rows in a row end the table (what follows is another
 *   block of the sheet, not this table);
 * - total rows («Итого», «Всего», «В целом по региону», «Среднее», «По району» …) are kept
 *   apart: they are not entities, but their counts are checked against the sum of the rows;
 *   the word may stand in the numbering column left of the names, merged across them or not;
 * - a note («Примечание…», «* …», «Источник…», «Справочно: …»), a long text in a row of its
 *   own, or text left of the entity column with nothing else ends the table, and so does the
 *   header of another table below («Муниципальное образование | Численность …»);
 * - a name with nothing after it is an entity whose data are all missing, unless it is merged
 *   across the data columns or ends with a colon (a section heading such as «Городские
 *   округа:»), or nothing with data follows it (a signature or remark under the table);
 * - a short text merged from the first column across the table is a section heading too
 *   («Муниципальные районы» over A12:I12, seen in regional summary forms), not a note;
 * - a footnote star after a name («Волховский район*») is not part of the name;
 * - a name merged down over several rows (one district, a row per year) names each of them;
 * - a criterion heading merged across (the groups of a transposed table) continues the table,
 *   however long.
 *
 * Example:
 *   Сунженский район | да | 86%        → entity
 *   (blank)                             → skipped
 *   Итого по региону | 3  | 74%         → total
 *   * данные на 01.09.2024              → end of table
 */

import type { TableView } from './tableView';
import type { CellValue } from '../grid';
import { cellText, isCriterionText, isEntityHeaderText, isNoteText, isTotalName, NOTE_MIN_LENGTH } from './vocabulary';
import { parseCell } from '../values/parseCell';

export interface RowRef {
  view: TableView;
  /** View row. */
  row: number;
  name: string;
  /** View column of the name cell. */
  readonly nameCol: number;
  readonly nameCell: string;
  /** The entity cell was empty; the name is a placeholder. */
  unnamed?: boolean;
}

/**
 * A scanned row; the address of its name cell is made when something asks for it (a message,
 * an entity's place): on a 100,000-row form, making them all as the rows were scanned was a
 * quarter of the scan.
 */
class ScannedRow implements RowRef {
  unnamed?: boolean;
  constructor(
    readonly view: TableView,
    readonly row: number,
    public name: string,
    readonly nameCol: number,
  ) {}

  get nameCell(): string {
    return this.view.address(this.row, this.nameCol);
  }
}

export interface RowScan {
  entities: RowRef[];
  totals: RowRef[];
  /** Last view row of the table (entity or total), or firstDataRow - 1 when none. */
  lastRow: number;
  /** Last view column with anything in a data row. */
  lastCol: number;
}

const MAX_BLANK_RUN = 3;

/** Every filled cell of the row is text that is not a value (a header row, not a data row). */
function isTextOnlyRow(view: TableView, r: number): boolean {
  // A number in a header row is a column number («№» or 1, 2, 3 …) only at the very left.
  // Numbers first: a data row is told at once, before any of its text is parsed.
  for (let c = 1; c < view.cols; c++) {
    const v = view.value(r, c);
    if (v !== null && typeof v !== 'string') return false;
  }
  for (let c = 0; c < view.cols; c++) {
    const v = view.value(r, c);
    if (typeof v !== 'string' || v.trim() === '') continue;
    const p = parseCell(v, view.format(r, c));
    if (p.kind !== 'text' && p.kind !== 'missing') return false;
  }
  return true;
}

/**
 * A heading of rows merged across the table: a section («Муниципальные районы») — short — or a
 * criterion over the indicators of a transposed table («Критерий 2. Поддержка обновления
 * профессиональных компетенций педагогических работников…») — of any length.
 */
function isHeadingText(text: string): boolean {
  return text.length < NOTE_MIN_LENGTH || isCriterionText(text);
}

/**
 * The name in a row; in the lower rows of a name merged down over several rows (one district,
 * one row per year) it is the merged cell's, which Excel keeps in the top row only.
 */
function nameAt(view: TableView, r: number, c: number): CellValue {
  const v = view.value(r, c);
  if (v !== null && !(typeof v === 'string' && v.trim() === '')) return v;
  const m = view.mergeAt(r, c);
  if (!m || m.top >= r || m.left !== c || m.right !== c) return v;
  return view.value(m.top, m.left);
}

/**
 * «Волховский район*» → «Волховский район»: the star sends the reader to a note under the
 * table; it is no part of the name, and kept it would set the district apart from itself in
 * another period or another file.
 */
export function withoutFootnoteMark(name: string): string {
  // Most names have no star: the regex (tried at every position) only for those that end in one.
  if (name.charCodeAt(name.length - 1) !== 42) return name;
  const bare = name.replace(/\s*\*+$/, '');
  return bare === '' ? name : bare;
}

/** The heading of a legend of the marks used in the table. */
const LEGEND_HEADING = /^\s*(условные\s+)?обозначени|^\s*легенда\b|^\s*расшифровка\s+(обозначений|значений|отметок)/i;

export function scanRows(view: TableView, firstDataRow: number, entityCol: number): RowScan {
  const entities: RowRef[] = [];
  const totals: RowRef[] = [];
  let lastRow = firstDataRow - 1;
  let lastCol = entityCol;
  let blankRun = 0;
  // Name-only rows wait here until a row with data confirms they are inside the table.
  let pending: RowRef[] = [];
  let pendingLastCol = entityCol;

  for (let r = firstDataRow; r < view.rows; r++) {
    if (view.omitted(r)) continue;
    let count = 0;
    let first = -1;
    let last = -1;
    let after = 0;
    for (let c = 0; c < view.cols; c++) {
      const v = view.value(r, c);
      if (v === null || v === '' || (typeof v === 'string' && v.trim() === '')) continue;
      count++;
      if (first < 0) first = c;
      last = c;
      if (c > entityCol) after++;
    }
    if (count === 0) {
      blankRun++;
      if (blankRun >= MAX_BLANK_RUN) break;
      continue;
    }
    blankRun = 0;
    const firstText = cellText(view.value(r, first));
    if (typeof view.value(r, first) === 'string' && isNoteText(firstText)) break;
    const name = withoutFootnoteMark(cellText(nameAt(view, r, entityCol)));

    if (after === 0) {
      // Nothing in the data columns.
      if (name === '') {
        // Only a row number left of the names (a pre-numbered empty form row): blank.
        if (typeof view.value(r, first) !== 'string' || /^\d+[.)]?$/.test(firstText)) continue;
        // A short text merged from the left across the names and the data («Муниципальные
        // районы» over A12:I12) heads the next section of the same table.
        const m = view.mergeAt(r, first);
        if (count === 1 && m && m.left <= first && m.right > entityCol && isHeadingText(firstText)) continue;
        break; // text left of the entity column only: a note
      }
      const m = view.mergeAt(r, entityCol);
      if ((m && m.right > entityCol && isHeadingText(name)) || /:$/.test(name)) continue; // section heading
      if (name.length >= NOTE_MIN_LENGTH) break;
      const ref = new ScannedRow(view, r, name, entityCol);
      if (isTotalName(name)) totals.push(ref);
      else pending.push(ref);
      pendingLastCol = Math.max(pendingLastCol, last);
      continue;
    }
    if (count === 1 && typeof view.value(r, first) === 'string' && firstText.length >= NOTE_MIN_LENGTH) {
      const m = view.mergeAt(r, first);
      if (m && m.right > m.left) break; // a long merged text across the table: a note
    }

    // The header of another table under this one («Муниципальное образование | Численность …»
    // after a gap): its name cell heads an entity column and nothing in the row is a value.
    // The row test first: a data row fails it at its first number, before any regex is tried.
    if (isTextOnlyRow(view, r) && isEntityHeaderText(name)) break;
    // A legend of the marks under the table («Обозначения: да — проведено, нет — …»).
    if (isTextOnlyRow(view, r) && LEGEND_HEADING.test(name)) break;

    // A row with data confirms the name-only rows above it.
    for (const p of pending) entities.push(p);
    if (pending.length > 0) lastCol = Math.max(lastCol, pendingLastCol);
    pending = [];
    lastCol = Math.max(lastCol, last);
    lastRow = r;
    if (name === '') {
      // «Итого по району» written in the numbering column (often merged across the names): a
      // total row, not an unnamed school whose sums would count twice in the regional figures.
      if (first < entityCol && typeof view.value(r, first) === 'string' && isTotalName(firstText)) {
        totals.push(new ScannedRow(view, r, firstText, first));
        continue;
      }
      const unnamed = new ScannedRow(view, r, `Строка ${view.rowLineIndex(r) + 1}`, entityCol);
      unnamed.unnamed = true;
      entities.push(unnamed);
      continue;
    }
    const ref = new ScannedRow(view, r, name, entityCol);
    if (isTotalName(name)) totals.push(ref);
    else entities.push(ref);
  }
  // A total row with no data at all after the last entity still belongs to the table only if
  // it is before lastRow; drop trailing ones (they carry nothing to check).
  const keptTotals = totals.filter((t) => t.row <= lastRow);
  return { entities, totals: keptTotals, lastRow, lastCol };
}
