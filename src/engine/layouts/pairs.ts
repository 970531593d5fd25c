/**
 * Which count goes with which base (METHODOLOGY §2 B), and which declared share column
 * belongs to which pair — inferred from the headers, checked on the numbers, and explained
 * in Russian so the user can see the guess and correct it (options.pairs).
 *
 * For a count column, in this order:
 *   1. «из них», «из которых», «в том числе» → the nearest count or base to its left that is
 *      not itself an «из них» column (forms list the sub-counts right after their whole);
 *   2. a base column («Всего …», «Общее количество …») sharing the most word stems with it
 *      («педагог…», «площадк…»);
 *   3. another count whose header words are all contained in this one («Количество
 *      педагогов» for «Количество педагогов, прошедших КПК»);
 *   4. the nearest base column to the left (only the nearest), unless the column is the base
 *      of a pair proven by the numbers (below).
 * Before all of these, the numbers: a percent column that equals X / Y for numeric columns X
 * and Y to its left, in 80 % of at least three rows, proves the pair X / Y with that declared
 * share, whatever the headers say — the district's own share names its base when the headers
 * share no word («Внедрена ЦМН, ед.» over «Число общеобразовательных организаций»). When
 * the header rules reach the same base, their reason is shown; when they reach another, the
 * proof wins.
 * Then, whatever the rules above found, a count column to its left that it narrows takes
 * precedence: «из них молодых с наставником» goes with «из них молодых педагогов», because
 * every word that sets the young apart from «Всего педагогов» («молод…») recurs in it (words
 * in parentheses aside); the most such words win, then the nearest column.
 * A candidate must be plausible on the numbers: the count is not above the base in most rows
 * where both are known (at least half for a header match, 80 % for the positional
 * fallback — a single district's error must not break the pair it is checked against).
 * A count that finds no base stays descriptive.
 *
 * A percent column («Доля …, %») to the right of a pair's count is that pair's declared share
 * when their headers share a stem or the share's header has no words of its own, and its
 * numbers do not contradict the pair (they agree with the computed share in at least half of
 * the rows, when three or more rows can tell; a pair the user set keeps the header rule). Among such
 * pairs the one whose numerator shares the most stems with it wins; on a tie, the one whose
 * computed share it matches in more rows («Доля молодых» is young / all teachers, not
 * mentored / young), then the nearest.
 *
 * Example:
 *   A: МО | B: Количество площадок всего | C: из них с научным руководством | D: Доля, %
 *   → [{ numerator: C, base: B, declared: D, reason: 'столбец «из них» относится к столбцу слева «Количество площадок всего»' }]
 */

import * as cellState from '../values/cellState';
import type { ColumnValues } from './columnValues';

// Module-level copies: an imported binding is a property read on every use in the hot loops.
const S_OK = cellState.S_OK;
import type { ColumnKind } from './columnKinds';

export interface PairColumn {
  col: number;
  kind: ColumnKind;
  /** Full header (all rows) and the column's own header (without its grouping row). */
  header: string;
  own: string;
  values: ColumnValues;
}

export interface InferredPair {
  numerator: number;
  base: number;
  declared: number | null;
  reason: string;
  manual: boolean;
  /** The user said there is no declared share (or named it): do not look for one. */
  declaredFixed?: boolean;
  /**
   * A pair the user re-based without naming its share: the share column beside its count that
   * the numbers show to be the count over another column (its former base). It is neither this
   * pair's share — checking it would report every correct district — nor an indicator.
   */
  otherBaseShare?: { col: number; base: number; agree: number; both: number };
}

const SUBCOUNT = /(^|[^а-яё])(из\s+них|из\s+которых|в\s+том\s+числе|в\s+т\.\s?ч\.)/i;

const STOP = new Set([
  'количество', 'количества', 'число', 'численность', 'общее', 'общая', 'общий', 'всего', 'доля', 'долю', 'процент',
  'процентов', 'которых', 'человек', 'отчетный', 'отчётный', 'период', 'период', 'том', 'числе', 'них', 'единиц',
]);
const STEM = 6;

/** Word stems of a header: words of 4+ letters, cut to six letters, minus counting words. */
export function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().replace(/ё/g, 'е').split(/[^а-яa-z]+/)) {
    if (w.length < 4 || STOP.has(w)) continue;
    out.add(w.slice(0, STEM));
  }
  return out;
}

