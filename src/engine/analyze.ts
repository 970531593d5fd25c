/**
 * The engine's entry: a workbook grid in, the analysis out. Finds the tables on the sheets
 * (points sheets first, since their template is the most specific; then plan / measures
 * tables; then teacher rosters; then indicator matrices and counts forms), computes everything,
 * clusters the entities of matrix and points tables (at least 6), and collects the problems. The recommendations in force (built in, or adapted on a «Рекомендации» sheet) are
 * attached; sheets named in `previousSheets` are analysed on their own and compared with the
 * rest (`changes`).
 *
 * Example:
 *   const analysis = analyzeWorkbook({ sheets: [sheet] }, { target: 80, critical: 50 });
 *   analysis.tables[0].entities[0].fulfilment // → 85.7
 */

import type { WorkbookGrid, SheetGrid } from './grid';
import type { Analysis } from './analysis';
import { resolveOptions, type AnalysisOptionsInput } from './options';
import { ProblemList } from './problems';
import { readTabularSheets } from './layouts/readTabular';
import { readPointsSheets } from './points/readPoints';
import { loadScheme } from './points/scheme';
import { isServiceSheetName } from './sheetNames';
import { readPlanSheets } from './layouts/plan/readPlan';
import { readRosterSheets } from './layouts/roster/readRoster';
import { attachEntityClusters } from './clusterProfiles/entityClusters';
import { readWorkbookRecommendations } from './recommendations/sheet';
import { comparePeriods } from './periods/comparePeriods';
import { periodNotices } from './periods/periodNotices';
import { splitByPeriodColumn, type PeriodSplit } from './periods/periodColumn';

/** Raised when nothing in the workbook looks like a monitoring table. The message is Russian. */
export class NoTableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NoTableError';
  }
}

