/**
 * The note («Справка») for a teacher roster (layout D; METHODOLOGY §6, seeds 002 and 004).
 * A committee reads about teachers in aggregate — how many, in which areas they fall short,
 * where (municipalities, schools, subjects), the young teachers and their mentors, the
 * clusters and what to do for each — never a list of hundreds of teacher codes: the names are
 * on «Кластеры» and «Сводная». Every share is the one «Карта дефицитов» shows (the same value,
 * rounded the same way), every count the one «Сводная» shows.
 *
 * Sections: overview, results by area, young teachers and mentoring, problem zones (areas,
 * municipalities and schools above the regional share, subjects at risk), recommendations
 * (per cluster, young teachers, each problem area — texts from the catalogue in force, so a
 * «Рекомендации» sheet adapts them). The clusters section is shared with the other layouts
 * (clusters.ts).
 *
 * Example (examples/roster-diagnostics.xlsx):
 *   rosterResultsSection(ctx).paragraphs[1].text
 *   // → '«Цифровые» — средний результат 58,8 % (зона внимания); ниже критического уровня — 29,6 % педагогов (886 из 2995).'
 */

import type { TableAnalysis } from '../../analysis';
import type { DeficitMapCell, RosterResult } from '../../layouts/roster/rosterTypes';
import { countRu, verbRu } from '../../text/plural';
import { formatPercentRu, displayPercent } from '../../text/percent';
import { joinRu } from '../../text/list';
import { forGroup, forTheme } from '../../recommendations/match';
import type { NoteParagraph } from '../document';
import { bound, item, text, type SectionDraft, type TableContext } from '../context';

const TEACHERS = ['педагог', 'педагога', 'педагогов'] as const;
const TEACHERS_GEN = ['педагога', 'педагогов', 'педагогов'] as const;
const MUNICIPALITIES = ['муниципалитет', 'муниципалитета', 'муниципалитетов'] as const;
const SCHOOLS = ['образовательная организация', 'образовательные организации', 'образовательных организаций'] as const;
const AREAS = ['область диагностики', 'области диагностики', 'областей диагностики'] as const;

/** How many municipalities / schools / subjects a sentence names. */
const NAMED = 5;
/** A school is named in the problem zones only with at least this many teachers with a result. */
const MIN_SCHOOL_TEACHERS = 5;

const teachers = (n: number) => countRu(n, [...TEACHERS]);
const quoted = (s: string) => `«${s}»`;

function rosterOf(t: TableAnalysis): RosterResult {
  if (!t.roster) throw new Error('roster sections need a roster table');
  return t.roster;
}

function regionCell(r: RosterResult, areaId: string): DeficitMapCell | undefined {
  return r.deficitMap.find((c) => c.level === 'region' && c.areaId === areaId);
}

/** Units of one level for an area whose share is above the region's, highest first. */
function aboveRegion(r: RosterResult, areaId: string, level: 'municipality' | 'school', minTeachers = 1): DeficitMapCell[] {
  const region = regionCell(r, areaId);
  if (!region || region.share === null) return [];
  return r.deficitMap
    .filter((c) => c.level === level && c.areaId === areaId && c.share !== null && c.withData >= minTeachers)
    .filter((c) => displayPercent(c.share!) > displayPercent(region.share!))
    .sort((a, b) => b.share! - a.share! || b.withData - a.withData);
}

function unitName(c: DeficitMapCell): string {
  return c.level === 'school' ? `${c.school} (${c.municipality})` : c.unit;
}

export function rosterOverviewSection(ctx: TableContext): SectionDraft {
  const { table: t, analysis } = ctx;
  const r = rosterOf(t);
  const p: NoteParagraph[] = [];
  if (t.title) p.push(text(`Предмет мониторинга: ${t.title.replace(/\.$/, '')}.`));
  p.push(text(`Источник данных: лист ${quoted(t.sheets[0])}.`));
  const munis = new Set(r.teachers.map((x) => x.municipality).filter((x): x is string => x !== null));
  const schools = new Set(r.teachers.filter((x) => x.school !== null).map((x) => `${x.school}\u0000${x.municipality ?? ''}`));
  const where = [munis.size > 0 ? countRu(munis.size, [...MUNICIPALITIES]) : null, schools.size > 0 ? countRu(schools.size, [...SCHOOLS]) : null].filter(Boolean);
  p.push(text(`Охват диагностики: ${teachers(t.entities.length)}${where.length > 0 ? ` (${where.join(', ')})` : ''}; ${countRu(t.indicators.length, [...AREAS])}: ${joinRu(t.indicators.map((i) => quoted(i.name)))}.`));
  p.push(text(`Целевой уровень — ${bound(analysis.options.target)}, критический — ${bound(analysis.options.critical)}.`));
  p.push(text(`Средний результат по региону — ${formatPercentRu(t.region.mean)}, медиана — ${formatPercentRu(t.region.median)}.`));
  const bands = analysis.options.bands;
  const withResult = t.entities.filter((e) => e.group !== null).length;
  if (withResult > 0 && bands.length >= 2) {
    const top = t.entities.filter((e) => e.group === bands[0].group).length;
    const bottom = t.entities.filter((e) => e.group === bands[bands.length - 1].group).length;
    p.push(text(
      `Общий результат на целевом уровне и выше — у ${countRu(top, [...TEACHERS_GEN])} (${formatPercentRu((top / withResult) * 100)}), ` +
      `ниже критического — у ${countRu(bottom, [...TEACHERS_GEN])} (${formatPercentRu((bottom / withResult) * 100)}).`,
    ));
  }
  return { key: 'overview', title: 'Общая характеристика', paragraphs: p };
}

