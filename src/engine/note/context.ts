/**
 * What every section of the note needs to know about the table it speaks of: the analysis and
 * the table, the noun for its entities (район, организация …), the recommendations in force
 * and the number of groups. Built once per table by buildNote.
 *
 * Example:
 *   const ctx = tableContext(analysis, 0);
 *   countRu(ctx.table.entities.length, ctx.noun.forms) // → '5 муниципальных образований'
 */

import type { Analysis, TableAnalysis } from '../analysis';
import type { EntityNoun } from '../text/entityNoun';
import { tableNoun } from '../text/entityNoun';
import type { RecommendationCatalogue } from '../recommendations/catalogue';
import { builtInCatalogue } from '../recommendations/catalogue';
import { formatPercentBound } from '../options';
import { NBSP } from '../text/percent';
import type { NoteParagraph, NoteSectionKey } from './document';
import { REGION_LABEL } from '../output/labels';
import { isTotalName } from '../layouts/vocabulary';
import { entityLabels, type EntityLabels } from '../text/entityLabels';

export interface TableContext {
  analysis: Analysis;
  table: TableAnalysis;
  index: number;
  noun: EntityNoun;
  catalogue: RecommendationCatalogue;
  /** Number of group bands. */
  groups: number;
  /** Name of the «Проверка данных» sheet as written in this workbook. */
  problemsSheet: string;
  /**
   * The table's one entity is one municipality or school (a self-assessment), not the region
   * itself (a single «Результаты» column, or a totals row read as the table): only then has it
   * a group of its own to name and to advise.
   */
  singleEntity: boolean;
  /** The entities' names as the note writes them: a name entered twice gets its row. */
  labels: EntityLabels;
}

/** A section before numbering: buildNote adds the number, level and table. */
export interface SectionDraft {
  key: NoteSectionKey;
  title: string;
  paragraphs: NoteParagraph[];
}

export const INDICATOR_FORMS = ['показатель', 'показателя', 'показателей'] as const;
export const CRITERION_FORMS = ['критерий', 'критерия', 'критериев'] as const;
/** Positions of an evaluation sheet (points). */
export const POSITION_FORMS = ['позиция', 'позиции', 'позиций'] as const;

export function tableContext(analysis: Analysis, index: number, problemsSheet: string): TableContext {
  const table = analysis.tables[index];
  return {
    analysis,
    table,
    index,
    noun: tableNoun(table, table.entities.slice(0, 50).map((e) => e.name)),
    catalogue: analysis.recommendations ?? builtInCatalogue(),
    groups: Math.max(1, analysis.options.bands.length),
    problemsSheet,
    singleEntity: table.entities.length === 1 && table.entities[0].name !== REGION_LABEL && !isTotalName(table.entities[0].name),
    labels: entityLabels(table),
  };
}

/** A threshold as the note writes it: «80 %». */
export function bound(x: number): string {
  return `${formatPercentBound(x)}${NBSP}%`;
}

export function text(t: string, entities?: string[]): NoteParagraph {
  return entities && entities.length > 0 ? { kind: 'text', text: t, entities } : { kind: 'text', text: t };
}

export function item(t: string, entities?: string[]): NoteParagraph {
  return entities && entities.length > 0 ? { kind: 'item', text: t, entities } : { kind: 'item', text: t };
}

export function caution(t: string): NoteParagraph {
  return { kind: 'caution', text: t };
}