export function analyzeWorkbook(workbook: WorkbookGrid, input: AnalysisOptionsInput = {}): Analysis {
  const options = resolveOptions(input);
  const problems = new ProblemList();
  if (workbook.sheets.length === 0) throw new NoTableError('В книге нет ни одного листа.');

  // Sheets of the previous period are analysed on their own and compared, never mixed in.
  const previousNames = options.previousSheets ?? [];
  let candidates: SheetGrid[] = workbook.sheets.filter((s) => !isServiceSheetName(s.name) && !previousNames.includes(s.name));
  if (options.sheets.length > 0 || previousNames.length > 0) {
    const missing = [...options.sheets, ...previousNames].filter((n) => !workbook.sheets.some((s) => s.name === n));
    if (missing.length > 0) {
      throw new NoTableError(`В книге нет листа «${missing[0]}».`);
    }
    if (options.sheets.length > 0) candidates = workbook.sheets.filter((s) => options.sheets.includes(s.name) && !previousNames.includes(s.name));
  }

  const scheme = loadScheme(workbook, problems);
  const points = readPointsSheets(candidates, scheme, options, problems);
  const rest = candidates.filter((s) => !points.consumed.includes(s.name));
  // Plan tables before the matrix reader, which would take their text columns for indicators.
  const plans = readPlanSheets(rest, options, problems);
  // Rosters before the matrix reader, which would take age and experience for indicators.
  const afterPlans = rest.filter((s) => !plans.consumed.includes(s.name));
  const rosters = readRosterSheets(afterPlans, options, problems);
  // A table with a period column («Год»): the latest period is read as the table, the one
  // before it becomes the previous period (periods/periodColumn.ts).
  const splits: PeriodSplit[] = [];
  const tabularSheets = afterPlans
    .filter((s) => !rosters.consumed.includes(s.name))
    .map((s) => {
      const split = splitByPeriodColumn(s, problems);
      if (!split) return s;
      splits.push(split);
      return split.current;
    });
  const tabular = readTabularSheets(tabularSheets, options, problems);
  attachEntityClusters([...points.tables, ...tabular.tables], options, problems);
  const tables = [...points.tables, ...plans.tables, ...rosters.tables, ...tabular.tables];
  if (tables.length === 0) {
    const names = candidates.map((s) => `«${s.name}»`).join(', ');
    throw new NoTableError(
      candidates.length === 0
        ? 'В книге нет листов с данными для анализа.'
        : `На листах ${names} не найдено таблицы мониторинга: нужны строка заголовков и строки с названиями муниципалитетов (организаций) и значениями показателей.`,
    );
  }
  for (const o of options.pairs) {
    if (!tables.some((t) => t.sheets.includes(o.sheet))) {
      problems.warning(null, o.sheet, 'pairing', `Пара столбцов ${o.numerator}/${o.base} из настроек не применена: на листе «${o.sheet}» нет разобранной таблицы.`);
    }
  }
  // Keep workbook order for tables and problems.
  const order = new Map(workbook.sheets.map((s, i) => [s.name, i]));
  tables.sort((a, b) => (order.get(a.sheets[0]) ?? 0) - (order.get(b.sheets[0]) ?? 0));
  const recommendations = readWorkbookRecommendations(workbook, problems, options.bands.length);
  const analysis: Analysis = { tables, problems: problems.items, options, sheets: workbook.sheets.map((s) => s.name), recommendations };
  const files = new Set(workbook.sheets.map((s) => s.source).filter((f): f is string => !!f));
  if (files.size > 1) analysis.sources = Object.fromEntries(workbook.sheets.filter((s) => s.source).map((s) => [s.name, s.source as string]));
  const withPrevious = splits.filter((s) => s.previous !== null);
  if (splits.length > 0 && !input.period) {
    // The note names the period the table's rows are from, not a span a title may state.
    analysis.options = { ...options, period: splits[0].periods[splits[0].periods.length - 1].label };
  }
  if (withPrevious.length > 0 && previousNames.length > 0) {
    problems.info(null, withPrevious[0].sheet, 'periods',
      `Прошлый период задан листами ${previousNames.map((n) => `«${n}»`).join(', ')}: сравнение идёт с ними, а столбец «${withPrevious[0].header}» на листе «${withPrevious[0].sheet}» определяет только текущий период (${withPrevious[0].periods[withPrevious[0].periods.length - 1].label}).`);
  }
  if (withPrevious.length > 0 && previousNames.length === 0) {
    const service = workbook.sheets.filter((s) => isServiceSheetName(s.name));
    const previous = analyzeWorkbook(
      { sheets: [...withPrevious.map((s) => s.previous!), ...service] },
      { ...input, sheets: withPrevious.map((s) => s.sheet), previousSheets: [], period: undefined },
    );
    // The previous period's findings in its own rows (an unreadable cell of 2023) are the user's
    // cells too; sheet-wide notes of that run would only repeat this one's.
    const seen = new Set(problems.items.map((p) => `${p.cell}|${p.message}`));
    for (const p of previous.problems) {
      if (p.cell !== null && p.severity !== 'info' && !seen.has(`${p.cell}|${p.message}`)) problems.add(p);
    }
    analysis.changes = comparePeriods(previous, analysis);
    const first = withPrevious[0].periods;
    analysis.changes.previousLabel = first[first.length - 2].label;
    analysis.changes.currentLabel = first[first.length - 1].label;
    periodNotices(analysis.changes, problems);
  }
  if (previousNames.length > 0) {
    let previous: Analysis;
    try {
      previous = analyzeWorkbook(workbook, { ...input, sheets: previousNames, previousSheets: [] });
    } catch (e) {
      if (e instanceof NoTableError) throw new NoTableError(`Предыдущий период: ${e.message}`);
      throw e;
    }
    // The previous period's cell findings belong to its own sheets; service-sheet findings are already here.
    for (const p of previous.problems) if (p.sheet !== null && previousNames.includes(p.sheet)) problems.add(p);
    analysis.changes = comparePeriods(previous, analysis);
    periodNotices(analysis.changes, problems);
  }
  return analysis;
}
