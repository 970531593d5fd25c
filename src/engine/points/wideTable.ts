/**
 * Layout C(b): one wide table of evaluation results — municipalities in rows; block → position →
 * parameter in the header rows above, usually merged (METHODOLOGY §2 C):
 *
 *   | МО        | Показатели (merged over B:I)                      | … | Итого |
 *   |           | по осуществлению … (B:C…)  | по развитию … | …    | … |       |
 *   |           | Наличие | Соответствие | Неэфф. | всего | …       | … |       |
 *   | Крымский  | 1       | 1            | 0      | 2     | …       | … | 52    |
 *
 * How it reads:
 *   - the block row is the header row (within the first 15) naming the most scheme blocks; a
 *     merged block name covers every column of its area, and an empty cell continues the block to
 *     its left (a header "centred across selection" has no merge);
 *   - the header rows between it and the first row of values name the position and the parameter
 *     of each column (position by name; parameter by name, else by order within the position);
 *     with two header rows, a block with one position has parameters in the second row;
 *   - a column headed «всего»/«итого» is a declared total: of the position above it, else of the
 *     block, else (outside any block) of the municipality;
 *   - columns such as «Место», «%», «Группа» are results, not parameters, and are skipped;
 *   - rows «Итого», «Среднее», «Максимальный балл», «По региону» are not municipalities.
 *
 * Taken only with two scheme blocks in one header row (or one block with a «всего»/«балл» header)
 * and at least one position of the scheme recognised — a matrix of да/нет under criteria does not
 * name the scheme's blocks.
 *
 * Example:
 *   readWideTable(sheet, DEFAULT_SCHEME, problems)?.entities.map((e) => e.name) // → ['Крымский район', 'Абинский район']
 */

import { gridWidth, isEmptyValue, valueAt, type SheetGrid } from '../grid';
import { ProblemList } from '../problems';
import { bestMatch } from './matchNames';
import { isDash } from './marks';
import { addressOf, isLabelText, isTotalLabel, mergedValue, sourceCell, textOf } from './gridCells';
import { schemeWhere, type PointsScheme } from './scheme';
import type { DeclaredCell, ReadBlock, ReadEntity, ReadPosition } from './sheetReading';
import { parseCell } from '../values/parseCell';

export interface WideReading {
  entities: ReadEntity[];
  title: string | null;
  entityLabel: string;
  /** 0-based grid rows: the header block, the first and the last data row. */
  headerFirst: number;
  headerLast: number;
  dataFirst: number;
  last: number;
}

const NOT_PARAMETER = /^(место|рейтинг|ранг|%|процент|доля|групп|уровень|примечан)/i;
const NOT_ENTITY = /^(итог|всего|средн|медиан|максим|минимал|по региону|по краю|по области|по району|в целом|сумма|регион$)/i;

interface ColumnInfo {
  col: number;
  block: number;
  /** Scheme position index, or null for a position the scheme does not know (then `unknownLabel`). */
  position: number | null;
  positionLabel: string;
  positionCell: string;
  param: number | null;
  paramByName: boolean;
  total: boolean;
}

/** Top-left cell of the merged area covering (r, c), grid-relative; (r, c) itself when none. */
function origin(sheet: SheetGrid, r: number, c: number): { r: number; c: number } {
  const sr = sheet.startRow + r;
  const sc = sheet.startCol + c;
  for (const m of sheet.merges ?? []) {
    if (sr >= m.top && sr <= m.bottom && sc >= m.left && sc <= m.right) return { r: m.top - sheet.startRow, c: m.left - sheet.startCol };
  }
  return { r, c };
}

function isValueCell(sheet: SheetGrid, r: number, c: number): boolean {
  const v = valueAt(sheet, r, c);
  if (isEmptyValue(v)) return false;
  if (typeof v === 'number' || typeof v === 'boolean' || isDash(v)) return true;
  const k = parseCell(v).kind;
  return k === 'yes' || k === 'no' || k === 'number';
}