/**
 * Stems of a header without its parenthesised remarks: «(до 35 лет, стаж до 3 лет)» defines
 * «молодых», it does not narrow the column, so a sub-count need not repeat it.
 */
export function qualifierStems(text: string): Set<string> {
  return stems(text.replace(/\([^()]*\)/g, ' '));
}

function shared(a: Set<string>, b: Set<string>): string[] {
  const out: string[] = [];
  for (const x of a) if (b.has(x)) out.push(x);
  return out;
}

/** Share of rows where the count is not above its base, among rows where both are known. */
export function plausibility(num: ColumnValues, base: ColumnValues): { ok: number; both: number } {
  let ok = 0;
  let both = 0;
  const n = num.values.length;
  for (let i = 0; i < n; i++) {
    if (num.states[i] !== S_OK || base.states[i] !== S_OK) continue;
    both++;
    if (num.values[i] <= base.values[i]) ok++;
  }
  return { ok, both };
}

/**
 * Rows where a declared share agrees with numerator / base (as percent or as a fraction),
 * within half a percentage point — enough to tell two candidate pairs apart.
 */
export function agreement(declared: ColumnValues, num: ColumnValues, base: ColumnValues, tolerance = 0.5): { agree: number; both: number } {
  let n = 0;
  let both = 0;
  for (let i = 0; i < declared.values.length; i++) {
    if (declared.states[i] !== S_OK || num.states[i] !== S_OK || base.states[i] !== S_OK || base.values[i] === 0) continue;
    both++;
    const share = (num.values[i] / base.values[i]) * 100;
    const d = declared.values[i];
    if (Math.abs(d - share) <= tolerance || Math.abs(d * 100 - share) <= tolerance) n++;
  }
  return { agree: n, both };
}

/** Rows needed before the numbers may overrule the headers about a declared share. */
const MIN_ROWS_TO_JUDGE = 3;

/**
 * A percent column that agrees with a pair's computed share in fewer than half of the rows
 * (within a whole percentage point, so declared shares cut to integers still agree) is another
 * indicator that happens to share a word with the count — «Доля ОО, реализующих программы
 * в сетевой форме, %» beside «Количество ОО с программами наставничества» — not that pair's
 * share with an error in every district. Attaching it would report each district as wrong.
 */
function contradicts(declared: ColumnValues, num: ColumnValues, base: ColumnValues): boolean {
  const a = agreement(declared, num, base, 1);
  return a.both >= MIN_ROWS_TO_JUDGE && a.agree * 2 < a.both;
}

/**
 * Header evidence (shared words, «из них») needs the count not above the base in at least
 * half of the rows; the positional fallback (nearest base to the left) needs 80 %.
 */
function plausible(num: PairColumn, base: PairColumn, strict = false): boolean {
  const p = plausibility(num.values, base.values);
  return p.both === 0 || p.ok >= (strict ? 0.8 : 0.5) * p.both;
}

/**
 * A header in quotes, at most 60 characters. A long header keeps its own (last) parts, not its
 * group: under one «Молодые педагоги (…)» group every column would read alike.
 *
 * Example: quote('Молодые педагоги (до 35 лет, стаж не более 3 лет) / из них: / прошли КПК') → '«… / из них: / прошли КПК»'
 */
function quote(h: string): string {
  if (h.length <= 60) return `«${h}»`;
  const parts = h.split(' / ');
  let tail = parts[parts.length - 1];
  for (let i = parts.length - 2; i >= 1 && tail.length + parts[i].length + 3 <= 56; i--) tail = `${parts[i]} / ${tail}`;
  if (parts.length > 1 && tail.length <= 56) return `«… / ${tail}»`;
  return `«${h.slice(0, 57)}…»`;
}

/** How many numeric columns left of a share are tried as its numerator (the nearest first). */
const NUMERATOR_REACH = 3;

/**
 * Pairs whose declared share proves them: for each free percent column P, a numeric column X
 * among the nearest to its left and a numeric column Y left of X such that P = X / Y within a
 * percentage point in at least 80 % of at least three rows. The most agreeing rows win, then
 * the nearest X, then the nearest Y. X and Y may be headed as plain numbers («Внедрена ЦМН,
 * ед.» over «Число общеобразовательных организаций»): the numbers say what they are.
 */
