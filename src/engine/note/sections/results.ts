/**
 * «Результаты по критериям» (or «по показателям» when the table has no criteria): the regional
 * level and named examples of the strongest and the weakest entities (seed 000: «вставьте
 * несколько примеров с названиями районов и городов»). Every value is one Сводная shows: a
 * criterion's mean and median, an entity's criterion fulfilment, an indicator's level, an
 * entity's share of a counts indicator.
 *
 * Example:
 *   'Критерий 3. Результативность методической работы: в среднем 73,0 %, медиана — 80,0 %.
 *    Лучший результат (100,0 %): Сунженский район и г. Карабулак. Наименьший результат (25,0 %): Малгобекский район и г. Малгобек.'
 */

import type { Indicator } from '../../analysis';
import { describedCounts } from '../../compute/descriptive';
import { formatPercentRu } from '../../text/percent';
import { formatNumber } from '../../layouts/cellMessages';
import { joinNamesRu } from '../../text/list';
import { capitalise, criterionRef, extremesOf, indicatorRef, type NamedList } from '../prose';
import type { NoteParagraph } from '../document';
import { item, text, type SectionDraft, type TableContext } from '../context';
import { sharesByIndicator } from '../../compute/sharesByIndicator';

/** «31,5» or «28»: a count as the messages write numbers. */
const figure = (x: number): string => formatNumber(x, 1);

export const STATUS_PHRASES = {
  ok: 'целевой уровень достигнут',
  attention: 'зона внимания',
  critical: 'ниже критического уровня',
} as const;

function examples(ctx: TableContext, values: NamedList, best = 'Лучший результат', worst = 'Наименьший результат'): { text: string; names: string[] } {
  const { noun } = ctx;
  const ex = extremesOf(values);
  let count = 0;
  for (let i = 0; i < values.length; i++) if (values.value(i) !== null) count++;
  if (!ex.best || !ex.worst || count < 2) return { text: '', names: [] };
  if (ex.allEqual) return { text: ` У всех ${noun.forms[2]} одинаковый результат — ${formatPercentRu(ex.best.value)}.`, names: [] };
  return {
    text:
      ` ${best} (${formatPercentRu(ex.best.value)}): ${joinNamesRu(ex.best.names, noun, 5)}.` +
      ` ${worst} (${formatPercentRu(ex.worst.value)}): ${joinNamesRu(ex.worst.names, noun, 5)}.`,
    names: [...ex.best.names, ...ex.worst.names],
  };
}

export function resultsSection(ctx: TableContext): SectionDraft | null {
  const { table: t } = ctx;
  const p: NoteParagraph[] = [];
  if (t.criteria.length > 0) {
    for (const c of t.criteria) {
      const values: NamedList = { length: t.entities.length, value: (i) => t.entities[i].criteria[c.label] ?? null, name: (i) => ctx.labels.of(t.entities[i]) };
      let s: string;
      const name = criterionRef(c.label, t.layout);
      if (t.entities.length === 1) s = `${name}: ${formatPercentRu(values.value(0))}.`;
      else s = `${name}: в среднем ${formatPercentRu(c.mean)}, медиана — ${formatPercentRu(c.median)}.`;
      const ex = examples(ctx, values);
      p.push(item(s + ex.text, ex.names));
    }
    p.push(...countParagraphs(ctx));
    return { key: 'criteria', title: t.layout === 'points' ? 'Результаты по блокам' : 'Результаты по критериям', paragraphs: p };
  }
  const scored = t.indicators.filter((i) => i.level !== null);
  for (const ind of scored) p.push(indicatorParagraph(ctx, ind));
  p.push(...countParagraphs(ctx));
  if (p.length === 0) return null;
  return { key: 'indicators', title: 'Результаты по показателям', paragraphs: p };
}

/**
 * The counts of the table, described as METHODOLOGY §4 asks — sum, mean, median, least and
 * most — not a bare «1 показатель в виде количеств» (blind probe 9). The bases of the pairs are
 * left out: they are the denominators of the shares above.
 */
function countParagraphs(ctx: TableContext): NoteParagraph[] {
  const counts = describedCounts(ctx.table).filter((i) => i.stats !== null);
  if (counts.length === 0) return [];
  const p: NoteParagraph[] = [text('Количественные показатели (описательные, в выполнение не входят):')];
  for (const ind of counts) {
    const st = ind.stats!;
    const figures = ind.withData === 1
      ? figure(st.sum)
      : `всего ${figure(st.sum)}, в среднем ${figure(st.mean)}, медиана — ${figure(st.median)} (от ${figure(st.min)} до ${figure(st.max)})`;
    p.push(item(`${capitalise(indicatorRef(ind))}: ${figures}.`));
  }
  return p;
}

function indicatorParagraph(ctx: TableContext, ind: Indicator): NoteParagraph {
  const { table: t } = ctx;
  let s = `${capitalise(indicatorRef(ind))}: по региону ${formatPercentRu(ind.level)}`;
  if (ind.status) s += ` (${STATUS_PHRASES[ind.status]})`;
  s += '.';
  // Entity values only where Сводная shows them: the shares of a counts indicator.
  // Taken by index from the indicator's own rows (no object per row): a counts form has 100,000 rows per pair.
  // Rows left out of the regional figures are left out here too (as having no value).
  const groups = sharesByIndicator(t).filter((g) => g.indicatorId === ind.id);
  const rows = groups.length === 1 ? groups[0].entities : groups.flatMap((g) => g.entities);
  const named = ctx.labels.duplicates.length > 0;
  const shares: NamedList = {
    length: rows.length,
    value: (i) => (rows[i].excluded ? null : rows[i].share),
    name: (i) => (named ? ctx.labels.ofCell(rows[i].entity!, rows[i].numeratorCell) : rows[i].entity!),
  };
  if (rows.length >= 2) {
    const ex = examples(ctx, shares, 'Наибольшая доля', 'Наименьшая доля');
    return item(s + ex.text, ex.names);
  }
  return item(s);
}
