/**
 * The «Дефициты» sheet (METHODOLOGY §7): one row per finding — entity (or «Регион»),
 * criterion, indicator id and name, value, threshold, kind, and the source cell — as an
 * Excel table, the most serious first (дефицит, группа 3, зона внимания, ниже медианы),
 * then by entity (the region first, then alphabetically).
 *
 * Example row:
 *   № 1 | Кировский | Критерий 2 | 2.7 | Наличие ИОМ | нет | 50,0 % | дефицит | Лист1!L7
 */

import type { Analysis, Deficit, DeficitKind, TableAnalysis } from '../analysis';
import type { OutCell, OutRow, OutputSheet } from './plan';
import { RowBlocks } from './rowBlocks';
import { foldName } from '../text/sameNames';
import {
  Widths,
  addressCell,
  header,
  number,
  percent,
  raw,
  text,
  tableName,
  uniqueHeaders,
  NAME_WIDTH,
  NARROW_WIDTH,
  NUMBER_WIDTH,
} from './cells';
import { DEFICIT_LABELS, REGION_LABEL } from './labels';
import { formatPercentBound } from '../options';

/** Order of seriousness: lower comes first. */
export const DEFICIT_ORDER: Record<DeficitKind, number> = {
  deficit: 0,
  'group-3': 1,
  attention: 2,
  'below-median': 3,
};

/**
 * A key that sorts Russian names alphabetically by plain string comparison: lower case, «ё» as
 * «е» (as dictionaries do), and numbers padded so that «Школа 9» comes before «Школа 10».
 * Intl.Collator gives the same order here but costs ~5 µs a comparison, which showed in a
 * profile of a 3,000-entity sheet.
 */
export function sortKey(name: string): string {
  return foldName(name).replace(/\d+/g, (d) => d.padStart(12, '0'));
}

/** Findings of every table, side by side with their tables, in the order the sheet lists them. */
export interface SortedDeficits {
  deficits: Deficit[];
  tables: TableAnalysis[];
}

