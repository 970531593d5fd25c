/**
 * The points scheme of METHODOLOGY §5 as data: blocks (блоки) → evaluation positions (позиции
 * оценивания) → parameters (параметры) with their points. The engine never hard-codes a block
 * or a weight; it reads them from here, so a methodologist changes the scheme in the workbook
 * (sheet «Методика», see schemeSheet.ts) without a programmer.
 *
 * Two facts of the seed's rules are also data:
 *   - a parameter with negative points is a penalty (the indicators block: «за наличие
 *     неэффективных показателей … баллы вычитаются», seed 004, ll. 393–405);
 *   - `dependsOn` names the block whose positions must have effective content for this block's
 *     position to count (seed 004, l. 555: monitoring of indicators that are all ineffective
 *     scores 0; l. 647: the same for the analysis of monitoring results).
 *
 * Example:
 *   const scheme = loadScheme(workbook, problems);     // the sheet «Методика», else DEFAULT_SCHEME
 *   scheme.blocks[1].name                              // → 'Мониторинг'
 *   positionMax(scheme.blocks[1])                      // → 3 (1 + 1 + 1)
 *   positionMax(scheme.blocks[0])                      // → 2 (1 + 1; the −1 penalty is no maximum)
 */

import type { WorkbookGrid } from '../grid';
import type { ProblemList } from '../problems';
import { DEFAULT_SCHEME } from './defaultScheme';
import { readSchemeSheet, SCHEME_SHEET_NAME } from './schemeSheet';

export interface SchemeParameter {
  name: string;
  /** Points the parameter gives when marked: +1 normally, −1 for the "ineffective indicators" penalty. */
  points: number;
}

export interface SchemePosition {
  name: string;
}

export interface SchemeBlock {
  name: string;
  parameters: SchemeParameter[];
  positions: SchemePosition[];
  /** Name of the block whose same-named position must not be "only ineffective" (seed 004, ll. 555, 647). */
  dependsOn?: string | null;
  /** The total the source document declares for the block, when it says one (the seed's «Меры»: 24). Informational. */
  declaredMax?: number | null;
}

export interface PointsScheme {
  blocks: SchemeBlock[];
  /** Where it came from: 'built-in' or the sheet name. */
  source: string;
}

/** Where the scheme is, for a message: «встроенной схемы оценивания» or «листа «Методика»» (after «в блоке … »). */
export function schemeWhere(scheme: PointsScheme): string {
  return scheme.source === 'built-in' ? 'встроенной схемы оценивания' : `схемы оценивания с листа «${scheme.source}»`;
}

/** A penalty parameter takes points away when marked. */
export function isPenalty(p: SchemeParameter): boolean {
  return p.points < 0;
}

/** Maximum of one position: the sum of the positive parameter points. */
export function positionMax(block: SchemeBlock): number {
  return block.parameters.reduce((s, p) => s + (p.points > 0 ? p.points : 0), 0);
}

/** Index of the first positive parameter — the "presence" parameter the others depend on. */
export function presenceIndex(block: SchemeBlock): number {
  return block.parameters.findIndex((p) => p.points > 0);
}

/** Reads the scheme: the sheet «Методика» when the workbook has one that yields blocks, else the built-in default. */
export function loadScheme(workbook: WorkbookGrid, problems: ProblemList): PointsScheme {
  const sheet = workbook.sheets.find((s) => s.name.trim().toLowerCase() === SCHEME_SHEET_NAME.toLowerCase());
  if (sheet) {
    const fromSheet = readSchemeSheet(sheet, DEFAULT_SCHEME, problems);
    if (fromSheet) return fromSheet;
  }
  return DEFAULT_SCHEME;
}
