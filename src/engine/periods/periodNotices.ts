/**
 * Notices for the «Проверка данных» list after comparing two periods: the entities and
 * indicators found in one period only, and tables without a counterpart, so that nothing is
 * dropped silently (issue 5, point 2). They are information, not errors: a new district or a
 * new indicator is a normal event.
 *
 * Example:
 *   periodNotices(changes, problems)
 *   // problems: «Только в текущем периоде (лист «2024»): Новый район.»
 */

import type { ProblemList } from '../problems';
import type { PeriodChanges } from './types';

function sheetsPhrase(sheets: string[]): string {
  return sheets.length === 1 ? `лист «${sheets[0]}»` : `листы ${sheets.map((s) => `«${s}»`).join(', ')}`;
}

export function periodNotices(changes: PeriodChanges, problems: ProblemList): void {
  const prev = sheetsPhrase(changes.previousSheets);
  const cur = sheetsPhrase(changes.currentSheets);
  for (const t of changes.tables) {
    if (t.onlyCurrent.entities.length > 0) {
      problems.info(null, null, 'periods', `Только в текущем периоде (${cur}), сравнить не с чем: ${t.onlyCurrent.entities.join(', ')}.`);
    }
    if (t.onlyPrevious.entities.length > 0) {
      problems.info(null, null, 'periods', `Только в предыдущем периоде (${prev}), в текущем нет данных: ${t.onlyPrevious.entities.join(', ')}.`);
    }
    if (t.onlyCurrent.indicators.length > 0) {
      problems.info(null, null, 'periods', `Показатели только текущего периода: ${t.onlyCurrent.indicators.map((n) => `«${n}»`).join(', ')}.`);
    }
    if (t.onlyPrevious.indicators.length > 0) {
      problems.info(null, null, 'periods', `Показатели только предыдущего периода: ${t.onlyPrevious.indicators.map((n) => `«${n}»`).join(', ')}.`);
    }
  }
  if (changes.tables.length === 0) {
    problems.warning(null, null, 'periods',
      `Таблицы предыдущего периода (${prev}) и текущего (${cur}) не удалось сопоставить: нет общих муниципалитетов или показателей.`);
  }
}
