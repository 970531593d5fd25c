/**
 * The analytical note («Справка», METHODOLOGY §7) as a structure, before it becomes a sheet
 * or JSON: a title, the period, and numbered sections of paragraphs. Every sentence is final
 * Russian text; the sheet builder only lays it out, the JSON carries it as is.
 *
 * Example:
 *   { title: 'Аналитическая справка по результатам мониторинга', period: '2019/2020 учебный год',
 *     subject: 'Результаты мониторинга … Республики Ингушетия',
 *     sections: [{ key: 'overview', level: 1, heading: '1. Общая характеристика',
 *                  paragraphs: [{ kind: 'text', text: 'Охват мониторинга: 5 муниципальных образований.' }] }] }
 */

export type NoteSectionKey =
  | 'table'
  | 'overview'
  | 'criteria'
  | 'indicators'
  | 'groups'
  | 'strengths'
  | 'problems'
  | 'factors'
  | 'changes'
  | 'recommendations'
  | 'plan'
  | 'clusters'
  | 'young'
  | 'data';

export interface NoteParagraph {
  /** 'item' is a list item (printed with a dash), 'caution' a reservation in italics-like note style. */
  kind: 'text' | 'item' | 'caution';
  text: string;
  /** Entities named in the paragraph, in order (for the pane and for tests). */
  entities?: string[];
}

export interface NoteSection {
  key: NoteSectionKey;
  /** 1 for a section, 2 for a section within a table's part when the workbook has several tables. */
  level: 1 | 2;
  /** Numbered heading: «2. Результаты по критериям». */
  heading: string;
  paragraphs: NoteParagraph[];
  /** Index of the table the section speaks of; null for the whole workbook. */
  table: number | null;
}

export interface NoteDocument {
  title: string;
  /** What was monitored (the table title), or null. */
  subject: string | null;
  /** «2019/2020 учебный год», «по состоянию на 01.09.2020»; null when nothing states it. */
  period: string | null;
  sections: NoteSection[];
}

export const NOTE_TITLE = 'Аналитическая справка по результатам мониторинга';
