/**
 * Reads sheets of the open workbook into the engine's `WorkbookGrid`: values, number
 * formats, formulas and merged areas of each sheet's used range.
 *
 * Few syncs, none too large (Microsoft's guidance for Excel on the web, where a request or
 * response over 5 MB is rejected):
 * 1. one sync loads, for every requested sheet at once, the used range's position and size
 *    and the merged areas (`getMergedAreasOrNullObject`, ExcelApi 1.13);
 * 2. the cells are then loaded in row chunks, packed into as few syncs as fit a 4 MB budget
 *    (one sync for ordinary workbooks); a chunk is at most LOAD_CELLS cells, so a sync of a
 *    large sheet carries several range loads and what comes back is taken in short tasks,
 *    chunk by chunk (TaskSlices). The size per cell is first assumed generously, then
 *    measured on what came back; should Excel still refuse a sync as too large, the chunks
 *    of that sync are halved and read again (this is the one error handled here — any other
 *    reaches the caller).
 * 3. one more sync asks for the visible cells of each used range (`getSpecialCellsOrNullObject
 *    ('Visible')`, ExcelApi 1.9): the hidden rows and columns, for the engine's note on them.
 * Without `names`, all visible sheets the add-in did not write are read (one more sync to list them).
 *
 * Example:
 *   const grid = await readSheets(['Лист1']);
 *   grid.sheets[0] // → { name: 'Лист1', startRow: 0, startCol: 0, values: [['МО', …], …], numberFormats, formulas, merges }
 */

import type { CellValue, MergedArea, SheetGrid, WorkbookGrid } from '../../engine/grid';
import { isPayloadLimitError, runExcel, type ErrorPlace } from './errors';
import { jsonBytes, REQUEST_BUDGET_BYTES } from './payload';
import { areasFromAddress } from './rangeAddress';
import { ownedSheetIds, queueRegistryLoad } from './registry';
import { queueToolRecordLoad } from './toolRecord';
import { TaskSlices } from './taskSlices';
import { OfficeAdapterError } from './types';

export interface ReadOptions {
  /** Largest estimated response per sync, bytes (default 4 MB). */
  budgetBytes?: number;
  /** Assumed size of one cell (values + number format + formula) before any was measured. */
  initialBytesPerCell?: number;
}

interface SheetDims {
  name: string;
  startRow: number;
  startCol: number;
  rows: number;
  cols: number;
  merges: SheetGrid['merges'];
}

interface Chunk {
  sheet: number;
  /** Offset within the used range. */
  row: number;
  rows: number;
}

const DEFAULT_BYTES_PER_CELL = 120;
/**
 * Cells per range load. Taking a load's values, formats and formulas into the grid and
 * measuring them costs about 2 µs a cell on the main thread; 20 000 cells keep each step
 * near 40 ms even on a slow machine, and several loads still share one sync.
 */
export const LOAD_CELLS = 20_000;
const MIN_BYTES_PER_CELL = 16;

