/**
 * One table from its frames (one sheet, or several sheets of one template): reads and
 * classifies the columns, pairs counts with bases, and runs every computation of
 * METHODOLOGY §4 into a TableAnalysis.
 *
 * Indicators, in column order:
 *   - yes/no, percent and points columns → scored indicators;
 *   - a count with its base → a 'percent' indicator whose value per entity is the computed
 *     share and whose regional level is the pooled share; it is descriptive (status null; no
 *     fulfilment, criterion, group, rank or deficit) unless the user set a threshold for its id
 *     in options.indicatorThresholds, then it is scored like any percent column; its declared
 *     share column is not an indicator of its own;
 *   - other counts, bases and plain numbers → descriptive indicators (sum, mean, median, min,
 *     max), never in fulfilment.
 * Ids: the number in the header ('2.1') when it is unique, else the column letter ('D'), or
 * «стр. 7» for an indicator in row 7 of a transposed table.
 *
 * Example:
 *   buildTable([frame], resolveOptions(), problems)
 *   // → { layout: 'matrix', entities: [{ name: 'Сунженский район', fulfilment: 92.3, group: 1, rank: 1, … }], … }
 */

import type { CellValue } from '../grid';
import type {
  CountPair,
  Criterion,
  EntityResult,
  Indicator,
  IndicatorKind,
  ShareResult,
  SourceLine,
  TableAnalysis,
} from '../analysis';
import type { AnalysisOptions } from '../options';
import type { Problem, ProblemList } from '../problems';
import { columnLetter } from '../address';
import { parseCell } from '../values/parseCell';
import type { TableFrame } from './tableFrame';
import type { RowRef } from './entityRows';
import type { ColumnHeader } from './headerParts';
import { readColumnCells, type ColumnCells } from './columnCells';
import { classifyColumn, isIdentifierHeader, type ColumnKind } from './columnKinds';
import { readColumnValues, type ColumnValues } from './columnValues';
import { inferPairs, type InferredPair } from './pairs';
import { resolveOverrides } from './overrides';
import { assignCriteria } from './criteria';
import { bareNumberReading } from './percentColumn';
import { roundingTolerance } from './declaredRounding';
import { checkDeclaredTotals } from './declaredTotals';
import { reportHiddenLines } from './hiddenLines';
import { shareName } from './shareName';
import { firstOfSameName } from '../text/sameNames';
import { tableEntities } from './tableEntity';
import type { TableView } from './tableView';
import { entityCellRecords, registerEntityColumns, type CellColumn } from './entityCells';
import type { ViewAddresses } from './viewAddresses';
import { reportRepeatedColumns } from './repeatedColumns';
import { shownValue } from './cellMessages';
import { isCriterionText, isMeanTotalName } from './vocabulary';
import type { ScoreLine } from '../compute/scoreLine';
import { computeFulfilment, type Fulfilment } from '../compute/fulfilment';
import { groupOf, weakestGroup, weakestGroupCeiling } from '../compute/groups';
import { competitionRanks } from '../compute/ranks';
import { binaryLevel, meanLevel, pointsLevel, statusOf, type Level } from '../compute/levels';
import { computeShares, type ShareOutput } from '../compute/shares';
import { SHARE_PLAIN } from '../compute/entityShare';
import { buildDeficits, type DeficitLine } from '../compute/deficits';
import { describe, meanOrNull, medianOrNull } from '../compute/stats';

interface Col {
  h: ColumnHeader;
  own: string;
  kind: ColumnKind;
  max?: number;
  maxFromHeader?: boolean;
  cells: ColumnCells;
  values?: ColumnValues;
  marker: boolean;
}

interface Built {
  indicator: Indicator;
  col: Col;
  line: ScoreLine | null;
  /** Pair indicators: the share computation. */
  share?: ShareOutput;
  pair?: InferredPair;
  values: Float64Array;
  level: Level;
}

