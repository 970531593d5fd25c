/**
 * How the plan's cell styles look in Excel when written through Office.js — the same look as
 * the .xlsx writer (src/adapters/xlsx/outputStyles.ts): header bold on light blue, good /
 * attention / deficit in Excel's "Good", "Neutral" and "Bad" colours.
 *
 * Example:
 *   CELL_STYLES.header // → { bold: true, fill: '#DDEBF7', wrap: true, horizontalAlignment: 'Center' }
 */

import { HIGHLIGHT_COLORS, type CellStyle } from '../../engine/output/plan';

export interface StyleSpec {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  wrap?: boolean;
  horizontalAlignment?: 'Center' | 'Left' | 'Right';
}

export const CELL_STYLES: Record<CellStyle, StyleSpec> = {
  title: { bold: true, size: 14 },
  subtitle: { italic: true, fontColor: '#404040' },
  header: { bold: true, fill: '#DDEBF7', wrap: true, horizontalAlignment: 'Center' },
  total: { bold: true },
  note: { italic: true, fontColor: '#595959' },
  good: { fill: '#C6EFCE', fontColor: '#006100' },
  attention: { fill: `#${HIGHLIGHT_COLORS.attention.fill}`, fontColor: `#${HIGHLIGHT_COLORS.attention.font}` },
  deficit: { fill: `#${HIGHLIGHT_COLORS.deficit.fill}`, fontColor: `#${HIGHLIGHT_COLORS.deficit.font}` },
};

/** Queue the formatting of one range (one operation per property set). */
export function queueStyle(range: Excel.Range, spec: StyleSpec): void {
  if (spec.fill) range.format.fill.color = spec.fill;
  if (spec.fontColor) range.format.font.color = spec.fontColor;
  if (spec.bold) range.format.font.bold = true;
  if (spec.italic) range.format.font.italic = true;
  if (spec.size) range.format.font.size = spec.size;
  if (spec.wrap) range.format.wrapText = true;
  if (spec.horizontalAlignment) range.format.horizontalAlignment = spec.horizontalAlignment;
}
