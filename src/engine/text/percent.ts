/**
 * Numbers in Russian text exactly as «Сводная» shows them. Сводная writes a percentage as a
 * fraction with the format `0.0%`, so Excel shows it rounded half away from zero to one
 * decimal; the note rounds the same value the same way, so a reader who compares the two sees
 * the same digits. The decimal separator is a comma, and the number is tied to «%» or «п.п.»
 * by a no-break space so that a printed line never starts with a lone «%».
 *
 * Example:
 *   formatPercentRu(70.652)  // → '70,7 %'
 *   formatPercentRu(100)     // → '100,0 %'
 *   formatPointsRu(12.5)     // → '12,5 п.п.'
 *   formatSignedPointsRu(-3) // → '−3,0 п.п.'
 *   formatDecimalRu(0.8234, 2) // → '0,82'
 */

import { BOUND_TOLERANCE } from '../compute/bound';

/** No-break space between a number and its unit. */
export const NBSP = '\u00A0';

/**
 * Rounds like Excel's display: to 15 significant digits first (Excel's precision, so that
 * 0.7065 × 100 = 70.65 and not 70.64999…), then half away from zero.
 */
export function roundHalfAway(x: number, decimals: number): number {
  const f = 10 ** decimals;
  const scaled = Number((x * f).toPrecision(15));
  return (Math.sign(scaled) * Math.round(Math.abs(scaled))) / f;
}

/**
 * The percentage (0–100) as Сводная displays it, as a number with one decimal: the value is
 * written there as x / 100 with `0.0%`, which Excel shows as round(x / 100 × 1000) / 10.
 */
export function displayPercent(x: number): number {
  return roundHalfAway(Number((x / 100).toPrecision(15)) * 100, 1);
}

/** A number with a decimal comma and a fixed number of decimals (no unit). */
export function formatDecimalRu(x: number, decimals: number): string {
  const r = roundHalfAway(x, decimals);
  const s = Math.abs(r).toFixed(decimals).replace('.', ',');
  return r < 0 ? `−${s}` : s;
}

/** «70,7 %»; null → «нет данных». */
export function formatPercentRu(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return 'нет данных';
  return `${formatDecimalRu(displayPercent(x), 1)}${NBSP}%`;
}

/**
 * «69,96 %» rather than «70,0 %» for a value just below a threshold: a percentage as Сводная
 * shows it, unless rounding to one decimal would carry it across one of `bounds` (a group's or
 * a level's threshold) — then with as many decimals as keep it on its own side (up to four).
 * In the note a list «Группа 2 (50–79 %) — Волосовский район (70,0 %)» under thresholds 70/40
 * read as a contradiction (blind acceptance, round 5).
 *
 * Example:
 *   formatPercentWithin(69.96, [70, 40]) // → '69,96 %'
 *   formatPercentWithin(69.94, [70, 40]) // → '69,9 %'
 */
export function formatPercentWithin(value: number | null | undefined, bounds: readonly number[]): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return formatPercentRu(value);
  // A residue under a bound is the bound itself (compute/bound.ts): 69.99999999999999 is «70,0 %».
  const x = bounds.find((b) => Math.abs(value - b) < BOUND_TOLERANCE) ?? value;
  const crosses = (shown: number) => bounds.some((b) => (x < b && shown >= b) || (x >= b && shown < b));
  for (let decimals = 1; decimals <= 4; decimals++) {
    const shown = roundHalfAway(x, decimals);
    if (!crosses(shown)) return decimals === 1 ? formatPercentRu(x) : `${formatDecimalRu(shown, decimals)}${NBSP}%`;
  }
  // Within 0,00005 of a threshold: cut (not round) to four decimals, which stays on its side.
  const cut = Math.trunc(x * 1e4) / 1e4;
  return `${Math.abs(cut).toFixed(4).replace('.', ',')}${NBSP}%`;
}

/**
 * A difference of two percentages in percentage points, as a magnitude («12,5 п.п.»): the
 * sentence says «рост» or «снижение». The difference is taken between the displayed values,
 * so that «с 60,0 % до 72,5 %» always differs by exactly the «12,5 п.п.» printed next to it.
 */
export function formatPointsRu(diff: number): string {
  return `${formatDecimalRu(Math.abs(roundHalfAway(diff, 1)), 1)}${NBSP}п.п.`;
}

/** A signed difference for tables: «+12,5 п.п.», «−3,0 п.п.», «0,0 п.п.». */
export function formatSignedPointsRu(diff: number): string {
  const r = roundHalfAway(diff, 1);
  const body = formatDecimalRu(Math.abs(r), 1);
  return `${r > 0 ? '+' : r < 0 ? '−' : ''}${body}${NBSP}п.п.`;
}

/** Difference of the displayed values of two percentages, in p.p. (what the note prints). */
export function displayedDifference(previous: number, current: number): number {
  return roundHalfAway(displayPercent(current) - displayPercent(previous), 1);
}
