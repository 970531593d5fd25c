/**
 * Russian words for a change between periods, as Сводная and «Динамика» show them, with the
 * cell style: a rise green, a fall red, no change unstyled.
 *
 * Example:
 *   changeLabel('improved', 12.5) // → 'рост (+12,5 п.п.)'
 *   CHANGE_STYLES.declined        // → 'deficit'
 */

import type { CellStyle } from '../output/plan';
import { formatSignedPointsRu } from '../text/percent';
import type { ChangeStatus } from './types';

export const CHANGE_WORDS: Record<ChangeStatus, string> = {
  improved: 'рост',
  declined: 'снижение',
  unchanged: 'без изменений',
};

export const CHANGE_STYLES: Record<ChangeStatus, CellStyle | undefined> = {
  improved: 'good',
  declined: 'deficit',
  unchanged: undefined,
};

export const ONLY_CURRENT_LABEL = 'только в текущем периоде';
export const ONLY_PREVIOUS_LABEL = 'только в предыдущем периоде';

/** «рост (+12,5 п.п.)», «без изменений»; p.p. only for percentages. */
export function changeLabel(status: ChangeStatus, change: number | null, percent = true): string {
  if (status === 'unchanged' || change === null || !percent) return CHANGE_WORDS[status];
  return `${CHANGE_WORDS[status]} (${formatSignedPointsRu(change)})`;
}
