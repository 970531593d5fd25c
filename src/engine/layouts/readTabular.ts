/**
 * Layouts A (indicator matrix, also transposed) and B (counts, bases, declared shares): the
 * entry called by analyzeWorkbook. Frames a table on every sheet, reads sheets of one
 * template as one table, and builds each table's analysis. A sheet with nothing that looks
 * like a table is skipped with a note (analyzeWorkbook raises NoTableError when no sheet has
 * one); the problem list then tells the user which sheets were skipped.
 *
 * Example:
 *   readTabularSheets([sheet1, sheet2], resolveOptions(), problems)
 *   // → { tables: [TableAnalysis], consumed: ['Лист1', 'Лист2'] }
 */

import type { SheetGrid } from '../grid';
import type { AnalysisOptions } from '../options';
import type { ProblemList } from '../problems';
import type { TableAnalysis } from '../analysis';
import { frameOn, readFrames, type TableFrame } from './tableFrame';
import { groupByTemplate, templateSignature } from './templates';
import { TableView } from './tableView';
import { columnLetter } from '../address';
import { buildTable } from './buildTable';
import { formulaReferences, sourceOf } from './formulaSources';

export function readTabularSheets(
  sheets: SheetGrid[],
  options: AnalysisOptions,
  problems: ProblemList,
): { tables: TableAnalysis[]; consumed: string[] } {
  const frames: TableFrame[] = [];
  const skipped: string[] = [];
  // Tables found under the first one of their sheet: said when they are read, passed over in
  // silence when they turn out to hold no data (a legend under the notes), since the sheet's
  // own table was read.
  const below = new Set<TableFrame>();
  for (const sheet of sheets) {
    const found = readFrames(sheet);
    if (found.length === 0) skipped.push(sheet.name);
    frames.push(...found);
    for (const f of found.slice(1)) below.add(f);
  }
  const tables: TableAnalysis[] = [];
  const consumed: string[] = [];
  for (const group of groupByTemplate(closeUpEmptyColumns(withoutFormulaSources(sheets, frames, problems), problems))) {
    const t = buildTable(group, options, problems);
    if (t) {
      tables.push(t);
      consumed.push(...t.sheets);
      for (const f of group.filter((g) => below.has(g))) {
        const start = f.view.sheet.startRow + f.view.top;
        problems.info(null, f.sheet, 'layout', `На листе «${f.sheet}» под таблицей найдена ещё одна таблица (строки ${start + f.block.headerFirst + 1}–${start + f.lastRow + 1}); она проанализирована отдельно.`);
      }
    } else skipped.push(...group.filter((g) => !below.has(g)).map((f) => f.sheet));
  }
  if (tables.length > 0) {
    for (const name of skipped) {
      problems.info(null, name, 'no-table', `На листе «${name}» не найдено таблицы с данными; лист пропущен.`);
    }
  }
  return { tables, consumed };
}

/**
 * A district that inserted an empty column into the common form (or left one from its own
 * layout) still sent the same form: its sheet is read without the empty columns, so that it
 * joins the other districts' table instead of making a table of its own with a regional
 * figure of its own. Only a sheet whose template matches no other sheet is tried, and it is
 * taken only when, without its empty columns, it matches one. The user is told which columns
 * were passed over.
 */
function closeUpEmptyColumns(frames: TableFrame[], problems: ProblemList): TableFrame[] {
  if (frames.length < 2) return frames;
  const count = new Map<string, number>();
  const signatures = frames.map((f) => templateSignature(f));
  for (const s of signatures) count.set(s, (count.get(s) ?? 0) + 1);
  return frames.map((f, i) => {
    if (f.transposed || count.get(signatures[i])! > 1) return f;
    const empty = emptyColumns(f);
    if (empty.size === 0) return f;
    const again = frameOn(TableView.withoutColumns(f.view.sheet, empty));
    if (!again || again.transposed) return f;
    const signature = templateSignature(again);
    if (!signatures.some((s, j) => j !== i && s === signature)) return f;
    const letters = [...empty].sort((a, b) => a - b).map((c) => columnLetter(f.view.sheet.startCol + c));
    problems.info(null, f.sheet,
      'layout',
      `На листе «${f.sheet}» ${letters.length === 1 ? `пустой столбец ${letters[0]} пропущен` : `пустые столбцы ${letters.join(', ')} пропущены`}: без ${letters.length === 1 ? 'него' : 'них'} форма совпадает с формой других листов и читается вместе с ними.`);
    return again;
  });
}

/** Grid columns inside the table (left of its last column) with nothing in any of its rows, header included. */
function emptyColumns(f: TableFrame): Set<number> {
  const sheet = f.view.sheet;
  const top = f.view.gridRow(f.block.top, 0);
  const bottom = f.view.gridRow(f.lastRow, 0);
  const last = f.view.gridCol(0, f.lastCol);
  const empty = new Set<number>();
  for (let c = 0; c < last; c++) {
    let any = false;
    for (let r = top; r <= bottom && !any; r++) {
      const v = sheet.values[r]?.[c];
      if (v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')) any = true;
    }
    if (!any) empty.add(c);
  }
  // Columns left of the whole table (an indented form) are not inside it.
  let first = 0;
  while (empty.has(first)) empty.delete(first++);
  return empty;
}

/**
 * The frames without the helper sheets that only feed another read sheet's formulas
 * (formulaSources.ts), each left out with a message. A sheet whose own table is left out is
 * never the reason to leave out another, so two sheets that refer to each other both stay.
 */
function withoutFormulaSources(sheets: SheetGrid[], frames: TableFrame[], problems: ProblemList): TableFrame[] {
  if (frames.length < 2) return frames;
  const refs = formulaReferences(sheets);
  if (refs.size === 0) return frames;
  const readers = new Set(frames.map((f) => f.sheet));
  const left = new Set<string>();
  const kept: TableFrame[] = [];
  for (const f of frames) {
    const reader = sourceOf(f, refs, readers);
    if (reader !== null && !left.has(reader) && frames.some((g) => g.sheet === reader && g !== f)) {
      left.add(f.sheet);
      problems.info(null, f.sheet, 'layout',
        `Лист «${f.sheet}» — исходные данные для формул листа «${reader}»; отдельно он не анализируется (чтобы проанализировать его, выберите только этот лист).`);
      continue;
    }
    kept.push(f);
  }
  return kept;
}
