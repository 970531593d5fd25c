/**
 * Numbers as the pane shows them: a percentage 0–100 with one decimal and a comma.
 *
 * Example:
 *   formatPercent(70.652) // → '70,7 %'
 *   formatPercent(100)    // → '100 %'
 *   formatPercent(null)   // → 'нет данных'
 */

export function formatPercent(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return 'нет данных';
  const rounded = Math.round(x * 10) / 10;
  const text = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1).replace('.', ',');
  return `${text} %`;
}
