/**
 * Change since the previous period (issue 5, point 2). Two analyses of the same kind of table
 * — last year's sheet and this year's — are matched table by table (same layout, most common
 * entities), entity by normalised name and indicator by normalised name or number
 * (matchKeys.ts). For every matched entity the change of overall fulfilment (p.p.), group and
 * rank, and of each criterion; for every matched indicator the change of its regional level;
 * for every matched cell the change of its value. Entities and indicators found in one period
 * only are listed, never dropped silently.
 *
 * Differences of percentages are taken between the values as Сводная displays them (one
 * decimal), and a status is «unchanged» when the displayed values are equal — so the note never
 * says «рост на 0,0 п.п.».
 *
 * Example:
 *   const ch = comparePeriods(analyzeWorkbook(prev), analyzeWorkbook(cur));
 *   ch.tables[0].entities.find((e) => e.entity === 'Кировский район')
 *   // → { fulfilmentChange: 12.5, status: 'improved', groupChange: 1, rankChange: 2, … }
 *   ch.tables[0].onlyCurrent.entities // → ['Новый район']
 */

import type { Analysis, EntityResult, Indicator, TableAnalysis } from '../analysis';
import { displayPercent, roundHalfAway } from '../text/percent';
import { entityKey, indicatorKey, numberedId } from './matchKeys';
import { periodOf } from './periodLabel';
import type {
  ChangeStatus,
  CriterionChange,
  EntityChange,
  IndicatorChange,
  OnePeriodOnly,
  PeriodChanges,
  TableChanges,
  ValueChange,
} from './types';

/** p.p. between displayed percentages; null when either is missing. */
export function percentChange(previous: number | null, current: number | null): number | null {
  if (previous === null || current === null || !Number.isFinite(previous) || !Number.isFinite(current)) return null;
  return roundHalfAway(displayPercent(current) - displayPercent(previous), 1);
}

function statusOf(change: number | null): ChangeStatus | null {
  if (change === null) return null;
  return change > 0 ? 'improved' : change < 0 ? 'declined' : 'unchanged';
}

/** Smaller is better (groups, ranks): previous − current. */
function betterWhenSmaller(previous: number | null, current: number | null): number | null {
  return previous === null || current === null ? null : previous - current;
}

function resultOf(e: EntityResult): OnePeriodOnly['results'][number] {
  return { fulfilment: e.fulfilment, group: e.group, rank: e.rank, cell: e.nameCell };
}

function matchEntities(prev: TableAnalysis, cur: TableAnalysis): { pairs: [EntityResult, EntityResult][]; onlyPrev: EntityResult[]; onlyCur: EntityResult[] } {
  const byKey = new Map<string, EntityResult>();
  for (const e of prev.entities) if (!byKey.has(entityKey(e.name))) byKey.set(entityKey(e.name), e);
  const used = new Set<EntityResult>();
  const pairs: [EntityResult, EntityResult][] = [];
  const onlyCur: EntityResult[] = [];
  for (const e of cur.entities) {
    const p = byKey.get(entityKey(e.name));
    if (p && !used.has(p)) {
      used.add(p);
      pairs.push([p, e]);
    } else if (!p) onlyCur.push(e);
    // A second row of a district already matched (a duplicate, reported as such where the table
    // is read) is not a district «only in the current period»: it has a past, taken by its twin.
  }
  const onlyPrev = prev.entities.filter((e) => !used.has(e));
  return { pairs, onlyPrev, onlyCur };
}

