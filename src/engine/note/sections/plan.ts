/**
 * «Выполнение плана» for a plan / measures table (METHODOLOGY §2 E; seed 001): how many items,
 * the share done (the level of «Результат указан», as Сводная shows it), how many have dates
 * and a responsible, and the items without a result — the plan's deficits — with the cell to
 * look at.
 *
 * Example:
 *   'Пунктов плана: 15. Результат указан у 14 из 15 — 93,3 %.'
 *   '– 4. Представить концепцию на Общественном совете при комитете — результат не указан (ячейка План!D12).'
 */

import { countRu } from '../../text/plural';
import { formatPercentRu } from '../../text/percent';
import { joinRu } from '../../text/list';
import { shorten } from '../prose';
import type { NoteParagraph } from '../document';
import { item, text, type SectionDraft, type TableContext } from '../context';

function numberOf(name: string): string | null {
  const m = /^(\d+[\d.\-–]*)\.\s/.exec(name);
  return m ? m[1] : null;
}

export function planSection(ctx: TableContext): SectionDraft {
  const { table: t, noun } = ctx;
  const p: NoteParagraph[] = [];
  const n = t.entities.length;
  if (t.title) p.push(text(`План: ${t.title.replace(/[.\s]+$/, '')}.`));
  p.push(text(`Источник данных: лист «${t.sheets[0]}». Пунктов плана: ${countRu(n, noun.forms)}.`));
  const ind = (id: string) => t.indicators.find((i) => i.id === id) ?? null;
  const count = (id: string) => t.entities.filter((e) => e.cells[id]?.score === 1).length;
  const result = ind('2.1');
  if (result) p.push(text(`Результат указан (мероприятие выполнено): ${count('2.1')} из ${n} — ${formatPercentRu(result.level)}.`));
  else p.push(text('В таблице нет столбца «Результат»: долю выполненных мероприятий определить нельзя.'));
  const dates = ind('1.2');
  if (dates) p.push(text(`Сроки указаны: ${count('1.2')} из ${n} — ${formatPercentRu(dates.level)}.`));
  const resp = ind('1.3');
  if (resp) p.push(text(`Ответственный указан: ${count('1.3')} из ${n} — ${formatPercentRu(resp.level)}.`));

  const missing = t.deficits.filter((d) => d.scope === 'cell' && d.indicator === '2.1');
  if (missing.length > 0) {
    p.push(text('Мероприятия без результата:'));
    for (const d of missing) {
      const what = d.kind === 'attention' ? 'выполняется, результат не достигнут' : d.value === null || d.value === '' ? 'результат не указан' : 'отмечено как невыполненное';
      p.push(item(`${shorten(d.entity ?? '', 160)} — ${what} (ячейка ${d.cell}).`, d.entity ? [d.entity] : []));
    }
  } else if (result) {
    p.push(text('Результат указан по всем пунктам плана.'));
  }
  const noDates = t.entities.filter((e) => e.cells['1.2']?.score === 0);
  const noResp = t.entities.filter((e) => e.cells['1.3']?.score === 0);
  const refs = (xs: typeof noDates) => joinRu(xs.map((e) => (numberOf(e.name) ? `№ ${numberOf(e.name)}` : `«${shorten(e.name, 60)}»`)));
  if (dates && noDates.length > 0) p.push(text(`Без сроков: ${refs(noDates)}.`, noDates.map((e) => e.name)));
  if (resp && noResp.length > 0) p.push(text(`Без ответственного: ${refs(noResp)}.`, noResp.map((e) => e.name)));
  return { key: 'plan', title: 'Выполнение плана', paragraphs: p };
}