export async function readSheets(names?: string[], options: ReadOptions = {}): Promise<WorkbookGrid> {
  const budget = options.budgetBytes ?? REQUEST_BUDGET_BYTES;
  return runExcel('прочитать листы', async (ctx, place) => {
    const wanted = names ?? (await defaultSheetNames(ctx));
    const dims = await loadDimensions(ctx, wanted, place);
    const grids: SheetGrid[] = dims.map((d) => ({
      name: d.name,
      startRow: d.startRow,
      startCol: d.startCol,
      values: [],
      numberFormats: [],
      formulas: [],
      merges: d.merges,
    }));

    const queue: Chunk[] = dims.filter((d) => d.rows > 0).map((d) => ({ sheet: dims.indexOf(d), row: 0, rows: d.rows }));
    let bytesPerCell = options.initialBytesPerCell ?? DEFAULT_BYTES_PER_CELL;
    const slices = new TaskSlices();
    while (queue.length > 0) {
      const batch = takeBatch(queue, dims, bytesPerCell, budget);
      const loads = batch.map((c) => {
        const d = dims[c.sheet];
        const range = ctx.workbook.worksheets.getItem(d.name).getRangeByIndexes(d.startRow + c.row, d.startCol, c.rows, d.cols);
        range.load('values,numberFormat,formulas');
        return { chunk: c, range };
      });

      place.sheet = batch.length === 1 ? dims[batch[0].sheet].name : undefined;
      try {
        await ctx.sync();
      } catch (e) {
        if (!isPayloadLimitError(e) || batch.every((c) => c.rows === 1)) throw e;
        // Too large after all: put the chunks back, halved, and assume bigger cells.
        queue.unshift(...batch.flatMap(halve));
        bytesPerCell *= 2;
        continue;
      }
      slices.restart();
      let measured = 0;
      for (const { chunk, range } of loads) {
        const g = grids[chunk.sheet];
        const values = range.values as CellValue[][];
        const formats = range.numberFormat as string[][];
        const formulas = range.formulas as unknown[][];
        values.forEach((row, i) => {
          g.values.push(row);
          g.numberFormats!.push(formats[i]);
          g.formulas!.push(row.map((v, j) => formulaOrNull(formulas[i][j], v)));
        });
        const cells = chunk.rows * dims[chunk.sheet].cols;
        measured = Math.max(measured, (jsonBytes(values, 3) + jsonBytes(formats, 3) + jsonBytes(formulas, 3)) / cells);
        await slices.pause();
      }
      bytesPerCell = Math.max(MIN_BYTES_PER_CELL, measured * 1.5);
    }
    await readHiddenLines(ctx, dims, grids);
    return { sheets: grids };
  });
}

/**
 * One more sync: the visible cells of every used range, hence the hidden rows and columns. It
 * is a sync of its own, after the cells, because what it tells is a note, not data: Excel may
 * refuse a range of too many separate areas (a filter leaving every other row of a long form),
 * and then the sheets are analysed without the note rather than not at all. Whatever this one
 * sync fails with is let go for that reason — the cells were read by the syncs before it, whose
 * errors all reach the caller.
 */
async function readHiddenLines(ctx: Excel.RequestContext, dims: SheetDims[], grids: SheetGrid[]): Promise<void> {
  const probes = dims.flatMap((d, i) => {
    if (d.rows === 0) return [];
    const areas = ctx.workbook.worksheets.getItem(d.name).getRangeByIndexes(d.startRow, d.startCol, d.rows, d.cols).getSpecialCellsOrNullObject(VISIBLE);
    areas.load('address');
    return [{ sheet: i, areas }];
  });
  if (probes.length === 0) return;
  try {
    await ctx.sync();
  } catch {
    return;
  }
  for (const { sheet, areas } of probes) Object.assign(grids[sheet], hiddenLines(dims[sheet], areas.isNullObject ? [] : areasFromAddress(areas.address)));
}

/** Excel.SpecialCellType.visible, spelt out: the enum is not there outside Office (tests, the stand-in). */
const VISIBLE = 'Visible' as Excel.SpecialCellType.visible;

/**
 * The hidden rows and columns of a used range in grid coordinates, from its visible areas: a
 * row no visible area covers is hidden, and so is a column. Only what is hidden is kept.
 */
function hiddenLines(d: SheetDims, visible: MergedArea[]): Pick<SheetGrid, 'hiddenRows' | 'hiddenColumns'> {
  const rows = new Set<number>();
  const cols = new Set<number>();
  for (const a of visible) {
    for (let r = Math.max(a.top, d.startRow); r <= Math.min(a.bottom, d.startRow + d.rows - 1); r++) rows.add(r - d.startRow);
    for (let c = Math.max(a.left, d.startCol); c <= Math.min(a.right, d.startCol + d.cols - 1); c++) cols.add(c - d.startCol);
  }
  const hiddenRows = new Set<number>();
  for (let r = 0; r < d.rows; r++) if (!rows.has(r)) hiddenRows.add(r);
  const hiddenColumns = new Set<number>();
  for (let c = 0; c < d.cols; c++) if (!cols.has(c)) hiddenColumns.add(c);
  return { ...(hiddenRows.size > 0 ? { hiddenRows } : {}), ...(hiddenColumns.size > 0 ? { hiddenColumns } : {}) };
}

