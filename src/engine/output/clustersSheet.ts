/**
 * The «Кластеры» sheet (issue 4, METHODOLOGY §6): for every clustered table, a block of
 *   title and a line on the method (features, how k was chosen, silhouette);
 *   the cluster profiles — № кластера | Кластер | Численность | Доля | centre per feature (%) |
 *   Среднее | Самая слабая область | Рекомендуемые действия — and a column chart of the sizes;
 *   the one-dimensional view: groups of the overall result by Ckmeans (from, to, mean, size);
 *   every teacher or entity with its cluster (an Excel table): № | name | [municipality, school,
 *   subject for a roster] | № кластера | Кластер | feature values | Общий результат | Группа по
 *   общему результату — the name linked to its source cell.
 * Percentages are fractions with the 0.0% format, as on «Сводная».
 *
 * Example (a roster, k = 3):
 *   A1 «Кластеры: Результаты диагностики … (лист «Педагоги»)»
 *   A4 '№ кластера' | B4 'Кластер' | C4 'Численность' | D4 'Доля' | E4 'Предметные' | … | 'Рекомендуемые действия'
 *   A5 1 | B5 'Кластер 1 — наиболее низкие результаты' | C5 812 | D5 0.271 | E5 0.412 | … | '• Разработать ИОМ …'
 */

import { assembleSheet } from './assembleSheet';
import type { Analysis, TableAnalysis } from '../analysis';
import type { ClusterSummary } from '../clusterProfiles/types';
import type { ChartSpec, OutCell, OutputSheet, OutTable } from './plan';
import { Widths, header, number, percent, text, uniqueHeaders, tableName, NAME_WIDTH, NARROW_WIDTH, NUMBER_WIDTH } from './cells';
import { GROUP_COLORS } from './labels';
import { formatDecimalRu } from '../text/percent';

type Row = (OutCell | null)[];

const ACTIONS_WIDTH = 70;

/** True when some table of the analysis was clustered (the sheet is written). */
export function hasClusters(analysis: Analysis): boolean {
  return analysis.tables.some((t) => t.clusters && t.clusters.k > 0);
}

/** Colour of a cluster in the chart: red for the weakest, green for the strongest, yellow between. */
function clusterColor(cluster: number, k: number): string {
  if (k <= 1) return GROUP_COLORS[2];
  if (cluster === 1) return GROUP_COLORS[3];
  if (cluster === k) return GROUP_COLORS[1];
  return GROUP_COLORS[2];
}

function methodLine(c: ClusterSummary): string {
  const what = c.basis === 'criteria' ? 'выполнению критериев' : c.audience === 'teachers' ? 'результатам по областям' : 'показателям';
  const parts = [
    `Метод: k-средних по ${what} (${c.features.map((f) => `«${f}»`).join(', ')}; в % от максимума), кластеры пронумерованы от наиболее слабого профиля к наиболее сильному.`,
    c.kChoice.reason,
  ];
  if (c.silhouette !== null) parts.push(`Средний силуэт ${formatDecimalRu(c.silhouette, 2)} (чем ближе к 1, тем отчётливее кластеры).`);
  if (c.leftOut > 0) parts.push(`Не включены из-за пропусков: ${c.leftOut}.`);
  return parts.join(' ');
}

function heading(t: TableAnalysis, ti: number): string {
  const title = t.title && t.title.trim() !== '' ? t.title.trim() : `Таблица ${ti + 1}`;
  const sheets = t.sheets.map((s) => `«${s}»`).join(', ');
  return `Кластеры: ${title} (${t.sheets.length === 1 ? 'лист' : 'листы'} ${sheets})`;
}

