/**
 * Which names repeat an earlier one, regardless of case and of «ё»/«е» («Школа № 5» and «школа
 * № 5», «Берёзовский» and «Березовский»): for each name, the index of the first earlier name
 * it repeats, or −1.
 *
 * Why not a Map keyed by `name.toLowerCase()`: on a 100,000-row form the lower-casing of
 * Cyrillic text alone took 45–75 ms and the Map of 100,000 fresh strings as much again
 * (measured on this project's 2-core machine). Here each name is folded character by
 * character into a number (Latin and Cyrillic letters to lower case, «ё» to «е»), the numbers
 * are sorted natively with the indexes packed in, and only names with equal numbers are
 * compared as text: a few milliseconds. Names with letters outside Latin and basic Cyrillic
 * are folded by `toLowerCase`, as before.
 *
 * Example:
 *   firstOfSameName(['Школа № 1', 'Лицей', 'школа № 1', 'Берёзовская СОШ', 'Березовская СОШ'])
 *   // → Int32Array [-1, -1, 0, -1, 3]
 *   firstOfSameName(['Школа № 1', 'школа № 1', 'Школа № 1'], { exact: true })
 *   // → Int32Array [-1, -1, 0]
 */

/**
 * Characters outside Latin and basic Cyrillic that have no case, common in names: general
 * punctuation (dashes, quotes) and «№» — without them every «Школа № 5» went to toLowerCase.
 * (Below U+00C0 nothing has a case either: «», the no-break space.)
 */
const CASELESS = (c: number): boolean => (c >= 0x2000 && c <= 0x206f) || c === 0x2116;

/**
 * A 32-bit hash of the folded name, folding Latin and basic Cyrillic letters by hand. Another
 * character gives −1 (the name needs `toLowerCase`), or with `other` is hashed as it is — for
 * a name that foldName has folded already, so both ways hash the same folded text alike.
 */
function foldedHash(s: string, other = false): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32; // A–Z
    else if (c >= 0x410 && c <= 0x42f) c += 0x20; // А–Я
    else if (c >= 0x400 && c <= 0x40f) c += 0x50; // Ѐ–Џ, Ё among them
    else if (c > 0xbf && (c < 0x430 || c > 0x45f) && !other && !CASELESS(c)) return -1;
    if (c === 0x451) c = 0x435; // ё → е
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

/** The name as compared: lower case, «ё» as «е». */
export function foldName(s: string): string {
  const l = s.toLowerCase();
  return l.includes('ё') ? l.replace(/ё/g, 'е') : l;
}

/** A 32-bit hash of the text as it is. */
function exactHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export interface SameNameOptions {
  /** Names for which this holds take no part (−1, and nothing repeats them). */
  skip?: (i: number) => boolean;
  /** Compare the names as they are written, case and «ё» included. */
  exact?: boolean;
}

/** For each name, the index of the first earlier name equal to it (folded, unless `exact`), or −1. */
export function firstOfSameName(names: readonly string[], opts: SameNameOptions = {}): Int32Array {
  const skip = opts.skip ?? (() => false);
  const exact = opts.exact === true;
  const keyOf = exact ? (s: string) => s : foldName;
  const n = names.length;
  if (n >= 2 ** 21) return slowFirstOfSameName(names, skip, keyOf);
  const first = new Int32Array(n).fill(-1);
  // hash · 2^21 + index, sorted natively: equal hashes come together, in index order.
  const keys = new Float64Array(n);
  let kept = 0;
  for (let i = 0; i < n; i++) {
    if (skip(i)) continue;
    let h = exact ? exactHash(names[i]) : foldedHash(names[i]);
    if (h < 0) h = foldedHash(foldName(names[i]), true);
    keys[kept++] = h * 2 ** 21 + i;
  }
  const sorted = keys.subarray(0, kept).sort();
  for (let a = 0; a < kept; ) {
    const h = Math.floor(sorted[a] / 2 ** 21);
    let b = a + 1;
    while (b < kept && Math.floor(sorted[b] / 2 ** 21) === h) b++;
    if (b - a > 1) {
      // Equal hashes: the same name, or (rarely) a collision — compared as text.
      const firstOf = new Map<string, number>();
      for (let j = a; j < b; j++) {
        const i = sorted[j] - h * 2 ** 21;
        const key = keyOf(names[i]);
        const earlier = firstOf.get(key);
        if (earlier === undefined) firstOf.set(key, i);
        else first[i] = earlier;
      }
    }
    a = b;
  }
  return first;
}

/** The plain way, for tables too long for the packed keys (over two million names). */
function slowFirstOfSameName(names: readonly string[], skip: (i: number) => boolean, keyOf: (s: string) => string): Int32Array {
  const first = new Int32Array(names.length).fill(-1);
  const seen = new Map<string, number>();
  for (let i = 0; i < names.length; i++) {
    if (skip(i)) continue;
    const key = keyOf(names[i]);
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, i);
    else first[i] = earlier;
  }
  return first;
}
