/**
 * «Общая характеристика» (seed 000: «немного общей характеристики»): what was monitored, how
 * many entities and indicators, the thresholds, the regional level, the strongest and the
 * weakest entities overall, and how many indicators reach the target.
 *
 * Example (Ingushetia):
 *   'Охват мониторинга: 5 муниципальных образований.'
 *   'Общее выполнение по региону: в среднем 81,6 %, медиана — 91,7 %.'
 *   'Наиболее высокий общий результат (100,0 %): Сунженский район и г. Карабулак.'
 */

import { countRu } from '../../text/plural';
import { formatPercentRu } from '../../text/percent';
import { joinNamesRu, joinRu } from '../../text/list';
import { capitalise, extremes } from '../prose';
import type { NoteParagraph } from '../document';
import { describedCounts, isDescriptiveShare } from '../../compute/descriptive';
import { bound, caution, INDICATOR_FORMS, item, POSITION_FORMS, text, type SectionDraft, type TableContext } from '../context';

/** «1 доля, 2 доли, 5 долей». */
const SHARE_FORMS = ['доля', 'доли', 'долей'] as const;
const TIMES_FORMS = ['раз', 'раза', 'раз'] as const;

export function overviewSection(ctx: TableContext): SectionDraft {
  const { table: t, noun, analysis } = ctx;
  const p: NoteParagraph[] = [];
  if (t.title) p.push(text(`Предмет мониторинга: ${t.title.replace(/[.\s]+$/, '')}.`));
  // Sheets of several district files are named with their file, so that «Форма!D4» can be found.
  const sources = analysis.sources;
  const sheets = t.sheets.map((s) => (sources?.[s] ? `«${s}» (файл «${sources[s]}»)` : `«${s}»`)).join(', ');
  p.push(text(`Источник данных: ${t.sheets.length === 1 ? 'лист' : 'листы'} ${sheets}.`));

  const n = t.entities.length;
  const incomplete = t.entities.filter((e) => e.incomplete);
  const { distinct, duplicates } = ctx.labels;
  // Rows of one name entered twice are kept apart (buildTable warns), but the coverage counts names.
  let coverage = `Охват мониторинга: ${countRu(distinct, noun.forms)}.`;
  if (duplicates.length > 0) {
    const times = (k: number) => (k === 2 ? 'дважды' : k === 3 ? 'трижды' : countRu(k, TIMES_FORMS));
    coverage += ` ${capitalise(joinRu(duplicates.map((d) => `«${d.name}» встречается ${times(d.times)} (${d.where})`)))}; каждая запись учтена отдельно.`;
  }
  if (incomplete.length > 0) {
    coverage += ` С неполными данными: ${countRu(incomplete.length, noun.forms)} (${joinNamesRu(incomplete.map(ctx.labels.of), noun, 6)}); их результаты рассчитаны по заполненным ячейкам.`;
  }
  p.push(text(coverage, incomplete.map((e) => e.name)));

  const shares = t.indicators.filter(isDescriptiveShare);
  const scored = t.indicators.filter((i) => i.kind !== 'count' && i.kind !== 'number' && !isDescriptiveShare(i));
  // The bases of the pairs («Всего педагогов») are denominators, not indicators of their own.
  const described = describedCounts(t).length;
  // An evaluation sheet speaks of positions in blocks (seed 004), not indicators and criteria.
  const points = t.layout === 'points';
  if (scored.length > 0 || shares.length === 0) {
    let inds = `${points ? 'Оцениваемых позиций' : 'Оцениваемых показателей'}: ${scored.length}`;
    if (t.criteria.length > 0) inds += `, ${points ? 'блоков' : 'критериев'}: ${t.criteria.length}`;
    inds += '.';
    const extra = [
      ...(shares.length > 0 ? [`${countRu(shares.length, SHARE_FORMS)} по парам «количество / база»`] : []),
      ...(described > 0 ? [`${countRu(described, INDICATOR_FORMS)} в виде количеств`] : []),
    ];
    if (extra.length > 0) inds += ` Кроме того, ${extra.join(' и ')} (описательные, в выполнение не входят).`;
    p.push(text(inds));
    p.push(text(`Целевой уровень — ${bound(analysis.options.target)}, критический — ${bound(analysis.options.critical)}.`));
  } else {
    let inds = `Показатели: ${countRu(shares.length, SHARE_FORMS)} по парам «количество / база»`;
    if (described > 0) inds += ` и ${countRu(described, INDICATOR_FORMS)} в виде количеств`;
    p.push(text(`${inds}. Доли описательные: целевой уровень для них не задан, поэтому общее выполнение, группы и места не рассчитываются.`));
  }

  const withResult = t.entities.filter((e) => e.fulfilment !== null);
  if (withResult.length === 1 && n === 1) {
    // One entity (a district's self-assessment): its group is said here, there is no «Группы» section.
    const band = ctx.singleEntity ? analysis.options.bands.find((b) => b.group === withResult[0].group) : undefined;
    p.push(text(`Общее выполнение: ${formatPercentRu(withResult[0].fulfilment)}${band ? ` — группа ${band.group} (${band.label})` : ''}.`));
  } else if (withResult.length > 1) {
    p.push(text(`Общее выполнение по региону: в среднем ${formatPercentRu(t.region.mean)}, медиана — ${formatPercentRu(t.region.median)}.`));
    const ex = extremes(withResult.map((e) => ({ name: ctx.labels.of(e), value: e.fulfilment })));
    if (ex.allEqual && ex.best) {
      p.push(text(`У всех ${noun.forms[2]} одинаковый общий результат — ${formatPercentRu(ex.best.value)}.`));
    } else if (ex.best && ex.worst) {
      p.push(text(`Наиболее высокий общий результат (${formatPercentRu(ex.best.value)}): ${joinNamesRu(ex.best.names, noun, 5)}.`, ex.best.names));
      p.push(text(`Наиболее низкий общий результат (${formatPercentRu(ex.worst.value)}): ${joinNamesRu(ex.worst.names, noun, 5)}.`, ex.worst.names));
    }
  }

  const withLevel = scored.filter((i) => i.level !== null && i.status !== null);
  if (withLevel.length > 0) {
    const ok = withLevel.filter((i) => i.status === 'ok').length;
    const att = withLevel.filter((i) => i.status === 'attention').length;
    const crit = withLevel.filter((i) => i.status === 'critical').length;
    p.push(text(`${points ? 'Уровень позиций' : 'Уровень показателей'}${ctx.singleEntity ? '' : ' по региону'} (${countRu(withLevel.length, points ? POSITION_FORMS : INDICATOR_FORMS)}):`));
    p.push(item(`целевой уровень достигнут — ${ok};`));
    p.push(item(`зона внимания (от ${bound(analysis.options.critical)} до целевого) — ${att};`));
    p.push(item(`ниже критического уровня — ${crit}.`));
  }
  if (t.criteria.length === 0 && scored.length === 0 && shares.length === 0) {
    p.push(caution(`В таблице нет показателей, по которым считается выполнение; приведены только количественные данные.`));
  }
  return { key: 'overview', title: 'Общая характеристика', paragraphs: p };
}
