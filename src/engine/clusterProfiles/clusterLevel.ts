/**
 * Which level a cluster is described by, for the note and the pane alike: the members' mean
 * overall result («средний результат», the figure Сводная gives each member) when there is one,
 * otherwise the mean of the centre over the clustering features («в среднем по признакам» — a
 * roster's teachers have no overall result). Each side formats the number its own way.
 *
 * Example:
 *   clusterLevel({ meanResult: 41.6, mean: 39.7 }) // → { label: 'средний результат', value: 41.6 }
 *   clusterLevel({ meanResult: null, mean: 39.7 }) // → { label: 'в среднем по признакам', value: 39.7 }
 */

export function clusterLevel(p: { meanResult: number | null; mean: number }): { label: 'средний результат' | 'в среднем по признакам'; value: number } {
  return p.meanResult !== null ? { label: 'средний результат', value: p.meanResult } : { label: 'в среднем по признакам', value: p.mean };
}
