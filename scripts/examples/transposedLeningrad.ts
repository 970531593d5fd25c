/**
 * `examples/transposed-leningrad.xlsx` — layout A transposed down to a single result column: table 1
 * of seed 000 (Leningrad region, monitoring of the municipal methodological services, 2019–2020),
 * «Формы и направления деятельности | Результаты», with the cells as the report has them: text
 * percents with a comment after them («100% ММС», «100% \nот 3-5 до 28 групп»), numbers with a
 * percent format (86 %, 14 %), a plain «100%», a line break inside an indicator name, and a source
 * line under the table.
 *
 * Example:
 *   await saveWorkbook(buildTransposedLeningrad(), 'examples/transposed-leningrad.xlsx');
 */

import type ExcelJS from 'exceljs';
import { newWorkbook } from './workbookFile';
import { borderBox, styleHeader, styleTitle, wrapLeft } from './sheetStyle';

/** Seed 000, table 1, row by row; a number is shown with a percent format. */
export const LENINGRAD_TABLE_1: [string, string | number][] = [
  ['Муниципальная Школа молодого педагога', '100% ММС'],
  ['Школа молодого педагога в ОУ', 0.86],
  ['Наставничество в небольших ОУ ', 0.14],
  ['Группы ММС Вконтакте ', '100% \nот 3-5 до 28 групп'],
  ['Районные МО предметников, классных руководителей, воспитателей ДОУ, педагогов ДО детей', 1],
  ['Сайт муниципальной методической службы', '100%'],
  [
    'Сайт профессиональных объединений педагогов\n(сетевых сообществ) ',
    '100% \nПредметные  и междисциплинарные  сообщества (например, биологов, экологов, лесничества) и др.',
  ],
];

export function buildTransposedLeningrad(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Таблица 1');
  ws.getCell('A1').value = 'Таблица 1. Результаты деятельности методических объединений и профессиональных сообществ';
  styleTitle(ws.getCell('A1'));
  ws.getCell('A3').value = 'Формы и направления деятельности';
  ws.getCell('B3').value = 'Результаты';
  styleHeader(ws, 3, 3, 1, 2);
  LENINGRAD_TABLE_1.forEach(([name, value], i) => {
    const r = 4 + i;
    ws.getCell(r, 1).value = name;
    wrapLeft(ws.getCell(r, 1));
    const cell = ws.getCell(r, 2);
    cell.value = value;
    if (typeof value === 'number') cell.numFmt = '0%';
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
  const last = 3 + LENINGRAD_TABLE_1.length;
  borderBox(ws, 3, last, 1, 2);
  ws.getCell(last + 2, 1).value = 'Источник: мониторинг деятельности ММС Ленинградской области, 2019–2020 учебный год (доля ММС, у которых есть данная форма работы).';
  ws.getCell(last + 2, 1).font = { italic: true, size: 9 };
  ws.getColumn(1).width = 60;
  ws.getColumn(2).width = 40;
  return wb;
}
