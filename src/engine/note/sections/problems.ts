/**
 * «Проблемные зоны» (METHODOLOGY §4; seed 003 «проблемные зоны»): the indicators whose regional
 * level is below the critical level (first) and in the attention zone, each with the entities
 * where the cell is a deficit or in the attention zone; then the entities in the weakest group
 * overall and per criterion. When there is none, one sentence says so.
 *
 * Example:
 *   'Ниже критического уровня (50 %):'
 *   '– 2.7 «Наличие мероприятий по адресной методической поддержке …» — 0,0 %. Дефицит: г. Магас и г. Назрань, …'
 *   or: 'Проблемных зон не выявлено: уровень всех показателей по региону не ниже целевого (80 %).'
 */

import type { Indicator, TableAnalysis } from '../../analysis';
import { formatPercentWithin } from '../../text/percent';
import { statusOf } from '../../compute/levels';
import { thresholdsOf } from '../../options';
import { joinNamesRu, joinRu } from '../../text/list';
import { weakestGroup } from '../../compute/groups';
import { capitalise, criterionRef, indicatorRef } from '../prose';
import type { NoteParagraph } from '../document';
import { isDescriptiveShare } from '../../compute/descriptive';
import { bound, item, text, type SectionDraft, type TableContext } from '../context';
import { entityLabels } from '../../text/entityLabels';

/** Problem-zone indicators, critical first, lowest level first within each status. */
export function problemIndicators(t: TableAnalysis): Indicator[] {
  const order = { critical: 0, attention: 1, ok: 2 } as const;
  return t.indicators
    .filter((i) => i.level !== null && (i.status === 'critical' || i.status === 'attention'))
    .sort((a, b) => order[a.status!] - order[b.status!] || (a.level as number) - (b.level as number));
}

/**
 * Entities with a deficit / attention cell in an indicator, in table order. In an evaluation
 * sheet (points) the position's own result decides, not its parameters: a position scored 2 of 4
 * is 50 % — the attention zone — even though one of its parameters is 0 (that parameter is still
 * a finding of its own on «Дефициты»). Listed under «Зона внимания (от 50 % до 80 %)» as
 * «Дефицит», it read as a contradiction (blind set 7, debatable 4).
 */
export function concerned(t: TableAnalysis, id: string): { deficit: string[]; attention: string[] } {
  if (t.layout === 'points') return concernedByResult(t, id);
  return concernedByIndicator(t).get(id) ?? { deficit: [], attention: [] };
}

/** Entities whose result in the indicator is below its critical level, or below its target. */
function concernedByResult(t: TableAnalysis, id: string): { deficit: string[]; attention: string[] } {
  const ind = t.indicators.find((i) => i.id === id);
  const out = { deficit: [] as string[], attention: [] as string[] };
  if (!ind) return out;
  const labels = entityLabels(t);
  for (const e of t.entities) {
    const score = e.cells[id]?.score;
    if (score === null || score === undefined) continue;
    const status = statusOf(score * 100, ind.target, ind.critical);
    if (status === 'critical') out.deficit.push(labels.of(e));
    else if (status === 'attention') out.attention.push(labels.of(e));
  }
  return out;
}

/**
 * `concerned` for every indicator of a table in one pass over its deficits, kept per table:
 * the note asks for each problem indicator twice (problem zones, recommendations), and a pass
 * per indicator over a large sheet's deficits (60 indicators × 100,000 findings) cost a quarter
 * of a second. Sets keep first-seen order and make each membership test O(1).
 */
type Concerned = Map<string, { deficit: string[]; attention: string[] }>;
// Keyed by the deficits array itself, and checked against its length, so a list that changes
// (tests build notes from edited analyses) is never answered from a stale index.
const byDeficits = new WeakMap<TableAnalysis['deficits'], { length: number; index: Concerned }>();

function concernedByIndicator(t: TableAnalysis): Concerned {
  const cached = byDeficits.get(t.deficits);
  if (cached && cached.length === t.deficits.length) return cached.index;
  // A name entered on two rows is two entries, each with its row.
  const labels = entityLabels(t);
  if ((t.layout === 'matrix' || t.layout === 'counts') && labels.duplicates.length === 0) {
    const index = concernedOncePerEntity(t.deficits);
    byDeficits.set(t.deficits, { length: t.deficits.length, index });
    return index;
  }
  const sets = new Map<string, { deficit: Set<string>; attention: Set<string> }>();
  for (const d of t.deficits) {
    if (d.scope !== 'cell' || d.indicator === null || d.entity === null) continue;
    let entry = sets.get(d.indicator);
    if (!entry) sets.set(d.indicator, (entry = { deficit: new Set(), attention: new Set() }));
    const name = labels.duplicates.length > 0 ? labels.ofCell(d.entity, d.cell) : d.entity;
    if (d.kind === 'deficit') entry.deficit.add(name);
    else if (d.kind === 'attention') entry.attention.add(name);
  }
  const out: Concerned = new Map();
  // An entity with a deficit in one cell and attention in another (points: a penalty) is a deficit.
  for (const [id, e] of sets) out.set(id, { deficit: [...e.deficit], attention: [...e.attention].filter((n) => !e.deficit.has(n)) });
  byDeficits.set(t.deficits, { length: t.deficits.length, index: out });
  return out;
}

