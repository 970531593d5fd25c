/**
 * The «Сводная» sheet (METHODOLOGY §7): for every table read, a block of
 *   title row (table title and its sheets) and a subtitle (layout, thresholds);
 *   the entity table — № | entity | fulfilment per criterion | overall | points, max (points
 *   layout) | group | rank | «неполные данные» — as an Excel table with a colour scale and a
 *   chart of the overall result coloured by group;
 *   when the table was compared with the previous period, a last column «Динамика» (рост /
 *   снижение / без изменений, periods/summaryMarks.ts);
 *   region rows (mean, median), the number of entities and the group bands;
 *   indicator levels (id, name, criterion, kind, level, status);
 *   for counts tables, the shares: one row per entity with число / база / доля (and
 *   расхождение) per pair, as a second Excel table, then the pooled share and the mean and
 *   median of the shares (summaryShares.ts).
 * Shares and point totals are live formulas on the source cells when those hold plain numbers,
 * so editing a source cell updates the summary; the computed value is the cached result.
 *
 * Example (one matrix table with two criteria, entity table header on row 3):
 *   A3 '№' | B3 'Муниципальное образование' | C3 'Критерий 1' | D3 'Критерий 2' | E3 'Общее выполнение' | …
 *   A4 1   | B4 'Кировский'                 | C4 0.75 (0.0%) | D4 1 (0.0%)   | E4 0.857 (0.0%)        | …
 */

import { assembleSheet } from './assembleSheet';
import type { Analysis, EntityResult, Indicator, TableAnalysis } from '../analysis';
import { columnLetter } from '../address';
import type { ChartSpec, ColorScale, OutCell, OutputSheet, OutTable } from './plan';
import {
  Widths,
  formula,
  header,
  number,
  percent,
  text,
  uniqueHeaders,
  tableName,
  NAME_WIDTH,
  NARROW_WIDTH,
  NUMBER_WIDTH,
  CRITERION_WIDTH,
} from './cells';
import {
  GROUP_COLORS,
  INCOMPLETE_LABEL,
  KIND_LABELS,
  LAYOUT_LABELS,
  NO_GROUP_COLOR,
  REGION_LABEL,
  STATUS_LABELS,
} from './labels';
import { formatPercentBound } from '../options';
import { SUMMARY_CHANGE_HEADER, summaryChangeMarks } from '../periods/summaryMarks';
import { RowBlocks } from './rowBlocks';
import { writeShares } from './summaryShares';
import { writeRosterSummary } from './summaryRoster';
import { describedCounts, isDescriptiveTable } from '../compute/descriptive';

type Row = (OutCell | null)[];

/** Mean and median of counts, with one decimal (7,0; 6,5): «0.##» would show «7,» in Excel. */
const STAT_FORMAT = '0.0';

/** Style of a group cell: the strongest group green, the weakest red, the rest yellow. */
function groupStyle(group: number | null, groups: number): OutCell['style'] {
  if (group === null) return undefined;
  if (group === 1) return 'good';
  if (group >= groups) return 'deficit';
  return 'attention';
}

function sheetsPhrase(sheets: string[]): string {
  if (sheets.length === 0) return '';
  const list = sheets.map((s) => `«${s}»`).join(', ');
  return sheets.length === 1 ? `лист ${list}` : `листы ${list}`;
}

function hasPoints(t: TableAnalysis): boolean {
  return t.layout === 'points' || t.points.length > 0 || t.entities.some((e) => e.points !== undefined && e.points !== null);
}

/** Builds the summary sheet under `name` (which may be «Сводная (2)»). */
/** Entities above which Сводная draws no bar chart of the overall result. */
export const MAX_CHART_ENTITIES = 100;

