/**
 * Matching names as people write them against the names of the points scheme (METHODOLOGY §5):
 * a district's sheet says «Адресные рекомендации», the scheme says «Адресные рекомендации по
 * результатам анализа»; one template writes «по развитию и поддержке методических объединений»,
 * another «по развитию и/или поддержке …». Exact comparison fails on such variants, so names are
 * compared as sets of crude Russian word stems (endings cut, short function words dropped).
 *
 * Two measures are combined:
 *   - Dice overlap of the stem sets (symmetric: both names say mostly the same words);
 *   - containment of the written name in the scheme name (an abbreviation: every stem the user
 *     wrote is in the scheme name), trusted only when the written name has two stems or more,
 *     so a lone common word («педагоги») does not match every position.
 *
 * Example:
 *   stems('по развитию и/или поддержке методических объединений') → ['развит', 'поддер', 'методи', 'объеди']
 *   similarity('Адресные рекомендации', 'Адресные рекомендации по результатам анализа') → 0.9
 *   similarity('Мониторинг профессиональных дефицитов', 'Мониторинг') → 0.5 (not a match at 0.6)
 *   bestMatch('Сетевые формы взаимодействия', positions) → { index: 2, score: 0.9 }
 */

import { memoized } from '../memoized';

/** Words that carry no meaning for matching. */
const STOP = new Set([
  'по', 'и', 'или', 'на', 'в', 'во', 'с', 'со', 'для', 'о', 'об', 'к', 'ко', 'а', 'также', 'том', 'числе', 'из', 'от', 'за',
  'при', 'их', 'его', 'ее', 'её', 'не', 'то', 'что', 'как',
]);

const ENDINGS = [
  'иями', 'ями', 'ами', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ией', 'ые', 'ие', 'ых', 'их', 'ой', 'ей', 'ий', 'ый', 'ая',
  'яя', 'ое', 'ее', 'ам', 'ям', 'ах', 'ях', 'ом', 'ем', 'ов', 'ев', 'ую', 'юю', 'ия', 'ья', 'ье', 'ии', 'ь', 'а', 'я', 'о', 'е',
  'ы', 'и', 'у', 'ю', 'й',
];

/** Lower case, ё → е, every non-letter a space. */
export function normaliseName(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^a-zа-я0-9]+/g, ' ')
    .trim();
}

function stem(word: string): string {
  let w = word;
  for (const e of ENDINGS) {
    if (w.length - e.length >= 3 && w.endsWith(e)) {
      w = w.slice(0, -e.length);
      break;
    }
  }
  return w.slice(0, 6);
}

/**
 * Distinct stems of the meaningful words of a name, kept for names already seen: the scheme's
 * names are compared with every cell of a sheet.
 */
export const stems: (text: string) => string[] = memoized(computeStems, 20_000);

function computeStems(text: string): string[] {
  const out: string[] = [];
  for (const word of normaliseName(text).split(' ')) {
    if (word === '' || STOP.has(word) || /^\d+$/.test(word)) continue;
    const s = stem(word);
    if (!out.includes(s)) out.push(s);
  }
  return out;
}

/** 0…1: how well a written name matches a scheme name. */
export function similarity(written: string, schemeName: string): number {
  return stemSimilarity(stems(written), stems(schemeName));
}

function stemSimilarity(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let common = 0;
  for (const s of a) if (b.includes(s)) common++;
  const dice = (2 * common) / (a.length + b.length);
  const contained = a.length >= 2 ? (common / a.length) * 0.9 : 0;
  return Math.max(dice, contained);
}

export interface NameMatch {
  index: number;
  score: number;
}

/**
 * The best of `names` for a written name, or null when none reaches `threshold` or when two
 * candidates are too close to tell apart (then guessing would put points in the wrong place).
 */
export function bestMatch(written: string, names: readonly string[], threshold = 0.6): NameMatch | null {
  let best: NameMatch | null = null;
  let second = 0;
  const a = stems(written);
  names.forEach((name, index) => {
    const score = stemSimilarity(a, stems(name));
    if (!best || score > best.score) {
      if (best) second = Math.max(second, best.score);
      best = { index, score };
    } else {
      second = Math.max(second, score);
    }
  });
  const b = best as NameMatch | null;
  if (!b || b.score < threshold) return null;
  if (b.score < 0.999 && b.score - second < 0.05) return null;
  return b;
}
