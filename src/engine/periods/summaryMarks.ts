/**
 * The «Динамика» column of Сводная (issue 5, point 2: «improved / declined / unchanged are
 * marked in Сводная»): for a table compared with the previous period, each entity's mark —
 * «рост (+12,5 п.п.)», «снижение (−3,0 п.п.)», «без изменений», or «только в текущем периоде».
 * Null when the table was not compared, so Сводная keeps its usual columns.
 *
 * Example:
 *   summaryChangeMarks(analysis, 0)?.('Кировский район') // → { value: 'рост (+12,5 п.п.)', style: 'good' }
 */

import type { Analysis } from '../analysis';
import type { OutCell } from '../output/plan';
import { text } from '../output/cells';
import { CHANGE_STYLES, ONLY_CURRENT_LABEL, changeLabel } from './statusLabels';

export const SUMMARY_CHANGE_HEADER = 'Динамика';

export function summaryChangeMarks(analysis: Analysis, tableIndex: number): ((entity: string) => OutCell) | null {
  const tc = analysis.changes?.tables.find((x) => x.table === tableIndex);
  if (!tc) return null;
  const byName = new Map(tc.entities.map((e) => [e.entity, e]));
  const fresh = new Set(tc.onlyCurrent.entities);
  return (entity: string) => {
    const e = byName.get(entity);
    if (e && e.status) return text(changeLabel(e.status, e.fulfilmentChange), CHANGE_STYLES[e.status]);
    if (fresh.has(entity)) return text(ONLY_CURRENT_LABEL, 'attention');
    return { value: null };
  };
}