function matchIndicators(prev: TableAnalysis, cur: TableAnalysis): { pairs: [Indicator, Indicator, 'name' | 'id'][]; onlyPrev: string[]; onlyCur: string[] } {
  const used = new Set<Indicator>();
  const pairs: [Indicator, Indicator, 'name' | 'id'][] = [];
  const pending: Indicator[] = [];
  for (const i of cur.indicators) {
    const p = prev.indicators.find((x) => !used.has(x) && indicatorKey(x.name) === indicatorKey(i.name) && indicatorKey(i.name) !== '');
    if (p) {
      used.add(p);
      pairs.push([p, i, 'name']);
    } else pending.push(i);
  }
  // Renamed but numbered the same: «2.1» last year and this year is the same indicator.
  const onlyCur: string[] = [];
  for (const i of pending) {
    const p = numberedId(i.id) ? prev.indicators.find((x) => !used.has(x) && x.id === i.id) : undefined;
    if (p) {
      used.add(p);
      pairs.push([p, i, 'id']);
    } else onlyCur.push(i.name);
  }
  const order = new Map(cur.indicators.map((x, k) => [x, k]));
  pairs.sort((a, b) => order.get(a[1])! - order.get(b[1])!);
  return { pairs, onlyPrev: prev.indicators.filter((x) => !used.has(x)).map((x) => x.name), onlyCur };
}

function valueChange(kind: Indicator['kind'], prev: number | null, cur: number | null): { change: number | null; status: ChangeStatus | null } {
  if (prev === null || cur === null) return { change: null, status: null };
  if (kind === 'percent') {
    const change = percentChange(prev, cur);
    return { change, status: statusOf(change) };
  }
  const change = roundHalfAway(cur - prev, 6);
  if (kind === 'count' || kind === 'number') return { change, status: null };
  return { change, status: statusOf(change) };
}

export function compareTables(prev: TableAnalysis, cur: TableAnalysis, index: number, previousIndex: number): TableChanges {
  const ents = matchEntities(prev, cur);
  const inds = matchIndicators(prev, cur);
  const prevCriteria = new Set(prev.criteria.map((c) => c.label));

  const entities: EntityChange[] = ents.pairs.map(([p, c]) => {
    const fulfilmentChange = percentChange(p.fulfilment, c.fulfilment);
    const criteria: CriterionChange[] = cur.criteria
      .filter((k) => prevCriteria.has(k.label))
      .map((k) => {
        const a = p.criteria[k.label] ?? null;
        const b = c.criteria[k.label] ?? null;
        const change = percentChange(a, b);
        return { criterion: k.label, previous: a, current: b, change, status: statusOf(change) };
      });
    return {
      entity: c.name,
      previousName: p.name,
      previous: { fulfilment: p.fulfilment, group: p.group, rank: p.rank },
      current: { fulfilment: c.fulfilment, group: c.group, rank: c.rank },
      fulfilmentChange,
      groupChange: betterWhenSmaller(p.group, c.group),
      rankChange: betterWhenSmaller(p.rank, c.rank),
      status: statusOf(fulfilmentChange),
      criteria,
      cell: c.nameCell,
    };
  });

  const indicators: IndicatorChange[] = inds.pairs.map(([p, c, by]) => {
    const change = percentChange(p.level, c.level);
    return {
      id: c.id,
      previousId: p.id,
      name: c.name,
      criterion: c.criterion,
      kind: c.kind,
      previousLevel: p.level,
      currentLevel: c.level,
      change,
      status: statusOf(change),
      matchedBy: by,
    };
  });

  const values: ValueChange[] = [];
  for (const [pe, ce] of ents.pairs) {
    for (const [pi, ci] of inds.pairs) {
      const a = pe.cells[pi.id];
      const b = ce.cells[ci.id];
      if (!a && !b) continue;
      const prevValue = a?.value ?? null;
      const curValue = b?.value ?? null;
      const { change, status } = valueChange(ci.kind, prevValue, curValue);
      values.push({
        entity: ce.name,
        indicator: ci.id,
        indicatorName: ci.name,
        kind: ci.kind,
        previousRaw: a?.raw ?? null,
        currentRaw: b?.raw ?? null,
        previous: prevValue,
        current: curValue,
        change,
        status,
        previousCell: a?.cell ?? null,
        cell: b?.cell ?? null,
      });
    }
  }

  const regionChange = percentChange(prev.region.mean, cur.region.mean);
  let comparable: TableChanges['comparable'] = null;
  if (entities.length < prev.entities.length || entities.length < cur.entities.length) {
    const both = entities.filter((e) => e.previous.fulfilment !== null && e.current.fulfilment !== null);
    if (both.length > 0) {
      const meanOf = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
      const before = meanOf(both.map((e) => e.previous.fulfilment!));
      const after = meanOf(both.map((e) => e.current.fulfilment!));
      comparable = { entities: both.length, previous: before, current: after, change: after - before };
    }
  }
  return {
    table: index,
    previousTable: previousIndex,
    title: cur.title,
    region: { previous: prev.region.mean, current: cur.region.mean, change: regionChange, status: statusOf(regionChange) },
    comparable,
    entities,
    indicators,
    values,
    onlyPrevious: { entities: ents.onlyPrev.map((e) => e.name), results: ents.onlyPrev.map(resultOf), indicators: inds.onlyPrev },
    onlyCurrent: { entities: ents.onlyCur.map((e) => e.name), results: ents.onlyCur.map(resultOf), indicators: inds.onlyCur },
  };
}

