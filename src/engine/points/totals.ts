/**
 * Scores one municipality: every position by the rules (rules.ts), the dependency of monitoring
 * and analysis on effective indicators, then totals per position, block and entity, checked
 * against what the sheet declares.
 *
 * Maxima come from the positions actually present in the sheet (METHODOLOGY §5): the seed's
 * «Меры, мероприятия» lists 7 positions × 3 = 21 but declares 24 (l. 787); the declared cell is
 * reported ('declared-total-mismatch', with both numbers) and 21 is used.
 *
 * A block header's «всего» in the seed's template is the block's maximum («Мониторинг … 12»); a
 * filled-in sheet may write the block's score there instead, so a declared block total that equals
 * either the computed maximum or the computed score is accepted. A position row's «всего» and a
 * wide table's total columns are scores and must equal the computed score.
 *
 * `formula` sums the non-empty numeric parameter cells («Крымский!C5+Крымский!D5-(Крымский!E5<>0)»:
 * a penalty counts when its cell holds anything but 0, −1 or 1 alike) — only when the cells hold
 * plain numbers equal to the points they give and no rule changed anything, so the summary can
 * reference the source instead of copying numbers.
 *
 * Example:
 *   scoreEntity(read, scheme, ids, problems).points  // → { entity: 'Крымский район', total: 60, max: 71, blocks: […], formula: null }
 */

import { formatNumber } from '../layouts/cellMessages';
import type { PointsBlock, PointsEntity, PointsPosition } from '../analysis';
import type { ProblemList } from '../problems';
import { parseCell } from '../values/parseCell';
import { bestMatch } from './matchNames';
import { scorePosition, zeroForIneffectiveSource, type PositionScore } from './rules';
import { emptyParameters, isBlankPosition } from './blankCells';
import type { PointsScheme, SchemeBlock } from './scheme';
import type { DeclaredCell, ReadBlock, ReadEntity, ReadPosition } from './sheetReading';
import type { PositionIds } from './positionIds';
import { excelErrorRu } from '../values/excelErrors';

export interface ScoredPosition {
  id: string;
  read: ReadPosition;
  score: PositionScore;
}

export interface ScoredBlock {
  blockIndex: number;
  scheme: SchemeBlock;
  read: ReadBlock;
  positions: ScoredPosition[];
  total: number;
  max: number;
}

export interface ScoredEntity {
  read: ReadEntity;
  blocks: ScoredBlock[];
  total: number;
  max: number;
  /** Some parameter cell was unreadable or marked as missing data. */
  incomplete: boolean;
  points: PointsEntity;
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100).replace('.', ',');
}

function declaredNumber(cell: DeclaredCell | null): number | null {
  if (!cell) return null;
  const p = parseCell(cell.raw, cell.format);
  return (p.kind === 'number' || p.kind === 'no') && p.value !== null ? p.value : null;
}

/** Reports unreadable, missing and commented parameter cells. Returns true when a cell had no usable value. */
function reportMarks(score: PositionScore, problems: ProblemList): boolean {
  let incomplete = false;
  for (const p of score.params) {
    if (!p.cell) continue;
    // As the user reads it: «0,5», not «0.5»; «#ДЕЛ/0!», not «#DIV/0!».
    const raw = p.cell.raw;
    const shown = typeof raw === 'number' ? formatNumber(raw, 4) : excelErrorRu(String(raw ?? '').trim());
    switch (p.mark.issue) {
      case 'unreadable':
        incomplete = true;
        problems.error(p.cell.address, p.cell.sheet, 'unreadable',
          `Значение «${shown}» не прочитано как отметка параметра «${p.name}»: параметр не засчитан.`);
        break;
      case 'missing':
        incomplete = true;
        problems.warning(p.cell.address, p.cell.sheet, 'missing',
          `Нет данных по параметру «${p.name}» («${shown}»): параметр не засчитан.`);
        break;
      case 'text-ignored':
        problems.warning(p.cell.address, p.cell.sheet, 'text-ignored',
          `В ячейке «${shown}» учтено только значение, текст «${p.mark.ignoredText ?? ''}» не учтён.`);
        break;
      case 'fraction':
        problems.warning(p.cell.address, p.cell.sheet, 'other',
          `Параметр «${p.name}» отмечен дробным значением «${shown}»: по схеме параметр даёт целый балл; учтено ${formatNumber(p.points)} балла.`);
        break;
      case 'negative':
        problems.warning(p.cell.address, p.cell.sheet, 'other',
          `Отрицательное значение «${shown}» у параметра «${p.name}», который не снижает баллы: параметр не засчитан.`);
        break;
      default:
        break;
    }
  }
  return incomplete;
}

