/**
 * Fixtures for the add-in tests: a monitoring matrix as a grid (like examples/matrix.xlsx,
 * seed 003), and a hand-built OutputPlan that exercises every part of writePlan (formulas,
 * user text starting with '=', number formats, styles, merges, widths, frozen header, a
 * table, a chart with point colours, a colour scale, highlights).
 */

import type { WorkbookGrid } from '../../src/engine/grid';
import type { OutputPlan } from '../../src/engine/output/plan';

export function matrixGrid(entities = 6): WorkbookGrid {
  const names = ['Кировский район', 'Лужский район', 'Выборгский район', 'Гатчинский район', 'Тосненский район', '=1+1', 'Волховский район', 'Приозерский район'];
  const rows = Array.from({ length: entities }, (_, i) => [
    i + 1,
    names[i % names.length] + (i >= names.length ? ` ${i}` : ''),
    i % 3 === 2 ? 'нет' : 'да',
    i % 4 === 1 ? 'нет' : 'да',
    [0.9, 0.6, 0.3, 0.85, 0.45, 0.7][i % 6],
  ]);
  return {
    sheets: [
      {
        name: 'Лист1',
        startRow: 0,
        startCol: 0,
        values: [
          ['Мониторинг методических служб', null, null, null, null],
          [null, null, 'Критерий 1', null, 'Критерий 2'],
          ['№', 'Муниципальное образование', '1.1 Наличие НПБ', '1.2 План наставничества', '2.1 Доля педагогов с ИППР, %'],
          ...rows,
        ],
        numberFormats: [[], [], [], ...rows.map(() => ['General', 'General', 'General', 'General', '0%'])],
        merges: [
          { top: 0, left: 0, bottom: 0, right: 4 },
          { top: 1, left: 2, bottom: 1, right: 3 },
        ],
      },
    ],
  };
}

export function handPlan(summaryName = 'Сводная'): OutputPlan {
  return {
    sheets: [
      {
        name: summaryName,
        kind: 'summary',
        rows: [
          [{ value: 'Сводная по муниципалитетам', style: 'title' }],
          [
            { value: 'МО', style: 'header' },
            { value: 'Выполнение', style: 'header' },
            { value: 'Источник', style: 'header' },
            { value: 'Группа', style: 'header' },
          ],
          [{ value: 'Кировский район' }, { value: 0.9, format: '0.0%' }, { value: 0.9, formula: '=Лист1!E4', format: '0%' }, { value: 1, style: 'good' }],
          [{ value: '=1+1' }, { value: 0.3, format: '0.0%' }, { value: 0.3, formula: '=Лист1!E6', format: '0%' }, { value: 3, style: 'deficit' }],
          [{ value: '01.02.2024' }, { value: 0.6, format: '0.0%' }, null, { value: 2, style: 'attention' }],
        ],
        columnWidths: [30, 14, 12, 10],
        freeze: { rows: 2, columns: 1 },
        tables: [{ name: 'ММ_Сводная', headerRow: 1, lastRow: 4, columns: 4, style: 'TableStyleMedium2' }],
        charts: [
          {
            type: 'bar',
            title: 'Выполнение, %',
            categories: 'A3:A5',
            values: 'B3:B5',
            anchor: { row: 1, col: 5 },
            pointColors: ['63BE7B', 'F8696B', 'FFEB84'],
          },
        ],
        colorScales: [{ range: 'B3:B5', low: 'F8696B', mid: 'FFEB84', high: '63BE7B' }],
        merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
      },
      {
        name: 'Дефициты',
        kind: 'deficits',
        rows: [
          [{ value: 'МО', style: 'header' }, { value: 'Ячейка', style: 'header' }],
          [{ value: 'Выборгский район' }, { value: 'Лист1!C6', link: 'Лист1!C6' }],
        ],
        columnWidths: [],
      },
    ],
    highlights: [
      { sheet: 'Лист1', ranges: ['C6', 'D5', 'E6'], kind: 'deficit' },
      { sheet: 'Лист1', ranges: ['E5'], kind: 'attention' },
    ],
  };
}

/** A sheet of `rows` data rows × 10 columns (text, numbers, yes/no), for the size limits. */
export function bigGrid(rows: number): WorkbookGrid {
  const values: (string | number | null)[][] = [['№', 'Муниципальное образование', 'Показатель 1', 'Показатель 2', 'Показатель 3', 'Показатель 4', 'Доля, %', 'Количество', 'База', 'Примечание']];
  for (let i = 0; i < rows; i++) {
    values.push([i + 1, `Образовательная организация № ${i + 1}`, i % 3 ? 'да' : 'нет', i % 5 ? 'да' : 'нет', (i * 7) % 100, (i * 13) % 100, ((i * 37) % 100) / 100, i % 50, 50, i % 10 === 0 ? 'нет данных за период' : null]);
  }
  return { sheets: [{ name: 'Большой', startRow: 0, startCol: 0, values }] };
}
