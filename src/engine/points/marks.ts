/**
 * What a parameter cell of an evaluation sheet says: marked (the parameter is met) or not.
 * Evaluation sheets are filled with 1/0, «да»/«нет», a dash, or left empty (seed 004's tables:
 * «1 1 1 3»; «-» on block rows). The points a mark is worth come from the scheme, not from the
 * cell, so a «Методика» weight of 2 counts a «1» or «да» as 2 points.
 *
 * A penalty cell (неэффективные показатели, −1 in the scheme) is marked by «1», «да» or «-1»
 * alike: sheets write the fact ("there is one") as often as the points ("−1").
 *
 * Example:
 *   readMark(1, null, false)       → { marked: true,  value: 1,  kind: 'number', issue: null }
 *   readMark('нет', null, false)   → { marked: false, value: 0,  kind: 'no',     issue: null }
 *   readMark(null, null, false)    → { marked: false, value: null, kind: 'empty', issue: null }
 *   readMark(-1, null, true)       → { marked: true,  value: -1, kind: 'number', issue: null }
 *   readMark('см. файл', null, false) → { marked: false, value: null, kind: 'text', issue: 'unreadable' }
 */

import type { CellValue } from '../grid';
import { parseCell, type ParsedKind } from '../values/parseCell';

export interface Mark {
  marked: boolean;
  /** The number the cell holds (yes → 1, no → 0), null when none. */
  value: number | null;
  kind: ParsedKind;
  /** Something the user should hear about; the cell is then read as "not marked". */
  issue: 'unreadable' | 'missing' | 'text-ignored' | 'negative' | 'fraction' | null;
  /** Text that followed the value and was ignored. */
  ignoredText?: string;
}

export function readMark(raw: CellValue, format: string | null, penalty: boolean): Mark {
  const p = parseCell(raw, format);
  switch (p.kind) {
    case 'empty':
      return { marked: false, value: null, kind: p.kind, issue: null };
    case 'missing':
      return { marked: false, value: null, kind: p.kind, issue: 'missing' };
    case 'text':
    case 'error':
      return { marked: false, value: null, kind: p.kind, issue: 'unreadable' };
    default: {
      const value = p.value ?? 0;
      // 0,5 in a parameter: the district gives partial credit; it is scored as written (scoring
      // it as a whole point would call the district's correct «всего 2,5» an error) and the
      // user is told that the scheme counts whole points.
      const fraction = !penalty && value > 0 && value < 1;
      const issue = p.ignoredText ? 'text-ignored' : !penalty && value < 0 ? 'negative' : fraction ? 'fraction' : null;
      const marked = penalty ? value !== 0 : value > 0;
      return { marked, value, kind: p.kind, issue, ignoredText: p.ignoredText };
    }
  }
}

/** A dash written on a block's header row in place of a parameter («Мониторинг | - | - | - | 12»). */
export function isDash(raw: CellValue): boolean {
  return typeof raw === 'string' && /^[\s]*[-−–—‒]{1,2}[\s]*$/.test(raw);
}