/** Visible sheets the add-in did not write. */
async function defaultSheetNames(ctx: Excel.RequestContext): Promise<string[]> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/id,items/name,items/visibility');
  const getRegistry = queueRegistryLoad(ctx);
  const getRecord = queueToolRecordLoad(ctx);
  await ctx.sync();
  const items = sheets.items.map((s) => ({ id: s.id, name: s.name, visible: s.visibility === 'Visible' }));
  const owned = ownedSheetIds(getRegistry(), items, getRecord()?.sheets);
  return items.filter((s) => s.visible && !owned.has(s.id)).map((s) => s.name);
}

/** One sync: used-range position and size and merged areas of every requested sheet. */
async function loadDimensions(ctx: Excel.RequestContext, names: string[], place: ErrorPlace): Promise<SheetDims[]> {
  const probes = names.map((name) => {
    const ws = ctx.workbook.worksheets.getItem(name);
    ws.load('name');
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    const merged = ws.getRange().getMergedAreasOrNullObject();
    merged.load('address');
    return { name, ws, used, merged };
  });
  try {
    await ctx.sync();
  } catch (e) {
    if ((e as { code?: string }).code === 'ItemNotFound') {
      place.sheet = await findMissing(ctx, names);
    }
    throw e;
  }
  return probes.map(({ ws, used, merged }) => ({
    name: ws.name,
    startRow: used.isNullObject ? 0 : used.rowIndex,
    startCol: used.isNullObject ? 0 : used.columnIndex,
    rows: used.isNullObject ? 0 : used.rowCount,
    cols: used.isNullObject ? 0 : used.columnCount,
    merges: merged.isNullObject ? [] : areasFromAddress(merged.address),
  }));
}

/** Which of the names is not a sheet (only on the error path). */
async function findMissing(ctx: Excel.RequestContext, names: string[]): Promise<string | undefined> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name');
  await ctx.sync();
  const have = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  return names.find((n) => !have.has(n.toLowerCase()));
}

/** Take chunks from the queue for one sync, splitting a sheet's rows to fit the budget. */
function takeBatch(queue: Chunk[], dims: SheetDims[], bytesPerCell: number, budget: number): Chunk[] {
  const batch: Chunk[] = [];
  let bytes = 0;
  while (queue.length > 0) {
    const next = queue[0];
    const rowBytes = dims[next.sheet].cols * bytesPerCell;
    let fit = Math.floor((budget - bytes) / rowBytes);
    if (fit < 1) {
      if (batch.length > 0) break;
      fit = 1;
    }
    const rows = Math.min(fit, next.rows, Math.max(1, Math.floor(LOAD_CELLS / Math.max(1, dims[next.sheet].cols))));
    batch.push({ sheet: next.sheet, row: next.row, rows });
    bytes += rows * rowBytes;
    if (rows === next.rows) queue.shift();
    else queue[0] = { sheet: next.sheet, row: next.row + rows, rows: next.rows - rows };
  }
  return batch;
}

function halve(c: Chunk): Chunk[] {
  if (c.rows === 1) return [c];
  const a = Math.ceil(c.rows / 2);
  return [
    { sheet: c.sheet, row: c.row, rows: a },
    { sheet: c.sheet, row: c.row + a, rows: c.rows - a },
  ];
}

/**
 * A formula, or null for a constant. Excel's `formulas` repeats constants, and gives text
 * typed with a leading apostrophe ('=не формула') without it, so a "formula" equal to the
 * cell's own value is text.
 */
function formulaOrNull(f: unknown, v: CellValue): string | null {
  return typeof f === 'string' && f.startsWith('=') && f !== v ? f : null;
}

