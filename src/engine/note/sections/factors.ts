/**
 * «Факторы» (seed 004: «выявление факторов, влияющих на результаты»): the indicators most
 * strongly associated with the overall result across entities, positive and negative, with ρ
 * and n, and the cautions that come with few entities and with an indicator being part of the
 * result it is compared with. Below five entities no association is claimed.
 *
 * Example:
 *   'Сильнее всего с общим результатом связаны: 2.5 «Наличие практики реализации программ наставничества» (ρ = 0,89; связь высокая).'
 *   'Данных немного (5 муниципальных образований): выводы о факторах предварительные …'
 */

import { countRu } from '../../text/plural';
import { formatDecimalRu } from '../../text/percent';
import { joinRu } from '../../text/list';
import { NAMED_RHO, tableFactors, MIN_ENTITIES, type IndicatorFactor } from '../../factors/factors';
import { indicatorRef } from '../prose';
import type { NoteParagraph } from '../document';
import { caution, text, type SectionDraft, type TableContext } from '../context';

function describe(f: IndicatorFactor): string {
  return `${indicatorRef(f, 90)} (ρ = ${formatDecimalRu(f.rho, 2)}; связь ${f.strength})`;
}

export function factorsSection(ctx: TableContext): SectionDraft | null {
  const { table: t, noun } = ctx;
  if (t.layout === 'plan' || t.entities.length < 2) return null;
  const f = tableFactors(t, ctx.index);
  const p: NoteParagraph[] = [];
  // No entity has an overall result (a form of descriptive shares): there is nothing to relate.
  if (f.entities === 0) return null;
  if (f.reliability === 'none') {
    p.push(text(
      `Связь показателей с общим результатом не оценивалась: ${noun.forms[2]} с данными меньше ${MIN_ENTITIES === 5 ? 'пяти' : MIN_ENTITIES} (${f.entities}), и любые выводы были бы случайными.`,
    ));
    return { key: 'factors', title: 'Факторы, связанные с результатом', paragraphs: p };
  }
  const pos = f.indicators.filter((x) => x.rho >= NAMED_RHO).slice(0, 3);
  const neg = f.indicators.filter((x) => x.rho <= -NAMED_RHO).slice(0, 3);
  p.push(text(
    pos.length > 0
      ? `Сильнее всего с общим результатом связаны: ${joinRu(pos.map(describe))}.`
      : 'Показателей, заметно связанных с общим результатом, не выявлено.',
  ));
  p.push(text(
    neg.length > 0
      ? `Обратная связь (чем выше значение показателя, тем ниже общий результат): ${joinRu(neg.map(describe))}.`
      : 'Обратной связи показателей с общим результатом не выявлено.',
  ));
  p.push(text(`Связь оценена коэффициентом ранговой корреляции Спирмена (ρ); число наблюдений — ${f.entities}.`));
  if (f.reliability === 'caution') {
    p.push(caution(
      `Данных немного (${countRu(f.entities, noun.forms)}): выводы о факторах предварительные, их следует проверить на данных следующего периода или большего числа ${noun.forms[2]}.`,
    ));
  }
  p.push(caution('Каждый показатель входит в общий результат, поэтому часть связи объясняется этим; связь не означает причинной зависимости.'));
  return { key: 'factors', title: 'Факторы, связанные с результатом', paragraphs: p };
}
