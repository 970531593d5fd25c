/**
 * The pane's choice of cluster features as plain functions (kept apart from the React
 * component so the rules are tested without a browser): `null` means «every feature», the
 * default; unticking a feature from «every» keeps all the others; ticking the last one back
 * returns to «every»; the last ticked feature cannot be unticked (k-means needs a feature).
 *
 * Example:
 *   toggleFeature(['Предметные', 'Методические', 'Цифровые'], null, 'Цифровые', false)
 *   // → ['Предметные', 'Методические']
 *   toggleFeature(['Предметные', 'Методические'], ['Предметные'], 'Методические', true) // → null
 */

export function toggleFeature(available: readonly string[], chosen: readonly string[] | null, name: string, on: boolean): string[] | null {
  const current = chosen ?? available;
  const next = on ? [...new Set([...current, name])] : current.filter((n) => n !== name);
  if (next.length === 0) return chosen === null ? null : [...chosen];
  const ordered = available.filter((n) => next.includes(n));
  return ordered.length === available.length ? null : ordered;
}

/** Is this feature ticked? */
export function isChosen(chosen: readonly string[] | null, name: string): boolean {
  return chosen === null || chosen.includes(name);
}

/** Feature names of all recognised tables, once each, in table order. */
export function featureNames(tables: readonly { clusterFeatures: { name: string }[] }[]): string[] {
  return [...new Set(tables.flatMap((t) => t.clusterFeatures.map((f) => f.name)))];
}

/** The numbers of clusters the pane offers besides «автоматически». */
export const K_CHOICES = [2, 3, 4, 5, 6] as const;
