/**
 * Helpers for the layout tests: build a SheetGrid from rows written as in Excel, with
 * optional percent formats, merges given as A1 ranges, and a start cell.
 *
 * Example:
 *   sheet('Лист1', [['МО', '1.1'], ['Кировский', 'да']], { merges: ['B1:C1'] })
 */

import type { CellValue, SheetGrid, MergedArea } from '../../src/engine/grid';
import { parseLocalAddress } from '../../src/engine/address';

export interface SheetOptions {
  /** Merged areas as 'B1:D1' (sheet coordinates). */
  merges?: string[];
  /** Number formats as { 'D5': '0%' } or a function of (row, col) in grid coordinates. */
  formats?: Record<string, string> | ((r: number, c: number) => string | null);
  formulas?: Record<string, string>;
  startRow?: number;
  startCol?: number;
}

export function range(a1: string): MergedArea {
  const [a, b] = a1.split(':');
  const p = parseLocalAddress(a)!;
  const q = parseLocalAddress(b ?? a)!;
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

export function sheet(name: string, values: CellValue[][], o: SheetOptions = {}): SheetGrid {
  const startRow = o.startRow ?? 0;
  const startCol = o.startCol ?? 0;
  const width = Math.max(0, ...values.map((r) => r.length));
  let numberFormats: (string | null)[][] | undefined;
  if (o.formats) {
    numberFormats = values.map((row, r) =>
      Array.from({ length: width }, (_, c) => {
        if (typeof o.formats === 'function') return o.formats(r, c);
        const key = `${String.fromCharCode(65 + startCol + c)}${startRow + r + 1}`;
        return (o.formats as Record<string, string>)[key] ?? null;
      }),
    );
  }
  let formulas: (string | null)[][] | undefined;
  if (o.formulas) {
    formulas = values.map((row, r) =>
      Array.from({ length: width }, (_, c) => o.formulas![`${String.fromCharCode(65 + startCol + c)}${startRow + r + 1}`] ?? null),
    );
  }
  return {
    name,
    startRow,
    startCol,
    values,
    numberFormats,
    formulas,
    merges: (o.merges ?? []).map(range),
  };
}

/** Shift rows down by k blank rows (a header in row k+1). */
export function below(k: number, rows: CellValue[][]): CellValue[][] {
  return [...Array.from({ length: k }, () => [] as CellValue[]), ...rows];
}

/**
 * The Ingushetia matrix of seed 003 (five services, criteria 1.1–1.4, 2.1–2.9, 3.1–3.2), with
 * values chosen so every result can be checked by hand (see matrix.test.ts).
 * 2.1 and 3.2 are fractions with a percent format; 2.2 is written as text «100%».
 */
export const INGUSHETIA_NAMES = [
  'г. Магас и г. Назрань',
  'Сунженский район и г. Карабулак',
  'Малгобекский район и г. Малгобек',
  'Назрановский район',
  'Джейрахский район',
];

const Y = 'да';
const N = 'нет';
// 1.1 1.2 1.3 1.4 | 2.1 2.2 2.3 … 2.9 | 3.1 3.2
export const INGUSHETIA_DATA: CellValue[][] = [
  [Y, Y, Y, Y, 0.9, '100%', Y, Y, Y, Y, Y, Y, Y, Y, 0.8],
  [Y, Y, Y, Y, 1, '100%', Y, Y, Y, Y, Y, Y, Y, Y, 1],
  [Y, N, N, Y, 0.3, '35%', Y, N, N, Y, N, N, Y, N, 0.5],
  [Y, Y, N, Y, 0.7, '80%', Y, Y, Y, N, Y, Y, Y, Y, 0.6],
  [Y, N, Y, Y, 0.6, '60%', Y, Y, N, Y, N, Y, N, Y, 0.4],
];

export const INGUSHETIA_IDS = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8', '2.9', '3.1', '3.2'];

export const K1 = 'Критерий 1. Системность методической работы';
export const K2 = 'Критерий 2. Поддержка обновления профессиональных компетенций';
export const K3 = 'Критерий 3. Результативность методической работы';

export interface MatrixVariant {
  /** Blank rows above (the title, if any, is inside them at the top). */
  top?: number;
  /** Blank columns to the left. */
  left?: number;
  title?: boolean;
  criteria?: 'merged' | 'unmerged' | 'ids-only' | 'none';
  numbering?: boolean;
  total?: boolean;
  note?: boolean;
  /** Insert a blank row after the second entity. */
  blankRow?: boolean;
  name?: string;
}

export function ingushetia(v: MatrixVariant = {}): SheetGrid {
  const top = v.top ?? 0;
  const left = v.left ?? 0;
  const criteria = v.criteria ?? 'merged';
  const numbering = v.numbering ?? true;
  const pad = (row: CellValue[]): CellValue[] => [...Array.from({ length: left }, () => null), ...row];
  const lead = numbering ? 2 : 1; // columns before the indicators
  const rows: CellValue[][] = [];
  const merges: string[] = [];
  const letter = (i: number) => String.fromCharCode(65 + left + i);
  let r = top;
  if (v.title) {
    rows.push(pad(['Мониторинг организационно-методической деятельности методических служб']));
    merges.push(`${letter(0)}${r + 1}:${letter(lead + 14)}${r + 1}`);
    rows.push([]);
    r += 2;
  }
  const headers = criteria === 'none'
    ? INGUSHETIA_IDS.map((id, i) => (i === 4 ? 'Доля педагогов с ИППР, %' : `Показатель ${id.replace('.', '-')}`))
    : INGUSHETIA_IDS;
  const entityHead: CellValue[] = numbering ? ['№ п/п', 'Муниципальное образование'] : ['Муниципальное образование'];
  if (criteria === 'merged' || criteria === 'unmerged') {
    const crit: CellValue[] = [...entityHead, K1, null, null, null, K2, null, null, null, null, null, null, null, null, K3, null];
    rows.push(pad(crit));
    rows.push(pad([...entityHead.map(() => null), ...headers]));
    if (criteria === 'merged') {
      merges.push(`${letter(lead)}${r + 1}:${letter(lead + 3)}${r + 1}`);
      merges.push(`${letter(lead + 4)}${r + 1}:${letter(lead + 12)}${r + 1}`);
      merges.push(`${letter(lead + 13)}${r + 1}:${letter(lead + 14)}${r + 1}`);
      for (let i = 0; i < lead; i++) merges.push(`${letter(i)}${r + 1}:${letter(i)}${r + 2}`);
    }
    r += 2;
  } else {
    rows.push(pad([...entityHead, ...headers]));
    r += 1;
  }
  const dataStart = r;
  INGUSHETIA_NAMES.forEach((name, i) => {
    rows.push(pad([...(numbering ? [`${i + 1}.`] : []), name, ...INGUSHETIA_DATA[i]]));
    if (v.blankRow && i === 1) rows.push([]);
  });
  if (v.total) rows.push(pad([...(numbering ? [null] : []), 'Итого по региону', 5, 3, 3, 5, 0.7, '75%', 5, 4, 3, 4, 3, 4, 4, 4, 0.66]));
  if (v.note) {
    rows.push([]);
    rows.push(pad(['Примечание: «да» — показатель выполнен; проценты — доля педагогов.']));
    rows.push(pad(['* данные представлены муниципальными методическими службами']));
  }
  void dataStart;
  const pctCols = new Set([lead + 4, lead + 14].map((c) => c + left));
  return sheet(v.name ?? 'Лист1', [...Array.from({ length: top }, () => [] as CellValue[]), ...rows], {
    merges,
    formats: (rr, c) => (pctCols.has(c) && typeof ([...Array.from({ length: top }, () => [] as CellValue[]), ...rows][rr]?.[c]) === 'number' ? '0%' : null),
  });
}