export function rosterResultsSection(ctx: TableContext): SectionDraft {
  const { table: t } = ctx;
  const r = rosterOf(t);
  const p: NoteParagraph[] = [text(`Результаты по областям диагностики (от слабой к сильной; доля — среди педагогов, прошедших диагностику по области):`)];
  const areas = [...t.indicators].sort((a, b) => (a.level ?? Infinity) - (b.level ?? Infinity));
  for (const a of areas) {
    const c = regionCell(r, a.id);
    const status = a.status === 'critical' ? 'ниже критического уровня' : a.status === 'attention' ? 'зона внимания' : 'целевой уровень достигнут';
    const below = c && c.share !== null ? `; ниже критического уровня — ${formatPercentRu(c.share)} педагогов (${c.below} из ${c.withData})` : '';
    p.push(item(`${quoted(a.name)} — средний результат ${formatPercentRu(a.level)} (${status})${below}.`));
  }
  return { key: 'indicators', title: 'Результаты по областям диагностики', paragraphs: p };
}

export function youngTeachersSection(ctx: TableContext): SectionDraft {
  const r = rosterOf(ctx.table);
  const y = r.youngTeachers;
  const p: NoteParagraph[] = [];
  if (y.base === 0) {
    p.push(text('Возраст и стаж педагогов не указаны: число молодых педагогов определить нельзя.'));
    return { key: 'young', title: 'Молодые педагоги и наставничество', paragraphs: p };
  }
  p.push(text(`Молодые педагоги (${y.rule}): ${y.count} из ${teachers(y.base)} с известными возрастом и стажем (${formatPercentRu(y.share)}).`));
  if (y.unknown > 0) p.push(text(`${verbRu(y.unknown, 'Не учтён', 'Не учтены')}, так как не указан возраст или стаж: ${teachers(y.unknown)}.`));
  if (y.count > 0) {
    if (y.mentored === null) {
      p.push(text('Столбца «Наставник» в таблице нет: охват молодых педагогов наставничеством не определён.'));
    } else {
      const without = y.count - y.mentored;
      p.push(text(
        `С наставником — ${y.mentored} (${formatPercentRu(y.mentoredShare)}); без наставника — ${without}` +
        `${y.mentorBlank > 0 ? `, в том числе у ${y.mentorBlank} графа «Наставник» не заполнена` : ''}.`,
      ));
      const byMuni = new Map<string, number>();
      for (const x of r.teachers) {
        // A blank mentor cell counts as no mentor, as in the coverage above.
        if (x.young === true && x.mentor !== true && x.municipality) byMuni.set(x.municipality, (byMuni.get(x.municipality) ?? 0) + 1);
      }
      const worst = [...byMuni].sort((a, b) => b[1] - a[1]).slice(0, NAMED);
      // «Больше всего» only when some municipality has more than one: with one each it would be odd.
      const lead = worst.length > 0 && worst[0][1] > 1 ? 'Больше всего молодых педагогов без наставника' : 'Молодые педагоги без наставника';
      if (worst.length > 0) p.push(text(`${lead}: ${joinRu(worst.map(([m, n]) => `${m} (${n})`))}.`, worst.map(([m]) => m)));
    }
  }
  return { key: 'young', title: 'Молодые педагоги и наставничество', paragraphs: p };
}

