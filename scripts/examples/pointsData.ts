/**
 * The marks of the four municipalities of the points examples (per-sheet and wide), and what each
 * district declared as «всего». Крымский район follows the seed (every measure present, «Меры»
 * declared as 24); the three neighbours are invented for training and named so that nobody takes
 * them for real districts.
 *
 * A mark is 1, 0, −1 (the penalty of «Показатели»), «да»/«нет» or null (left empty, as districts
 * do for 0). Planted on purpose:
 *   - Крымский район, «Меры, мероприятия»: declared 24, the scheme gives 7 × 3 = 21 (seed 004);
 *   - Лесостепной район, «Мониторинг» / научно-методическое сопровождение: 0 | 1 | 1 — dates and
 *     use of results without the monitoring itself; the district counted 2, the rule gives 0;
 *   - Новобережный район, «Показатели» / сетевые формы: 0 | 0 | −1 — a single indicator that is
 *     itself ineffective (seed 004: «0 + 0 − 1»);
 *   - Приреченский район leaves zeros empty.
 * Computed totals (of 71): Крымский 69, Приреченский 49, Новобережный 50, Лесостепной 20.
 *
 * Example:
 *   declaredPositionTotal(MUNICIPALITIES[2].marks[1][3]) // → 2 (Лесостепной: 0 + 1 + 1)
 */

import { POINTS_TEMPLATE } from './pointsTemplate';

export type MarkValue = number | 'да' | 'нет' | null;
export type PositionMarks = [MarkValue, MarkValue, MarkValue];

export interface Municipality {
  name: string;
  /** marks[block][position] in the order of POINTS_TEMPLATE. */
  marks: PositionMarks[][];
  /** Block «всего» the district wrote instead of its own sum, by block index. */
  declaredBlockOverrides?: Record<number, number>;
}

const full = (n: number): PositionMarks[] => Array.from({ length: n }, () => [1, 1, 1] as PositionMarks);
const E = null;

export const MUNICIPALITIES: Municipality[] = [
  {
    name: 'Крымский район',
    marks: [
      [[1, 1, 0], [1, 1, 0], [1, 1, 0], [1, 1, 0]],
      full(4),
      [[1, 0, 1], [1, 0, 1], [1, 1, 1], [1, 1, 1]],
      full(4),
      full(7),
      full(1),
      full(1),
    ],
    declaredBlockOverrides: { 4: 24 },
  },
  {
    name: 'Приреченский район',
    marks: [
      [[1, 1, E], [1, 1, -1], [1, E, E], [1, 1, E]],
      [[1, 1, 1], [1, 1, E], [1, E, E], [1, 1, 1]],
      [[1, E, 1], [1, E, E], [E, E, E], [1, 1, 1]],
      [[1, 1, 1], [1, E, 1], [1, E, E], [1, 1, E]],
      [[1, 1, 1], [1, 1, 1], [1, 1, 1], [1, 1, 1], [1, 1, E], [1, E, E], [E, E, E]],
      [[1, 1, 1]],
      [[1, E, 1]],
    ],
  },
  {
    name: 'Лесостепной район',
    marks: [
      [[1, 1, 0], [1, 0, 0], [0, 0, 0], [1, 0, -1]],
      [[1, 1, 0], [1, 0, 0], [0, 0, 0], [0, 1, 1]],
      [[1, 0, 0], [0, 0, 0], [0, 0, 0], [0, 0, 0]],
      [['да', 'нет', 'нет'], ['да', 'нет', 'нет'], ['нет', 'нет', 'нет'], ['нет', 'нет', 'нет']],
      [[1, 1, 0], [1, 1, 1], [1, 0, 0], [1, 1, 1], [0, 0, 0], [1, 0, 0], [0, 0, 0]],
      [[1, 0, 0]],
      [[0, 0, 0]],
    ],
  },
  {
    name: 'Новобережный район',
    marks: [
      [[1, 1, 0], [1, 1, 0], [0, 0, -1], [1, 1, -1]],
      [[1, 1, 1], [1, 1, 1], [0, 0, 0], [1, 1, 0]],
      [[1, 1, 1], [1, 0, 1], [0, 0, 0], [1, 0, 0]],
      [[1, 1, 1], [1, 1, 0], [0, 0, 0], [1, 0, 1]],
      [[1, 1, 1], [1, 1, 1], [1, 1, 1], [1, 1, 1], [1, 1, 1], [1, 1, 1], [1, 1, 0]],
      [[1, 1, 1]],
      [[1, 1, 0]],
    ],
  },
];

function markNumber(m: MarkValue): number {
  if (m === 'да') return 1;
  if (m === 'нет' || m === null) return 0;
  return m;
}

/** The «всего» a district writes for a position: the plain sum of its cells (no rules applied). */
export function declaredPositionTotal(marks: PositionMarks): number {
  return marks.reduce<number>((s, m) => s + markNumber(m), 0);
}

/** The «всего» written on a block row: the district's sum, or what it wrote instead. */
export function declaredBlockTotal(m: Municipality, block: number): number {
  const override = m.declaredBlockOverrides?.[block];
  if (override !== undefined) return override;
  return m.marks[block].reduce((s, p) => s + declaredPositionTotal(p), 0);
}

/** The «Итого» of the municipality: the sum of what it declared for the blocks. */
export function declaredEntityTotal(m: Municipality): number {
  return POINTS_TEMPLATE.reduce((s, _, b) => s + declaredBlockTotal(m, b), 0);
}

/** Sanity check of the data against the template's shape. */
export function checkMunicipalities(): void {
  for (const m of MUNICIPALITIES) {
    if (m.marks.length !== POINTS_TEMPLATE.length) throw new Error(`${m.name}: ${m.marks.length} blocks`);
    m.marks.forEach((block, b) => {
      if (block.length !== POINTS_TEMPLATE[b].positions.length) throw new Error(`${m.name}: block ${b} has ${block.length} positions`);
    });
  }
}
