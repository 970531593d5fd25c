/**
 * A plan table as the engine's common result (TableAnalysis, layout 'plan'), so that Сводная,
 * Дефициты, the highlights, the note and the JSON treat it like any other table:
 *
 *   - entities are the plan items (name = the measure as written);
 *   - criterion 1 «Оформление пункта плана» holds the §5 «Меры» parameters — 1.1 measure
 *     stated, 1.2 dates stated, 1.3 responsible stated (yes/no); criterion 2 «Выполнение»
 *     holds 2.1 «Результат указан» when the table has a result column;
 *   - an item's fulfilment is the mean of its yes/no scores × 100; groups and ranks as usual;
 *   - the level of 2.1 is the share of items done;
 *   - deficits: an item without a result (or with a refusal) → 'deficit' on the result cell; one
 *     that is under way → 'attention'; missing dates or responsible → 'attention' on that cell;
 *     indicators below target / critical → problem zones as in §4.
 *
 * Example (seed 001, 15 items, one without a result):
 *   planTable(...).indicators.find((i) => i.id === '2.1')!.level // → 93.33… (14 of 15 done)
 */

import { mean, median } from 'simple-statistics';
import type { Criterion, Deficit, EntityResult, Indicator, ScoredCell, TableAnalysis } from '../../analysis';
import type { SheetGrid } from '../../grid';
import type { AnalysisOptions } from '../../options';
import { cellAddress } from '../../address';
import { statusOf } from '../../compute/levels';
import { competitionRanks } from '../../compute/ranks';
import { groupOf } from '../../compute/groups';
import type { PlanColumns } from './planHeader';
import type { PlanItem } from './planItems';
import { reaches } from '../../compute/bound';

export const PLAN_CRITERIA = { form: 'Оформление пункта плана', done: 'Выполнение' } as const;
export const PLAN_ENTITY_LABEL = 'Мероприятие';

interface Param {
  id: string;
  name: string;
  criterion: string;
  col: number;
  score(it: PlanItem): number;
  cellRow(it: PlanItem): number;
}

