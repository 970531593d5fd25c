/**
 * «Группы» (seed 003: «выделено 2 группы МО: 1 группа МО, выполнивших критерий на 80–100 % …»):
 * the members of every group overall, with their overall result as in Сводная, and the groups
 * per criterion. An empty group is said to be empty, never left as a bare heading.
 *
 * Example:
 *   'Группа 1 (80–100 %) — 3 муниципальных образования: Сунженский район и г. Карабулак (100,0 %), …'
 *   'Группа 3 (менее 50 %): таких муниципальных образований нет.'
 */

import { countRu } from '../../text/plural';
import { formatPercentWithin } from '../../text/percent';
import { thresholdsOf } from '../../options';
import { joinRu } from '../../text/list';
import type { EntityResult } from '../../analysis';
import type { NoteParagraph } from '../document';
import { item, text, type SectionDraft, type TableContext } from '../context';
import { criterionRef } from '../prose';

function byRank(a: EntityResult, b: EntityResult): number {
  return (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.name.localeCompare(b.name, 'ru');
}

export function groupsSection(ctx: TableContext): SectionDraft | null {
  const { table: t, noun, analysis, labels } = ctx;
  if (t.entities.length < 2) return null;
  // A form of counts only has no overall result to group by: three empty groups and «without a
  // group: everyone» would say nothing.
  if (t.entities.every((e) => e.group === null)) return null;
  const p: NoteParagraph[] = [];
  const bounds = thresholdsOf(analysis.options);
  p.push(text('По общему выполнению:'));
  for (const band of analysis.options.bands) {
    const members = t.entities.filter((e) => e.group === band.group).sort(byRank);
    if (members.length === 0) {
      p.push(item(`Группа ${band.group} (${band.label}): таких ${noun.forms[2]} нет.`));
    } else {
      const list = joinRu(members.map((e) => labels.withValue(e, formatPercentWithin(e.fulfilment, bounds))));
      p.push(item(`Группа ${band.group} (${band.label}) — ${countRu(members.length, noun.forms)}: ${list}.`, members.map((e) => e.name)));
    }
  }
  const none = t.entities.filter((e) => e.group === null);
  if (none.length > 0) p.push(item(`Без группы (нет данных для расчёта): ${joinRu(none.map(labels.of))}.`, none.map((e) => e.name)));

  if (t.criteria.length > 1) {
    p.push(text(t.layout === 'points' ? 'По блокам:' : 'По критериям:'));
    for (const c of t.criteria) {
      const parts = analysis.options.bands.map((band) => {
        const members = t.entities.filter((e) => e.criteriaGroups[c.label] === band.group).sort(byRank);
        return `группа ${band.group} — ${members.length > 0 ? joinRu(members.map(labels.of)) : 'нет'}`;
      });
      p.push(item(`${criterionRef(c.label, t.layout)}: ${parts.join('; ')}.`));
    }
  }
  return { key: 'groups', title: 'Группы', paragraphs: p };
}
