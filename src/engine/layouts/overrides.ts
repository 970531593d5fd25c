/**
 * The user's corrections to the count/base pairs (options.pairs, column letters as in Excel)
 * turned into view columns of a table. A pair names its sheet; it applies to the table read
 * from that sheet (and so to every sheet of the same template). Letters that point outside
 * the table's data columns are reported and ignored, never guessed.
 *
 * Example:
 *   { sheet: 'Лист1', numerator: 'D', base: 'B', declared: null } on a table starting in A
 *   → { numerator: 3, base: 1, declared: null, declaredFixed: true, manual: true,
 *       reason: 'задано пользователем' }
 */

import type { PairOverride } from '../options';
import type { ProblemList } from '../problems';
import { columnIndex } from '../address';
import type { TableFrame } from './tableFrame';
import type { InferredPair } from './pairs';

export function resolveOverrides(
  overrides: PairOverride[],
  frames: TableFrame[],
  dataCols: Set<number>,
  problems: ProblemList,
): InferredPair[] {
  const first = frames[0];
  const sheets = new Set(frames.map((f) => f.sheet));
  const out: InferredPair[] = [];
  for (const o of overrides) {
    if (!sheets.has(o.sheet)) continue;
    const at = (letter: string) => columnIndex(letter.trim()) - first.view.sheet.startCol - first.view.left;
    const describe = `${o.numerator}/${o.base}${o.declared ? `/${o.declared}` : ''}`;
    if (first.transposed) {
      problems.warning(null, o.sheet, 'pairing', `Пара столбцов ${describe} из настроек не применена: таблица на листе «${o.sheet}» прочитана в транспонированном виде.`);
      continue;
    }
    const num = at(o.numerator);
    const base = at(o.base);
    const declared = o.declared ? at(o.declared) : null;
    const bad = [num, base, ...(declared !== null ? [declared] : [])].some((c) => !dataCols.has(c)) || num === base;
    if (bad) {
      problems.warning(null, o.sheet, 'pairing', `Пара столбцов ${describe} из настроек не найдена среди столбцов с данными на листе «${o.sheet}»; она не применена.`);
      continue;
    }
    out.push({
      numerator: num,
      base,
      declared,
      declaredFixed: o.declared !== undefined,
      reason: 'задано пользователем',
      manual: true,
    });
  }
  return out;
}