export function readWideTable(sheet: SheetGrid, scheme: PointsScheme, problems: ProblemList): WideReading | null {
  const width = gridWidth(sheet);
  const blockNames = scheme.blocks.map((b) => b.name);

  // 1. The block row.
  let rb = -1;
  let bestCount = 0;
  for (let r = 0; r < Math.min(15, sheet.values.length); r++) {
    const found = new Set<number>();
    for (let c = 0; c < width; c++) {
      const v = valueAt(sheet, r, c);
      if (!isLabelText(v)) continue;
      const m = bestMatch(textOf(v), blockNames, 0.6);
      if (m) found.add(m.index);
    }
    if (found.size > bestCount) {
      bestCount = found.size;
      rb = r;
    }
  }
  if (rb < 0) return null;

  // 2. Block of every column (merged areas and empty cells continue the block to the left).
  const blockOf: (number | null)[] = new Array(width).fill(null);
  let entityTotalCol: number | null = null;
  let open: number | null = null;
  for (let c = 0; c < width; c++) {
    const raw = valueAt(sheet, rb, c);
    const t = textOf(mergedValue(sheet, rb, c));
    if (!isEmptyValue(raw) || origin(sheet, rb, c).c !== c) {
      const m = t ? bestMatch(t, blockNames, 0.6) : null;
      open = m ? m.index : null;
      if (!m && t && isTotalLabel(t)) entityTotalCol = c;
    }
    blockOf[c] = open;
  }
  const blockCols = blockOf.map((b, c) => (b === null ? -1 : c)).filter((c) => c >= 0);
  if (blockCols.length === 0) return null;
  const firstBlockCol = blockCols[0];

  // 3. The first row of values.
  let dataStart = -1;
  for (let r = rb + 1; r < sheet.values.length; r++) {
    if (blockCols.some((c) => isValueCell(sheet, r, c))) {
      dataStart = r;
      break;
    }
  }
  if (dataStart < 0) return null;
  const subRows: number[] = [];
  for (let r = rb + 1; r < dataStart; r++) subRows.push(r);

  // 4. The entity column: left of the blocks, most labels in the data rows.
  let entityCol = -1;
  let entityVotes = 0;
  for (let c = 0; c < firstBlockCol; c++) {
    let n = 0;
    for (let r = dataStart; r < sheet.values.length; r++) if (isLabelText(valueAt(sheet, r, c))) n++;
    if (n > entityVotes) {
      entityVotes = n;
      entityCol = c;
    }
  }
  if (entityCol < 0) return null;

  // 5. Position and parameter of every block column.
  const local = new ProblemList();
  let marker = false;
  const columns: ColumnInfo[] = [];
  for (const c of blockCols) {
    const b = blockOf[c] as number;
    const block = scheme.blocks[b];
    const texts: { t: string; r: number }[] = [];
    for (const r of subRows) {
      const t = textOf(mergedValue(sheet, r, c));
      if (t && !texts.some((x) => x.t === t)) texts.push({ t, r });
    }
    if (texts.some((x) => NOT_PARAMETER.test(x.t))) continue;
    if (texts.some((x) => /балл/i.test(x.t) || isTotalLabel(x.t))) marker = true;
    const total = texts.some((x) => isTotalLabel(x.t));
    const names = texts.filter((x) => !isTotalLabel(x.t));
    const positionNames = block.positions.map((p) => p.name);
    const paramNames = block.parameters.map((p) => p.name);
    let position: number | null = null;
    let positionText: { t: string; r: number } | null = null;
    let param: number | null = null;
    let paramByName = false;
    for (const x of names) {
      const m = bestMatch(x.t, positionNames, 0.5);
      if (m && position === null) {
        position = m.index;
        positionText = x;
      }
    }
    const rest = names.filter((x) => x !== positionText);
    for (const x of rest) {
      const m = bestMatch(x.t, paramNames, 0.5);
      if (m) {
        param = m.index;
        paramByName = true;
        break;
      }
    }
    if (position === null) {
      if (block.positions.length === 1) position = 0;
      else if (names.length >= 2 || (names.length === 1 && !paramByName)) positionText = names[0];
      else if (!total) continue; // a parameter with no position: cannot be placed
    }
    const headerRow = positionText?.r ?? rb;
    const o = origin(sheet, headerRow, c);
    const label = position !== null && !positionText ? block.positions[position].name : positionText?.t ?? block.name;
    columns.push({
      col: c, block: b, position, positionLabel: label, positionCell: addressOf(sheet, o.r, o.c),
      param, paramByName, total,
    });
  }
  if (!(bestCount >= 2 || marker)) return null;
  const knownCols = columns.filter((c) => c.position !== null && !c.total).length;
  const unknownCols = columns.filter((c) => c.position === null && !c.total).length;
  if (knownCols === 0 || knownCols < unknownCols) return null;

  // Group columns by block and position, assign parameters by order where names did not.
  interface Group { block: number; position: number | null; label: string; cell: string; params: (number | null)[]; total: number | null; paramCols: number[] }
  const blocksInOrder: { block: number; groups: Group[]; total: number | null }[] = [];
  for (const info of columns) {
    let blockEntry = blocksInOrder.find((x) => x.block === info.block);
    if (!blockEntry) {
      blockEntry = { block: info.block, groups: [], total: null };
      blocksInOrder.push(blockEntry);
    }
    const isBlockTotal = info.total && info.position === null && info.positionLabel === scheme.blocks[info.block].name;
    if (isBlockTotal) {
      blockEntry.total = info.col;
      continue;
    }
    const key = info.position !== null ? `k${info.position}` : `u${info.positionLabel}`;
    let group = blockEntry.groups.find((g) => (g.position !== null ? `k${g.position}` : `u${g.label}`) === key);
    if (!group) {
      group = { block: info.block, position: info.position, label: info.positionLabel, cell: info.positionCell, params: [], total: null, paramCols: [] };
      blockEntry.groups.push(group);
    }
    if (info.total) {
      group.total = info.col;
      continue;
    }
    group.paramCols.push(info.col);
    group.params.push(info.paramByName ? info.param : null);
  }
  for (const be of blocksInOrder) {
    const k = scheme.blocks[be.block].parameters.length;
    for (const g of be.groups) {
      const used = new Set(g.params.filter((p): p is number => p !== null));
      let next = 0;
      g.params = g.params.map((p) => {
        if (p !== null) return p;
        while (used.has(next)) next++;
        used.add(next);
        return next < k ? next : null;
      });
      if (g.paramCols.length !== k) {
        local.warning(g.cell, sheet.name, 'layout',
          `Позиция «${g.label}» блока «${scheme.blocks[be.block].name}»: ${g.paramCols.length} столбц. параметров, а в методике ${k}.`);
      }
      if (g.position === null) {
        local.warning(g.cell, sheet.name, 'unknown-position',
          `Позиция «${g.label}» не найдена в блоке «${scheme.blocks[be.block].name}» ${schemeWhere(scheme)}: она оценена по параметрам блока.`);
      }
    }
  }

  // 6. Municipalities.
  const entities: ReadEntity[] = [];
  let last = dataStart;
  for (let r = dataStart; r < sheet.values.length; r++) {
    const nameValue = valueAt(sheet, r, entityCol);
    const name = textOf(nameValue);
    if (!name || !isLabelText(nameValue) || NOT_ENTITY.test(name)) continue;
    if (!columns.some((c) => !isEmptyValue(valueAt(sheet, r, c.col)))) continue;
    const declared = (c: number | null): DeclaredCell | null =>
      c === null || isEmptyValue(valueAt(sheet, r, c)) ? null : { ...sourceCell(sheet, r, c), kind: 'score' };
    const blocks: ReadBlock[] = blocksInOrder
      .filter((be) => be.groups.length > 0)
      .map((be) => ({
        schemeIndex: be.block,
        label: scheme.blocks[be.block].name,
        labelCell: null,
        declared: declared(be.total),
        positions: be.groups.map((g): ReadPosition => {
          const params = scheme.blocks[be.block].parameters.map((_, i) => {
            const at = g.params.indexOf(i);
            return at >= 0 ? sourceCell(sheet, r, g.paramCols[at]) : null;
          });
          const rowCell = g.paramCols.length > 0 ? addressOf(sheet, r, g.paramCols[0]) : addressOf(sheet, r, entityCol);
          return { label: g.label, schemeIndex: g.position, labelCell: g.cell, rowCell, params, declared: declared(g.total) };
        }),
      }));
    entities.push({
      name,
      nameCell: addressOf(sheet, r, entityCol),
      sheet: sheet.name,
      index: sheet.startRow + r,
      blocks,
      declared: declared(entityTotalCol),
    });
    last = r;
  }
  if (entities.length === 0) return null;

  for (const p of local.items) problems.add(p);
  let title: string | null = null;
  for (let r = 0; r < rb && !title; r++) {
    for (let c = 0; c < width; c++) {
      const t = textOf(valueAt(sheet, r, c), true);
      if (t) {
        title = t;
        break;
      }
    }
  }
  return {
    entities,
    title,
    entityLabel: textOf(mergedValue(sheet, rb, entityCol)) || 'Муниципальное образование',
    headerFirst: rb,
    headerLast: dataStart - 1,
    dataFirst: dataStart,
    last,
  };
}
