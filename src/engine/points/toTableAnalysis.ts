/**
 * Turns scored municipalities into the engine's common result (TableAnalysis, layout 'points'),
 * so the summary, deficits, note and JSON treat points like any other table (METHODOLOGY §4–§5):
 *
 *   - criteria are the blocks; an entity's criterion value = block score / block maximum × 100;
 *   - indicators are the positions (kind 'points', id "2.3" = block 2, position 3), `max` = the
 *     position's maximum, level = mean score / max × 100 over the municipalities that have it,
 *     status by the thresholds in force (per indicator when set);
 *   - fulfilment = points / maxPoints × 100, where maxPoints counts only the positions present on
 *     the municipality's sheet; rank by fulfilment (ties share); groups by `options.bands`;
 *   - deficits: a positive parameter scored 0 where it could score (cell, 'deficit'); a penalty
 *     applied (cell, 'attention'); a position's level below target / critical (indicator scope,
 *     'attention' / 'deficit'); the weakest group overall (entity) and per block (criterion)
 *     ('group-3'); fulfilment below the median ('below-median').
 *
 * A cell's normalised score is the position's points / max, clamped to 0…1 (a −1 penalty on an
 * absent position is shown in `value`, not as a negative score).
 *
 * Example:
 *   toTableAnalysis(scored, scheme, options, meta).entities[0]
 *   // → { name: 'Крымский район', points: 60, maxPoints: 71, fulfilment: 84.5, group: 1, rank: 1, criteria: { 'Мониторинг': 100, … } }
 */

// simple-statistics' min/max loop; Math.min(...spread) overflows the stack on very long tables.
import { max as maxOf, mean, median, min as minOf } from 'simple-statistics';
import type { Criterion, Deficit, EntityResult, Indicator, ScoredCell, TableAnalysis } from '../analysis';
import type { AnalysisOptions } from '../options';
import { parseLocalAddress, splitAddress } from '../address';
import type { PointsScheme } from './scheme';
import { positionMax } from './scheme';
import type { ScoredEntity, ScoredPosition } from './totals';
import { competitionRanks } from '../compute/ranks';
import { groupOf } from '../compute/groups';
import { statusOf } from '../compute/levels';
import { emptyParameters, isBlankPosition } from './blankCells';

export interface TableMeta {
  sheets: string[];
  title: string | null;
  entityLabel: string;
  headerRows: TableAnalysis['headerRows'];
  /** The positions stand in rows (one evaluation sheet per municipality), not in columns. */
  positionsInRows: boolean;
}

function pct(part: number, whole: number): number | null {
  return whole > 0 ? (part / whole) * 100 : null;
}

function idOrder(id: string): [number, number] {
  const [a, b] = id.split('.').map(Number);
  return [a, b];
}

/** A position every sheet should have: in the scheme, or on more than half of the sheets. */
export function isExpectedPosition(first: ScoredPosition, perEntity: (ScoredPosition | null)[], sheets: number): boolean {
  if (first.read.schemeIndex !== null) return true;
  return perEntity.filter((p) => p !== null).length * 2 > sheets;
}

