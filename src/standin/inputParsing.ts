/**
 * How Excel turns a string written through `Range.values` or `Range.formulas` into a cell,
 * the same way as typed input: '=…' becomes a formula, '12.5' a number, '86%' a percentage,
 * 'TRUE' a boolean, '01.02.2024' a date — unless the cell's number format is Text ('@') or
 * the string starts with an apostrophe. The stand-in needs this so that a test can see user
 * text such as '=не число' land as a formula when the adapter forgets to protect it.
 *
 * Example:
 *   interpretInput('=A1', 'General') // → { formula: '=A1' }
 *   interpretInput('=A1', '@')       // → { value: '=A1' }
 *   interpretInput('86%', 'General') // → { value: 0.86, format: '0%' }
 */

export interface InterpretedInput {
  value?: string | number | boolean | null;
  formula?: string;
  /** A number format Excel applies on its own (percent, date). */
  format?: string;
}

export function interpretInput(input: string | number | boolean | null, currentFormat: string): InterpretedInput {
  if (typeof input !== 'string') return { value: input };
  if (input === '') return { value: null };
  if (currentFormat === '@') return { value: input };
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (input.startsWith('=') && input.length > 1) return { formula: input };
  const t = input.trim();
  if (/^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(t)) return { value: Number(t) };
  const pct = /^([+-]?\d+(\.\d+)?)\s?%$/.exec(t);
  if (pct) return { value: Number(pct[1]) / 100, format: '0%' };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true' };
  const date = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(t);
  if (date) {
    const serial = Date.UTC(Number(date[3]), Number(date[2]) - 1, Number(date[1])) / 86400000 + 25569;
    return { value: serial, format: 'dd.mm.yyyy' };
  }
  return { value: input };
}