export function buildSummarySheet(analysis: Analysis, name: string): OutputSheet {
  const rows = new RowBlocks();
  const widths = new Widths();
  const tables: OutTable[] = [];
  const charts: ChartSpec[] = [];
  const colorScales: ColorScale[] = [];
  let freeze: OutputSheet['freeze'];
  const groupsCount = Math.max(1, analysis.options.bands.length);
  const { target, critical } = analysis.options;

  widths.wantAll([NARROW_WIDTH, NAME_WIDTH]);

  if (analysis.tables.length === 0) {
    rows.push([text('Сводная', 'title')]);
    rows.push([text('Таблицы мониторинга не найдены.', 'note')]);
  }

  analysis.tables.forEach((t, ti) => {
    if (ti > 0) rows.push([], []);
    const blockStart = rows.length;
    const chartsBefore = charts.length;
    const heading = t.title && t.title.trim() !== '' ? t.title.trim() : `Таблица ${ti + 1}`;
    const where = sheetsPhrase(t.sheets);
    rows.push([text(where ? `${heading} (${where})` : heading, 'title')]);
    rows.push([
      text(
        `Вид таблицы: ${LAYOUT_LABELS[t.layout]}. Целевой уровень ${formatPercentBound(target)} %, критический ${formatPercentBound(critical)} %.`,
        'subtitle',
      ),
    ]);

    // A counts form whose shares are all descriptive (no threshold set, METHODOLOGY §4) has no
    // fulfilment, group or rank: a table of empty columns would read as a failure. Its rows are
    // the shares table below, with a sentence saying why nothing is ranked.
    const descriptive = isDescriptiveTable(t);
    if (descriptive) {
      rows.push([text('Доли описательные: общее выполнение, группы и место в рейтинге не рассчитываются — для долей не задан целевой уровень.', 'note')]);
      rows.push([]);
      rows.push([text('Доли: числитель / база', 'subtitle')]);
      const sharesTable = writeShares(t, rows, widths, tableName(name, `${ti + 1}_доли`));
      if (sharesTable) {
        tables.push(sharesTable);
        if (!freeze) freeze = { rows: sharesTable.headerRow + 1, columns: 2 };
      }
      writeCountStats(t, rows);
      return;
    }

    // --- entity table -------------------------------------------------------------------
    const points = hasPoints(t);
    const changeMarks = summaryChangeMarks(analysis, ti);
    const labels = [
      '№',
      t.entityLabel && t.entityLabel.trim() !== '' ? t.entityLabel : 'Наименование',
      ...t.criteria.map((c) => c.label),
      'Общее выполнение',
      ...(points ? ['Баллы', 'Максимум баллов'] : []),
      'Группа',
      'Место в рейтинге',
      'Полнота данных',
      ...(changeMarks ? [SUMMARY_CHANGE_HEADER] : []),
    ];
    const headers = uniqueHeaders(labels);
    const firstCrit = 2;
    const overallCol = firstCrit + t.criteria.length;
    const headerRow = rows.length;
    rows.push(headers.map(header));
    // Criterion labels are long («Критерий 2. Поддержка обновления …»): wider columns keep the header readable.
    widths.wantAll(headers.slice(2).map((_, i) => (i < t.criteria.length ? CRITERION_WIDTH : NUMBER_WIDTH)), 2);

    if (t.entities.length === 0) {
      rows.push([null, text('Строки с данными не найдены.', 'note')]);
    } else {
      t.entities.forEach((e, i) => rows.push(changeMarks ? [...entityRow(t, e, i, points, groupsCount), changeMarks(e.name)] : entityRow(t, e, i, points, groupsCount)));
      const lastRow = rows.length - 1;
      const table: OutTable = {
        name: tableName(name, ti + 1),
        headerRow,
        lastRow,
        columns: headers.length,
        style: 'TableStyleLight9',
      };
      tables.push(table);
      if (!freeze) freeze = { rows: headerRow + 1, columns: 2 };
      // Excel rows are 1-based: data rows are headerRow+2 … lastRow+1.
      const r1 = headerRow + 2;
      const r2 = lastRow + 1;
      colorScales.push({
        range: `${columnLetter(firstCrit)}${r1}:${columnLetter(overallCol)}${r2}`,
        low: GROUP_COLORS[3],
        mid: GROUP_COLORS[2],
        high: GROUP_COLORS[1],
      });
      // A bar per entity reads up to about a hundred bars; a roster of 3000 teachers or a region's
      // schools would be a grey wall (and a megabyte of chart cache), so larger tables get none.
      if (t.entities.length <= MAX_CHART_ENTITIES) charts.push({
        type: 'bar',
        title: `Общее выполнение: ${heading}`,
        categories: `B${r1}:B${r2}`,
        values: `${columnLetter(overallCol)}${r1}:${columnLetter(overallCol)}${r2}`,
        anchor: { row: headerRow, col: headers.length + 1 }, // moved right of the whole block below
        pointColors: t.entities.map((e) => (e.group !== null ? GROUP_COLORS[Math.min(e.group, 3)] ?? NO_GROUP_COLOR : NO_GROUP_COLOR)),
      });
    }

    // --- region rows ---------------------------------------------------------------------
    // A plan's rows are its measures, not territories: their mean is «По плану», not «Регион».
    const whole = t.layout === 'plan' ? 'По плану' : REGION_LABEL;
    const meanRow: Row = [null, text(`${whole}: среднее`, 'total')];
    const medianRow: Row = [null, text(`${whole}: медиана`, 'total')];
    t.criteria.forEach((c, ci) => {
      meanRow[firstCrit + ci] = percent(c.mean, 'total');
      medianRow[firstCrit + ci] = percent(c.median, 'total');
    });
    meanRow[overallCol] = percent(t.region.mean, 'total');
    medianRow[overallCol] = percent(t.region.median, 'total');
    rows.push(meanRow, medianRow);
    rows.push([
      null,
      text(`Всего: ${t.region.entities}, из них с полными данными: ${t.region.complete}.`, 'note'),
    ]);
    rows.push([
      null,
      text(`Группы: ${analysis.options.bands.map((b) => `${b.group} — ${b.label}`).join('; ')}.`, 'note'),
    ]);

    // --- indicator levels ---------------------------------------------------------------
    if (t.indicators.length > 0) {
      rows.push([]);
      rows.push([text('Уровень показателей по региону', 'subtitle')]);
      // Counts have no level: they are described by their sum, mean, median, min and max
      // (METHODOLOGY §4), in columns of their own when the table has any.
      const described = (ind: (typeof t.indicators)[number]) => (ind.kind === 'count' || ind.kind === 'number') && ind.stats !== null;
      const withStats = t.indicators.some(described);
      const statHeaders = withStats ? STAT_HEADERS : [];
      rows.push(['Код', 'Показатель', 'Критерий', 'Вид', 'Уровень по региону', 'Состояние', ...statHeaders].map(header));
      widths.wantAll([NARROW_WIDTH, NAME_WIDTH, 20, NUMBER_WIDTH, NUMBER_WIDTH, 16, ...statHeaders.map(() => NUMBER_WIDTH)]);
      for (const ind of t.indicators) {
        const status = ind.status;
        const row: Row = [
          text(ind.id, undefined, { link: ind.source.headerCell }),
          text(ind.name, undefined, { wrap: true }),
          text(ind.criterion, undefined, { wrap: true }),
          text(KIND_LABELS[ind.kind] ?? ind.kind),
          percent(ind.level),
          status
            ? text(STATUS_LABELS[status], status === 'ok' ? 'good' : status === 'attention' ? 'attention' : 'deficit')
            : { value: null },
        ];
        if (withStats && described(ind) && ind.stats) row.push(...statCells(ind.stats));
        rows.push(row);
      }
    }

    if (t.roster) writeRosterSummary(t.roster, rows, widths); // young teachers of a roster (summaryRoster.ts)

    // --- shares (counts) ----------------------------------------------------------------
    if (t.shares.length > 0) {
      rows.push([]);
      rows.push([text('Доли: числитель / база', 'subtitle')]);
      const sharesTable = writeShares(t, rows, widths, tableName(name, `${ti + 1}_доли`));
      if (sharesTable) tables.push(sharesTable);
    }

    // The chart goes to the right of everything in the block, so it covers no cell.
    const blockWidth = rows.widthFrom(blockStart);
    for (const c of charts.slice(chartsBefore)) c.anchor = { row: c.anchor.row, col: blockWidth + 1 };
  });

  return assembleSheet({ name, kind: 'summary', rows, widths, freeze, tables, charts, colorScales });
}

