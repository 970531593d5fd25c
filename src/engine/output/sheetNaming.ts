/**
 * Naming policy for the sheets the add-in writes. The canonical names come from
 * `OUTPUT_SHEET_NAMES` (sheetNames.ts). A sheet with that name that the add-in wrote itself
 * (owned) is reused — re-running replaces it; a sheet the user made is never touched, so the
 * add-in takes the next free name «Сводная (2)», «Сводная (3)», … Both adapters use this.
 *
 * Excel compares sheet names without regard to case, limits them to 31 characters, and
 * forbids the characters [ ] : * ? / \ (and an apostrophe at either end).
 *
 * Example:
 *   resolveSheetName('Сводная', { existing: ['Лист1', 'Сводная'] })                        // → 'Сводная (2)'
 *   resolveSheetName('Сводная', { existing: ['Сводная'], owned: ['Сводная'] })             // → 'Сводная'
 *   resolveSheetName('Сводная', { existing: ['Сводная', 'Сводная (2)'], owned: [] })       // → 'Сводная (3)'
 */

export const MAX_SHEET_NAME_LENGTH = 31;

const FORBIDDEN = /[[\]:*?/\\]/g;

/** Removes what Excel forbids in a sheet name and cuts it to 31 characters; never returns ''. */
export function sanitizeSheetName(name: string, fallback = 'Лист'): string {
  let s = name.replace(FORBIDDEN, ' ').replace(/[\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim();
  s = s.replace(/^'+|'+$/g, '').trim();
  if (s.length > MAX_SHEET_NAME_LENGTH) s = s.slice(0, MAX_SHEET_NAME_LENGTH).trim();
  s = s.replace(/'+$/g, '').trim();
  return s === '' ? fallback : s;
}

/** 'Сводная' + 2 → 'Сводная (2)', shortening the base so the result fits in 31 characters. */
export function numberedSheetName(base: string, n: number): string {
  const suffix = ` (${n})`;
  const room = MAX_SHEET_NAME_LENGTH - suffix.length;
  const b = base.length > room ? base.slice(0, room).trim() : base;
  return `${b}${suffix}`;
}

export interface NamingContext {
  /** Every sheet in the workbook now. */
  existing?: string[];
  /** Sheets the add-in wrote earlier (may be replaced). */
  owned?: string[];
  /** Names already given to other sheets of the same plan. */
  taken?: string[];
}

/**
 * The name to write a canonical output sheet under: the canonical name when it is free or
 * owned by the add-in, else the first free or owned «name (n)», n = 2, 3, …
 */
export function resolveSheetName(canonical: string, ctx: NamingContext = {}): string {
  const key = (s: string) => s.toLowerCase();
  const existing = new Set((ctx.existing ?? []).map(key));
  const owned = new Set((ctx.owned ?? []).map(key));
  const taken = new Set((ctx.taken ?? []).map(key));
  const usable = (name: string) => !taken.has(key(name)) && (!existing.has(key(name)) || owned.has(key(name)));
  const base = sanitizeSheetName(canonical);
  if (usable(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = numberedSheetName(base, n);
    if (usable(candidate)) return candidate;
  }
}

/**
 * Names for several output sheets at once, in order, so that no two of them collide.
 *
 * Example:
 *   resolveSheetNames(['Сводная', 'Дефициты'], { existing: ['Сводная'] })
 *   // → ['Сводная (2)', 'Дефициты']
 */
export function resolveSheetNames(canonical: string[], ctx: NamingContext = {}): string[] {
  const taken = [...(ctx.taken ?? [])];
  return canonical.map((c) => {
    const name = resolveSheetName(c, { ...ctx, taken });
    taken.push(name);
    return name;
  });
}
