/**
 * Picking recommendations for the note: for a group of entities, and for a theme of problem
 * zones. Built-in group entries are written for three bands (strongest, middle, weakest); with
 * another number of bands the first band takes the strongest text, the last the weakest and
 * the rest the middle one. Entries from a «Рекомендации» sheet are taken by their number as
 * written.
 *
 * Example:
 *   forGroup(builtInCatalogue(), 3, 3)                 // → [the group-3 text]
 *   forTheme(builtInCatalogue(), 'наставничество', 2)  // → [the mentoring text]
 *   themeFor(builtInCatalogue(), 'Доля молодых педагогов с наставником') // → 'наставничество'
 */

import type { Recommendation, RecommendationCatalogue } from './catalogue';
import { themeOf } from './themes';

function builtInGroup(group: number, groups: number): number {
  if (group <= 1) return 1;
  if (group >= groups) return 3;
  return 2;
}

function groupMatches(e: Recommendation, group: number | null, groups: number): boolean {
  if (e.group === null) return true;
  if (group === null) return false;
  return e.source === 'built-in' ? e.group === builtInGroup(group, groups) : e.group === group;
}

/** Recommendations for a group as a whole (entries without a theme). */
export function forGroup(c: RecommendationCatalogue, group: number, groups: number): Recommendation[] {
  return c.entries.filter((e) => e.theme === null && e.group !== null && groupMatches(e, group, groups));
}

/**
 * Recommendations for a theme; `group` narrows to entries for that group or for any group
 * (a group-specific entry comes first). Falls back to the «*» entries when the theme has none.
 */
export function forTheme(c: RecommendationCatalogue, theme: string | null, group: number | null = null, groups = 3): Recommendation[] {
  const pick = (t: string) =>
    c.entries
      .filter((e) => e.theme === t && groupMatches(e, group, groups))
      .sort((a, b) => (a.group === null ? 1 : 0) - (b.group === null ? 1 : 0));
  const own = theme !== null ? pick(theme) : [];
  return own.length > 0 ? own : pick('*');
}

/** Theme of an indicator name under this catalogue's themes (the sheet's own themes first). */
export function themeFor(c: RecommendationCatalogue, indicatorName: string): string | null {
  return themeOf(indicatorName, c.themes);
}