/** Findings of every table, sorted: the most serious kind first, then by entity (region first). */
export function sortedDeficits(analysis: Analysis): SortedDeficits {
  // Parallel arrays and a sorted index, not an object per finding: a large matrix has ~77,000
  // findings, and three rounds of wrapper objects were most of this function's time.
  // Sized up front and filled by index (pushed one by one, 77,000 findings took 15 ms).
  let total = 0;
  for (const t of analysis.tables) total += t.deficits.length;
  const ds = new Array<Deficit>(total);
  const ts = new Array<TableAnalysis>(total);
  const distinct = new Set<string>();
  let at = 0;
  for (const t of analysis.tables) {
    const list = t.deficits;
    for (let i = 0; i < list.length; i++) {
      ds[at] = list[i];
      ts[at++] = t;
      distinct.add(list[i].entity ?? '');
    }
  }
  // Collate each distinct name once and sort on integers: a large matrix has ~100,000
  // findings but only a few thousand names, and Intl collation per comparison dominated.
  const names = [...distinct]
    .map((n) => ({ n, key: sortKey(n) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((x) => x.n);
  const nameRank = new Map(names.map((n, i) => [n, i]));
  const kind = new Uint8Array(ds.length);
  const name = new Int32Array(ds.length);
  for (let i = 0; i < ds.length; i++) {
    kind[i] = DEFICIT_ORDER[ds[i].kind];
    // The region (entity null) comes before every entity of the same kind.
    name[i] = ds[i].entity === null ? -1 : (nameRank.get(ds[i].entity as string) as number);
  }
  const order = sortedOrder(kind, name, names.length);
  const deficits = new Array<Deficit>(ds.length);
  const tables = new Array<TableAnalysis>(ds.length);
  for (let i = 0; i < order.length; i++) {
    deficits[i] = ds[order[i]];
    tables[i] = ts[order[i]];
  }
  return { deficits, tables };
}

/**
 * The indexes 0…n−1 ordered by kind, then name rank (−1 for the region), then index: each as
 * one number `(kind · (names + 1) + name + 1) · n + index`, sorted natively. A comparator
 * over the ~77,000 findings of a large matrix took about 25 ms; the packed keys about 5 ms.
 * Exact while the keys stay below 2^53 (a hundred thousand names and ten million findings
 * are far inside); beyond that, the comparator.
 */
function sortedOrder(kind: Uint8Array, name: Int32Array, names: number): Uint32Array {
  const n = kind.length;
  const order = new Uint32Array(n);
  const kinds = Object.keys(DEFICIT_ORDER).length;
  if (kinds * (names + 1) * n >= Number.MAX_SAFE_INTEGER) {
    for (let i = 0; i < n; i++) order[i] = i;
    return order.sort((a, b) => kind[a] - kind[b] || name[a] - name[b] || a - b);
  }
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (kind[i] * (names + 1) + name[i] + 1) * n + i;
  keys.sort();
  for (let i = 0; i < n; i++) order[i] = keys[i] % n;
  return order;
}

/** Indicators and entities of a table by id and name, built once per table: a sheet can list 100,000 findings. */
interface TableIndex {
  indicators: Map<string, TableAnalysis['indicators'][number]>;
  entities: Map<string, TableAnalysis['entities'][number]>;
}

function indexTable(t: TableAnalysis): TableIndex {
  const entities = new Map<string, TableAnalysis['entities'][number]>();
  // The first entity of a name wins, as a search from the top would find it.
  for (const e of t.entities) if (!entities.has(e.name)) entities.set(e.name, e);
  return { indicators: new Map(t.indicators.map((i) => [i.id, i])), entities };
}

/** The value as the user sees it: a cell's raw content, or a percent for region/criterion findings. */
function valueCell(d: Deficit, index: TableIndex): OutCell {
  if (d.scope === 'cell') {
    const ind = d.indicator ? index.indicators.get(d.indicator) : undefined;
    if (ind?.kind === 'percent' && typeof d.value === 'number') {
      const entity = d.entity !== null ? index.entities.get(d.entity) : undefined;
      const scored = entity && d.indicator ? entity.cells[d.indicator] : undefined;
      if (scored && scored.value !== null) return percent(scored.value);
    }
    return raw(d.value);
  }
  return typeof d.value === 'number' ? percent(d.value) : raw(d.value);
}

export function buildDeficitsSheet(analysis: Analysis, name: string): OutputSheet {
  const widths = new Widths();
  const { target, critical } = analysis.options;
  const top: OutRow[] = [
    [text('Дефициты и проблемные зоны', 'title')],
    [
      text(
        `Целевой уровень ${formatPercentBound(target)} %, критический ${formatPercentBound(critical)} %. Сначала самые серьёзные находки.`,
        'subtitle',
      ),
    ],
  ];
  const entityLabel = analysis.tables.length === 1 && analysis.tables[0].entityLabel.trim() !== '' ? analysis.tables[0].entityLabel : 'Объект';
  const headers = uniqueHeaders(['№', entityLabel, 'Критерий', 'Код', 'Показатель', 'Значение', 'Порог', 'Вид', 'Ячейка']);
  widths.wantAll([NARROW_WIDTH, NAME_WIDTH, 25, 8, NAME_WIDTH, NUMBER_WIDTH, NUMBER_WIDTH, 16, 18]);
  const headerRow = top.length;
  top.push(headers.map(header));

  const { deficits: list, tables: tableOf } = sortedDeficits(analysis);
  // Built when a finding first needs it: a form of descriptive shares has no finding, and
  // indexing its 100,000 entities cost more than the rest of the sheet.
  const indexes = new Map<TableAnalysis, TableIndex>();
  const indexOf = (t: TableAnalysis): TableIndex => {
    let index = indexes.get(t);
    if (!index) indexes.set(t, (index = indexTable(t)));
    return index;
  };
  // Cells that repeat down the sheet (a district's name, a criterion, an indicator, a kind) are
  // one object each, shared by their rows: a 3000 × 60 matrix has 77,000 findings, and nine new
  // cells a row were most of the plan's memory and a tenth of a second of garbage collection.
  // The plan's cells are never changed after they are made (cellTextLimit.ts changes a text
  // the same way wherever it appears).
  // One map per column, keyed by the value itself (no key string built per row), looked up
  // without a closure per cell.
  const entityCells = new Map<string, OutCell>();
  const criterionCells = new Map<string | null, OutCell>();
  const codeCells = new Map<string | null, OutCell>();
  const nameCells = new Map<string | null, OutCell>();
  const thresholdCells = new Map<number | null, OutCell>();
  const kindCells = new Map<DeficitKind, OutCell>();
  const criterionCell = (d: Deficit): OutCell => {
    let cell = criterionCells.get(d.criterion);
    if (!cell) criterionCells.set(d.criterion, (cell = text(d.criterion, undefined, { wrap: true })));
    return cell;
  };
  const nameCell = (d: Deficit): OutCell => {
    let cell = nameCells.get(d.indicatorName);
    if (!cell) nameCells.set(d.indicatorName, (cell = text(d.indicatorName, undefined, { wrap: true })));
    return cell;
  };
  // The findings' rows are made when a writer asks for one (rowBlocks.ts): 77,000 rows of nine
  // cells made up front were a tenth of a second of the engine and 15 MB held until written.
  // Their wrapped cells (criterion, indicator name) are named to the row heights without
  // making the rows.
  const makeRow = (i: number): OutRow => {
    const d = list[i];
    const entity = d.entity ?? REGION_LABEL;
    let entityCell = entityCells.get(entity);
    if (!entityCell) entityCells.set(entity, (entityCell = text(entity)));
    let codeCell = codeCells.get(d.indicator);
    if (!codeCell) codeCells.set(d.indicator, (codeCell = text(d.indicator)));
    let thresholdCell = thresholdCells.get(d.threshold);
    if (!thresholdCell) thresholdCells.set(d.threshold, (thresholdCell = percent(d.threshold)));
    let kindCell = kindCells.get(d.kind);
    if (!kindCell) {
      const kindStyle = d.kind === 'deficit' || d.kind === 'group-3' ? 'deficit' : d.kind === 'attention' ? 'attention' : undefined;
      kindCells.set(d.kind, (kindCell = text(DEFICIT_LABELS[d.kind], kindStyle)));
    }
    return [
      number(i + 1),
      entityCell,
      criterionCell(d),
      codeCell,
      nameCell(d),
      valueCell(d, indexOf(tableOf[i])),
      thresholdCell,
      kindCell,
      addressCell(d.cell),
    ];
  };
  const rows = new RowBlocks();
  rows.push(...top);
  rows.pushMade(list.length, headers.length, makeRow, {
    columns: [2, 4],
    cell: (i, column) => (column === 2 ? criterionCell(list[i]) : nameCell(list[i])),
  });

  const sheet: OutputSheet = {
    name,
    kind: 'deficits',
    rows,
    columnWidths: widths.toArray(),
    freeze: { rows: headerRow + 1, columns: 0 },
    print: { orientation: 'landscape', fitToWidth: true },
  };
  if (list.length === 0) {
    rows.push([null, text('Дефицитов и проблемных зон не найдено.', 'note')]);
  } else {
    sheet.tables = [{ name: tableName(name, 1), headerRow, lastRow: rows.length - 1, columns: headers.length, style: 'TableStyleLight9' }];
  }
  return sheet;
}
