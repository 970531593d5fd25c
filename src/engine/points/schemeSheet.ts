/**
 * The sheet «Методика»: a methodologist's own points scheme, which replaces the built-in one
 * (METHODOLOGY §5: "a methodologist changes weights without a programmer").
 *
 * Layout (forgiving). One header row within the first ten rows names the columns, in any order;
 * a column is recognised by a word of its header:
 *   «Блок» (or «Раздел»)       — the block; an empty cell repeats the block above (so merged cells work);
 *   «Позиция» (оценивания)     — a position of the block;
 *   «Параметр» (or «Критерий») — a parameter of the block;
 *   «Баллы» (or «Балл», «Вес») — the parameter's points; negative = a penalty (−1 for
 *                                «неэффективные показатели»); empty = 1, as in the seed;
 *   «Зависит от» (optional)    — a block whose position, when it has only ineffective
 *                                indicators, makes this block's position score 0 (seed 004, l. 555).
 * A row may carry a position, a parameter, or both; each is added to its block once, so both a
 * short list and the full "position × parameter" table are read the same way. A block that lists
 * no positions (or no parameters) takes them from the built-in block of the same name, so a sheet
 * that only changes weights may list just «Блок | Параметр | Баллы».
 *
 *   | Блок       | Позиция                                        | Параметр                          | Баллы |
 *   | Мониторинг | по осуществлению методической поддержки …      | Наличие показателей мониторинга   | 2     |
 *   |            | по развитию и/или поддержке …                  | Наличие сведений о сроках …       | 1     |
 *
 * Bad rows (points that are not a number, a position without a block, an unknown «Зависит от»)
 * are reported with code 'scheme-sheet' and their address, and skipped.
 *
 * Example:
 *   readSchemeSheet(sheet, DEFAULT_SCHEME, problems)?.blocks[1].parameters[0].points // → 2
 */

import { valueAt, formatAt, isEmptyValue, type SheetGrid } from '../grid';
import { cellAddress } from '../address';
import type { ProblemList } from '../problems';
import { parseCell } from '../values/parseCell';
import { bestMatch, normaliseName } from './matchNames';
import type { PointsScheme, SchemeBlock } from './scheme';

export const SCHEME_SHEET_NAME = 'Методика';

type Column = 'block' | 'position' | 'parameter' | 'points' | 'dependsOn';

const HEADER_WORDS: [Column, RegExp][] = [
  ['block', /^(блок|раздел)/],
  ['position', /^позици/],
  ['parameter', /^(параметр|критери)/],
  ['points', /^(балл|вес|очк)/],
  ['dependsOn', /^(зависит|завис|связ)/],
];

function text(v: unknown): string {
  return v === null || v === undefined ? '' : String(v).replace(/\s+/g, ' ').trim();
}

function findHeader(sheet: SheetGrid): { row: number; cols: Partial<Record<Column, number>> } | null {
  const rows = Math.min(sheet.values.length, 10);
  for (let r = 0; r < rows; r++) {
    const cols: Partial<Record<Column, number>> = {};
    for (let c = 0; c < (sheet.values[r]?.length ?? 0); c++) {
      const t = normaliseName(text(valueAt(sheet, r, c)));
      for (const [col, re] of HEADER_WORDS) if (cols[col] === undefined && re.test(t)) cols[col] = c;
    }
    if (cols.block !== undefined && (cols.position !== undefined || cols.parameter !== undefined)) return { row: r, cols };
  }
  return null;
}

