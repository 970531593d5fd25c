/**
 * The record by which the command line and the add-in know the result sheets and highlights
 * they wrote into a workbook, read and written the same way by both adapters, so that each
 * replaces the other's results instead of adding «Сводная (2)» beside them:
 *   - result sheets: one hidden workbook-level defined name per sheet, `_metodMonitor_sheet1`,
 *     `_metodMonitor_sheet2`, …, each referring to A1 of its sheet (why a reference: see
 *     xlsx/package/ownership.ts — Excel keeps it true on rename and makes it #REF! on delete);
 *   - highlights: a conditional format of one exact shape — an expression that is always true
 *     (`TRUE`, `=TRUE`, or `1` as LibreOffice writes it) with the fill and font colours of
 *     `HIGHLIGHT_COLORS`. A user does not colour cells with a condition that is always true.
 * Pure: no Office.js, no Node.
 *
 * Example:
 *   ownershipName(1)                              // → '_metodMonitor_sheet1'
 *   isOwnershipName('_metodMonitor_sheet12')      // → true
 *   sheetsOfReferences("='Сводная'!$A$1")         // → ['Сводная']
 *   isHighlightShape('=TRUE', '#FFC7CE', '#9C0006') // → true
 */

import { HIGHLIGHT_COLORS } from '../../engine/output/plan';

export const OWNERSHIP_PREFIX = '_metodMonitor_sheet';

/** The record's name for the n-th result sheet (1-based). */
export function ownershipName(n: number): string {
  return `${OWNERSHIP_PREFIX}${n}`;
}

/** A name of the record (`_metodMonitor_sheets`, the first version's single name, included). */
export function isOwnershipName(name: string): boolean {
  return /^_metodMonitor_sheet(?:s|\d+)$/i.test(name);
}

/** Sheet names in a reference list «='Свод ная'!$A$1,Лист2!$A$1,#REF!$A$1» (#REF! skipped). */
export function sheetsOfReferences(formula: string): string[] {
  const out: string[] = [];
  const re = /(?:^=?|,)\s*(?:'((?:[^']|'')+)'|([^'!,=]+))!/g;
  for (const m of formula.matchAll(re)) {
    const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2].trim();
    if (!name.startsWith('#')) out.push(name);
  }
  return out;
}

/** A sheet name quoted for a reference: 'Проверка данных', with an apostrophe doubled. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

const rgb = (color: string | null | undefined) => (color ?? '').replace(/^#/, '').toUpperCase().slice(-6);

/** Whether a conditional format (an expression's formula, its fill and font colours) is one of the tools' highlights. */
export function isHighlightShape(formula: string | null | undefined, fill: string | null | undefined, font: string | null | undefined): boolean {
  if (!/^\s*=?\s*(TRUE|ИСТИНА|1)\s*$/i.test(formula ?? '')) return false;
  return Object.values(HIGHLIGHT_COLORS).some((c) => c.fill === rgb(fill) && c.font === rgb(font));
}
