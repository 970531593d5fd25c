/**
 * The frame of one table on one sheet: where the header and the data are, which rows are
 * entities and totals, which columns carry data and what their headers say — everything
 * but the values. Works on a TableView, so the same code frames a transposed table.
 *
 * The orientation is decided here: a table is read transposed (indicators in rows, entities
 * in columns) when its first column is headed like a list of indicators («Показатель»,
 * «Наименование показателя», «Формы и направления деятельности») or when most of its row
 * names are numbered like indicators ('1.1 Наличие …'). The transposed view covers only the
 * table itself (header to last row), so a title or a note never becomes an entity.
 *
 * Example:
 *   readFrame(sheet)  // sheet of seed 000 table 1: «Формы и направления деятельности | Результаты»
 *   // → { transposed: true, entities: [{ name: 'Регион', … }], columns: [«Муниципальная Школа…», …] }
 */

import type { SheetGrid } from '../grid';
import { TableView } from './tableView';
import { findHeaderBlock, type HeaderBlock } from './headerBlock';
import { scanRows, type RowRef } from './entityRows';
import { columnHeaders, entityHeader, type ColumnHeader } from './headerParts';
import { indicatorIdOf, isIndicatorColumnHeader, isResultHeader, isTotalName } from './vocabulary';
import { REGION_LABEL } from '../output/labels';

export interface TableFrame {
  view: TableView;
  sheet: string;
  transposed: boolean;
  block: HeaderBlock;
  title: string | null;
  entityLabel: string;
  entityLabelCell: string | null;
  entities: RowRef[];
  totals: RowRef[];
  lastRow: number;
  lastCol: number;
  columns: ColumnHeader[];
}

export function frameOn(view: TableView): TableFrame | null {
  const block = findHeaderBlock(view);
  if (!block) return null;
  const rows = scanRows(view, block.firstDataRow, block.entityCol);
  let entities = rows.entities;
  let totals = rows.totals;
  // A table of totals only (one column «В целом по региону»): the region is the entity.
  if (entities.length === 0 && totals.length > 0) {
    entities = totals;
    totals = [];
  }
  if (entities.length === 0) return null;
  let lastCol = rows.lastCol;
  for (const h of block.textRows) {
    for (let c = view.cols - 1; c > lastCol; c--) {
      const v = view.value(h, c);
      if (v !== null && !(typeof v === 'string' && v.trim() === '')) {
        lastCol = c;
        break;
      }
    }
  }
  const label = entityHeader(view, block.textRows, block.entityCol);
  return {
    view,
    sheet: view.name,
    transposed: view.transposed,
    block,
    title: block.title,
    entityLabel: label.text,
    entityLabelCell: label.cell,
    entities,
    totals,
    lastRow: rows.lastRow,
    lastCol,
    columns: columnHeaders(view, block.textRows, block.entityCol, lastCol),
  };
}

/** Indicators in rows: the first column names indicators, not entities. */
export function looksTransposed(frame: TableFrame): boolean {
  if (isIndicatorColumnHeader(frame.entityLabel)) return true;
  const total = frame.entities.length + frame.totals.length;
  if (total < 2) return false;
  // At least half the names are indicator numbers: decided as soon as either half is reached.
  let ids = 0;
  let others = 0;
  for (const list of [frame.entities, frame.totals]) {
    for (let i = 0; i < list.length; i++) {
      if (indicatorIdOf(list[i].name) !== null) ids++;
      else others++;
      if (ids * 2 >= total) return true;
      if (others * 2 > total) return false;
    }
  }
  return false;
}

export function readFrame(sheet: SheetGrid, top = 0): TableFrame | null {
  const normal = frameOn(new TableView(sheet, false, top));
  if (!normal || !looksTransposed(normal)) return normal;
  const view = TableView.window(sheet, true, top + normal.block.headerFirst, 0, top + normal.lastRow, normal.lastCol);
  const turned = frameOn(view);
  if (!turned) return normal;
  turned.title = normal.title;
  // A single result column for the whole region: the region is the one entity.
  if (turned.entities.length === 1 && turned.totals.length === 0) {
    const e = turned.entities[0];
    if (isResultHeader(e.name) && !isTotalName(e.name)) e.name = REGION_LABEL;
  }
  return turned;
}

/** Most tables one sheet is read as: a form rarely holds more than two or three. */
const MAX_TABLES_PER_SHEET = 10;
/** Entity rows a table below the first needs, so that a list in the notes is not taken for one. */
const MIN_ENTITIES_BELOW = 3;

/**
 * Every table of a sheet, top to bottom: the first as readFrame finds it, then each table that
 * stands under the previous one with a header of its own («Таблица 2. …» under the notes of
 * table 1, finding of the sixth acceptance set). Addresses stay the sheet's own. Each found
 * table below the first is read as a table of its own.
 *
 * Example:
 *   readFrames(form) // → [frame of rows 4–18, frame of rows 24–36]
 */
export function readFrames(sheet: SheetGrid): TableFrame[] {
  const first = readFrame(sheet);
  if (!first) return [];
  const frames = [first];
  let prev = first;
  while (!prev.transposed && frames.length < MAX_TABLES_PER_SHEET) {
    const top = prev.view.top + prev.lastRow + 1;
    if (top >= sheet.values.length) break;
    const next = readFrame(sheet, top);
    if (!next || next.transposed || next.entities.length < MIN_ENTITIES_BELOW) break;
    frames.push(next);
    prev = next;
  }
  return frames;
}
