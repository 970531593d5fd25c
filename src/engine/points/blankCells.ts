/**
 * Empty parameter cells of an evaluation sheet (METHODOLOGY §3: an empty cell is missing data,
 * reported, never a silent 0):
 *   - a sheet with no mark at all is not a municipality's result but a blank template (or a
 *     form a district has not filled in yet) — it is left out of the table, with a note;
 *   - a position row left wholly empty was not filled in: no data for it;
 *   - in a position marked as present, an empty cell of another parameter is no data for that
 *     parameter. Empty cells after an absent position («-», «нет», 0 in «Наличие») say nothing
 *     new — the position is absent — and a penalty parameter left empty means «none»
 *     (sheets mark ineffective indicators only where there are some).
 *
 * Example:
 *   isBlankEntity(templateReading.entity) // → true for «Муниципальное образование: ______» with no marks
 *   emptyParameters(score)               // → the params of a present position whose cells are empty
 */

import type { CellValue } from '../grid';
import type { ParameterScore, PositionScore } from './rules';
import type { ReadEntity } from './sheetReading';

function isEmpty(raw: CellValue | undefined): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}

/** No parameter cell of the sheet holds anything. */
export function isBlankEntity(entity: ReadEntity): boolean {
  return entity.blocks.every((b) => b.positions.every((p) => p.params.every((c) => !c || isEmpty(c.raw))));
}

/** A name left as the template's placeholder («______», «…») or a sheet called a template. */
export function isTemplatePlaceholder(entity: ReadEntity): boolean {
  return /^[\s_.…-]*$/.test(entity.name) || /шаблон|образец|template/i.test(entity.sheet);
}

/** Every parameter cell of the row is empty (cells the sheet has no column for do not count). */
export function isBlankPosition(score: PositionScore): boolean {
  const cells = score.params.filter((p) => p.cell);
  return cells.length > 0 && cells.every((p) => isEmpty(p.cell!.raw));
}

/** Empty cells of positive parameters in a position marked present. */
export function emptyParameters(score: PositionScore): ParameterScore[] {
  if (score.state !== 'present') return [];
  return score.params.filter((p) => p.weight > 0 && p.cell && isEmpty(p.cell.raw));
}
