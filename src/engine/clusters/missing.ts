/**
 * Missing values: a row with any missing feature (null, undefined, NaN, ±Infinity) is left
 * out of the clustering and reported with its row and the features that are missing; it
 * gets no cluster (`null`). A missing value is never taken as 0.
 *
 * Why leave out rather than impute the mean: a cluster is a recommendation about a person
 * or a school (an individual route, a mentor, the methodical asset). A mean put in the
 * place of an unknown score pulls the row towards the middle cluster and gives it a
 * recommendation the data do not support; the methodologist should rather see that the
 * data are incomplete and complete them. Left-out rows are listed so that nothing
 * disappears silently.
 *
 * Example:
 *   splitComplete([[70, 80], [null, 60], [55, NaN]], ['A', 'B'])
 *   // { complete: [0], leftOut: [{ row: 1, label: 'строка 2', missing: ['A'] },
 *   //                            { row: 2, label: 'строка 3', missing: ['B'] }] }
 */
import { LeftOutRow } from './types';
import { rowName } from './formatRu';

export type Cell = number | null | undefined;

export function isPresent(v: Cell): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

export function splitComplete(
  rows: readonly (readonly Cell[])[],
  featureNames: readonly string[],
  rowLabels?: readonly string[],
): { complete: number[]; leftOut: LeftOutRow[] } {
  const complete: number[] = [];
  const leftOut: LeftOutRow[] = [];
  rows.forEach((row, i) => {
    const missing = featureNames.filter((_, j) => !isPresent(row[j]));
    if (missing.length === 0) complete.push(i);
    else leftOut.push({ row: i, label: rowName(i, rowLabels), missing });
  });
  return { complete, leftOut };
}

/** Russian sentence for one left-out row. */
export function leftOutMessage(r: LeftOutRow): string {
  const what = r.missing.map((m) => `«${m}»`).join(', ');
  const noun = r.missing.length === 1 ? 'нет значения' : 'нет значений';
  return `${capitalise(r.label)}: ${noun} ${what} — строка не включена в кластеризацию (пропуск не заменяется нулём).`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
