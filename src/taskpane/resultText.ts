/**
 * The sentences of the pane's short result: groups with their members, critical indicators,
 * the entities most in deficit. Pure, so they are tested as text.
 *
 * Example:
 *   groupLine({ group: 1, label: '80–100 %', count: 3, names: ['Кировский', 'Лужский', 'Тосненский'] },
 *             ['район', 'района', 'районов'])
 *   // → 'Группа 1 (80–100 %): 3 района — Кировский, Лужский, Тосненский'
 */

import type { PluralForms } from '../engine/text/plural';
import { clusterLevel } from '../engine/clusterProfiles/clusterLevel';
import { countText, formatCount, formatPercent } from './format';
import type { ChangesView, ClusterProfileView, ClustersView, CriticalIndicator, DeficitEntity, GroupSummary, TableRecognition } from './summaryTypes';

const DEFICIT_CELLS: PluralForms = ['дефицит', 'дефицита', 'дефицитов'];
const INDICATORS: PluralForms = ['показатель', 'показателя', 'показателей'];
const CRITERIA: PluralForms = ['критерий', 'критерия', 'критериев'];

/** «A, B, C» or «A, B, C и ещё 97» when the list was cut. */
export function namesList(names: readonly string[], total: number): string {
  const shown = names.join(', ');
  const rest = total - names.length;
  return rest > 0 ? `${shown} и ещё ${formatCount(rest)}` : shown;
}

/** «Группа 1 (80–100 %): 3 района — A, B, C»; an empty group: «Группа 3 (менее 50 %): нет». */
export function groupLine(g: GroupSummary, forms: PluralForms): string {
  const head = `Группа ${g.group} (${g.label})`;
  if (g.count === 0) return `${head}: нет`;
  return `${head}: ${countText(g.count, forms)} — ${namesList(g.names, g.count)}`;
}

/** «2.7. Наличие мероприятий … — 0 % (критический уровень 50 %)». */
export function criticalIndicatorLine(i: CriticalIndicator, critical: number): string {
  return `${i.name} — ${formatPercent(i.level)} (критический уровень ${formatPercent(critical)})`;
}

/** «Малгобекский район: 4 дефицита, выполнение 61 %». */
export function deficitEntityLine(e: DeficitEntity): string {
  return `${e.name}: ${countText(e.deficits, DEFICIT_CELLS)}, выполнение ${formatPercent(e.fulfilment)}`;
}

/** «Найдено: 5 муниципалитетов, 3 критерия, 15 показателей». */
export function recognitionHeadline(t: TableRecognition): string {
  const parts = [countText(t.entityCount, t.entity.forms)];
  if (t.criteria.length > 0) parts.push(countText(t.criteria.length, CRITERIA));
  parts.push(countText(t.indicatorCount, INDICATORS));
  return `Найдено: ${parts.join(', ')}`;
}

/** «Результаты записаны на листы «Сводная», «Дефициты» и «Проверка данных».» */
export function writtenSheetsText(sheets: readonly string[]): string {
  if (sheets.length === 0) return 'Листы с результатами не записаны.';
  const quoted = sheets.map((s) => `«${s}»`);
  if (quoted.length === 1) return `Результаты записаны на лист ${quoted[0]}.`;
  return `Результаты записаны на листы ${quoted.slice(0, -1).join(', ')} и ${quoted[quoted.length - 1]}.`;
}

/** «Кластер 1 — наиболее низкие результаты: 750 (25,1 %), средний результат 41,6 %, слабее всего «Цифровые»». */
export function clusterProfileLine(p: ClusterProfileView, forms: PluralForms): string {
  const weakest = p.weakest ? `, слабее всего «${p.weakest}»` : '';
  const level = clusterLevel(p);
  return `${p.name}: ${countText(p.size, forms)} (${formatPercent(p.share)}), ${level.label} ${formatPercent(level.value)}${weakest}`;
}

/** «Центр: Предметные 44,9 %, Методические 40,1 %, …» — the profile in the features' order. */
export function clusterCentreLine(c: ClustersView, p: ClusterProfileView): string {
  return `Центр: ${c.features.map((f, i) => `${f} ${formatPercent(p.centre[i])}`).join(', ')}`;
}

/** «3 кластера (выбрано по среднему силуэту (0,58)) по признакам: …; без кластера — 7 (пропуски)». */
export function clustersHeadline(c: ClustersView): string {
  const left = c.leftOut > 0 ? `; не вошли из-за пропусков: ${formatCount(c.leftOut)}` : '';
  return `${countText(c.k, ['кластер', 'кластера', 'кластеров'])} (${c.kText}) по признакам: ${c.features.join(', ')}${left}.`;
}

/** «рост на 2,5 п.п.», «снижение на 1 п.п.», «без изменений». */
export function changeText(pp: number | null): string {
  if (pp === null) return 'нет данных для сравнения';
  if (pp === 0) return 'без изменений';
  const abs = formatPercent(Math.abs(pp)).replace(' %', ' п.п.');
  return `${pp > 0 ? 'рост' : 'снижение'} на ${abs}`;
}

/** The change since the previous period in two to four sentences; a status nobody has is left out. */
export function changesLines(c: ChangesView, forms: PluralForms): string[] {
  const region = changeText(c.regionChange);
  const lines = [`По сравнению с периодом «${c.previousLabel}»: общий результат по региону — ${region}${region.endsWith('.') ? '' : '.'}`];
  const parts = [
    c.improved > 0 ? `улучшили результат — ${countText(c.improved, forms)}` : null,
    c.declined > 0 ? `снизили — ${countText(c.declined, forms)}` : null,
    c.unchanged > 0 ? `без изменений — ${countText(c.unchanged, forms)}` : null,
  ].filter((p): p is string => p !== null);
  if (parts.length > 0) lines.push(`${parts.join('; ').replace(/^./, (ch) => ch.toUpperCase())}.`);
  if (c.onlyCurrent.length > 0) lines.push(`Только в периоде «${c.currentLabel}»: ${namesList(c.onlyCurrent, c.onlyCurrentTotal)}.`);
  if (c.onlyPrevious.length > 0) lines.push(`Только в периоде «${c.previousLabel}»: ${namesList(c.onlyPrevious, c.onlyPreviousTotal)}.`);
  return lines;
}