/** The dependency's position that goes with `pos` (same scheme position, else the closest name). */
function sourcePosition(pos: ScoredPosition, block: SchemeBlock, source: ScoredBlock): ScoredPosition | null {
  const name = pos.read.schemeIndex !== null ? block.positions[pos.read.schemeIndex].name : pos.read.label;
  const schemeMatch = bestMatch(name, source.scheme.positions.map((p) => p.name), 0.5);
  if (schemeMatch) {
    const found = source.positions.find((p) => p.read.schemeIndex === schemeMatch.index);
    if (found) return found;
  }
  const labelMatch = bestMatch(pos.read.label, source.positions.map((p) => p.read.label), 0.5);
  return labelMatch ? source.positions[labelMatch.index] : null;
}

function formulaOf(blocks: ScoredBlock[]): string | null {
  const terms: string[] = [];
  for (const b of blocks) {
    for (const p of b.positions) {
      if (p.score.adjusted) return null;
      for (const param of p.score.params) {
        const cell = param.cell;
        if (!cell || cell.raw === null || cell.raw === '') continue;
        if (cell.formula || typeof cell.raw !== 'number') return null;
        const v = cell.raw;
        if (param.weight > 0) {
          if (v !== param.points) return null;
          terms.push(`+${cell.address}`);
        } else {
          if (v !== 0 && Math.abs(v) !== Math.abs(param.points)) return null;
          // Marked by any value but 0 (−1 or 1 alike): the term is the rule, not the cell's
          // sign today — «-D9» on a 0 would add a point once someone types −1 there.
          const weight = Math.abs(param.weight);
          terms.push(`-${weight === 1 ? '' : `${weight}*`}(${cell.address}<>0)`);
        }
      }
    }
  }
  if (terms.length === 0) return '0';
  const joined = terms.join('');
  return joined.startsWith('+') ? joined.slice(1) : joined;
}

function checkDeclared(
  declared: DeclaredCell | null,
  score: number,
  max: number,
  what: string,
  problems: ProblemList,
): void {
  const value = declaredNumber(declared);
  if (!declared || value === null) return;
  const ok = declared.kind === 'max-or-score' ? value === max || value === score : value === score;
  if (ok) return;
  const computed = declared.kind === 'max-or-score'
    ? `по позициям листа максимум ${fmt(max)}, набрано ${fmt(score)}`
    : `вычислено ${fmt(score)}`;
  problems.warning(declared.address, declared.sheet, 'declared-total-mismatch',
    `${what}: в листе указано всего ${fmt(value)}, ${computed}; используется вычисленное значение.`);
}

