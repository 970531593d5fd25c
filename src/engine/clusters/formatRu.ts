/**
 * Numbers and row names in Russian messages: a decimal comma, a fixed number of decimals.
 *
 * Example:
 *   ru(0.7134, 2)          // '0,71'
 *   ruValue(5)             // '5'
 *   rowName(4)             // 'строка 5'
 *   rowName(4, ['Иванова', 'Петров', 'Сидорова', 'Ким', 'Орлова']) // 'Орлова'
 */
export function ru(x: number, decimals = 2): string {
  return x.toFixed(decimals).replace('.', ',').replace('-', '−');
}

/** A value with at most `decimals` decimals, trailing zeros dropped: 5 → '5', 2.50 → '2,5'. */
export function ruValue(x: number, decimals = 2): string {
  return ru(x, decimals).replace(/(,\d*?)0+$/, '$1').replace(/,$/, '');
}

export function rowName(row: number, labels?: readonly string[]): string {
  const l = labels?.[row];
  return l !== undefined && l !== '' ? l : `строка ${row + 1}`;
}

/** «признак» in the right form for 1, 2, 5… */
export function plural(n: number, one: string, few: string, many: string): string {
  const m10 = n % 10;
  const m100 = n % 100;
  if (m10 === 1 && m100 !== 11) return one;
  if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return few;
  return many;
}
