/**
 * Which features to cluster on, when the user named them (`options.clusters.features`, the
 * command line's `--features "Предметные,Методические"`, the pane's choice). A name matches a
 * feature by its id («F», «2.1»), its full name, or the beginning of its name, regardless of
 * case and «ё»; a name that matches nothing is reported and ignored, and when nothing at all
 * matches, every feature is used (so a typo does not leave the user without clusters).
 *
 * Example:
 *   selectFeatures([{ id: 'I', name: 'Предметные' }, { id: 'J', name: 'Методические' }, { id: 'K', name: 'Цифровые' }],
 *                  ['предметн', 'Цифровые', 'Творческие'])
 *   // → { selected: [0, 2], unknown: ['Творческие'] }
 */

export interface FeatureRef {
  id: string;
  name: string;
}

function norm(s: string): string {
  return s.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

export function selectFeatures(available: readonly FeatureRef[], wanted: readonly string[] | undefined): { selected: number[]; unknown: string[] } {
  const all = available.map((_, i) => i);
  if (!wanted || wanted.length === 0) return { selected: all, unknown: [] };
  const picked = new Set<number>();
  const unknown: string[] = [];
  for (const w of wanted) {
    const t = norm(w);
    if (t === '') continue;
    let i = available.findIndex((f) => norm(f.id) === t || norm(f.name) === t);
    if (i < 0) i = available.findIndex((f) => norm(f.name).startsWith(t));
    if (i < 0) i = available.findIndex((f) => norm(f.name).includes(t));
    if (i < 0) unknown.push(w.trim());
    else picked.add(i);
  }
  if (picked.size === 0) return { selected: all, unknown };
  return { selected: all.filter((i) => picked.has(i)), unknown };
}
