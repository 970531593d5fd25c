/**
 * A generated monitoring matrix of any size, for the preview's `?rows=100000` and the
 * browser test's long-task check: one row per organisation, four yes/no indicators in two
 * criteria and two percent indicators, a few «нет» and low percentages so that the result has
 * groups, deficits and highlights. Deterministic.
 *
 * Example:
 *   generatedSnapshot(3).sheets[0].values[3] // → [1, 'Организация № 1', 'да', 'да', 'да', 'да', 0.91, 0.84]
 */

import type { StandinSnapshot } from '../../src/standin';

export const GENERATED_SHEET = 'Большая таблица';

export function generatedSnapshot(rows: number): StandinSnapshot {
  const values: (string | number | null)[][] = [
    [`Мониторинг методической работы (сгенерировано: ${rows} строк)`, null, null, null, null, null, null, null],
    [null, null, 'Критерий 1. Системность', null, 'Критерий 2. Кадры', null, null, null],
    ['№', 'Образовательная организация', '1.1 Наличие плана, да/нет', '1.2 Наличие модели, да/нет', '2.1 Наставничество, да/нет', '2.2 Методобъединения, да/нет', '2.3 Доля педагогов с ИППР, %', '2.4 Доля прошедших КПК, %'],
  ];
  const formats: (string | null)[][] = [[], [], []];
  for (let i = 0; i < rows; i++) {
    const yes = (k: number) => ((i * 7 + k * 13) % 97 === 0 ? 'нет' : 'да');
    values.push([i + 1, `Организация № ${i + 1}`, yes(1), yes(2), yes(3), yes(4), 0.6 + ((i * 37) % 40) / 100, 0.7 + ((i * 53) % 31) / 100]);
    formats.push(['General', 'General', 'General', 'General', 'General', 'General', '0%', '0%']);
  }
  return {
    sheets: [
      {
        name: GENERATED_SHEET,
        values,
        numberFormats: formats,
        merges: [
          { top: 0, left: 0, bottom: 0, right: 7 },
          { top: 1, left: 2, bottom: 1, right: 3 },
          { top: 1, left: 4, bottom: 1, right: 7 },
        ],
      },
    ],
  };
}
