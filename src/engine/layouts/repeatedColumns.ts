/**
 * Two count columns under the same heading that disagree. District forms repeat the base of a
 * block («Всего педагогических работников» over the training block, and again over the
 * contests block); a district that typed 1 010 in one and 1 100 in the other has made an
 * error that a share check can only hint at («Указана доля 5,1, а получается 4,73 %»). The
 * two columns are compared row by row, and each row where they differ is reported at the later
 * cell, naming both numbers (finding of the sixth acceptance set).
 *
 * Example:
 *   C «Всего педагогических работников, чел.» 1 010 and J (same heading) 1 100 for Кировский район
 *   → warning at J15: «Столбцы C и J называются одинаково («Всего педагогических работников,
 *     чел.»), но в строке «Кировский район» числа в них разные: 1010 и 1100 — проверьте, какое верно.»
 */

import * as cellState from '../values/cellState';
import { columnLetter } from '../address';
import type { ProblemList } from '../problems';
import type { ColumnValues } from './columnValues';
import type { RowRef } from './entityRows';
import { formatNumber } from './cellMessages';

export interface CountColumn {
  col: number;
  header: string;
  values: ColumnValues;
}

/** At most this many rows are reported per pair of columns; the rest are counted. */
const ROWS_SHOWN = 20;

const norm = (s: string) => s.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

export function reportRepeatedColumns(columns: CountColumn[], rows: RowRef[], problems: ProblemList): void {
  const byHeader = new Map<string, CountColumn[]>();
  for (const c of columns) {
    const k = norm(c.header);
    if (k === '') continue;
    const list = byHeader.get(k);
    if (list) list.push(c);
    else byHeader.set(k, [c]);
  }
  for (const list of byHeader.values()) {
    for (let j = 1; j < list.length; j++) {
      const [a, b] = [list[0], list[j]];
      let shown = 0;
      let more = 0;
      for (let i = 0; i < rows.length; i++) {
        if (a.values.states[i] !== cellState.S_OK || b.values.states[i] !== cellState.S_OK) continue;
        if (a.values.values[i] === b.values.values[i]) continue;
        if (shown >= ROWS_SHOWN) {
          more++;
          continue;
        }
        shown++;
        const r = rows[i];
        const letters = (c: CountColumn) => columnLetter(r.view.sheet.startCol + r.view.gridCol(r.row, c.col));
        problems.warning(
          r.view.address(r.row, b.col),
          r.view.name,
          'declared-total-mismatch',
          `Столбцы ${letters(a)} и ${letters(b)} называются одинаково («${a.header}»), но в строке «${r.name}» числа в них разные: ${formatNumber(a.values.values[i])} и ${formatNumber(b.values.values[i])} — проверьте, какое верно.`,
        );
      }
      if (more > 0) {
        problems.warning(null, rows[0]?.view.name ?? null, 'declared-total-mismatch', `Столбцы с заголовком «${a.header}» расходятся ещё в ${more} строках (показаны первые ${ROWS_SHOWN}).`);
      }
    }
  }
}