export function rosterProblemsSection(ctx: TableContext): SectionDraft {
  const { table: t, analysis } = ctx;
  const r = rosterOf(t);
  const p: NoteParagraph[] = [];
  const critical = bound(analysis.options.critical);
  const areas = t.indicators
    .map((a) => ({ a, c: regionCell(r, a.id) }))
    .filter((x) => x.c && x.c.share !== null && x.c.below > 0)
    .sort((x, y) => y.c!.share! - x.c!.share!);
  if (areas.length === 0) {
    p.push(text(`Педагогов с результатом ниже критического уровня (${critical}) ни по одной области нет.`));
    return { key: 'problems', title: 'Проблемные зоны', paragraphs: p };
  }
  p.push(text(`Доля педагогов с результатом ниже критического уровня (${critical}) по областям и муниципалитеты, где она выше, чем по региону:`));
  for (const { a, c } of areas) {
    const munis = aboveRegion(r, a.id, 'municipality').slice(0, NAMED);
    const where = munis.length > 0 ? ` Выше, чем по региону: ${joinRu(munis.map((m) => `${unitName(m)} (${formatPercentRu(m.share)})`))}.` : '';
    p.push(item(`${quoted(a.name)}: по региону ${formatPercentRu(c!.share)}.${where}`, munis.map(unitName)));
  }
  const schools = new Map<string, { cell: DeficitMapCell; areas: string[] }>();
  for (const a of t.indicators) {
    for (const c of r.deficitMap) {
      if (c.level !== 'school' || c.areaId !== a.id || c.share === null || c.withData < MIN_SCHOOL_TEACHERS || displayPercent(c.share) <= 50) continue;
      const slot = schools.get(c.unit) ?? { cell: c, areas: [] };
      slot.areas.push(a.name);
      schools.set(c.unit, slot);
    }
  }
  if (schools.size > 0) {
    const list = [...schools.values()].sort((x, y) => y.areas.length - x.areas.length || y.cell.teachers - x.cell.teachers);
    const shown = list.slice(0, 10).map((s) => `${unitName(s.cell)} — ${joinRu(s.areas.map(quoted))}`);
    p.push(text(
      `Образовательные организации, где ниже критического уровня больше половины педагогов (не менее ${MIN_SCHOOL_TEACHERS} с результатом) хотя бы по одной области: ` +
      `${shown.join('; ')}${list.length > 10 ? `; и ещё ${list.length - 10}` : ''}. Полная картина — на листе «Карта дефицитов».`,
      list.map((s) => unitName(s.cell)),
    ));
  }
  const risky = r.subjectRisk.filter((s) => s.mean !== null && s.mean > 0).slice(0, 3);
  if (risky.length > 0) {
    const lines = risky.map((s) => {
      const worst = [...s.areas].filter((x) => x.share !== null).sort((x, y) => y.share! - x.share!)[0];
      return `${s.subject} — ${formatPercentRu(s.mean)}${worst ? ` (больше всего ниже критического уровня — в области ${quoted(worst.area)}: ${formatPercentRu(worst.share)} педагогов)` : ''}`;
    });
    p.push(text(`Наибольший риск по предметам (средняя по областям доля педагогов ниже критического уровня): ${lines.join('; ')}.`));
  }
  return { key: 'problems', title: 'Проблемные зоны', paragraphs: p };
}

export function rosterRecommendationsSection(ctx: TableContext): SectionDraft {
  const { table: t, catalogue, groups } = ctx;
  const r = rosterOf(t);
  const p: NoteParagraph[] = [];
  const c = t.clusters;
  if (c && c.clusters.length > 0) {
    p.push(text('По кластерам педагогов:'));
    for (const k of c.clusters) {
      if (k.actions.length === 0) continue;
      p.push(item(`${k.name} (${teachers(k.size)}): ${k.actions.join(' ')}`));
    }
  } else {
    const weakest = ctx.analysis.options.bands[ctx.analysis.options.bands.length - 1];
    const recs = weakest ? forGroup(catalogue, weakest.group, groups) : [];
    const n = t.entities.filter((e) => e.group === weakest?.group).length;
    if (recs.length > 0 && n > 0) p.push(item(`Педагогам с общим результатом ${weakest.label} (${teachers(n)}): ${recs.map((x) => x.text).join(' ')}`));
  }
  const y = r.youngTeachers;
  if (y.count > 0) {
    const recs = [...forTheme(catalogue, 'молодые педагоги'), ...(y.mentored !== null && y.mentored < y.count ? forTheme(catalogue, 'наставничество') : [])];
    if (recs.length > 0) p.push(item(`Молодые педагоги (${y.count}${y.mentored !== null ? `, без наставника — ${y.count - y.mentored}` : ''}): ${recs.map((x) => x.text).join(' ')}`));
  }
  const courses = forTheme(catalogue, 'повышение квалификации');
  const routes = forTheme(catalogue, 'дефициты и ИОМ');
  // Weakest area first (the highest share below critical), so «в первую очередь» follows it.
  const areas = t.indicators
    .filter((a) => {
      const cell = regionCell(r, a.id);
      return cell && cell.share !== null && cell.below > 0 && a.status !== 'ok';
    })
    .sort((a, b) => regionCell(r, b.id)!.share! - regionCell(r, a.id)!.share!);
  if (areas.length > 0 && (courses.length > 0 || routes.length > 0)) {
    const first = areas
      .flatMap((a) => aboveRegion(r, a.id, 'municipality').slice(0, 3).map(unitName))
      .filter((m, i, all) => all.indexOf(m) === i)
      .slice(0, NAMED);
    p.push(item(
      `Области ${joinRu(areas.map((a) => quoted(a.name)))}${first.length > 0 ? `; в первую очередь — ${joinRu(first)}` : ''}: ${[...routes, ...courses].map((x) => x.text).join(' ')}`,
      first,
    ));
  }
  if (p.length === 0) p.push(text('Особых мер по результатам диагностики не требуется: дефицитов ниже критического уровня нет.'));
  return { key: 'recommendations', title: 'Рекомендации', paragraphs: p };
}
