/**
 * What the two sheet readers (templateSheet.ts, wideTable.ts) hand over: for each municipality,
 * the cells of its blocks and positions, matched to the scheme but not yet scored. Keeping the
 * reading apart from the rules means the rules (rules.ts) and totals (totals.ts) are the same
 * whichever layout the points came from.
 *
 * Example (one position row «по организации сетевых форм … | 1 | 0 | 0 | 1» on sheet «Крымский»):
 *   { label: 'по организации сетевых форм …', schemeIndex: 2, labelCell: 'Крымский!A6',
 *     params: [{ raw: 1, address: 'Крымский!B6', … }, …], declared: { raw: 1, address: 'Крымский!E6', … } }
 */

import type { CellValue } from '../grid';

export interface SourceCell {
  raw: CellValue;
  format: string | null;
  /** The cell holds a formula (its value is what Excel computed). */
  formula: boolean;
  address: string;
  sheet: string;
  /** 0-based sheet coordinates. */
  row: number;
  col: number;
}

/** How to read a declared total: the block header of the seed's template gives the block's maximum («Меры … 24»). */
export type DeclaredKind = 'score' | 'max-or-score';

export interface DeclaredCell extends SourceCell {
  kind: DeclaredKind;
}

export interface ReadPosition {
  /** The position as written. */
  label: string;
  /** Index of the scheme position it matched, or null for a position the scheme does not know. */
  schemeIndex: number | null;
  /** Address of the cell naming it (the row's label cell, or the header cell of a wide table). */
  labelCell: string;
  /** Address that points at this municipality's row of the position, for findings about the row
   *  (template: the label cell; wide table: the first parameter cell in the municipality's row). */
  rowCell: string;
  /** One per scheme parameter of the block (null when the sheet has no column for it). */
  params: (SourceCell | null)[];
  declared: DeclaredCell | null;
}

export interface ReadBlock {
  /** Index of the scheme block. */
  schemeIndex: number;
  label: string;
  labelCell: string | null;
  declared: DeclaredCell | null;
  positions: ReadPosition[];
}

export interface ReadEntity {
  name: string;
  nameCell: string;
  sheet: string;
  /** 0-based sheet row of the entity (template: the first row of the table). */
  index: number;
  blocks: ReadBlock[];
  declared: DeclaredCell | null;
}