// The closures the analysis keeps are made out here, not inside buildTable: a closure made
// there keeps buildTable's whole scope alive, and with it the rows' views and the grid that
// the command lets go of once the analysis is done (64 MB of a 100,000-row form).

function columnAddresses(rowAddresses: readonly ViewAddresses[], rowIndex: Int32Array, col: number): (i: number) => string {
  return (i) => rowAddresses[i].address(rowIndex[i], col);
}

/** From the pair's flags, not its rows: the rows are the table's shares already, and a second list of 100,000 would stay alive with this closure. */
function sharePlain(flags: Uint8Array): (i: number) => boolean {
  return (i) => (flags[i] & SHARE_PLAIN) !== 0;
}

function columnPlain(plain: Uint8Array): (i: number) => boolean {
  return (i) => plain[i] === 1;
}

/** Every pair's entity rows, pair by pair, then the regional rows in the same order. */
function joinShares(outputs: readonly ShareOutput[]): ShareResult[] {
  let total = outputs.length;
  for (const o of outputs) total += o.rows.length;
  const all = new Array<ShareResult>(total);
  let k = 0;
  for (const o of outputs) for (let i = 0; i < o.rows.length; i++) all[k++] = o.rows[i];
  for (const o of outputs) all[k++] = o.region;
  return all;
}

/*
 * The loops over every row live in small functions of their own: inside buildTable (a function
 * of several hundred lines that V8 compiles late and deoptimises often) a loop over 100,000
 * rows ran several times slower than the same loop in a function optimised on its own.
 */

/** The entity rows of every frame, frame after frame, with where each frame's rows start and end. */
function allRows(frames: readonly TableFrame[]): { rows: RowRef[]; ranges: { totals: RowRef[]; start: number; end: number }[] } {
  let total = 0;
  for (const f of frames) total += f.entities.length;
  const rows = new Array<RowRef>(total);
  const ranges: { totals: RowRef[]; start: number; end: number }[] = [];
  let k = 0;
  for (const f of frames) {
    const start = k;
    for (let i = 0; i < f.entities.length; i++) rows[k++] = f.entities[i];
    ranges.push({ totals: f.totals, start, end: k });
  }
  return { rows, ranges };
}

/** A row without a name, and a name that repeats an earlier one (`sameAs`, firstOfSameName), each said on its row. */
function reportNames(rows: readonly RowRef[], sameAs: Int32Array, problems: ProblemList): void {
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.unnamed) {
      problems.warning(r.nameCell, r.view.name, 'layout', `В строке с данными не указано название; она учтена как «${r.name}».`);
      continue;
    }
    if (sameAs[i] >= 0) {
      problems.warning(
        r.nameCell,
        r.view.name,
        'duplicate-entity',
        `«${r.name}» встречается в таблице не один раз (также ${rows[sameAs[i]].nameCell}); обе строки учтены как отдельные.`,
      );
    }
  }
}

/** The values that are there (not NaN), in order. */
function presentValues(xs: Float64Array): Float64Array {
  const out = new Float64Array(xs.length);
  let k = 0;
  for (let i = 0; i < xs.length; i++) if (!Number.isNaN(xs[i])) out[k++] = xs[i];
  return out.subarray(0, k);
}

function countPresent(xs: Float64Array): number {
  let k = 0;
  for (let i = 0; i < xs.length; i++) if (!Number.isNaN(xs[i])) k++;
  return k;
}

/** Each value divided by `by` (a percent by 100, points by the maximum). */
function scaled(xs: Float64Array, by: number): Float64Array {
  const out = new Float64Array(xs.length);
  for (let i = 0; i < xs.length; i++) out[i] = xs[i] / by;
  return out;
}

function countFalse(flags: readonly boolean[]): number {
  let k = 0;
  for (let i = 0; i < flags.length; i++) if (!flags[i]) k++;
  return k;
}