/**
 * The same where each entity has one cell per indicator and every name is its own (a matrix or
 * counts form without repeated names): the findings name each entity at most once per indicator,
 * so lists suffice — on a 3000 × 60 matrix the sets of 77,000 findings were most of the note.
 */
function concernedOncePerEntity(deficits: TableAnalysis['deficits']): Concerned {
  const out: Concerned = new Map();
  for (let i = 0; i < deficits.length; i++) {
    const d = deficits[i];
    if (d.scope !== 'cell' || d.indicator === null || d.entity === null) continue;
    let entry = out.get(d.indicator);
    if (!entry) out.set(d.indicator, (entry = { deficit: [], attention: [] }));
    if (d.kind === 'deficit') entry.deficit.push(d.entity);
    else if (d.kind === 'attention') entry.attention.push(d.entity);
  }
  return out;
}

export function problemsSection(ctx: TableContext): SectionDraft {
  const { table: t, noun, analysis, labels } = ctx;
  const { target, critical } = analysis.options;
  const p: NoteParagraph[] = [];
  const zones = problemIndicators(t);
  // Judged indicators only: a descriptive share has a level but no target to fall short of.
  const withLevel = t.indicators.filter((i) => i.level !== null && !isDescriptiveShare(i));

  const all = t.entities.length;
  const names = (xs: string[]) => (xs.length === all && all > 2 ? `у всех ${noun.forms[2]}` : joinNamesRu(xs, noun, 12));
  const describe = (ind: Indicator): NoteParagraph => {
    const c = concerned(t, ind.id);
    let s = `${capitalise(indicatorRef(ind))} — ${formatPercentWithin(ind.level, [ind.target, ind.critical])}.`;
    // A one-row table (a regional summary) has nobody to name.
    if (all > 1) {
      if (c.deficit.length > 0) s += ` Дефицит: ${names(c.deficit)}.`;
      if (c.attention.length > 0) s += ` Зона внимания: ${names(c.attention)}.`;
    }
    return item(s, all > 1 ? [...c.deficit, ...c.attention] : []);
  };
  const crit = zones.filter((i) => i.status === 'critical');
  const att = zones.filter((i) => i.status === 'attention');
  if (crit.length > 0) {
    p.push(text(`Ниже критического уровня (${bound(critical)}):`));
    crit.forEach((i) => p.push(describe(i)));
  }
  if (att.length > 0) {
    p.push(text(`Зона внимания (от ${bound(critical)} до ${bound(target)}):`));
    att.forEach((i) => p.push(describe(i)));
  }

  const weakest = weakestGroup(analysis.options.bands);
  const weakBand = analysis.options.bands.find((b) => b.group === weakest);
  const weakEntities = t.layout === 'plan' || weakest === null || weakest === 1 ? [] : t.entities.filter((e) => e.group === weakest);
  if (weakEntities.length > 0) {
    p.push(text(
      `В группе ${weakest} (${weakBand?.label ?? ''}) по общему выполнению: ${joinRu(weakEntities.map((e) => labels.withValue(e, formatPercentWithin(e.fulfilment, thresholdsOf(analysis.options)))))}.`,
      weakEntities.map((e) => e.name),
    ));
  }
  if (t.layout !== 'plan' && weakest !== null && weakest !== 1 && t.criteria.length > 0) {
    const parts: string[] = [];
    const names: string[] = [];
    for (const c of t.criteria) {
      const weak = t.entities.filter((e) => e.criteriaGroups[c.label] === weakest && e.group !== weakest);
      if (weak.length === 0) continue;
      parts.push(`${criterionRef(c.label, t.layout)} — ${joinRu(weak.map((e) => labels.withValue(e, formatPercentWithin(e.criteria[c.label], thresholdsOf(analysis.options)))))}`);
      for (const e of weak) names.push(e.name); // no push(...spread): weak can hold 100,000 entities
    }
    if (parts.length > 0) {
      p.push(text(`В группе ${weakest} по отдельным ${t.layout === 'points' ? 'блокам' : 'критериям'} (при более высоком общем результате):`));
      parts.forEach((x) => p.push(item(`${x}.`)));
    }
  }

  if (p.length === 0) {
    if (withLevel.length === 0 && t.indicators.some(isDescriptiveShare)) {
      p.push(text('Проблемные зоны не определяются: доли описательные, целевой уровень для них не задан.'));
    } else if (withLevel.length === 0) {
      p.push(text('Проблемные зоны по показателям не определены: ни у одного показателя нет уровня по региону.'));
    } else {
      p.push(text(`Проблемных зон не выявлено: уровень всех показателей по региону не ниже целевого (${bound(target)}).`));
    }
  }
  return { key: 'problems', title: 'Проблемные зоны', paragraphs: p };
}