export function buildClustersSheet(analysis: Analysis, name: string): OutputSheet {
  const rows: Row[] = [];
  const widths = new Widths();
  const tables: OutTable[] = [];
  const charts: ChartSpec[] = [];
  widths.wantAll([NARROW_WIDTH + 4, NAME_WIDTH]);

  analysis.tables.forEach((t, ti) => {
    const c = t.clusters;
    if (!c || c.k === 0) return;
    if (rows.length > 0) rows.push([], []);
    rows.push([text(heading(t, ti), 'title')]);
    rows.push([text(methodLine(c), 'note', { wrap: false })]);
    rows.push([]);

    // --- profiles ---------------------------------------------------------------------
    rows.push([text('Профили кластеров', 'subtitle')]);
    const profileHeaders = uniqueHeaders(['№ кластера', 'Кластер', 'Численность', 'Доля', ...c.features, 'Среднее', 'Самая слабая область', 'Рекомендуемые действия']);
    rows.push(profileHeaders.map(header));
    const firstProfile = rows.length;
    for (const p of c.clusters) {
      rows.push([
        number(p.cluster),
        text(p.name, undefined, { wrap: true }),
        number(p.size),
        percent(p.share),
        ...p.centre.map((v) => percent(v)),
        percent(p.mean),
        text(p.weakest),
        text(p.actions.map((a) => `• ${a}`).join('\n'), undefined, { wrap: true }),
      ]);
    }
    const lastProfile = rows.length - 1;
    widths.wantAll([NARROW_WIDTH + 4, NAME_WIDTH, NUMBER_WIDTH, NUMBER_WIDTH, ...c.features.map(() => NUMBER_WIDTH), NUMBER_WIDTH, 20, ACTIONS_WIDTH]);
    charts.push({
      type: 'column',
      title: 'Численность кластеров',
      categories: `B${firstProfile + 1}:B${lastProfile + 1}`,
      values: `C${firstProfile + 1}:C${lastProfile + 1}`,
      anchor: { row: firstProfile - 1, col: profileHeaders.length + 1 },
      pointColors: c.clusters.map((p) => clusterColor(p.cluster, c.k)),
    });

    // --- one-dimensional view ------------------------------------------------------------
    if (c.overall && c.overall.clusters.length > 0) {
      rows.push([]);
      rows.push([text(`Группы по общему результату (оптимальное одномерное разбиение Ckmeans, ${c.overall.k})`, 'subtitle')]);
      rows.push(['№ группы', 'Численность', 'От', 'До', 'Среднее'].map(header));
      for (const g of c.overall.clusters) rows.push([number(g.cluster), number(g.size), percent(g.min), percent(g.max), percent(g.centre)]);
    }

    // --- members -------------------------------------------------------------------------
    rows.push([]);
    rows.push([text(t.layout === 'roster' ? 'Педагоги и их кластеры' : 'Объекты и их кластеры', 'subtitle')]);
    const roster = t.roster;
    const personal = roster
      ? [
          ...(roster.columns.municipality ? ['Муниципалитет'] : []),
          ...(roster.columns.school ? ['Образовательная организация'] : []),
          ...(roster.columns.subject ? ['Предмет'] : []),
        ]
      : [];
    const memberHeaders = uniqueHeaders([
      '№',
      t.entityLabel && t.entityLabel.trim() !== '' ? t.entityLabel : 'Наименование',
      ...personal,
      '№ кластера',
      'Кластер',
      ...c.features,
      'Общий результат',
      'Группа по общему результату',
    ]);
    const headerRow = rows.length;
    rows.push(memberHeaders.map(header));
    widths.wantAll([NARROW_WIDTH + 4, NAME_WIDTH, ...personal.map(() => 28)]);
    const names = new Map(c.clusters.map((p) => [p.cluster, p.name]));
    const featureIndex = c.featureIds.map((id) => t.indicators.find((i) => i.id === id));
    for (const a of c.assignments) {
      const e = t.entities[a.entity];
      const teacher = roster?.teachers[a.entity];
      const row: Row = [number(a.entity + 1), text(a.name, undefined, { link: a.cell })];
      if (roster) {
        if (roster.columns.municipality) row.push(text(teacher?.municipality ?? null));
        if (roster.columns.school) row.push(text(teacher?.school ?? null));
        if (roster.columns.subject) row.push(text(teacher?.subject ?? null));
      }
      row.push(number(a.cluster), text(a.cluster !== null ? names.get(a.cluster) ?? null : 'не включён (пропуски)'));
      c.featureIds.forEach((id, j) => {
        if (c.basis === 'criteria') row.push(percent(e?.criteria[c.features[j]] ?? null));
        else {
          const s = featureIndex[j] ? e?.cells[id]?.score : null;
          row.push(percent(s === null || s === undefined ? null : s * 100));
        }
      });
      row.push(percent(e?.fulfilment ?? null), number(a.overallCluster));
      rows.push(row);
    }
    // The chart goes right of everything in the block (the member table may be wider than the profiles).
    charts[charts.length - 1].anchor.col = Math.max(profileHeaders.length, memberHeaders.length) + 1;
    if (c.assignments.length > 0) {
      tables.push({ name: tableName(name, ti + 1), headerRow, lastRow: rows.length - 1, columns: memberHeaders.length, style: 'TableStyleLight9' });
    }
  });

  return assembleSheet({ name, kind: 'clusters', rows, widths, tables, charts });
}