/** Every row's entity, as a view on the table's columns (tableEntity.ts). */
function makeEntities(
  rows: readonly RowRef[],
  names: readonly string[],
  cellsOf: (i: number) => EntityResult['cells'],
  criteriaLabels: readonly string[],
  ful: Fulfilment,
  criteriaGroups: Map<string, (number | null)[]>,
  groups: (number | null)[],
  ranks: (number | null)[],
  regionMedian: number | null,
): EntityResult[] {
  const n = rows.length;
  const sheets: string[] = [];
  const places: ViewAddresses[] = [];
  const views: TableView[] = [];
  const viewOf = new Int32Array(n);
  const rowOf = new Int32Array(n);
  const nameCols = new Int32Array(n);
  const lines = new Int32Array(n);
  let last = -1;
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    if (last < 0 || views[last] !== r.view) {
      last = views.indexOf(r.view);
      if (last < 0) {
        last = views.length;
        views.push(r.view);
        sheets.push(r.view.name);
        places.push(r.view.addresses());
      }
    }
    viewOf[i] = last;
    rowOf[i] = r.row;
    nameCols[i] = r.nameCol;
    lines[i] = r.view.rowLineIndex(r.row);
  }
  return tableEntities({
    names,
    sheets,
    places,
    viewOf,
    rows: rowOf,
    nameCols,
    lines,
    cellsOf,
    criteriaLabels,
    byCriterion: criteriaLabels.map((c) => ful.byCriterion.get(c)!),
    groupsByCriterion: criteriaLabels.map((c) => criteriaGroups.get(c)!),
    overall: ful.overall,
    groups,
    ranks,
    incomplete: ful.incomplete,
    regionMedian,
  });
}

function ownText(h: ColumnHeader): string {
  if (!h.group) return h.header;
  return h.parts.filter((p) => p !== h.group).join(' / ');
}

