/**
 * «Динамика» (issue 5, point 2): the change since the previous period for the table — the
 * regional mean, the entities whose overall result rose, fell or stayed, moves between groups,
 * the indicators that changed most («рост доли педагогов с ИППР на 12,5 п.п.»), and the
 * entities and indicators found in one period only.
 *
 * Example:
 *   'Среднее общее выполнение по региону изменилось с 60,0 % до 72,5 % (рост на 12,5 п.п.).'
 *   'Рост общего выполнения — 2 района: Кировский район (с 60,0 % до 72,5 %, на 12,5 п.п.), …'
 *   'Только в текущем периоде (сравнение невозможно): Новый район.'
 */

import type { IndicatorChange, TableChanges, EntityChange } from '../../periods/types';
import { countRu } from '../../text/plural';
import { formatPercentRu, formatPointsRu } from '../../text/percent';
import { joinRu } from '../../text/list';
import { indicatorRef, indicatorTitle } from '../prose';
import type { NoteParagraph } from '../document';
import { INDICATOR_FORMS, item, text, type SectionDraft, type TableContext } from '../context';

function fromTo(a: number | null, b: number | null): string {
  return `с ${formatPercentRu(a)} до ${formatPercentRu(b)}`;
}

function entityPhrase(e: EntityChange): string {
  return e.status === 'unchanged'
    ? `${e.entity} (${formatPercentRu(e.current.fulfilment)})`
    : `${e.entity} (${fromTo(e.previous.fulfilment, e.current.fulfilment)}, на ${formatPointsRu(e.fulfilmentChange as number)})`;
}

/** «рост доли педагогов с ИППР на 12,5 п.п. (с 60,0 % до 72,5 %)», or «рост уровня показателя 2.1 «…» на …». */
export function indicatorChangePhrase(c: IndicatorChange): string {
  const word = (c.change as number) > 0 ? 'рост' : 'снижение';
  const title = indicatorTitle(c);
  const share = /^доля\s+/i.exec(title);
  const what = share ? `доли ${title.slice(share[0].length)}` : `уровня показателя ${indicatorRef(c, 90)}`;
  return `${word} ${what} на ${formatPointsRu(c.change as number)} (${fromTo(c.previousLevel, c.currentLevel)})`;
}

export function changesSection(ctx: TableContext): SectionDraft | null {
  const changes = ctx.analysis.changes;
  if (!changes) return null;
  const { noun } = ctx;
  const p: NoteParagraph[] = [];
  const tc: TableChanges | undefined = changes.tables.find((x) => x.table === ctx.index);
  if (!tc) {
    p.push(text(`Данных предыдущего периода (${changes.previousLabel}) для этой таблицы не найдено; сравнение не проводилось.`));
    return { key: 'changes', title: 'Изменения по сравнению с предыдущим периодом', paragraphs: p };
  }
  p.push(text(
    `Сравнение с предыдущим периодом (${changes.previousLabel}). Сопоставимые данные: ${countRu(tc.entities.length, noun.forms)}, ${countRu(tc.indicators.length, INDICATOR_FORMS)}.`,
  ));
  const r = tc.region;
  if (r.change !== null && tc.entities.length > 1) {
    p.push(text(
      r.status === 'unchanged'
        ? `Среднее общее выполнение по региону не изменилось (${formatPercentRu(r.current)}).`
        : `Среднее общее выполнение по региону изменилось ${fromTo(r.previous, r.current)} (${r.status === 'improved' ? 'рост' : 'снижение'} на ${formatPointsRu(r.change)}).`,
    ));
    // The two means are over different municipalities: say how the comparable ones moved.
    const c = tc.comparable;
    if (c && c.entities > 1) {
      p.push(text(`Это средние по всем ${noun.dativePlural} каждого периода; в обоих периодах есть ${countRu(c.entities, noun.forms)}, их среднее — ${fromTo(c.previous, c.current)}.`));
    }
  }
  const sorted = (xs: EntityChange[]) => [...xs].sort((a, b) => Math.abs(b.fulfilmentChange ?? 0) - Math.abs(a.fulfilmentChange ?? 0));
  const up = sorted(tc.entities.filter((e) => e.status === 'improved'));
  const down = sorted(tc.entities.filter((e) => e.status === 'declined'));
  const same = tc.entities.filter((e) => e.status === 'unchanged');
  if (up.length > 0) p.push(item(`Рост общего выполнения — ${countRu(up.length, noun.forms)}: ${joinRu(up.map(entityPhrase))}.`, up.map((e) => e.entity)));
  if (down.length > 0) p.push(item(`Снижение общего выполнения — ${countRu(down.length, noun.forms)}: ${joinRu(down.map(entityPhrase))}.`, down.map((e) => e.entity)));
  if (same.length > 0) p.push(item(`Без изменений — ${countRu(same.length, noun.forms)}: ${joinRu(same.map(entityPhrase))}.`, same.map((e) => e.entity)));

  const better = tc.entities.filter((e) => (e.groupChange ?? 0) > 0);
  const worse = tc.entities.filter((e) => (e.groupChange ?? 0) < 0);
  const move = (e: EntityChange) => `${e.entity} (из группы ${e.previous.group} в группу ${e.current.group})`;
  if (better.length > 0) p.push(item(`Переход в более сильную группу: ${joinRu(better.map(move))}.`, better.map((e) => e.entity)));
  if (worse.length > 0) p.push(item(`Переход в более слабую группу: ${joinRu(worse.map(move))}.`, worse.map((e) => e.entity)));

  const moved = tc.indicators.filter((c) => c.change !== null && c.change !== 0).sort((a, b) => Math.abs(b.change!) - Math.abs(a.change!));
  const ups = moved.filter((c) => c.change! > 0).slice(0, 3);
  const downs = moved.filter((c) => c.change! < 0).slice(0, 3);
  if (ups.length > 0) p.push(item(`Наибольшие положительные изменения показателей: ${joinRu(ups.map(indicatorChangePhrase))}.`));
  if (downs.length > 0) p.push(item(`Наибольшие отрицательные изменения показателей: ${joinRu(downs.map(indicatorChangePhrase))}.`));

  if (tc.onlyCurrent.entities.length > 0) {
    p.push(item(`Только в текущем периоде (сравнение невозможно): ${joinRu(tc.onlyCurrent.entities)}.`, tc.onlyCurrent.entities));
  }
  if (tc.onlyPrevious.entities.length > 0) {
    p.push(item(`Были в предыдущем периоде, в текущем данных нет: ${joinRu(tc.onlyPrevious.entities)}.`, tc.onlyPrevious.entities));
  }
  if (tc.onlyCurrent.indicators.length > 0) {
    p.push(item(`Показатели, которых не было в предыдущем периоде: ${joinRu(tc.onlyCurrent.indicators.map((n) => `«${indicatorTitle({ id: '', name: n })}»`))}.`));
  }
  if (tc.onlyPrevious.indicators.length > 0) {
    p.push(item(`Показатели предыдущего периода, которых нет в текущем: ${joinRu(tc.onlyPrevious.indicators.map((n) => `«${indicatorTitle({ id: '', name: n })}»`))}.`));
  }
  return { key: 'changes', title: 'Изменения по сравнению с предыдущим периодом', paragraphs: p };
}
