/**
 * «Рекомендации» (seed 004 §6 «адресные рекомендации»; seed 000 «что нужно сделать»): for
 * every non-empty group, the group's recommendations addressed to its members; for every theme
 * of the problem zones (critical first), the theme's recommendations addressed to the entities
 * with a deficit there. The texts come from the catalogue in force — built in, or adapted on
 * the «Рекомендации» sheet.
 *
 * Example:
 *   'Группа 3 (Малгобекский район и г. Малгобек): Закрепить за территорией куратора …'
 *   'Наставничество (2.5 «Наличие практики реализации программ наставничества»; в первую очередь — Малгобекский район …): Закрепить за каждым …'
 */

import { joinNamesRu, joinRu } from '../../text/list';
import { forGroup, forTheme, themeFor } from '../../recommendations/match';
import { capitalise, indicatorRef } from '../prose';
import type { NoteParagraph } from '../document';
import { isDescriptiveTable } from '../../compute/descriptive';
import { item, text, type SectionDraft, type TableContext } from '../context';
import { concerned, problemIndicators } from './problems';

export function recommendationsSection(ctx: TableContext): SectionDraft {
  const { table: t, noun, catalogue, groups, analysis } = ctx;
  const p: NoteParagraph[] = [];

  // One entity too: a district's self-assessment gets the advice of its group (not the region's own summary).
  if (t.layout !== 'plan' && (t.entities.length >= 2 || ctx.singleEntity)) {
    const lines: NoteParagraph[] = [];
    for (const band of analysis.options.bands) {
      const members = t.entities.filter((e) => e.group === band.group);
      if (members.length === 0) continue;
      const recs = forGroup(catalogue, band.group, groups);
      if (recs.length === 0) continue;
      lines.push(item(
        `Группа ${band.group} (${joinNamesRu(members.map(ctx.labels.of), noun, 8)}): ${recs.map((r) => r.text).join(' ')}`,
        members.map((e) => e.name),
      ));
    }
    if (lines.length > 0) {
      p.push(text(lines.length === 1 ? 'По группе:' : 'По группам:'));
      for (const line of lines) p.push(line);
    }
  }

  const zones = problemIndicators(t);
  // A Set per theme (first-seen order): entities.includes over tens of thousands of names was quadratic.
  const byTheme = new Map<string, { inds: typeof zones; seen: Set<string> }>();
  for (const ind of zones) {
    const theme = themeFor(catalogue, ind.name) ?? '*';
    if (!byTheme.has(theme)) byTheme.set(theme, { inds: [], seen: new Set() });
    const slot = byTheme.get(theme)!;
    slot.inds.push(ind);
    const c = concerned(t, ind.id);
    for (const n of c.deficit) slot.seen.add(n);
    for (const n of c.attention) slot.seen.add(n);
  }
  const lines: NoteParagraph[] = [];
  for (const [theme, { inds, seen }] of byTheme) {
    const slot = { inds, entities: [...seen] };
    const recs = forTheme(catalogue, theme === '*' ? null : theme);
    if (recs.length === 0) continue;
    const label = theme === '*' ? 'Другие проблемные зоны' : capitalise(theme);
    let head = `${label} (${joinRu(slot.inds.map((i) => indicatorRef(i, 80)))}`;
    if (slot.entities.length > 0 && slot.entities.length < t.entities.length) head += `; в первую очередь — ${joinNamesRu(slot.entities, noun, 8)}`;
    else if (slot.entities.length > 0 && t.entities.length > 1) head += `; для всех ${noun.forms[2]}`;
    head += ')';
    lines.push(item(`${head}: ${recs.map((r) => r.text).join(' ')}`, slot.entities));
  }
  if (lines.length > 0) {
    p.push(text('По проблемным зонам:'));
    for (const line of lines) p.push(line);
  } else if (t.layout !== 'plan' && isDescriptiveTable(t)) {
    p.push(text('Рекомендаций по проблемным зонам нет: доли описательные, проблемные зоны по ним не определяются.'));
  } else if (t.layout !== 'plan') {
    p.push(text('Рекомендаций по проблемным зонам нет: проблемных зон не выявлено.'));
  }
  return { key: 'recommendations', title: 'Рекомендации', paragraphs: p };
}
