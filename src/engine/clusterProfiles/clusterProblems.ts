/**
 * The clustering's findings in the problem list («Проверка данных»), once per table: how k
 * was chosen, standardisation, a weak structure, dropped features — each as the core wrote
 * it — and the rows left out for a missing feature as ONE line with their number and the first
 * few names, because every missing cell is already reported with its address by the reader.
 *
 * Example:
 *   clusterProblems(summary, 'Педагоги', problems)
 *   // problems: «Кластеры (педагоги): Число кластеров 3 выбрано по наибольшему среднему силуэту …»,
 *   //           «Кластеры (педагоги): 12 строк с пропусками не включены в кластеризацию: П-0005, П-0107, … .»
 */

import type { ProblemList } from '../problems';
import type { ClusterSummary } from './types';
import { countRu, verbRu } from '../text/plural';

const FIRST_NAMES = 5;

export function clusterProblems(summary: ClusterSummary, sheet: string, problems: ProblemList): void {
  const who = summary.audience === 'teachers' ? 'педагоги' : 'объекты';
  const prefix = `Кластеры (${who})`;
  const leftOut = summary.messages.filter((m) => m.code === 'missing-values');
  for (const m of summary.messages) {
    if (m.code === 'missing-values' || m.code === 'silhouette-sampled') continue;
    const severity = m.severity === 'error' ? 'warning' : m.severity;
    problems.add({ cell: null, sheet, severity, code: 'clusters', message: `${prefix}: ${m.message}` });
  }
  if (leftOut.length > 0) {
    const names = summary.assignments.filter((a) => a.cluster === null).slice(0, FIRST_NAMES).map((a) => a.name);
    const more = leftOut.length > FIRST_NAMES ? ', …' : '';
    problems.warning(
      null,
      sheet,
      'clusters',
      `${prefix}: ${countRu(leftOut.length, ['строка', 'строки', 'строк'])} с пропусками ${verbRu(leftOut.length, 'не включена', 'не включены')} в кластеризацию (пропуск не заменяется нулём): ${names.join(', ')}${more}.`,
    );
  }
}
