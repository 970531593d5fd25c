/**
 * «Кластеры» in the note (issue 4; seed 004 asks for «элементы кластеризации» in the analysis,
 * seed 002 for two poles of teacher support): how the table was clustered and on what, then
 * each cluster from the weakest profile to the strongest — its size and share, its mean and
 * weakest feature — with its members when they are municipalities or schools (a roster's
 * teachers are counted, not named: the names are on the sheet «Кластеры»). The one-dimensional
 * view (Ckmeans on the overall result) is left to the sheet. Numbers are those of «Кластеры».
 *
 * Example (the Ingushetia-like matrix, k = 2):
 *   'Кластер 1 — наиболее низкие результаты: 3 муниципальных образования (42,9 %), средний результат 41,2 %, слабее всего — «Критерий 2» (20,0 %): Малгобекский район и г. Малгобек, …'
 */

import { countRu } from '../../text/plural';
import { clusterLevel } from '../../clusterProfiles/clusterLevel';
import { formatPercentRu, formatDecimalRu } from '../../text/percent';
import { joinNamesRu, joinRu } from '../../text/list';
import type { NoteParagraph } from '../document';
import { item, text, type SectionDraft, type TableContext } from '../context';

const TEACHERS = ['педагог', 'педагога', 'педагогов'] as const;

export function clustersSection(ctx: TableContext): SectionDraft | null {
  const { table: t, noun } = ctx;
  const c = t.clusters;
  if (!c || c.k < 2 || c.clusters.length === 0) return null;
  const forms = c.audience === 'teachers' ? [...TEACHERS] as [string, string, string] : noun.forms;
  const p: NoteParagraph[] = [];
  const on = c.basis === 'criteria' ? 'по выполнению критериев' : c.audience === 'teachers' ? 'по результатам областей диагностики' : 'по показателям';
  const how = c.kChoice.how === 'silhouette' && c.silhouette !== null
    ? `число кластеров выбрано по наибольшему среднему силуэту (${formatDecimalRu(c.silhouette, 2)})`
    : `число кластеров задано (${c.k})`;
  p.push(text(`${c.audience === 'teachers' ? 'Педагоги разделены' : `${capitalised(noun.plural)} разделены`} методом k-средних на ${countRu(c.k, ['кластер', 'кластера', 'кластеров'])} ${on} (${joinRu(c.features.map((f) => `«${f}»`))}); ${how}.`));
  for (const k of c.clusters) {
    const members = c.assignments.filter((a) => a.cluster === k.cluster).map((a) => ctx.labels.ofCell(a.name, a.cell));
    const weakestAt = k.weakest !== null ? c.features.indexOf(k.weakest) : -1;
    const weakest = weakestAt >= 0 ? `, слабее всего — «${k.weakest}» (${formatPercentRu(k.centre[weakestAt])})` : '';
    const named = c.audience === 'entities' ? `: ${joinNamesRu(members, noun, 12)}` : '';
    const level = clusterLevel(k);
    p.push(item(`${k.name}: ${countRu(k.size, forms)} (${formatPercentRu(k.share)}), ${level.label} ${formatPercentRu(level.value)}${weakest}${named}.`, c.audience === 'entities' ? members : undefined));
  }
  if (c.leftOut > 0) p.push(text(`Не вошли в кластеры из-за пропусков в данных: ${countRu(c.leftOut, forms)}.`));
  if (c.silhouette !== null && c.silhouette < 0.25) {
    p.push({ kind: 'caution', text: `Средний силуэт ${formatDecimalRu(c.silhouette, 2)} ниже 0,25: выраженных групп в данных нет, деление на кластеры условно.` });
  }
  p.push(text('Профили кластеров, рекомендуемые действия и состав каждого кластера — на листе «Кластеры».'));
  return { key: 'clusters', title: 'Кластеры', paragraphs: p };
}

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