function pairsProvenByShares(ordered: PairColumn[], taken: Set<number>, declaredTaken: Set<number>): { pair: InferredPair; agree: number; both: number }[] {
  const numeric = (c: PairColumn) => c.kind === 'count' || c.kind === 'base' || c.kind === 'number';
  const out: { pair: InferredPair; agree: number; both: number }[] = [];
  const used = new Set<number>(taken);
  for (let pi = 0; pi < ordered.length; pi++) {
    const share = ordered[pi];
    if (share.kind !== 'percent' || declaredTaken.has(share.col)) continue;
    let best: { num: PairColumn; base: PairColumn; agree: number; both: number } | null = null;
    let tried = 0;
    let far = false;
    let farTried = 0;
    const words = qualifierStems(share.header);
    for (let xi = pi - 1; xi >= 0; xi--) {
      const num = ordered[xi];
      // Past another share, or past the nearest numerators, lie other pairs' columns: a count
      // there is this share's numerator only when the headers say so too. «Доля молодых
      // педагогов от всех педагогов» stands after the sub-counts of «Молодые педагоги / всего»
      // and their own shares (finding of the sixth acceptance set).
      if (num.kind === 'percent' || tried >= NUMERATOR_REACH) far = true;
      if (!numeric(num)) continue;
      tried++;
      if (used.has(num.col)) continue;
      if (far) {
        if (shared(words, qualifierStems(num.header)).length === 0) continue;
        // A few such counts at most: each is tried against every base to its left, row by row.
        if (++farTried > NUMERATOR_REACH) break;
      }
      for (let yi = xi - 1; yi >= 0; yi--) {
        const base = ordered[yi];
        if (!numeric(base)) continue;
        const a = agreement(share.values, num.values, base.values, 1);
        if (a.both < MIN_ROWS_TO_JUDGE || a.agree < 0.8 * a.both) continue;
        if (!best || a.agree > best.agree) best = { num, base, agree: a.agree, both: a.both };
      }
    }
    if (!best) continue;
    used.add(best.num.col);
    out.push({
      agree: best.agree,
      both: best.both,
      pair: {
        numerator: best.num.col,
        base: best.base.col,
        declared: share.col,
        reason: `по числам: доля в столбце ${quote(share.header)} равна отношению ${quote(best.num.header)} к ${quote(best.base.header)} в ${best.agree} из ${best.both} строк`,
        manual: false,
      },
    });
  }
  return out;
}

