/**
 * Shares from counts (METHODOLOGY §4): numerator / base × 100 for each entity, kept at full
 * precision, and the regional row: the pooled Σ numerators / Σ bases — not the mean of the
 * districts' shares, which gives a small district the weight of a large one — together with
 * the mean and the median of the districts' shares for comparison.
 *
 * A row is left out of the regional figures when its pair is in error (numerator above the
 * base → error 'numerator-exceeds-base'; a negative or unreadable count, already reported
 * when the column was read), when a count is missing, or when the base is 0 (no share;
 * warning 'base-zero'). A declared share is checked against the computed one; a difference
 * beyond the declared value's own rounding is a warning 'declared-share-mismatch' naming the
 * declared cell and both values.
 *
 * Example (65 of 92 innovation sites, declared «70 %»):
 *   share = 65 / 92 × 100 = 70.65217391304348; |70.652 − 70| > 0.5 → mismatch reported at D5
 */

import type { ShareResult } from '../analysis';
import type { ProblemList } from '../problems';
import * as cellState from '../values/cellState';

// Module-level copies: an imported binding is a property read on every use in the hot loops.
const S_OK = cellState.S_OK;
import { meanOrNull, medianOrNull } from './stats';
import { countRu } from '../text/plural';
import { EntityShare, SHARE_EXCLUDED, SHARE_MISMATCH, SHARE_PLAIN, type PairColumns } from './entityShare';

export interface DeclaredShares {
  /** Percent units, NaN where none. */
  values: Float64Array;
  states: Uint8Array;
  /** Half a unit of the last digit shown, in percentage points. */
  tolerance(i: number): number;
  /** Address of an entity's declared cell. */
  cell(i: number): string;
  shown(i: number): string;
}

export interface RegionDeclared {
  value: number;
  tolerance: number;
  cell: string;
  sheet: string;
  shown: string;
}

export interface ShareInput {
  indicator: string;
  indicatorId: string;
  names: string[];
  num: Float64Array;
  numState: Uint8Array;
  base: Float64Array;
  baseState: Uint8Array;
  numPlain: Uint8Array;
  basePlain: Uint8Array;
  /** Addresses of an entity's numerator and base cells (made when asked for). */
  numCell(i: number): string;
  baseCell(i: number): string;
  sheetOf(i: number): string;
  baseHeader: string;
  declared: DeclaredShares | null;
  regionDeclared: RegionDeclared | null;
}

export interface ShareOutput {
  rows: ShareResult[];
  region: ShareResult;
  /** Share per entity, NaN when none. */
  shares: Float64Array;
  /** Per entity: SHARE_MISMATCH | SHARE_PLAIN | SHARE_EXCLUDED (what the rows' getters read). */
  flags: Uint8Array;
}

/**
 * A base of 0 is said cell by cell for the first rows, then once for the rest with its first
 * addresses: a school with no innovation sites has no share of supervised sites, and a
 * 100,000-row form had 24,870 such warnings — a «Проверка данных» no one reads to the end.
 * Every such row is still marked in «Сводная».
 */
const ZERO_BASES_EACH = 20;
const ZERO_BASES_NAMED = 5;
const ROW_FORMS = ['строке', 'строках', 'строках'] as const;

function fmt(x: number): string {
  const r = Math.round(x * 100) / 100;
  return String(r).replace('.', ',');
}