function overlap(prev: TableAnalysis, cur: TableAnalysis): number {
  const keys = new Set(prev.entities.map((e) => entityKey(e.name)));
  const ents = cur.entities.filter((e) => keys.has(entityKey(e.name))).length;
  const ikeys = new Set(prev.indicators.map((i) => indicatorKey(i.name)));
  const inds = cur.indicators.filter((i) => ikeys.has(indicatorKey(i.name))).length;
  return ents * 1000 + inds;
}

/**
 * The period's name: from the sheet names (what the user chose with --previous), but in the
 * title's words when the title names the same years — «2023/2024 учебный год» rather than the
 * sheet's «2023-2024», which reads as two calendar years (blind acceptance, round 5).
 */
function label(a: Analysis, fallback: string): string {
  const sheets = a.tables.flatMap((t) => t.sheets);
  const fromSheets = periodOf(sheets);
  const fromTitles = periodOf(a.tables.map((t) => t.title));
  const years = (s: string) => (s.match(/\d{4}/g) ?? []).join(' ');
  if (fromSheets && fromTitles && years(fromSheets) === years(fromTitles)) return fromTitles;
  const p = fromSheets ?? fromTitles;
  if (p) return p;
  return sheets.length > 0 ? sheets.map((s) => `«${s}»`).join(', ') : fallback;
}

export function comparePeriods(previous: Analysis, current: Analysis): PeriodChanges {
  const tables: TableChanges[] = [];
  const usedPrev = new Set<number>();
  const unmatchedCurrent: number[] = [];
  current.tables.forEach((cur, ci) => {
    let best = -1;
    let score = 0;
    previous.tables.forEach((prev, pi) => {
      if (usedPrev.has(pi) || prev.layout !== cur.layout) return;
      const s = overlap(prev, cur);
      if (s > score) {
        score = s;
        best = pi;
      }
    });
    if (best < 0) {
      unmatchedCurrent.push(ci);
      return;
    }
    usedPrev.add(best);
    tables.push(compareTables(previous.tables[best], cur, ci, best));
  });
  let previousLabel = label(previous, 'предыдущий период');
  let currentLabel = label(current, 'текущий период');
  if (previousLabel === currentLabel) {
    previousLabel = 'предыдущий период';
    currentLabel = 'текущий период';
  }
  return {
    previousSheets: previous.tables.flatMap((t) => t.sheets),
    currentSheets: current.tables.flatMap((t) => t.sheets),
    previousLabel,
    currentLabel,
    tables,
    unmatchedPrevious: previous.tables.map((_, i) => i).filter((i) => !usedPrev.has(i)),
    unmatchedCurrent,
  };
}
