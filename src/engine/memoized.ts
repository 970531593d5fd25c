/**
 * A function of one argument whose answers are kept, at most `max` of them (when full, the kept
 * answers are forgotten and collected anew). For pure readings that a large form asks for over
 * and over with few distinct arguments: a cell text («да» in 180,000 cells), a number format,
 * a declared value, a name of the points scheme. The bound keeps a form of 100,000 distinct
 * texts from growing the cache without end.
 *
 * Example:
 *   const decimals = memoized((format: string) => parseFormat(format), 1000);
 *   decimals('0.0%'); decimals('0.0%') // parsed once
 */
export function memoized<K, V>(compute: (key: K) => V, max: number): (key: K) => V {
  const kept = new Map<K, V>();
  return (key) => {
    let value = kept.get(key);
    if (value === undefined && !kept.has(key)) {
      if (kept.size >= max) kept.clear();
      value = compute(key);
      kept.set(key, value);
    }
    return value as V;
  };
}