function entityRow(t: TableAnalysis, e: EntityResult, i: number, points: boolean, groups: number): Row {
  const row: Row = [number(i + 1), text(e.name, undefined, { link: e.nameCell })];
  for (const c of t.criteria) {
    const v = e.criteria[c.label] ?? null;
    row.push(percent(v));
  }
  row.push(percent(e.fulfilment));
  if (points) {
    const p = t.points.find((x) => x.entity === e.name);
    const total = e.points ?? p?.total ?? null;
    const max = e.maxPoints ?? p?.max ?? null;
    row.push(p?.formula && total !== null ? formula(`=${p.formula}`, total) : number(total));
    row.push(number(max));
  }
  const groupCell = number(e.group);
  const style = groupStyle(e.group, groups);
  if (style) groupCell.style = style;
  row.push(groupCell);
  row.push(number(e.rank));
  row.push(e.incomplete ? text(INCOMPLETE_LABEL, 'attention') : { value: null });
  return row;
}

/**
 * The counts of a descriptive counts form that are no base of a share («Количество
 * наставников»), each with its sum, mean, median, least and greatest (METHODOLOGY §4): the
 * shares table above shows only the pairs.
 */
function writeCountStats(t: TableAnalysis, rows: RowBlocks): void {
  const counts = describedCounts(t).filter((ind) => ind.stats !== null);
  if (counts.length === 0) return;
  rows.push([], [text('Количественные показатели', 'subtitle')]);
  rows.push(['Код', 'Показатель', ...STAT_HEADERS].map(header));
  for (const ind of counts) rows.push([text(ind.id, undefined, { link: ind.source.headerCell }), text(ind.name, undefined, { wrap: true }), ...statCells(ind.stats!)]);
}

const STAT_HEADERS = ['Сумма', 'Среднее', 'Медиана', 'Мин.', 'Макс.'];

/** A count's sum, mean, median, least and greatest, in the order of STAT_HEADERS. */
function statCells(st: NonNullable<Indicator['stats']>): OutCell[] {
  return [number(st.sum), number(st.mean, STAT_FORMAT), number(st.median, STAT_FORMAT), number(st.min), number(st.max)];
}