export function buildTable(frames: TableFrame[], options: AnalysisOptions, problems: ProblemList): TableAnalysis | null {
  const first = frames[0];
  const { rows, ranges } = allRows(frames);
  const n = rows.length;
  const transposed = first.transposed;
  const lineWord = transposed ? 'Строка' : 'Столбец';

  // 1. Classify the columns; nothing is reported until we know this is a table.
  const all: Col[] = [];
  for (const h of first.columns) {
    const cells = readColumnCells(rows, h.col);
    const own = ownText(h);
    const d = classifyColumn(own, cells);
    const marker = d.kind === 'empty' && h.header !== '' && isCriterionText(h.name);
    all.push({ h, own, kind: d.kind, max: d.max, maxFromHeader: d.maxFromHeader, cells, marker });
  }
  const data = all.filter((c) => c.kind !== 'empty' && c.kind !== 'text');
  if (data.length === 0) return null;

  // 2. Duplicate names, skipped text columns.
  const sameAs = firstOfSameName(rows.map((r) => r.name), { skip: (i) => rows[i].unnamed === true });
  reportNames(rows, sameAs, problems);
  for (const c of all) {
    if (c.kind === 'text' && c.h.header) {
      const what = isIdentifierHeader(c.own) ? 'содержит коды, а не показатель' : 'содержит текст, а не данные';
      problems.info(c.h.cell, first.sheet, 'layout', `${lineWord} «${c.h.header}» ${what}; он не анализируется.`);
    }
  }

  // 3. The user's pairs may re-kind columns; then read every data column's values.
  const byCol = new Map(data.map((c) => [c.h.col, c]));
  const fixed = resolveOverrides(options.pairs, frames, new Set(byCol.keys()), problems);
  for (const p of fixed) {
    const num = byCol.get(p.numerator)!;
    const base = byCol.get(p.base)!;
    if (num.kind !== 'count' && num.kind !== 'base') num.kind = 'count';
    if (base.kind !== 'count' && base.kind !== 'base') base.kind = 'base';
    if (p.declared !== null) byCol.get(p.declared)!.kind = 'percent';
  }
  // Where each column's reading problems lie in the list: an empty cell of a column that turns
  // out to be a declared share is no gap in the data (the share is computed from its counts).
  const readingProblems = new Map<number, [number, number]>();
  for (const c of data) {
    const start = problems.items.length;
    c.values = readColumnValues(
      { kind: c.kind, col: c.h.col, header: c.h.header, headerCell: c.h.cell, sheet: first.sheet, max: c.max, maxFromHeader: c.maxFromHeader },
      rows,
      c.cells,
      problems,
    );
    readingProblems.set(c.h.col, [start, problems.items.length]);
  }

  reportHiddenLines(rows, data.map((c) => c.h.col), problems);

  // 4. Pairs and declared shares.
  const pairs = data.some((c) => c.kind === 'count' || c.kind === 'base') || (data.some((c) => c.kind === 'percent') && data.filter((c) => c.kind === 'number').length >= 2)
    ? inferPairs(
        data.map((c) => ({ col: c.h.col, kind: c.kind, header: c.h.header, own: c.own, values: c.values! })),
        fixed,
      )
    : fixed;
  // A pair proven by its declared share may join columns headed as plain numbers.
  for (const p of pairs) {
    const num = byCol.get(p.numerator)!;
    const base = byCol.get(p.base)!;
    if (num.kind === 'number') num.kind = 'count';
    if (base.kind === 'number') base.kind = 'base';
  }
  // The same base typed twice («Всего педагогов» over two blocks) must say the same.
  reportRepeatedColumns(
    data.filter((c) => c.kind === 'count' || c.kind === 'base').map((c) => ({ col: c.h.col, header: c.h.header, values: c.values! })),
    rows,
    problems,
  );
  const pairByNum = new Map(pairs.map((p) => [p.numerator, p]));
  const declaredCols = new Set(pairs.filter((p) => p.declared !== null).map((p) => p.declared as number));
  // A share column of the base a user's correction replaced: kept out of the scored
  // indicators and the checks, and said once (not one mismatch per correct district).
  for (const p of pairs) {
    const other = p.otherBaseShare;
    if (!other || declaredCols.has(other.col)) continue;
    declaredCols.add(other.col);
    const share = byCol.get(other.col)!;
    const letter = (col: number) => columnLetter(first.view.lineIndex(col));
    problems.info(
      share.h.cell,
      first.sheet,
      'pairing',
      `Доля в столбце ${letter(other.col)} «${share.h.header}» — это ${letter(p.numerator)} от ${letter(other.base)} (совпадает в ${other.agree} из ${other.both} строк), а для ${letter(p.numerator)} задана база ${letter(p.base)}; столбец ${letter(other.col)} не сверяется и не оценивается. Чтобы сверить его с новой парой, укажите его как долю этой пары.`,
    );
  }
  const dropped = new Set<Problem>();
  for (const col of declaredCols) {
    const [from, to] = readingProblems.get(col) ?? [0, 0];
    for (let i = from; i < to; i++) if (problems.items[i].code === 'missing') dropped.add(problems.items[i]);
  }
  if (dropped.size > 0) {
    // In place (a large form can have a hundred thousand problems: no spread into push).
    let w = 0;
    for (const p of problems.items) if (!dropped.has(p)) problems.items[w++] = p;
    problems.items.length = w;
  }

  // 5. Ids.
  const ids = new Map<number, string>();
  const used = new Set<string>();
  const headerIdCount = new Map<string, number>();
  for (const c of data) if (c.h.id) headerIdCount.set(c.h.id, (headerIdCount.get(c.h.id) ?? 0) + 1);
  for (const c of data) {
    let id = c.h.id && headerIdCount.get(c.h.id) === 1 ? c.h.id : null;
    if (id === null || used.has(id)) {
      id = transposed ? `стр. ${first.view.lineIndex(c.h.col) + 1}` : columnLetter(first.view.lineIndex(c.h.col));
    }
    used.add(id);
    ids.set(c.h.col, id);
  }

  // 6. Criteria over the scored columns (markers included, in column order).
  const ordered = all.filter((c) => c.marker || byCol.has(c.h.col));
  const scoredKind = (c: Col) => c.kind === 'binary' || c.kind === 'percent' || c.kind === 'points';
  // METHODOLOGY §4: counts are descriptive. A share of young teachers (11 %) is not a
  // "fulfilment" to hold against 80/50, so a pair is scored and judged only when the user set
  // a threshold for its id; otherwise it reports its shares and pooled level alone, and a
  // criterion over such pairs only is no criterion (it would have nothing to average).
  const judgedPair = (col: number) => pairByNum.has(col) && Object.prototype.hasOwnProperty.call(options.indicatorThresholds, ids.get(col)!);
  const assignment = assignCriteria(
    ordered.map((c) => ({
      header: c.h,
      marker: c.marker,
      direct: !c.marker && scoredKind(c) && !declaredCols.has(c.h.col),
      scored: !c.marker && !declaredCols.has(c.h.col) && (judgedPair(c.h.col) || scoredKind(c)),
    })),
  );
  const criterionOf = new Map<number, string | null>();
  ordered.forEach((c, i) => criterionOf.set(c.h.col, assignment.labels[i]));

  // Addresses are made when something asks for one, from each row's placement on its sheet
  // (not from its view, which would keep the grid alive): kept as strings, the addresses of a
  // 100,000-row form's cells, shares and findings were a third of its analysis.
  const rowAddresses = rows.map((r) => r.view.addresses());
  const rowIndex = new Int32Array(n);
  for (let i = 0; i < n; i++) rowIndex[i] = rows[i].row;
  const addressesOf = (col: number) => columnAddresses(rowAddresses, rowIndex, col);

  // 7. Indicators.
  const names = rows.map((r) => r.name);
  const built: Built[] = [];
  // The pairs' share rows, joined into one list at the end (not pushed row by row: 300,000 on a
  // 100,000-row form with three pairs).
  const shareOutputs: ShareOutput[] = [];
  const singleTotal = frames.reduce((k, f) => k + f.totals.filter((t) => !isMeanTotalName(t.name)).length, 0) === 1
    ? frames.flatMap((f) => f.totals).find((t) => !isMeanTotalName(t.name)) ?? null
    : null;
  for (const c of data) {
    if (declaredCols.has(c.h.col)) continue;
    const id = ids.get(c.h.col)!;
    const th = options.indicatorThresholds[id] ?? {};
    const target = th.target ?? options.target;
    const critical = th.critical ?? options.critical;
    const source: SourceLine = {
      sheet: first.sheet,
      index: first.view.lineIndex(c.h.col),
      header: c.h.header,
      headerCell: c.h.cell,
      ...(transposed ? { transposed: true } : {}),
    };
    const v = c.values!;
    const pair = pairByNum.get(c.h.col);
    const name = pair && pair.declared !== null ? shareName(c.h.name, byCol.get(pair.declared)!.h.name) : c.h.name;
    let kind: IndicatorKind;
    let line: ScoreLine | null = null;
    let level: Level;
    let values = v.values;
    let share: ShareOutput | undefined;
    let statsOf: Float64Array | null = v.values;
    if (pair) {
      const base = byCol.get(pair.base)!;
      const decl = pair.declared !== null ? byCol.get(pair.declared)! : null;
      const bare = decl ? bareNumberReading(decl.cells) : null;
      share = computeShares(
        {
          indicator: c.h.header,
          indicatorId: id,
          names,
          num: v.values,
          numState: v.states,
          base: base.values!.values,
          baseState: base.values!.states,
          numPlain: v.plain,
          basePlain: base.values!.plain,
          numCell: addressesOf(c.h.col),
          baseCell: addressesOf(base.h.col),
          sheetOf: (i) => rows[i].view.name,
          baseHeader: base.h.header,
          declared: decl
            ? {
                values: decl.values!.values,
                states: decl.values!.states,
                tolerance: (i) => roundingTolerance(rows[i].view.value(rows[i].row, decl.h.col), rows[i].view.format(rows[i].row, decl.h.col), bare),
                cell: addressesOf(decl.h.col),
                shown: (i) => shownValue(rows[i].view.value(rows[i].row, decl.h.col), rows[i].view.format(rows[i].row, decl.h.col)),
              }
            : null,
          regionDeclared: decl && singleTotal ? regionDeclared(singleTotal, decl.h.col, bare) : null,
        },
        problems,
      );
      shareOutputs.push(share);
      kind = 'percent';
      values = share.shares;
      statsOf = share.shares;
      const scores = scaled(share.shares, 100);
      const withData = countPresent(share.shares);
      // Descriptive unless the user set a threshold for it (see judgedPair above): no score
      // line, so no fulfilment, group, rank or deficit comes from it.
      line = judgedPair(c.h.col)
        ? { id, name, criterion: criterionOf.get(c.h.col) ?? null, kind, scores, target, critical }
        : null;
      level = { level: share.region.share, withData, missing: n - withData };
    } else if (scoredKind(c)) {
      kind = c.kind as IndicatorKind;
      let scores: Float64Array;
      if (kind === 'binary') {
        scores = v.values.slice();
        level = binaryLevel(v.values);
        statsOf = null;
      } else if (kind === 'percent') {
        scores = scaled(v.values, 100);
        level = meanLevel(v.values);
      } else {
        const max = c.max;
        scores = max ? scaled(v.values, max) : new Float64Array(n).fill(NaN);
        level = pointsLevel(v.values, max);
      }
      line = { id, name, criterion: criterionOf.get(c.h.col) ?? null, kind, scores, target, critical };
    } else {
      kind = c.kind === 'number' ? 'number' : 'count';
      level = { ...meanLevel(v.values), level: null };
    }
    let stats: Indicator['stats'] = null;
    if (statsOf) stats = describe(presentValues(statsOf));
    const indicator: Indicator = {
      id,
      name,
      criterion: line ? line.criterion : null,
      kind,
      ...(kind === 'points' && c.max !== undefined ? { max: c.max } : {}),
      source,
      level: level.level,
      status: line ? statusOf(level.level, target, critical) : null,
      target,
      critical,
      withData: level.withData,
      missing: level.missing,
      stats,
    };
    built.push({ indicator, col: c, line, share, pair, values, level });
  }

  // 8. Totals declared by hand.
  checkDeclaredTotals(
    data.filter((c) => c.kind === 'count' || c.kind === 'base' || c.kind === 'number').map((c) => ({ col: c.h.col, header: c.h.header, values: c.values! })),
    rows,
    ranges,
    problems,
  );

  // 9. Fulfilment, groups, ranks, region.
  const lines = built.filter((b) => b.line !== null).map((b) => b.line as ScoreLine);
  const criteriaLabels = assignment.criteria.map((c) => c.label);
  const ful = computeFulfilment(n, lines, criteriaLabels, options.weighting);
  const groups = ful.overall.map((v) => groupOf(v, options.bands));
  const criteriaGroups = new Map<string, (number | null)[]>();
  for (const [label, vals] of ful.byCriterion) criteriaGroups.set(label, vals.map((v) => groupOf(v, options.bands)));
  const ranks = competitionRanks(ful.overall);
  const overallValues = ful.overall.filter((v): v is number => v !== null);
  const regionMedian = medianOrNull(overallValues);
  const region = {
    mean: meanOrNull(overallValues),
    median: regionMedian,
    entities: n,
    complete: countFalse(ful.incomplete),
  };
  const criteria: Criterion[] = assignment.criteria.map((c) => {
    const vals = (ful.byCriterion.get(c.label) ?? []).filter((v): v is number => v !== null);
    return {
      label: c.label,
      id: c.id,
      indicatorIds: lines.filter((l) => l.criterion === c.label).map((l) => l.id),
      mean: meanOrNull(vals),
      median: medianOrNull(vals),
    };
  });

  // 10. Entities.
  const cellColumns: CellColumn[] = built.map((b) => {
    const col = b.col.h.col;
    const share = b.share;
    const plain = b.col.values!.plain;
    return {
      id: b.indicator.id,
      cell: addressesOf(col),
      raw: b.col.cells.raw,
      scores: b.line ? b.line.scores : null,
      values: b.values,
      plain: share ? sharePlain(share.flags) : columnPlain(plain),
    };
  });
  const entities = makeEntities(rows, names, entityCellRecords(cellColumns), criteriaLabels, ful, criteriaGroups, groups, ranks, regionMedian);
  registerEntityColumns(entities, cellColumns);

  // 11. Deficits.
  const deficitLines: DeficitLine[] = built
    .filter((b) => b.line !== null)
    .map((b) => ({
      line: b.line as ScoreLine,
      level: b.level.level,
      cellOf: addressesOf(b.col.h.col),
      valueOf: (e: number): CellValue => (b.share ? b.share.shares[e] : rows[e].view.value(rows[e].row, b.col.h.col)),
    }));
  const twoBands = options.bands.length >= 2;
  const deficits = buildDeficits({
    names,
    lines: deficitLines,
    criteria: criteriaLabels,
    byCriterion: ful.byCriterion,
    criteriaGroups,
    overall: ful.overall,
    groups,
    median: regionMedian,
    weakest: twoBands ? weakestGroup(options.bands) : null,
    weakestCeiling: twoBands ? weakestGroupCeiling(options.bands) : null,
  });

  // 12. Pairs as the user sees them.
  const countPairs: CountPair[] = pairs.map((p) => {
    const line = (col: number): SourceLine => {
      const c = byCol.get(col)!;
      return { sheet: first.sheet, index: first.view.lineIndex(col), header: c.h.header, headerCell: c.h.cell };
    };
    return {
      sheet: first.sheet,
      numerator: line(p.numerator),
      base: line(p.base),
      declared: p.declared !== null ? line(p.declared) : null,
      reason: p.reason,
      manual: p.manual,
    };
  });

  return {
    layout: pairs.length > 0 ? 'counts' : 'matrix',
    sheets: frames.map((f) => f.sheet),
    title: first.title,
    entityLabel: transposed ? 'Объект мониторинга' : first.entityLabel || 'Объект мониторинга',
    transposed,
    headerRows: frames.map((f) => ({
      sheet: f.sheet,
      first: f.view.rowLineIndex(f.block.headerFirst),
      last: f.view.rowLineIndex(f.lastRow),
      headerLast: f.view.rowLineIndex(f.block.headerLast),
      dataFirst: f.view.rowLineIndex(f.block.firstDataRow),
    })),
    criteria,
    indicators: built.map((b) => b.indicator),
    entities,
    pairs: countPairs,
    shares: joinShares(shareOutputs),
    deficits,
    points: [],
    region,
  };
}

/** The declared share of the single total row, read like the column it sits in. */
function regionDeclared(total: RowRef, col: number, bare: 'fraction' | 'percent' | null) {
  const raw = total.view.value(total.row, col);
  const fmt = total.view.format(total.row, col);
  const p = parseCell(raw, fmt);
  let value: number | null = null;
  if (p.kind === 'percent') value = p.value;
  else if (p.kind === 'number' && p.value !== null) value = bare === 'fraction' || (bare === null && p.value <= 1) ? p.value * 100 : p.value;
  if (value === null) return null;
  return {
    value,
    tolerance: roundingTolerance(raw, fmt, bare ?? (p.kind === 'number' && (p.value ?? 2) <= 1 ? 'fraction' : 'percent')),
    cell: total.view.address(total.row, col),
    sheet: total.view.name,
    shown: shownValue(raw, fmt),
  };
}

