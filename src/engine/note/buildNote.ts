/**
 * Builds the analytical note («Справка», METHODOLOGY §7; issue 5) from the analysis alone:
 * title and period, then per table — general characteristic, results by criterion (or by
 * indicator), groups, what works, problem zones, clusters (when the table was clustered),
 * factors, change since the previous period, recommendations (a plan table gets «Выполнение
 * плана» instead; a teacher roster speaks of areas, young teachers, clusters, municipalities,
 * schools and subjects — sections/roster.ts) — and the data quality at the end. With several
 * tables each gets a numbered part of its own.
 *
 * Every percentage is formatted from the same value Сводная writes, rounded the same way (one
 * decimal, half away from zero), so the printed note and the summary agree digit for digit.
 *
 * Example:
 *   const doc = buildNote(analysis);
 *   doc.sections.map((s) => s.heading)
 *   // → ['1. Общая характеристика', '2. Результаты по критериям', '3. Группы', '4. Что получается',
 *   //    '5. Проблемные зоны', '6. Факторы, связанные с результатом', '7. Рекомендации', '8. Качество данных']
 */

import type { Analysis } from '../analysis';
import { OUTPUT_SHEET_NAMES } from '../sheetNames';
import { periodOf } from '../periods/periodLabel';
import { shorten } from './prose';
import { NOTE_TITLE, type NoteDocument, type NoteSection } from './document';
import { tableContext, text, type SectionDraft } from './context';
import { overviewSection } from './sections/overview';
import { resultsSection } from './sections/results';
import { groupsSection } from './sections/groups';
import { strengthsSection } from './sections/strengths';
import { problemsSection } from './sections/problems';
import { factorsSection } from './sections/factors';
import { changesSection } from './sections/changes';
import { recommendationsSection } from './sections/recommendations';
import { planSection } from './sections/plan';
import { dataSection } from './sections/data';
import { clustersSection } from './sections/clusters';
import {
  rosterOverviewSection,
  rosterProblemsSection,
  rosterRecommendationsSection,
  rosterResultsSection,
  youngTeachersSection,
} from './sections/roster';

export interface NoteOptions {
  /** Name of the «Проверка данных» sheet as the plan writes it (may be «Проверка данных (2)»). */
  problemsSheet?: string;
}

function tableDrafts(analysis: Analysis, index: number, problemsSheet: string): SectionDraft[] {
  const ctx = tableContext(analysis, index, problemsSheet);
  const drafts: (SectionDraft | null)[] =
    ctx.table.layout === 'plan'
      ? [planSection(ctx), problemsSection(ctx), changesSection(ctx), recommendationsSection(ctx)]
      : ctx.table.layout === 'roster' && ctx.table.roster
      ? [
          rosterOverviewSection(ctx),
          rosterResultsSection(ctx),
          youngTeachersSection(ctx),
          clustersSection(ctx),
          rosterProblemsSection(ctx),
          changesSection(ctx),
          rosterRecommendationsSection(ctx),
        ]
      : [
          overviewSection(ctx),
          resultsSection(ctx),
          groupsSection(ctx),
          strengthsSection(ctx),
          problemsSection(ctx),
          clustersSection(ctx),
          factorsSection(ctx),
          changesSection(ctx),
          recommendationsSection(ctx),
        ];
  // A plan's problem zones are its indicators below target; skip the section when there is nothing to say.
  return drafts.filter((d): d is SectionDraft => d !== null && d.paragraphs.length > 0)
    .filter((d) => !(ctx.table.layout === 'plan' && d.key === 'problems' && d.paragraphs.length === 1 && /не выявлено/.test(d.paragraphs[0].text)));
}

export function buildNote(analysis: Analysis, opts: NoteOptions = {}): NoteDocument {
  const problemsSheet = opts.problemsSheet ?? OUTPUT_SHEET_NAMES.problems;
  const titles = analysis.tables.map((t) => t.title).filter((x): x is string => !!x && x.trim() !== '');
  const period = analysis.options.period ?? periodOf([...titles, ...analysis.tables.flatMap((t) => t.sheets)]);
  const subject = analysis.tables.length === 1 ? titles[0] ?? null : null;
  const sections: NoteSection[] = [];
  let top = 0;
  const several = analysis.tables.length > 1;

  analysis.tables.forEach((t, i) => {
    const drafts = tableDrafts(analysis, i, problemsSheet);
    if (several) {
      top++;
      const name = t.title ? shorten(t.title, 110) : `лист${t.sheets.length > 1 ? 'ы' : ''} ${t.sheets.map((s) => `«${s}»`).join(', ')}`;
      // A title that numbers its table itself («Таблица 2. …») is not numbered a second time.
      const heading = /^таблица\s+\d/i.test(name) ? `${top}. ${name}` : `${top}. Таблица ${i + 1}: ${name}`;
      sections.push({ key: 'table', level: 1, heading, paragraphs: [], table: i });
      drafts.forEach((d, k) => sections.push({ key: d.key, level: 2, heading: `${top}.${k + 1}. ${d.title}`, paragraphs: d.paragraphs, table: i }));
    } else {
      drafts.forEach((d) => {
        top++;
        sections.push({ key: d.key, level: 1, heading: `${top}. ${d.title}`, paragraphs: d.paragraphs, table: i });
      });
    }
  });
  if (analysis.tables.length === 0) {
    top++;
    sections.push({ key: 'overview', level: 1, heading: `${top}. Общая характеристика`, paragraphs: [text('Таблицы мониторинга в книге не найдены.')], table: null });
  }
  const data = dataSection(analysis, problemsSheet);
  top++;
  sections.push({ key: data.key, level: 1, heading: `${top}. ${data.title}`, paragraphs: data.paragraphs, table: null });
  return { title: NOTE_TITLE, subject, period, sections };
}