export function toTableAnalysis(scored: ScoredEntity[], scheme: PointsScheme, options: AnalysisOptions, meta: TableMeta): TableAnalysis {
  // Positions of every entity, by indicator id.
  const byId = new Map<string, { first: ScoredPosition; blockIndex: number; perEntity: (ScoredPosition | null)[] }>();
  scored.forEach((e, ei) => {
    for (const b of e.blocks) {
      for (const p of b.positions) {
        let entry = byId.get(p.id);
        if (!entry) {
          entry = { first: p, blockIndex: b.blockIndex, perEntity: scored.map(() => null) };
          byId.set(p.id, entry);
        }
        entry.perEntity[ei] = p;
      }
    }
  });
  const ids = [...byId.keys()].sort((x, y) => {
    const [a1, b1] = idOrder(x);
    const [a2, b2] = idOrder(y);
    return a1 - a2 || b1 - b2;
  });

  // A sheet misses a position when the scheme has it or most sheets do — not when one sheet has
  // added a position of its own (that sheet's extra, reported where it stands).
  const expected = ids.filter((id) => isExpectedPosition(byId.get(id)!.first, byId.get(id)!.perEntity, scored.length));

  // Indicators (positions).
  const indicators: Indicator[] = ids.map((id) => {
    const { first, blockIndex, perEntity } = byId.get(id)!;
    const block = scheme.blocks[blockIndex];
    const name = first.read.schemeIndex !== null ? block.positions[first.read.schemeIndex].name : first.read.label;
    const max = positionMax(block);
    const totals = perEntity.filter((p): p is ScoredPosition => p !== null).map((p) => p.score.total);
    const thresholds = options.indicatorThresholds[id] ?? {};
    const target = thresholds.target ?? options.target;
    const critical = thresholds.critical ?? options.critical;
    const level = totals.length > 0 && max > 0 ? (mean(totals) / max) * 100 : null;
    const at = splitAddress(first.read.labelCell);
    const local = parseLocalAddress(at.local);
    return {
      id,
      name,
      criterion: block.name,
      kind: 'points',
      max,
      source: {
        sheet: at.sheet,
        index: local ? (meta.positionsInRows ? local.row : local.col) : 0,
        header: `${block.name} / ${first.read.label}`,
        headerCell: first.read.labelCell,
        transposed: meta.positionsInRows,
      },
      level,
      status: statusOf(level, target, critical),
      target,
      critical,
      withData: totals.length,
      missing: scored.length - totals.length,
      stats: totals.length > 0
        ? { sum: totals.reduce((s, x) => s + x, 0), mean: mean(totals), median: median(totals), min: minOf(totals), max: maxOf(totals) }
        : null,
    };
  });

  // Entities.
  const blockOrder = [...new Set(ids.map((id) => byId.get(id)!.blockIndex))].sort((a, b) => a - b);
  const blockNames = blockOrder.map((b) => scheme.blocks[b].name);
  const fulfilments = scored.map((e) => pct(e.total, e.max));
  const ranks = competitionRanks(fulfilments);
  const present = fulfilments.filter((f): f is number => f !== null);
  const regionMedian = present.length > 0 ? median(present) : null;
  const weakest = Math.max(...options.bands.map((b) => b.group));
  const weakestBound = [...options.bands].sort((a, b) => a.min - b.min)[1]?.min ?? options.critical;

  const entities: EntityResult[] = scored.map((e, ei) => {
    const cells: Record<string, ScoredCell> = {};
    for (const b of e.blocks) {
      for (const p of b.positions) {
        const firstParam = p.score.params.find((x) => x.cell)?.cell ?? null;
        const plain = !p.score.adjusted && p.score.params.every((x) => !x.cell || x.cell.raw === null || x.cell.raw === '' || (typeof x.cell.raw === 'number' && !x.cell.formula));
        cells[p.id] = {
          cell: firstParam?.address ?? p.read.labelCell,
          raw: firstParam?.raw ?? null,
          score: p.score.max > 0 ? Math.min(1, Math.max(0, p.score.total / p.score.max)) : null,
          value: p.score.total,
          plain,
        };
      }
    }
    const criteria: Record<string, number | null> = {};
    const criteriaGroups: Record<string, number | null> = {};
    for (const name of blockNames) {
      const b = e.blocks.find((x) => x.scheme.name === name);
      criteria[name] = b ? pct(b.total, b.max) : null;
      criteriaGroups[name] = groupOf(criteria[name], options.bands);
    }
    const fulfilment = fulfilments[ei];
    return {
      name: e.read.name,
      sheet: e.read.sheet,
      index: e.read.index,
      nameCell: e.read.nameCell,
      cells,
      criteria,
      criteriaGroups,
      fulfilment,
      points: e.total,
      maxPoints: e.max,
      group: groupOf(fulfilment, options.bands),
      rank: ranks[ei],
      incomplete: e.incomplete || expected.some((id) => !cells[id]),
      belowMedian: fulfilment !== null && regionMedian !== null && fulfilment < regionMedian,
    };
  });

  // Criteria (blocks).
  const criteria: Criterion[] = blockOrder.map((b) => {
    const name = scheme.blocks[b].name;
    const values = entities.map((e) => e.criteria[name]).filter((v): v is number => v !== null && v !== undefined);
    return {
      label: name,
      id: String(b + 1),
      indicatorIds: ids.filter((id) => byId.get(id)!.blockIndex === b),
      mean: values.length > 0 ? mean(values) : null,
      median: values.length > 0 ? median(values) : null,
    };
  });

  // Deficits.
  const deficits: Deficit[] = [];
  const indicatorName = new Map(indicators.map((i) => [i.id, i.name]));
  scored.forEach((e) => {
    for (const b of e.blocks) {
      for (const p of b.positions) {
        // Empty cells of a row left blank, or of a present position, are no data (blankCells.ts).
        const noData = new Set(isBlankPosition(p.score) ? p.score.params : emptyParameters(p.score));
        for (const param of p.score.params) {
          if (!param.cell) continue;
          const base = {
            scope: 'cell' as const,
            entity: e.read.name,
            indicator: p.id,
            indicatorName: indicatorName.get(p.id) ?? p.read.label,
            criterion: b.scheme.name,
            cell: param.cell.address,
            value: param.cell.raw,
            threshold: null,
          };
          // A parameter not done is a deficit — not one whose cell says nothing readable (missing
          // or unreadable: reported as such, §3), nor a marked one in a row zeroed only because
          // its «наличие» is 0 (the inconsistency is reported; the deficit is the «наличие»).
          const notDone = param.points === 0 && !param.mark.marked && param.mark.issue !== 'missing' && param.mark.issue !== 'unreadable' && !noData.has(param);
          if (param.weight > 0 && notDone && !p.score.zeroedBySource) deficits.push({ ...base, kind: 'deficit' });
          if (param.weight < 0 && param.points < 0) deficits.push({ ...base, kind: 'attention' });
        }
      }
    }
  });
  for (const ind of indicators) {
    if (ind.level === null || ind.status === 'ok' || ind.status === null) continue;
    const critical = ind.status === 'critical';
    deficits.push({
      scope: 'indicator', kind: critical ? 'deficit' : 'attention', entity: null, indicator: ind.id, indicatorName: ind.name,
      criterion: ind.criterion, cell: null, value: ind.level, threshold: critical ? ind.critical : ind.target,
    });
  }
  for (const e of entities) {
    for (const name of blockNames) {
      if (e.criteriaGroups[name] === weakest && options.bands.length > 1) {
        deficits.push({
          scope: 'criterion', kind: 'group-3', entity: e.name, indicator: null, indicatorName: null,
          criterion: name, cell: null, value: e.criteria[name], threshold: weakestBound,
        });
      }
    }
    if (e.group === weakest && options.bands.length > 1) {
      deficits.push({
        scope: 'entity', kind: 'group-3', entity: e.name, indicator: null, indicatorName: null,
        criterion: null, cell: null, value: e.fulfilment, threshold: weakestBound,
      });
    }
    if (e.belowMedian) {
      deficits.push({
        scope: 'entity', kind: 'below-median', entity: e.name, indicator: null, indicatorName: null,
        criterion: null, cell: null, value: e.fulfilment, threshold: regionMedian,
      });
    }
  }

  return {
    layout: 'points',
    sheets: meta.sheets,
    title: meta.title,
    entityLabel: meta.entityLabel,
    transposed: false,
    headerRows: meta.headerRows,
    criteria,
    indicators,
    entities,
    pairs: [],
    shares: [],
    deficits,
    points: scored.map((e) => e.points),
    region: {
      mean: present.length > 0 ? mean(present) : null,
      median: regionMedian,
      entities: entities.length,
      complete: entities.filter((e) => !e.incomplete).length,
    },
  };
}
