/**
 * Highlights on the source sheets as conditional formats (type 'expression', formula TRUE)
 * with the fill and font of `HIGHLIGHT_COLORS`: the cells look red or yellow, the user's own
 * formatting stays untouched underneath, and removing the rule removes the highlight.
 *
 * Example:
 *   writeHighlights(wb, [{ sheet: 'Лист1', ranges: ['D7', 'F7:F9'], kind: 'deficit' }]) // → 1 rule on Лист1
 */

import type ExcelJS from 'exceljs';
import { HIGHLIGHT_COLORS, type Highlight } from '../../engine/output/plan';
import { isHighlightShape } from '../shared/ownershipRecord';

/** Adds the rules; returns the number of ranges written (highlights on a missing sheet are skipped). */
export function writeHighlights(wb: ExcelJS.Workbook, highlights: Highlight[]): number {
  let written = 0;
  for (const h of highlights) {
    const ws = wb.getWorksheet(h.sheet);
    if (!ws || h.ranges.length === 0) continue;
    const { fill, font } = HIGHLIGHT_COLORS[h.kind];
    ws.addConditionalFormatting({
      ref: h.ranges.join(' '),
      rules: [
        {
          type: 'expression',
          formulae: ['TRUE'],
          priority: h.kind === 'deficit' ? 1 : 2,
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${fill}` } },
            font: { color: { argb: `FF${font}` } },
          },
        },
      ],
    });
    written += h.ranges.length;
  }
  return written;
}

type CfRule = { type?: string; formulae?: unknown[]; style?: { fill?: { bgColor?: { argb?: string }; fgColor?: { argb?: string } }; font?: { color?: { argb?: string } } } };

/**
 * Whether a conditional-format rule exceljs read is one of the command's highlights (the
 * shape written above; the same test as package/removeOwnHighlights.ts applies to the XML).
 */
function isOwnHighlight(rule: CfRule): boolean {
  if (rule.type !== 'expression' || rule.formulae?.length !== 1) return false;
  return isHighlightShape(String(rule.formulae[0]), rule.style?.fill?.bgColor?.argb ?? rule.style?.fill?.fgColor?.argb, rule.style?.font?.color?.argb);
}

/** Removes an earlier run's highlights from a sheet of a result workbook; returns how many rules went. */
export function removeOwnHighlights(ws: ExcelJS.Worksheet): number {
  const holder = ws as unknown as { conditionalFormattings?: { ref: string; rules: CfRule[] }[] };
  let removed = 0;
  holder.conditionalFormattings = (holder.conditionalFormattings ?? []).flatMap((cf) => {
    const rules = cf.rules.filter((r) => !isOwnHighlight(r));
    removed += cf.rules.length - rules.length;
    return rules.length === 0 ? [] : [{ ...cf, rules }];
  });
  return removed;
}
