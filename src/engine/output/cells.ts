/**
 * Small constructors of output cells, so that every sheet module writes values the same way:
 * user text is always a plain `value` (never a formula, even when it starts with '='),
 * percentages 0–100 become fractions with the '0.0%' format, and live formulas carry their
 * computed value as the cached result.
 *
 * Example:
 *   text('=1+1')            // → { value: '=1+1' }            (stays text)
 *   percent(70.652)         // → { value: 0.70652, format: '0.0%' }
 *   formula('=Лист1!C5/Лист1!D5', 0.75, PERCENT_FORMAT)
 */

import type { CellValue } from '../grid';
import type { CellStyle, OutCell } from './plan';

export const PERCENT_FORMAT = '0.0%';
export const NUMBER_FORMAT = '0.##';
export const INTEGER_FORMAT = '0';

/** Text for the user; also any user-supplied string. Never a formula. */
export function text(value: string | null | undefined, style?: CellStyle, extra?: Partial<OutCell>): OutCell {
  // The known properties copied one by one, `formula` never: no rest-spread or `delete` per
  // cell — «Дефициты» and «Сводная» can hold 100,000 rows of these.
  const cell: OutCell = { value: value ?? null };
  if (extra) {
    if (extra.format !== undefined) cell.format = extra.format;
    if (extra.style !== undefined) cell.style = extra.style;
    if (extra.wrap !== undefined) cell.wrap = extra.wrap;
    if (extra.link !== undefined) cell.link = extra.link;
  }
  if (style) cell.style = style;
  return cell;
}

/** Finite numbers only: NaN and infinities are "no value". */
export function finite(x: number | null | undefined): number | null {
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
}

export function number(value: number | null | undefined, format?: string, style?: CellStyle): OutCell {
  const cell: OutCell = { value: finite(value) };
  if (format) cell.format = format;
  if (style) cell.style = style;
  return cell;
}

/** A percentage 0–100 written as a fraction with a percent format. */
export function percent(value: number | null | undefined, style?: CellStyle): OutCell {
  const v = finite(value);
  const cell: OutCell = { value: v === null ? null : v / 100, format: PERCENT_FORMAT };
  if (style) cell.style = style;
  return cell;
}

/** A live formula (text starting with '=') with its computed value as the cached result. */
export function formula(f: string, cached: number | null, format?: string, style?: CellStyle): OutCell {
  const cell: OutCell = { value: finite(cached), formula: f.startsWith('=') ? f : `=${f}` };
  if (format) cell.format = format;
  if (style) cell.style = style;
  return cell;
}

/** A raw source value as the user typed it: numbers stay numbers, everything else is text. */
export function raw(value: CellValue | undefined): OutCell {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === 'number') return { value: finite(value) };
  if (typeof value === 'boolean') return { value };
  return text(value);
}

/** A cell showing a source address, linked to it. */
export function addressCell(address: string | null): OutCell {
  return address ? { value: address, link: address } : { value: null };
}

export function header(label: string): OutCell {
  return { value: label, style: 'header', wrap: true };
}

/** Header texts made unique, as an Excel table requires: a repeat gets ' (2)', ' (3)', …; empty ones a column name. */
export function uniqueHeaders(labels: string[]): string[] {
  const seen = new Set<string>();
  return labels.map((l, i) => {
    let base = l.replace(/\s+/g, ' ').trim();
    if (base === '') base = `Столбец ${i + 1}`;
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base} (${n})`;
    seen.add(name.toLowerCase());
    return name;
  });
}

/** An Excel table name from a sheet name and a suffix: 'Сводная (2)', 1 → 'Сводная_2_1'. */
export function tableName(sheetName: string, suffix: string | number): string {
  let base = sheetName.replace(/[^\p{L}\p{N}_]+/gu, '_').replace(/_+/g, '_').replace(/^_|_$/g, '');
  if (base === '' || !/^[\p{L}_]/u.test(base)) base = `T_${base}`;
  return `${base}_${suffix}`;
}

/** Column widths as the maximum asked for by every block of a sheet. */
export class Widths {
  private readonly w: number[] = [];
  want(col: number, width: number): void {
    this.w[col] = Math.max(this.w[col] ?? 0, width);
  }
  wantAll(widths: number[], from = 0): void {
    widths.forEach((w, i) => this.want(from + i, w));
  }
  toArray(defaultWidth = 12): number[] {
    return Array.from({ length: this.w.length }, (_, i) => this.w[i] ?? defaultWidth);
  }
}

export const NAME_WIDTH = 35;
export const NUMBER_WIDTH = 12;
/** Width of a criterion column in Сводная: its header is a whole sentence. */
export const CRITERION_WIDTH = 20;
export const NARROW_WIDTH = 6;
export const MESSAGE_WIDTH = 80;