export function readSchemeSheet(sheet: SheetGrid, defaults: PointsScheme, problems: ProblemList): PointsScheme | null {
  const at = (r: number, c: number) => cellAddress(sheet.name, sheet.startRow + r, sheet.startCol + c);
  const header = findHeader(sheet);
  if (!header) {
    problems.warning(at(0, 0), sheet.name, 'scheme-sheet',
      `На листе «${sheet.name}» не найдена строка заголовков «Блок | Позиция | Параметр | Баллы»: используется встроенная методика.`);
    return null;
  }
  const { cols } = header;
  const blocks: (SchemeBlock & { dependsOnCell?: string })[] = [];
  const blockByName = new Map<string, SchemeBlock & { dependsOnCell?: string }>();
  let current: (SchemeBlock & { dependsOnCell?: string }) | null = null;

  for (let r = header.row + 1; r < sheet.values.length; r++) {
    const cell = (col: Column) => (cols[col] === undefined ? '' : text(valueAt(sheet, r, cols[col] as number)));
    const blockName = cell('block');
    const positionName = cell('position');
    const parameterName = cell('parameter');
    const dependsOn = cell('dependsOn');
    if (blockName) {
      const key = normaliseName(blockName);
      current = blockByName.get(key) ?? null;
      if (!current) {
        current = { name: blockName, parameters: [], positions: [] };
        blockByName.set(key, current);
        blocks.push(current);
      }
    }
    if (!blockName && !positionName && !parameterName) continue;
    if (!current) {
      problems.warning(at(r, cols.position ?? cols.parameter ?? 0), sheet.name, 'scheme-sheet',
        `Строка ${sheet.startRow + r + 1} листа «${sheet.name}»: не указан блок, строка пропущена.`);
      continue;
    }
    if (dependsOn) {
      current.dependsOn = dependsOn;
      current.dependsOnCell = at(r, cols.dependsOn as number);
    }
    if (positionName && !current.positions.some((p) => normaliseName(p.name) === normaliseName(positionName))) {
      current.positions.push({ name: positionName });
    }
    if (parameterName) {
      let points = 1;
      if (cols.points !== undefined) {
        const raw = valueAt(sheet, r, cols.points);
        if (!isEmptyValue(raw)) {
          const parsed = parseCell(raw, formatAt(sheet, r, cols.points));
          if ((parsed.kind === 'number' || parsed.kind === 'percent') && parsed.value !== null && !parsed.ignoredText) {
            points = parsed.value;
          } else {
            problems.warning(at(r, cols.points), sheet.name, 'scheme-sheet',
              `Баллы параметра «${parameterName}» не число («${text(raw)}»): параметр пропущен.`);
            continue;
          }
        }
      }
      const existing = current.parameters.find((p) => normaliseName(p.name) === normaliseName(parameterName));
      if (existing) {
        if (existing.points !== points) {
          problems.warning(at(r, cols.points ?? cols.parameter as number), sheet.name, 'scheme-sheet',
            `Параметр «${parameterName}» блока «${current.name}» указан с разными баллами (${existing.points} и ${points}): взято первое значение.`);
        }
      } else {
        current.parameters.push({ name: parameterName, points });
      }
    }
  }

  // Fill what a block leaves out from the built-in block of the same name; drop what cannot be filled.
  const defaultNames = defaults.blocks.map((b) => b.name);
  const result: SchemeBlock[] = [];
  for (const block of blocks) {
    const match = bestMatch(block.name, defaultNames);
    const fallback = match ? defaults.blocks[match.index] : null;
    if (block.parameters.length === 0 && fallback) block.parameters = fallback.parameters.map((p) => ({ ...p }));
    if (block.positions.length === 0 && fallback) block.positions = fallback.positions.map((p) => ({ ...p }));
    if (block.dependsOn === undefined && fallback?.dependsOn) block.dependsOn = fallback.dependsOn;
    if (block.parameters.length === 0 || block.positions.length === 0 || !block.parameters.some((p) => p.points > 0)) {
      problems.warning(at(header.row, cols.block as number), sheet.name, 'scheme-sheet',
        `Блок «${block.name}» на листе «${sheet.name}»: не заданы позиции или параметры с положительными баллами, блок не учитывается.`);
      continue;
    }
    result.push(block);
  }
  // Resolve «Зависит от» to a block of this scheme.
  for (const block of result as (SchemeBlock & { dependsOnCell?: string })[]) {
    if (!block.dependsOn) continue;
    const target = bestMatch(block.dependsOn, result.map((b) => b.name));
    if (!target || result[target.index] === block) {
      if (block.dependsOnCell) {
        problems.warning(block.dependsOnCell, sheet.name, 'scheme-sheet',
          `Блок «${block.dependsOn}», от которого зависит блок «${block.name}», не найден в методике: зависимость не учитывается.`);
      }
      block.dependsOn = null;
    } else {
      block.dependsOn = result[target.index].name;
    }
    delete block.dependsOnCell;
  }
  if (result.length === 0) {
    problems.warning(at(header.row, 0), sheet.name, 'scheme-sheet',
      `На листе «${sheet.name}» не найдено ни одного блока с позициями и параметрами: используется встроенная методика.`);
    return null;
  }
  return { blocks: result, source: sheet.name };
}