export function scoreEntity(read: ReadEntity, scheme: PointsScheme, ids: PositionIds, problems: ProblemList): ScoredEntity {
  let incomplete = false;
  const blocks: ScoredBlock[] = read.blocks.map((rb) => {
    const block = scheme.blocks[rb.schemeIndex];
    const positions = rb.positions.map((rp) => {
      const score = scorePosition(block, rp.params);
      if (reportMarks(score, problems)) incomplete = true;
      if (isBlankPosition(score)) {
        incomplete = true;
        problems.warning(rp.rowCell, read.sheet, 'missing',
          `«${read.name}», позиция «${rp.label}» не заполнена: нет данных, по ней 0 баллов.`);
      } else {
        for (const p of emptyParameters(score)) {
          incomplete = true;
          problems.warning(p.cell!.address, p.cell!.sheet, 'missing',
            `«${read.name}», позиция «${rp.label}»: параметр «${p.name}» не заполнен — нет данных, параметр не засчитан.`);
        }
      }
      if (score.state === 'only-ineffective') {
        // 0 + 0 − 1 is the seed's «one indicator, itself ineffective» (seed 004), not a stray mark:
        // said at the penalty cell, since the −1 moves the total (blind probe 10).
        const penalty = score.params.find((p) => p.weight < 0 && p.mark.marked);
        problems.info(penalty?.cell?.address ?? rp.rowCell, read.sheet, 'penalty-only',
          `«${read.name}», позиция «${rp.label}»: отмечен только штраф при неотмеченном «${block.parameters.find((p) => p.points > 0)?.name ?? ''}» — по методике это один показатель, сам неэффективный (0 + 0 − 1): позиция оценена в −1 балл. Если позиции нет, уберите отметку штрафа.`);
      }
      if (score.state === 'inconsistent') {
        const marked = score.params.filter((p) => p.weight > 0 && p.mark.marked).map((p) => `«${p.name}»`).join(', ');
        problems.warning(rp.rowCell, read.sheet, 'inconsistent-parameters',
          `«${read.name}», позиция «${rp.label}»: отмечены ${marked}, но не отмечено «${block.parameters.find((p) => p.points > 0)?.name ?? ''}» — без наличия остальные параметры не засчитываются, позиция оценена в 0 баллов.`);
      }
      return { id: ids.idFor(rb.schemeIndex, rp.schemeIndex, rp.label), read: rp, score };
    });
    return { blockIndex: rb.schemeIndex, scheme: block, read: rb, positions, total: 0, max: 0 };
  });

  // Monitoring and analysis of indicators that are all ineffective score 0 (seed 004, ll. 555, 647).
  for (const b of blocks) {
    if (!b.scheme.dependsOn) continue;
    const source = blocks.find((s) => s.scheme.name === b.scheme.dependsOn);
    if (!source) continue;
    b.positions = b.positions.map((pos) => {
      const src = sourcePosition(pos, b.scheme, source);
      if (!src || src.score.state !== 'only-ineffective') return pos;
      const zeroed = zeroForIneffectiveSource(pos.score);
      if (zeroed.adjusted && !pos.score.adjusted) {
        problems.warning(pos.read.rowCell, read.sheet, 'ineffective-monitoring',
          `«${read.name}», блок «${b.scheme.name}», позиция «${pos.read.label}»: в блоке «${source.scheme.name}» по этой позиции только неэффективные показатели (${src.read.rowCell}), поэтому позиция оценена в 0 баллов вместо ${fmt(pos.score.total)}.`);
      }
      return { ...pos, score: zeroed };
    });
  }

  for (const b of blocks) {
    for (const p of b.positions) {
      checkDeclared(p.read.declared, p.score.total, p.score.max, `«${read.name}», позиция «${p.read.label}»`, problems);
    }
    b.total = b.positions.reduce((s, p) => s + p.score.total, 0);
    b.max = b.positions.reduce((s, p) => s + p.score.max, 0);
    checkDeclared(b.read.declared, b.total, b.max, `«${read.name}», блок «${b.scheme.name}» (${b.positions.length} поз.)`, problems);
  }
  const total = blocks.reduce((s, b) => s + b.total, 0);
  const max = blocks.reduce((s, b) => s + b.max, 0);
  checkDeclared(read.declared, total, max, `«${read.name}», итог`, problems);

  const pointsBlocks: PointsBlock[] = blocks.map((b) => {
    const declared = declaredNumber(b.read.declared);
    const isScore = declared !== null && (b.read.declared?.kind === 'score' || (declared === b.total && declared !== b.max));
    const positions: PointsPosition[] = b.positions.map((p) => ({
      block: b.scheme.name,
      position: p.read.label,
      parameters: p.score.params.map((param) => ({
        name: param.name,
        raw: param.cell?.raw ?? null,
        points: param.points,
        cell: param.cell?.address ?? null,
      })),
      total: p.score.total,
      max: p.score.max,
      declaredTotal: declaredNumber(p.read.declared),
      declaredCell: p.read.declared?.address ?? null,
      adjusted: p.score.adjusted,
      indicator: p.id,
    }));
    return {
      name: b.scheme.name,
      total: b.total,
      max: b.max,
      declaredMax: isScore ? null : declared,
      declaredMaxCell: isScore ? null : b.read.declared?.address ?? null,
      declaredTotal: isScore ? declared : null,
      declaredTotalCell: isScore ? b.read.declared?.address ?? null : null,
      positions,
    };
  });

  return {
    read,
    blocks,
    total,
    max,
    incomplete,
    points: {
      entity: read.name,
      blocks: pointsBlocks,
      total,
      max,
      formula: formulaOf(blocks),
      declaredTotal: declaredNumber(read.declared),
      declaredCell: read.declared?.address ?? null,
    },
  };
}
