/**
 * `examples/matrix-years.xlsx` — layout A with a period column: the monitoring of the
 * methodical services of Ingushetia (seed 003) repeated over two years in ONE table, each
 * service once per year, with a column «Год» — the way a regional centre keeps a running
 * table instead of a sheet per year (issue 5, point 2).
 *
 * The 2024 rows are the seed's answers (as in matrix-ingushetia.xlsx, without its planted
 * errors); the 2023 rows are INVENTED for the example: plausible earlier answers, with
 * «Джейрахский район» absent in 2023 (a district that joined the monitoring later) and
 * «Сунженский район (до объединения)» present only in 2023. The rows are not sorted by year
 * (2024 first, as a table grows at the top), and one row has no year — it must be reported,
 * not guessed.
 *
 * What should come out: current period 2024 год, previous 2023 год; Малгобекский район grows
 * (2.5 «Наличие практики реализации программ наставничества» нет → да), Назрановский declines
 * (2.1 «доля педагогов с ИППР» 95 % → 80 %); «Динамика» lists both one-period districts; the
 * row without a year is a warning with its address.
 *
 * Example:
 *   await saveWorkbook(buildMatrixYears(), 'examples/matrix-years.xlsx');
 */

import type ExcelJS from 'exceljs';
import { newWorkbook } from './workbookFile';
import { borderBox, styleHeader, styleTitle } from './sheetStyle';

const INDICATORS = [
  '1.3. Наличие ежегодно обновляющейся базы выявленных дефицитов, профицитов, запросов и потребностей педагогов',
  '2.1. Наличие у педагогов индивидуальных программ профессионального развития (доля педагогов), %',
  '2.4. Наличие мероприятий по методической поддержке молодых педагогов',
  '2.5. Наличие практики реализации программ наставничества',
  '2.7. Наличие мероприятий по адресной методической поддержке руководителей профессиональных педагогических сообществ',
  '3.1. Наличие системы взаимодействия методических служб, обеспечивающей оказание адресной помощи педагогам',
];

type Row = [string, number | null, string, number, string, string, string, string];

/** Rows as they stand in the table: name, year, then the six indicators (percent as a fraction). */
export const YEAR_ROWS: Row[] = [
  ['г. Магас и г. Назрань', 2024, 'да', 0.85, 'да', 'да', 'нет', 'да'],
  ['Сунженский район и г. Карабулак', 2024, 'да', 1, 'да', 'да', 'да', 'да'],
  ['Назрановский район', 2024, 'да', 0.8, 'да', 'да', 'нет', 'да'],
  ['Малгобекский район и г. Малгобек', 2024, 'нет', 0.35, 'да', 'да', 'нет', 'да'],
  ['Джейрахский район', 2024, 'нет', 0.6, 'да', 'нет', 'нет', 'да'],
  ['г. Магас и г. Назрань', 2023, 'да', 0.8, 'да', 'да', 'нет', 'да'],
  ['Сунженский район и г. Карабулак', 2023, 'да', 0.9, 'да', 'да', 'нет', 'да'],
  ['Назрановский район', 2023, 'да', 0.95, 'да', 'да', 'нет', 'да'],
  ['Малгобекский район и г. Малгобек', 2023, 'нет', 0.3, 'да', 'нет', 'нет', 'нет'],
  ['Сунженский район (до объединения)', 2023, 'нет', 0.5, 'нет', 'нет', 'нет', 'да'],
  ['Карабулак (строка без года)', null, 'да', 0.7, 'да', 'да', 'нет', 'да'],
];

export function buildMatrixYears(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Мониторинг по годам');
  ws.getCell('A1').value = 'Мониторинг организационно-методической деятельности методических служб Республики Ингушетия по годам';
  styleTitle(ws.getCell('A1'));
  ws.getCell('A2').value = '(данные 2023 года придуманы для примера; 2024 год — по семени 003)';
  ws.getCell('A2').font = { italic: true, size: 10 };
  const h = 4;
  const headers = ['№ п/п', 'Муниципальное образование', 'Год', ...INDICATORS];
  headers.forEach((t, i) => (ws.getCell(h, 1 + i).value = t));
  styleHeader(ws, h, h, 1, headers.length);
  ws.getRow(h).height = 90;
  YEAR_ROWS.forEach((row, i) => {
    const r = h + 1 + i;
    const [name, year, ...values] = row;
    ws.getRow(r).values = [i + 1, name, year, ...values];
    ws.getCell(r, 5).numFmt = '0%';
  });
  borderBox(ws, h, h + YEAR_ROWS.length, 1, headers.length);
  ws.getColumn(2).width = 36;
  for (let c = 4; c <= headers.length; c++) ws.getColumn(c).width = 18;
  return wb;
}
