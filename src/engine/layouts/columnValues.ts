/**
 * Turns the parsed cells of a column into the numbers the computations use, by the column's
 * kind, and reports every cell that is not data with its full address (METHODOLOGY §3):
 *
 * - empty or a missing-data marker → warning 'missing'; the cell is left out of numerators
 *   and denominators (state S_MISSING);
 * - text, an Excel error, or a value of the wrong sort («да» in a percent column) → error
 *   'unreadable'; the cell counts as missing, never as 0 (state S_UNREADABLE);
 * - a number followed by text → the number, with a warning 'text-ignored';
 * - a dash in a number column means "absent" (Rosstat) → 0;
 * - a negative count → error 'negative-count'; a percent outside 0–100 → error
 *   'percent-out-of-range'; points below 0 or above the maximum the header states → error
 *   'unreadable'; all left out.
 *
 * Values: binary 1/0; percent in percent units (86); counts, numbers and points as written.
 *
 * Example:
 *   readColumnValues({ kind: 'percent', … cells of ['86%', 'возможно', ''] … })
 *   // → values [86, NaN, NaN], states [S_OK, S_UNREADABLE, S_MISSING]
 *   //   problems: error Лист1!D7 «Значение «возможно» не распознано как данные; …»,
 *   //             warning Лист1!D8 «Ячейка пуста; …»
 */

import type { ProblemList } from '../problems';
import type { RowRef } from './entityRows';
import type { ColumnKind } from './columnKinds';
import * as kinds from './columnCells';
import type { ColumnCells } from './columnCells';

// Module-level copies: an imported binding is a property read on every use in the hot loops.
const K_EMPTY = kinds.K_EMPTY;
const K_ERROR = kinds.K_ERROR;
const K_MISSING = kinds.K_MISSING;
const K_NO = kinds.K_NO;
const K_NUMBER = kinds.K_NUMBER;
const K_PERCENT = kinds.K_PERCENT;
const K_TEXT = kinds.K_TEXT;
const K_YES = kinds.K_YES;

import { bareNumberReading, firstBareNumber, reportBareNumbers } from './percentColumn';
import { NOT_COUNTED, formatNumber, shownValue } from './cellMessages';

import * as states from '../values/cellState';
import { excelErrorRu } from '../values/excelErrors';

export const S_OK = states.S_OK;
export const S_MISSING = states.S_MISSING;
export const S_UNREADABLE = states.S_UNREADABLE;

export interface ColumnValues {
  values: Float64Array;
  states: Uint8Array;
  /** The cell holds a plain number (no formula, no text). */
  plain: Uint8Array;
}

export interface ColumnSpec {
  kind: ColumnKind;
  col: number;
  header: string;
  headerCell: string;
  sheet: string;
  max?: number;
  maxFromHeader?: boolean;
}

const KIND_WORD: Record<string, string> = {
  binary: 'ожидается «да» или «нет»',
  percent: 'ожидается процент',
  count: 'ожидается количество',
  base: 'ожидается количество',
  points: 'ожидаются баллы',
  number: 'ожидается число',
};

function shown(row: RowRef, col: number): string {
  return shownValue(row.view.value(row.row, col), row.view.format(row.row, col));
}

