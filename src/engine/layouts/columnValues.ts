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
import { K_EMPTY, K_ERROR, K_MISSING, K_NO, K_NUMBER, K_PERCENT, K_TEXT, K_YES, type ColumnCells } from './columnCells';
import { bareNumberMessage, bareNumberReading } from './percentColumn';
import { NOT_COUNTED, formatNumber, shownValue } from './cellMessages';

import { S_MISSING, S_OK, S_UNREADABLE } from '../values/cellState';

export { S_MISSING, S_OK, S_UNREADABLE };

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

export function readColumnValues(spec: ColumnSpec, rows: RowRef[], cells: ColumnCells, problems: ProblemList): ColumnValues {
  const n = rows.length;
  const values = new Float64Array(n);
  const states = new Uint8Array(n);
  const plain = new Uint8Array(n);
  const { kind, col } = spec;

  let bare: 'fraction' | 'percent' | null = null;
  if (kind === 'percent') {
    bare = bareNumberReading(cells);
    if (bare) problems.warning(spec.headerCell, spec.sheet, 'percent-ambiguous', bareNumberMessage(spec.header, bare));
  }

  for (let i = 0; i < n; i++) {
    const k = cells.kinds[i];
    let v = cells.values[i];
    const row = rows[i];
    if (k === K_EMPTY || k === K_MISSING) {
      values[i] = NaN;
      states[i] = S_MISSING;
      const addr = row.view.address(row.row, col);
      const text = cells.extra.get(i)?.text;
      problems.warning(
        addr,
        row.view.name,
        'missing',
        k === K_EMPTY
          ? `Ячейка пуста (${row.name}); значение не учтено в расчётах.`
          : `Значение «${text}» означает отсутствие данных (${row.name}); ${NOT_COUNTED}`,
      );
      continue;
    }
    const raw = () => shownValue(row.view.value(row.row, col), row.view.format(row.row, col));
    const unreadable = (message: string, code: 'unreadable' | 'negative-count' | 'percent-out-of-range' = 'unreadable') => {
      values[i] = NaN;
      states[i] = S_UNREADABLE;
      problems.error(row.view.address(row.row, col), row.view.name, code, message);
    };
    if (k === K_TEXT) {
      unreadable(`Значение «${raw()}» не распознано как данные; ${NOT_COUNTED}`);
      continue;
    }
    if (k === K_ERROR) {
      unreadable(`В ячейке ошибка Excel «${raw()}»; ${NOT_COUNTED}`);
      continue;
    }
    let ok = true;
    switch (kind) {
      case 'binary':
        if (k === K_YES || k === K_NO) break;
        if (k === K_NUMBER && (v === 0 || v === 1)) break;
        ok = false;
        break;
      case 'percent':
        if (k === K_NO) v = 0;
        else if (k === K_NUMBER) v = bare === 'fraction' ? v * 100 : v;
        else if (k !== K_PERCENT) ok = false;
        break;
      case 'count':
      case 'base':
        if (k === K_NO) v = 0;
        else if (k !== K_NUMBER) ok = false;
        break;
      case 'points':
      case 'number':
        if (k === K_NO) v = 0;
        else if (k !== K_NUMBER && k !== K_PERCENT) ok = false;
        break;
      default:
        ok = false;
    }
    if (!ok) {
      unreadable(`Значение «${raw()}» не подходит для столбца «${spec.header}» (${KIND_WORD[kind] ?? 'ожидается число'}); ${NOT_COUNTED}`);
      continue;
    }
    if ((kind === 'count' || kind === 'base') && v < 0) {
      unreadable(`Отрицательное количество «${raw()}» невозможно (${row.name}); ${NOT_COUNTED}`, 'negative-count');
      continue;
    }
    if (kind === 'percent' && (v < 0 || v > 100)) {
      unreadable(`Доля «${raw()}» выходит за пределы 0–100 % (${row.name}); ${NOT_COUNTED}`, 'percent-out-of-range');
      continue;
    }
    if (kind === 'points' && v < 0) {
      unreadable(`Балл «${raw()}» меньше нуля (${row.name}); ${NOT_COUNTED}`);
      continue;
    }
    if (kind === 'points' && spec.maxFromHeader && spec.max !== undefined && v > spec.max) {
      unreadable(`Балл «${raw()}» больше максимума ${formatNumber(spec.max)} (${row.name}); ${NOT_COUNTED}`);
      continue;
    }
    values[i] = v;
    states[i] = S_OK;
    const ignored = cells.extra.get(i)?.ignoredText;
    if (ignored) {
      const taken = k === K_YES ? '«да»' : k === K_NO ? '«нет»' : k === K_PERCENT ? `число ${formatNumber(v, 4)} %` : `число ${formatNumber(v, 4)}`;
      problems.warning(
        row.view.address(row.row, col),
        row.view.name,
        'text-ignored',
        `В значении «${raw()}» учтено только ${taken}; текст «${ignored}» не учтён.`,
      );
    }
    const rv = row.view.value(row.row, col);
    if (typeof rv === 'number' && row.view.formula(row.row, col) === null) plain[i] = 1;
  }
  return { values, states, plain };
}
