/**
 * Small teacher rosters for the roster tests, written as a diagnostic centre exports them.
 *
 * smallRoster — sheet «Педагоги», a title row, two header rows (personal columns merged over both,
 * «Результаты диагностики, %» merged over three areas), eight teachers of two municipalities and
 * three schools; results as fractions with a percent format. Hand-checked facts (critical 50 %):
 *   Предметные:   below 50 — П-1 (40), П-3 (45) → region 2 of 8; Лужский 2 of 3; Кировский 0 of 5
 *   Цифровые:     below 50 — П-1 (30), П-5 (49); П-3 «—» has no result → region 2 of 7; Лужский 1 of 2
 *   young (age < 35 and experience ≤ 3): П-1 (28/2, да), П-3 (34/3, blank) → 2 of 7 (П-7 has no age)
 *   not young at the edges: П-4 (35/1), П-6 (34/4)
 */

import type { CellValue, SheetGrid } from '../../src/engine/grid';
import { sheet } from './tabularFixtures';

export const SMALL_ROSTER_ROWS: CellValue[][] = [
  ['Результаты диагностики профессиональных компетенций, 2024/2025 учебный год'],
  ['№', 'Код педагога', 'Муниципалитет', 'ОО', 'Предмет', 'Возраст', 'Педагогический стаж, лет', 'Наставник', 'Результаты диагностики, %', null, null],
  [null, null, null, null, null, null, null, null, 'Предметные', 'Методические', 'Цифровые'],
  [1, 'П-1', 'Лужский район', 'СОШ № 1', 'Математика', 28, 2, 'да', 0.4, 0.35, 0.3],
  [2, 'П-2', 'Лужский район', 'СОШ № 1', 'Математика', 45, 20, 'нет', 0.8, 0.85, 0.9],
  [3, 'П-3', 'Лужский район', 'СОШ № 2', 'Физика', 34, 3, null, 0.45, 0.42, '—'],
  [4, 'П-4', 'Кировский район', 'СОШ № 1', 'Физика', 35, 1, 'Иванова А. А.', 0.9, 0.8, 0.85],
  [5, 'П-5', 'Кировский район', 'СОШ № 1', 'Химия', 50, 25, 'нет', 0.6, 0.65, 0.49],
  [6, 'П-6', 'Кировский район', 'СОШ № 1', 'Химия', 34, 4, 'да', 0.62, 0.6, 0.55],
  [7, 'П-7', 'Кировский район', 'СОШ № 1', 'Математика', null, 1, 'да', 0.88, 0.9, 0.92],
  [8, 'П-8', 'Кировский район', 'СОШ № 1', 'Математика', 41, 15, 'нет', 0.7, 0.75, 0.8],
];

export function smallRoster(): SheetGrid {
  return sheet('Педагоги', SMALL_ROSTER_ROWS.map((r) => [...r]), {
    merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'F2:F3', 'G2:G3', 'H2:H3', 'I2:K2'],
    formats: (r, c) => (r >= 3 && c >= 8 ? '0%' : null),
  });
}

/** The same teachers under a single header row, results as text «40 %». */
export function oneRowRoster(): SheetGrid {
  const head = ['ФИО', 'Образовательная организация', 'МО', 'Должность', 'Возраст', 'Стаж', 'Наставник', 'Предметные компетенции, %', 'Методические компетенции, %', 'Цифровые компетенции, %'];
  const rows: CellValue[][] = [head];
  for (const r of SMALL_ROSTER_ROWS.slice(3)) {
    const pct = (v: CellValue) => (typeof v === 'number' ? `${Math.round(v * 100)} %` : v);
    rows.push([`Педагог ${r[1]}`, r[3], r[2], r[4], r[5], r[6], r[7], pct(r[8]), pct(r[9]), pct(r[10])]);
  }
  return sheet('Список', rows);
}

/**
 * Three planted profiles of competence, 30 teachers: ten weak (≈ 35 %), ten middle (≈ 62 %),
 * ten strong (≈ 90 %), written in a shuffled order so the numbering cannot follow the rows.
 */
export function plantedRoster(): SheetGrid {
  const rows: CellValue[][] = [['ФИО', 'ОО', 'Муниципалитет', 'Предмет', 'Возраст', 'Стаж', 'Предметные, %', 'Методические, %', 'Цифровые, %']];
  const centres = [[35, 32, 30], [62, 60, 58], [90, 88, 91]];
  const order = [2, 0, 1, 1, 2, 0, 0, 2, 1, 0, 1, 2, 2, 0, 1, 0, 2, 1, 1, 0, 2, 2, 1, 0, 0, 1, 2, 1, 0, 2];
  order.forEach((p, i) => {
    const wobble = ((i * 7) % 5) - 2; // −2…2, deterministic
    rows.push([`Педагог ${i + 1}`, `Школа ${(i % 3) + 1}`, 'Район', 'Математика', 30 + i, 5 + (i % 10), ...centres[p].map((c) => `${c + wobble} %`)]);
  });
  return sheet('Кластеры педагогов', rows);
}