export function computeShares(input: ShareInput, problems: ProblemList): ShareOutput {
  const n = input.names.length;
  const shares = new Float64Array(n).fill(NaN);
  const flags = new Uint8Array(n);
  const columns: PairColumns = {
    indicator: input.indicator,
    indicatorId: input.indicatorId,
    names: input.names,
    num: input.num,
    numState: input.numState,
    base: input.base,
    baseState: input.baseState,
    shares,
    numCell: input.numCell,
    baseCell: input.baseCell,
    declared: input.declared ? { values: input.declared.values, states: input.declared.states, cell: input.declared.cell } : null,
    flags,
  };
  const rows: ShareResult[] = new Array(n);
  let sumNum = 0;
  let sumBase = 0;
  // The shares counted in the region, in a typed array sized up front (pushed one by one, 300,000
  // of them took 20 ms).
  const included = new Float64Array(n);
  let counted = 0;
  const zeroBases: number[] = [];
  for (let i = 0; i < n; i++) {
    const ok = input.numState[i] === S_OK && input.baseState[i] === S_OK;
    let share: number | null = null;
    let excluded = true;
    if (ok) {
      const a = input.num[i];
      const b = input.base[i];
      if (b === 0) {
        if (zeroBases.length < ZERO_BASES_EACH) {
          problems.warning(
            input.baseCell(i),
            input.sheetOf(i),
            'base-zero',
            `Знаменатель «${input.baseHeader}» равен 0 (${input.names[i]}): доля «${input.indicator}» не вычисляется; строка не учтена в итогах по региону.`,
          );
        }
        zeroBases.push(i);
      } else if (a > b) {
        problems.error(
          input.numCell(i),
          input.sheetOf(i),
          'numerator-exceeds-base',
          `Числитель ${fmt(a)} больше знаменателя ${fmt(b)} (${input.names[i]}, «${input.indicator}»): доля не вычисляется; строка не учтена в итогах по региону.`,
        );
      } else {
        share = (a / b) * 100;
        shares[i] = share;
        excluded = false;
        sumNum += a;
        sumBase += b;
        included[counted++] = share;
      }
    }
    let mismatch = false;
    const d = input.declared;
    if (d) {
      if (d.states[i] === S_OK) {
        const declared = d.values[i];
        // The exact-match test first: the tolerance reads the cell's format, and most
        // declared shares are formulas that match to the last digit.
        const diff = share === null ? 0 : Math.abs(share - declared);
        if (share !== null && diff > 1e-9 && diff > d.tolerance(i) + 1e-9) {
          mismatch = true;
          problems.warning(
            d.cell(i),
            input.sheetOf(i),
            'declared-share-mismatch',
            `Указана доля «${d.shown(i)}», а по данным получается ${fmt(share)} % (${fmt(input.num[i])} из ${fmt(input.base[i])}; ${input.names[i]})` +
              // 0,13 among 12,9 and 14,1: the district typed the share as a fraction of one.
              (declared > 0 && declared <= 1 && Math.abs(declared * 100 - share) <= 1 ? ` — похоже, доля записана долей единицы (${d.shown(i)} = ${fmt(declared * 100)} %).` : '.'),
          );
        }
      }
    }
    flags[i] = (mismatch ? SHARE_MISMATCH : 0) | (input.numPlain[i] === 1 && input.basePlain[i] === 1 ? SHARE_PLAIN : 0) | (excluded ? SHARE_EXCLUDED : 0);
    rows[i] = new EntityShare(columns, i);
  }
  if (zeroBases.length > ZERO_BASES_EACH) {
    const rest = zeroBases.slice(ZERO_BASES_EACH);
    const shown = rest.slice(0, ZERO_BASES_NAMED).map((i) => input.baseCell(i)).join(', ');
    problems.warning(
      input.baseCell(rest[0]),
      input.sheetOf(rest[0]),
      'base-zero',
      `Знаменатель «${input.baseHeader}» равен 0 ещё в ${countRu(rest.length, ROW_FORMS)} (${shown}${rest.length > ZERO_BASES_NAMED ? ', …' : ''}): доля «${input.indicator}» в них не вычисляется, строки не учтены в итогах по региону; каждая отмечена в «Сводной» (столбец «Примечание»).`,
    );
  }
  const pooled = sumBase > 0 ? (sumNum / sumBase) * 100 : null;
  const rd = input.regionDeclared;
  let mismatch = false;
  if (rd && pooled !== null && Math.abs(pooled - rd.value) > rd.tolerance + 1e-9) {
    mismatch = true;
    problems.warning(
      rd.cell,
      rd.sheet,
      'declared-share-mismatch',
      `В итоговой строке указана доля «${rd.shown}», а по данным муниципалитетов получается ${fmt(pooled)} % (${fmt(sumNum)} из ${fmt(sumBase)}).`,
    );
  }
  const region: ShareResult = {
    entity: null,
    indicator: input.indicator,
    indicatorId: input.indicatorId,
    numerator: counted > 0 ? sumNum : null,
    base: counted > 0 ? sumBase : null,
    share: pooled,
    mean: meanOrNull(included.subarray(0, counted)),
    median: medianOrNull(included.subarray(0, counted)),
    declared: rd ? rd.value : null,
    declaredCell: rd ? rd.cell : null,
    mismatch,
    numeratorCell: null,
    baseCell: null,
    plain: false,
    excluded: false,
  };
  return { rows, region, shares, flags };
}