export function planTable(sheet: SheetGrid, cols: PlanColumns, items: PlanItem[], options: AnalysisOptions): TableAnalysis {
  const addr = (r: number, c: number) => cellAddress(sheet.name, sheet.startRow + r, sheet.startCol + c);
  const params: Param[] = [
    { id: '1.1', name: 'Мероприятие указано', criterion: PLAN_CRITERIA.form, col: cols.measure, score: () => 1, cellRow: (it) => it.row },
    {
      id: '1.2',
      name: cols.dates !== null ? 'Сроки указаны' : 'Сроки указаны (в тексте мероприятия или результата)',
      criterion: PLAN_CRITERIA.form,
      col: cols.dates ?? cols.measure,
      score: (it) => (it.hasDates ? 1 : 0),
      cellRow: (it) => it.row,
    },
  ];
  if (cols.responsible !== null) {
    params.push({ id: '1.3', name: 'Ответственный указан', criterion: PLAN_CRITERIA.form, col: cols.responsible, score: (it) => (it.hasResponsible ? 1 : 0), cellRow: (it) => it.row });
  }
  if (cols.result !== null) {
    params.push({ id: '2.1', name: 'Результат указан (мероприятие выполнено)', criterion: PLAN_CRITERIA.done, col: cols.result, score: (it) => (it.state === 'done' ? 1 : 0), cellRow: (it) => it.resultRow });
  }

  const criteriaLabels = [...new Set(params.map((p) => p.criterion))];
  const threshold = (id: string) => ({
    target: options.indicatorThresholds[id]?.target ?? options.target,
    critical: options.indicatorThresholds[id]?.critical ?? options.critical,
  });

  const indicators: Indicator[] = params.map((p) => {
    const scores = items.map((it) => p.score(it));
    const level = scores.length > 0 ? (scores.reduce((a, b) => a + b, 0) / scores.length) * 100 : null;
    const { target, critical } = threshold(p.id);
    return {
      id: p.id,
      name: p.name,
      criterion: p.criterion,
      kind: 'binary',
      source: { sheet: sheet.name, index: sheet.startCol + p.col, header: cols.headers[p.col] ?? p.name, headerCell: addr(cols.row, p.col) },
      level,
      status: statusOf(level, target, critical),
      target,
      critical,
      withData: items.length,
      missing: 0,
      stats: null,
    };
  });

  const entities: EntityResult[] = items.map((it) => {
    const cells: Record<string, ScoredCell> = {};
    for (const p of params) {
      const r = p.cellRow(it);
      const raw = sheet.values[r]?.[p.col] ?? null;
      const s = p.score(it);
      cells[p.id] = { cell: addr(r, p.col), raw: raw === undefined ? null : raw, score: s, value: s, plain: false };
    }
    const criteria: Record<string, number | null> = {};
    for (const label of criteriaLabels) {
      const xs = params.filter((p) => p.criterion === label).map((p) => p.score(it));
      criteria[label] = (xs.reduce((a, b) => a + b, 0) / xs.length) * 100;
    }
    const all = params.map((p) => p.score(it));
    const fulfilment = options.weighting === 'criteria'
      ? Object.values(criteria).reduce<number>((a, b) => a + (b ?? 0), 0) / criteriaLabels.length
      : (all.reduce((a, b) => a + b, 0) / all.length) * 100;
    const name = it.number ? `${it.number.replace(/\.$/, '')}. ${it.measure}` : it.measure;
    return {
      name,
      sheet: sheet.name,
      index: sheet.startRow + it.row,
      nameCell: addr(it.row, cols.measure),
      cells,
      criteria,
      criteriaGroups: Object.fromEntries(criteriaLabels.map((l) => [l, groupOf(criteria[l], options.bands)])),
      fulfilment,
      group: groupOf(fulfilment, options.bands),
      rank: null,
      incomplete: false,
      belowMedian: false,
    };
  });
  const ranks = competitionRanks(entities.map((e) => e.fulfilment));
  const values = entities.map((e) => e.fulfilment as number);
  const med = values.length > 0 ? median(values) : null;
  entities.forEach((e, i) => {
    e.rank = ranks[i];
    e.belowMedian = med !== null && !reaches(e.fulfilment as number, med);
  });

  const criteria: Criterion[] = criteriaLabels.map((label, k) => {
    const xs = entities.map((e) => e.criteria[label]).filter((x): x is number => x !== null);
    return {
      label,
      id: String(k + 1),
      indicatorIds: params.filter((p) => p.criterion === label).map((p) => p.id),
      mean: xs.length > 0 ? mean(xs) : null,
      median: xs.length > 0 ? median(xs) : null,
    };
  });

  const deficits: Deficit[] = [];
  items.forEach((it, i) => {
    const e = entities[i];
    for (const p of params) {
      if (p.id === '1.1') continue;
      const c = e.cells[p.id];
      let kind: Deficit['kind'] | null = null;
      if (p.id === '2.1') kind = it.state === 'done' ? null : it.state === 'in-progress' ? 'attention' : 'deficit';
      else if (c.score === 0) kind = 'attention';
      if (!kind) continue;
      const { critical, target } = threshold(p.id);
      deficits.push({
        scope: 'cell',
        kind,
        entity: e.name,
        indicator: p.id,
        indicatorName: p.name,
        criterion: p.criterion,
        cell: c.cell,
        value: c.raw,
        threshold: kind === 'deficit' ? critical : target,
      });
    }
  });
  for (const ind of indicators) {
    if (ind.level === null || ind.status === 'ok' || ind.status === null) continue;
    deficits.push({
      scope: 'indicator',
      kind: ind.status === 'critical' ? 'deficit' : 'attention',
      entity: null,
      indicator: ind.id,
      indicatorName: ind.name,
      criterion: ind.criterion,
      cell: null,
      value: ind.level,
      threshold: ind.status === 'critical' ? ind.critical : ind.target,
    });
  }

  const title = titleAbove(sheet, cols.row);
  // A loop, not Math.max(...spread): a plan can be long enough to pass the argument limit.
  let lastRow = cols.row;
  for (const it of items) lastRow = Math.max(lastRow, it.row, it.resultRow);
  return {
    layout: 'plan',
    sheets: [sheet.name],
    title,
    entityLabel: cols.headers[cols.measure] ?? PLAN_ENTITY_LABEL,
    transposed: false,
    headerRows: [{
      sheet: sheet.name,
      first: sheet.startRow + cols.row,
      last: sheet.startRow + lastRow,
      headerLast: sheet.startRow + cols.row,
      dataFirst: sheet.startRow + cols.row + 1,
    }],
    criteria,
    indicators,
    entities,
    pairs: [],
    shares: [],
    deficits,
    points: [],
    region: {
      mean: values.length > 0 ? mean(values) : null,
      median: med,
      entities: entities.length,
      complete: entities.length,
    },
  };
}

/** The first text above the header (the report's title, e.g. «ОТЧЕТ О выполнении Плана …»), joined over two rows. */
function titleAbove(sheet: SheetGrid, headerRow: number): string | null {
  const parts: string[] = [];
  for (let r = 0; r < headerRow; r++) {
    for (const v of sheet.values[r] ?? []) {
      if (typeof v === 'string' && v.trim() !== '') {
        parts.push(v.replace(/\s+/g, ' ').trim());
        break;
      }
    }
  }
  return parts.length > 0 ? parts.join(' ') : null;
}
