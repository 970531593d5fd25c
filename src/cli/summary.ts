/**
 * A short Russian report of an analysis, for people at a terminal (`npm run analyze` without
 * --json, `npm run demo`): per table its layout, sheets, entities and indicators, the groups with
 * their members, the young teachers of a roster, the clusters, the number of deficits; then the
 * number of data problems.
 *
 * Example:
 *   summaryLines(analysis)
 *   // → ['Матрица показателей — лист «Мониторинг РМС»: 5 муниципалитетов, 15 показателей.',
 *   //     '  группа 1 (80–100 %): г. Магас и г. Назрань, …',
 *   //     '  дефицитов и зон внимания: 21',
 *   //     'Проблем в данных: 2 ошибки, 1 предупреждение.']
 */

import type { Analysis, LayoutKind, TableAnalysis } from '../engine/analysis';
import { countRu, type PluralForms } from '../engine/text/plural';
import { LAYOUT_LABELS } from '../engine/output/labels';
import { youngTeachersSentence } from '../engine/output/summaryRoster';
import { columnLetter } from '../engine/address';
import { tableNoun } from '../engine/text/entityNoun';

/** How many count/base pairs a report line lists before «…». */
const PAIR_LIMIT = 6;

/** «D «из них молодых» / C «Всего педагогов» (по заголовку)»: letters first, so `--pair` can be typed from it. */
function pairText(p: TableAnalysis['pairs'][number]): string {
  const col = (l: { index: number; header: string; transposed?: boolean }) => (l.transposed ? `строка ${l.index + 1}` : columnLetter(l.index));
  return `${col(p.numerator)} «${p.numerator.header}» / ${col(p.base)} «${p.base.header}»${p.declared ? `, доля ${col(p.declared)}` : ''}: ${p.reason}`;
}

/** Layout name with a capital letter, for the start of a report line. */
const layoutName = (layout: LayoutKind): string => {
  const label = LAYOUT_LABELS[layout] ?? layout;
  return label.charAt(0).toUpperCase() + label.slice(1);
};

const count = (n: number, forms: PluralForms) => countRu(n, forms);

function sheetsText(t: TableAnalysis): string {
  const names = t.sheets.map((s) => `«${s}»`);
  if (names.length === 1) return `лист ${names[0]}`;
  if (names.length <= 4) return `листы ${names.join(', ')}`;
  return `${count(names.length, ['лист', 'листа', 'листов'])} (${names.slice(0, 3).join(', ')}, …)`;
}

function membersText(names: string[], limit = 6): string {
  return names.length <= limit ? names.join(', ') : `${names.slice(0, limit).join(', ')} и ещё ${names.length - limit}`;
}

function tableLines(t: TableAnalysis, analysis: Analysis): string[] {
  const lines: string[] = [];
  const indicators = t.indicators.length;
  lines.push(
    `${layoutName(t.layout)}${t.transposed ? ' (перевёрнутая)' : ''} — ${sheetsText(t)}: ` +
      (t.layout === 'roster'
        ? `${count(t.entities.length, ['педагог', 'педагога', 'педагогов'])}, ${count(indicators, ['область диагностики', 'области диагностики', 'областей диагностики'])}.`
        : `${count(t.entities.length, tableNoun(t, t.entities.slice(0, 50).map((e) => e.name)).forms)}, ${count(indicators, ['показатель', 'показателя', 'показателей'])}.`),
  );
  if (t.entities.length > 0 && t.entities.some((e) => e.group !== null)) {
    for (const band of analysis.options.bands) {
      const members = t.entities.filter((e) => e.group === band.group).map((e) => e.name);
      lines.push(`  группа ${band.group} (${band.label}): ${members.length === 0 ? 'нет' : membersText(members)}`);
    }
  }
  if (t.pairs.length > 0) {
    // The hint shows the option on the first pair's own columns: «D/C» on a form whose pair is C/B misled.
    const first = t.pairs[0];
    const hint = t.pairs.every((p) => p.manual) || first.numerator.transposed
      ? ''
      : ` (поправить: --pair "${first.sheet}!${columnLetter(first.numerator.index)}/${columnLetter(first.base.index)}" — количество в ${columnLetter(first.numerator.index)}, база в ${columnLetter(first.base.index)})`;
    lines.push(`  пары «количество / база»${hint}:`);
    for (const p of t.pairs.slice(0, PAIR_LIMIT)) lines.push(`    ${pairText(p)}`);
    if (t.pairs.length > PAIR_LIMIT) lines.push(`    и ещё ${t.pairs.length - PAIR_LIMIT}`);
  }
  const region = t.shares.filter((s) => s.entity === null && s.share !== null);
  if (region.length > 0) {
    const shown = region.slice(0, 3).map((s) => `${s.indicator} — ${s.share!.toFixed(1).replace('.', ',')} %`);
    lines.push(`  доли по региону: ${shown.join('; ')}${region.length > 3 ? '; …' : ''}`);
  }
  if (t.roster) {
    const y = youngTeachersSentence(t.roster);
    lines.push(`  ${y.charAt(0).toLowerCase()}${y.slice(1)}`);
  }
  if (t.clusters && t.clusters.k > 0) {
    lines.push(`  кластеры (${t.clusters.k}): ${t.clusters.clusters.map((c) => `${c.cluster} — ${c.label} (${c.size})`).join('; ')}`);
  }
  const ch = analysis.changes?.tables.find((x) => x.table === analysis.tables.indexOf(t));
  if (analysis.changes && ch) {
    const n = (s: string) => ch.entities.filter((e) => e.status === s).length;
    lines.push(`  сравнение с периодом «${analysis.changes.previousLabel}»: рост — ${n('improved')}, снижение — ${n('declined')}, без изменений — ${n('unchanged')}` +
      `${ch.onlyCurrent.entities.length + ch.onlyPrevious.entities.length > 0 ? `; только в одном периоде — ${ch.onlyCurrent.entities.length + ch.onlyPrevious.entities.length}` : ''}`);
  }
  lines.push(`  дефицитов и зон внимания: ${t.deficits.length}`);
  return lines;
}

export function summaryLines(analysis: Analysis): string[] {
  const lines = analysis.tables.flatMap((t) => tableLines(t, analysis));
  const errors = analysis.problems.filter((p) => p.severity === 'error').length;
  const warnings = analysis.problems.filter((p) => p.severity === 'warning').length;
  lines.push(
    errors + warnings === 0
      ? 'Проблем в данных не найдено.'
      : `Проблем в данных: ${count(errors, ['ошибка', 'ошибки', 'ошибок'])}, ${count(warnings, ['предупреждение', 'предупреждения', 'предупреждений'])}.`,
  );
  return lines;
}
