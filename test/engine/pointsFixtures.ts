/**
 * Builders of evaluation sheets for the points tests: the seed 004 template (one sheet per
 * municipality) filled with given marks, and plain grids.
 */

import type { CellValue, MergedArea, SheetGrid } from '../../src/engine/grid';
import { DEFAULT_SCHEME } from '../../src/engine/points/defaultScheme';

export function grid(name: string, values: CellValue[][], merges: MergedArea[] = []): SheetGrid {
  return { name, startRow: 0, startCol: 0, values, merges };
}

export type Marks = [CellValue, CellValue, CellValue] | [CellValue, CellValue, CellValue, CellValue];

export interface TemplateBlock {
  name: string;
  declared?: CellValue;
  positions: { name: string; marks: Marks }[];
}

/** Rows of a template sheet: title, «Позиция оценивания» header, then block and position rows. */
export function templateRows(title: string | null, blocks: TemplateBlock[]): CellValue[][] {
  const rows: CellValue[][] = [];
  if (title) rows.push([title, null, null, null, null]);
  rows.push(['Позиция оценивания', 'Наличие', 'Параметр 2', 'Параметр 3', 'всего']);
  for (const b of blocks) {
    rows.push([b.name, '-', '-', '-', b.declared ?? null]);
    for (const p of b.positions) rows.push([p.name, ...p.marks]);
  }
  return rows;
}

/** The seed's declared block totals («всего» on block rows): 8, 12, 12, 12, 24, 3, 3. */
export const SEED_DECLARED = [8, 12, 12, 12, 24, 3, 3];

/** A full default-scheme sheet; `marks[b][p]` are the marks of block b, position p. */
export function fullTemplate(sheetName: string, title: string, marks: Marks[][]): SheetGrid {
  const blocks: TemplateBlock[] = DEFAULT_SCHEME.blocks.map((b, bi) => ({
    name: b.name,
    declared: SEED_DECLARED[bi],
    positions: b.positions.map((p, pi) => ({ name: p.name, marks: marks[bi][pi] })),
  }));
  return grid(sheetName, templateRows(title, blocks));
}

/** 0-based row of the first row whose first cell is `label` (after `after`). */
export function rowOf(sheet: SheetGrid, label: string, after = -1): number {
  const r = sheet.values.findIndex((row, i) => i > after && row[0] === label);
  if (r < 0) throw new Error(`no row «${label}»`);
  return r;
}

/**
 * Evaluates a formula of the form "S!C5+S!D5-(S!E5<>0)" against the sheets, as Excel would: a
 * term «(cell<>0)» is 1 when the cell holds anything but 0.
 */
export function evaluateSum(formula: string, sheets: SheetGrid[]): number {
  const valueOf = (ref: string): number => {
    const [sheetName, local] = ref.split('!');
    const name = sheetName.replace(/^'|'$/g, '');
    const sheet = sheets.find((s) => s.name === name)!;
    const cm = /^([A-Z]+)(\d+)$/.exec(local)!;
    const col = cm[1].charCodeAt(0) - 65;
    const row = Number(cm[2]) - 1;
    return Number(sheet.values[row][col] ?? 0);
  };
  let sum = 0;
  for (const m of formula.matchAll(/([+-]?)(\(([^()]+)<>0\)|[^+-]+)/g)) {
    const v = m[3] !== undefined ? (valueOf(m[3]) !== 0 ? 1 : 0) : valueOf(m[2]);
    sum += m[1] === '-' ? -v : v;
  }
  return sum;
}