export function readColumnValues(spec: ColumnSpec, rows: RowRef[], cells: ColumnCells, problems: ProblemList): ColumnValues {
  const n = rows.length;
  const values = new Float64Array(n);
  const states = new Uint8Array(n);
  const plain = new Uint8Array(n);
  const { kind, col } = spec;

  let bare: 'fraction' | 'percent' | null = null;
  if (kind === 'percent') {
    bare = bareNumberReading(cells);
    if (bare) reportBareNumbers(problems, spec.headerCell, spec.sheet, spec.header, bare, firstBareNumber(cells), rows.length > 0 && rows[0].view.transposed);
  }

  // No closures per cell: a 3 000 × 60 matrix reads 180 000 cells through this loop.
  for (let i = 0; i < n; i++) {
    const k = cells.kinds[i];
    let v = cells.values[i];
    const row = rows[i];
    if (k === K_EMPTY || k === K_MISSING) {
      values[i] = NaN;
      states[i] = S_MISSING;
      const text = cells.extra.get(i)?.text;
      problems.warning(
        row.view.address(row.row, col),
        row.view.name,
        'missing',
        k === K_EMPTY
          ? row.view.formula(row.row, col) !== null
            // Saved by a program that does not calculate (a generator, some converters): Excel
            // shows a value here, the file holds none.
            ? `В ячейке формула без вычисленного значения (${row.name}): книга сохранена без пересчёта — откройте её в Excel и сохраните; значение не учтено в расчётах.`
            : `Ячейка пуста (${row.name}); значение не учтено в расчётах.`
          : `Значение «${text}» означает отсутствие данных (${row.name}); ${NOT_COUNTED}`,
      );
      continue;
    }
    let error: string | null = null;
    let code: 'unreadable' | 'negative-count' | 'percent-out-of-range' = 'unreadable';
    if (k === K_TEXT) error = `Значение «${shown(row, col)}» не распознано как данные; ${NOT_COUNTED}`;
    else if (k === K_ERROR) error = `В ячейке ошибка Excel «${excelErrorRu(shown(row, col))}»; ${NOT_COUNTED}`;
    else {
      let ok = true;
      switch (kind) {
        case 'binary':
          ok = k === K_YES || k === K_NO || (k === K_NUMBER && (v === 0 || v === 1));
          break;
        case 'percent':
          if (k === K_NO) v = 0;
          else if (k === K_NUMBER) v = bare === 'fraction' ? v * 100 : v;
          else ok = k === K_PERCENT;
          break;
        case 'count':
        case 'base':
          if (k === K_NO) v = 0;
          else ok = k === K_NUMBER;
          break;
        case 'points':
        case 'number':
          if (k === K_NO) v = 0;
          else ok = k === K_NUMBER || k === K_PERCENT;
          break;
        default:
          ok = false;
      }
      if (!ok) {
        error = `Значение «${shown(row, col)}» не подходит для ${row.view.transposed ? 'строки' : 'столбца'} «${spec.header}» (${KIND_WORD[kind] ?? 'ожидается число'}); ${NOT_COUNTED}`;
      } else if ((kind === 'count' || kind === 'base') && v < 0) {
        error = `Отрицательное количество «${shown(row, col)}» невозможно (${row.name}); ${NOT_COUNTED}`;
        code = 'negative-count';
      } else if (kind === 'percent' && (v < 0 || v > 100)) {
        error = `Доля «${shown(row, col)}» выходит за пределы 0–100 % (${row.name}); ${NOT_COUNTED}`;
        code = 'percent-out-of-range';
      } else if (kind === 'points' && v < 0) {
        error = `Балл «${shown(row, col)}» меньше нуля (${row.name}); ${NOT_COUNTED}`;
      } else if (kind === 'points' && spec.maxFromHeader && spec.max !== undefined && v > spec.max) {
        error = `Балл «${shown(row, col)}» больше максимума ${formatNumber(spec.max)} (${row.name}); ${NOT_COUNTED}`;
      }
    }
    if (error !== null) {
      values[i] = NaN;
      states[i] = S_UNREADABLE;
      problems.error(row.view.address(row.row, col), row.view.name, code, error);
      continue;
    }
    values[i] = v;
    states[i] = S_OK;
    if (cells.extra.size > 0) {
      const ignored = cells.extra.get(i)?.ignoredText;
      if (ignored) {
        const taken = k === K_YES ? '«да»' : k === K_NO ? '«нет»' : k === K_PERCENT ? `число ${formatNumber(v, 4)} %` : `число ${formatNumber(v, 4)}`;
        problems.warning(
          row.view.address(row.row, col),
          row.view.name,
          'text-ignored',
          `В значении «${shown(row, col)}» учтено только ${taken}; текст «${ignored}» не учтён.`,
        );
      }
    }
    if (typeof row.view.value(row.row, col) === 'number' && row.view.formula(row.row, col) === null) plain[i] = 1;
  }
  return { values, states, plain };
}