export function inferPairs(columns: PairColumn[], fixed: InferredPair[] = []): InferredPair[] {
  const byCol = new Map(columns.map((c) => [c.col, c]));
  const pairs: InferredPair[] = [...fixed];
  const taken = new Set(fixed.map((p) => p.numerator));
  const stemCache = new Map<number, Set<string>>();
  const st = (c: PairColumn) => {
    let s = stemCache.get(c.col);
    if (!s) {
      s = stems(c.header);
      stemCache.set(c.col, s);
    }
    return s;
  };
  const ordered = [...columns].sort((a, b) => a.col - b.col);
  const bases = ordered.filter((c) => c.kind === 'base');
  const counts = ordered.filter((c) => c.kind === 'count');
  const pairOf = new Map(fixed.map((p) => [p.numerator, p]));
  const qualifierCache = new Map<number, Set<string>>();
  const qs = (c: PairColumn) => {
    let s = qualifierCache.get(c.col);
    if (!s) {
      s = qualifierStems(c.header);
      qualifierCache.set(c.col, s);
    }
    return s;
  };

  /**
   * The count column to the left of `num` that `num` narrows, if any: one whose distinguishing
   * stems — the words it has beyond the broader base it is itself a part of — all recur in
   * `num`'s header, with `num` not above it in 80 % of the rows. The most such stems win, then
   * the nearest column. Requiring all of them (not just one shared word) keeps siblings apart:
   * «из них с первой категорией» shares «катего…» with «из них с высшей категорией» but
   * not «высш…», so it stays a part of «Всего педагогов».
   */
  const narrowerBase = (num: PairColumn, fallback: PairColumn | null): { column: PairColumn; reason: string } | null => {
    const mine = qs(num);
    let best: PairColumn | null = null;
    let bestWords: string[] = [];
    let bestBroader: PairColumn | null = null;
    for (const c of counts) {
      if (c.col >= num.col) break;
      if (c === fallback) continue;
      const own = pairOf.get(c.col);
      if (own && own.base === num.col) continue;
      // The broader base: the one this candidate is a part of, else the one `num` would take.
      const broader = own ? byCol.get(own.base) ?? null : fallback;
      const wider = broader ? qs(broader) : null;
      const words: string[] = [];
      let contained = true;
      for (const w of qs(c)) {
        if (wider && wider.has(w)) continue;
        if (!mine.has(w)) {
          contained = false;
          break;
        }
        words.push(w);
      }
      if (!contained || words.length === 0) continue;
      // Counts come in column order: on a tie the later candidate is the nearer one.
      if (words.length >= bestWords.length && plausible(num, c, true)) {
        best = c;
        bestWords = words;
        bestBroader = broader;
      }
    }
    if (!best) return null;
    const list = bestWords.map((w) => `«${w}…»`).join(', ');
    return {
      column: best,
      reason: bestBroader
        ? `часть столбца ${quote(best.header)}: общие слова ${list}, которых нет в ${quote(bestBroader.header)}`
        : `часть столбца ${quote(best.header)}: общие слова ${list}`,
    };
  };

  const fixedDeclared = new Set<number>();
  for (const p of fixed) if (p.declared !== null) fixedDeclared.add(p.declared);

  // 0. Pairs proven by the numbers come first: a percent column that equals X / Y row after row
  // is the district's own share of X in Y, whatever the headers say. Their bases are not taken
  // for counts by the positional guess below («Число ОО» over «Всего педагогов»).
  const provenBases = new Set<number>();
  const proven = new Map<number, InferredPair>();
  // A count the user re-based without naming its share still has its share column looked for:
  // on the user's base it is the pair's share; on another base it is the former pair's, and
  // is set aside (otherBaseShare), not checked against the new base row by row.
  const openManual = new Map(fixed.filter((p) => p.declared === null && !p.declaredFixed).map((p) => [p.numerator, p]));
  const closed = new Set([...taken].filter((c) => !openManual.has(c)));
  for (const { pair, agree, both } of pairsProvenByShares(ordered, closed, fixedDeclared)) {
    const mine = openManual.get(pair.numerator);
    if (mine) {
      if (mine.declared !== null || mine.otherBaseShare) continue;
      if (pair.base === mine.base) {
        mine.declared = pair.declared;
        mine.reason = `задано пользователем; доля найдена по числам (сходится в ${agree} из ${both} строк)`;
      } else mine.otherBaseShare = { col: pair.declared!, base: pair.base, agree, both };
      fixedDeclared.add(pair.declared!);
      continue;
    }
    proven.set(pair.numerator, pair);
    fixedDeclared.add(pair.declared!);
    provenBases.add(pair.base);
  }
  // Columns headed as plain numbers have no header rules to go through: their proof is all.
  for (const pair of proven.values()) {
    if (byCol.get(pair.numerator)!.kind === 'count') continue;
    pairs.push(pair);
    pairOf.set(pair.numerator, pair);
    taken.add(pair.numerator);
  }

  for (const num of counts) {
    if (taken.has(num.col)) continue;
    let chosen: PairColumn | null = null;
    let reason = '';
    if (SUBCOUNT.test(num.own)) {
      for (let i = ordered.indexOf(num) - 1; i >= 0; i--) {
        const c = ordered[i];
        if ((c.kind === 'count' || c.kind === 'base') && !SUBCOUNT.test(c.own)) {
          if (plausible(num, c)) {
            chosen = c;
            reason = `столбец «из них» относится к ближайшему столбцу слева ${quote(c.header)}`;
          }
          break;
        }
      }
    }
    if (!chosen) {
      let best: PairColumn | null = null;
      let bestWords: string[] = [];
      for (const b of bases) {
        const words = shared(st(num), st(b));
        if (words.length === 0) continue;
        const better =
          words.length > bestWords.length ||
          (words.length === bestWords.length && best !== null && Math.abs(b.col - num.col) < Math.abs(best.col - num.col));
        if (better && plausible(num, b)) {
          best = b;
          bestWords = words;
        }
      }
      if (best) {
        chosen = best;
        reason = `по заголовкам: общие слова ${bestWords.map((w) => `«${w}…»`).join(', ')} со столбцом ${quote(best.header)}`;
      }
    }
    if (!chosen) {
      const mine = st(num);
      for (const c of counts) {
        if (c === num) continue;
        const theirs = st(c);
        if (theirs.size === 0 || theirs.size >= mine.size) continue;
        let subset = true;
        for (const w of theirs) if (!mine.has(w)) subset = false;
        if (subset && plausible(num, c)) {
          chosen = c;
          reason = `по заголовкам: ${quote(num.header)} — часть ${quote(c.header)}`;
          break;
        }
      }
    }
    if (!chosen) {
      // Only the nearest base: reaching past it to a farther one is a guess, not an inference.
      let nearest: PairColumn | null = null;
      for (const b of bases) if (b.col < num.col) nearest = b;
      if (nearest && !provenBases.has(num.col) && plausible(num, nearest, true)) {
        chosen = nearest;
        reason = `ближайший столбец итога слева ${quote(nearest.header)}`;
      }
    }
    // A count to the left that this one narrows beats the broader base found above:
    // «из них молодых с наставником» is part of «из них молодых педагогов», not of «Всего педагогов».
    const narrower = narrowerBase(num, chosen);
    if (narrower) {
      chosen = narrower.column;
      reason = narrower.reason;
    }
    // The numbers' proof stands over the headers' guess; when both agree, the headers explain it.
    const proof = proven.get(num.col);
    let declared: number | null = null;
    if (proof) {
      if (chosen && chosen.col === proof.base) {
        declared = proof.declared;
      } else {
        chosen = byCol.get(proof.base)!;
        declared = proof.declared;
        reason = proof.reason;
      }
    }
    if (chosen) {
      const p = plausibility(num.values, chosen.values);
      if (p.both > 0) reason += `; числитель не больше знаменателя в ${p.ok} из ${p.both} строк`;
      if (proof && declared === proof.declared && reason !== proof.reason && !reason.startsWith(proof.reason)) {
        reason += `; доля из столбца ${quote(byCol.get(proof.declared!)!.header)} сверена с расчётом`;
      }
      const pair: InferredPair = { numerator: num.col, base: chosen.col, declared, reason, manual: false };
      pairs.push(pair);
      pairOf.set(num.col, pair);
      taken.add(num.col);
    }
  }

  // Declared shares: each percent column right of a pair's numerator.
  const declaredTaken = new Set<number>();
  for (const p of pairs) if (p.declared !== null) declaredTaken.add(p.declared);
  const free = pairs.filter((p) => p.declared === null && !p.declaredFixed).sort((a, b) => a.numerator - b.numerator);
  for (const pc of ordered) {
    if (pc.kind !== 'percent' || declaredTaken.has(pc.col)) continue;
    const own = stems(pc.own);
    let match: InferredPair | null = null;
    let matchWords = -1;
    let matchAgree = -1;
    for (const p of free) {
      if (p.numerator >= pc.col || p.declared !== null) continue;
      const words = own.size === 0 ? 0 : shared(st(pc), st(byCol.get(p.numerator)!)).length;
      if (own.size > 0 && words === 0) continue;
      // More shared words wins; on a tie the pair whose computed share the column agrees with
      // in more rows («Доля молодых» is young/total, not mentored/young), then the nearer one.
      const numValues = byCol.get(p.numerator)!.values;
      const baseValues = byCol.get(p.base)!.values;
      // A share the user named is theirs to judge (it is not looked for here): one that disagrees
      // is reported row by row. A pair re-based without a share named keeps the numbers' check:
      // the share beside the count may well be of the base the user has just replaced.
      if (contradicts(pc.values, numValues, baseValues)) continue;
      const agree = agreement(pc.values, numValues, baseValues).agree;
      if (words > matchWords || (words === matchWords && agree >= matchAgree)) {
        match = p;
        matchWords = words;
        matchAgree = agree;
      }
    }
    if (!match) continue;
    match.declared = pc.col;
    declaredTaken.add(pc.col);
    if (!match.manual) match.reason += `; доля из столбца ${quote(pc.header)} сверена с расчётом`;
  }
  return pairs.sort((a, b) => a.numerator - b.numerator);
}
