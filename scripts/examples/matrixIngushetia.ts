/**
 * `examples/matrix-ingushetia.xlsx` — layout A, an indicator matrix (METHODOLOGY §2 A) built from
 * seed 003, the monitoring of the methodological services of the Republic of Ingushetia: five
 * district services × 15 indicators under three criteria (1.1–1.4, 2.1–2.9, 3.1–3.2, names as in
 * the seed), with the untidiness of a real summary table: two title rows, three header rows (merged
 * criterion cells, indicator names, units), a «№ п/п» column, «да»/«нет»/«+»/«—», percents both
 * as numbers with a percent format and as text («35 %»), «н/д», one unreadable «возможно», a
 * line break inside a name, a blank row, «Итого по региону» and a note.
 *
 * The values are chosen so that criterion 2 gives the groups of seed 003 (ll. 144–146):
 *   г. Магас и г. Назрань            (0.85+0.9+1+1+1+1+0+1+1)/9 = 86.1 %  → group 1 (80–100 %)
 *   Сунженский район и г. Карабулак  8 of 8 readable («возможно» is missing) = 100 %   → group 1
 *   Назрановский район               (1+0.85+1+1+1+1+0+1+1)/9 = 87.2 %    → group 1
 *   Малгобекский район и г. Малгобек (0.35+0.8+1+1+0+1+0+0+1)/9 = 57.2 %  → group 2 (50–79 %)
 *   Джейрахский район                «н/д» in 2.1 → (0.8+1+1+0+1+0+0+1)/8 = 60 % → group 2
 *
 * Example:
 *   await saveWorkbook(buildMatrixIngushetia(), 'examples/matrix-ingushetia.xlsx');
 */

import type ExcelJS from 'exceljs';
import { newWorkbook } from './workbookFile';
import { borderBox, styleHeader, styleTitle, wrapLeft } from './sheetStyle';

/** A cell of the matrix: text as typed, or a number shown with a percent format. */
type Value = string | { pct: number };

interface Criterion {
  title: string;
  indicators: { name: string; unit: 'да/нет' | '%' }[];
}

/** Criteria and indicators of seed 003 (ll. 62–66, 132–141, 182–183). */
export const INGUSHETIA_CRITERIA: Criterion[] = [
  {
    title: 'Критерий 1. Системность методической работы',
    indicators: [
      { name: '1.1. Наличие нормативно-правовой базы, регламентирующей методическую работу в муниципальной системе образования (МСО) (положений, планов, проектов, мониторингов)', unit: 'да/нет' },
      { name: '1.2. Наличие и реализация модели методической работы, основанной на взаимодействии педагогических сообществ', unit: 'да/нет' },
      { name: '1.3. Наличие ежегодно обновляющейся базы выявленных дефицитов, профицитов, запросов и потребностей педагогов', unit: 'да/нет' },
      { name: '1.4. Применение интерактивных форм методической работы', unit: 'да/нет' },
    ],
  },
  {
    title: 'Критерий 2. Поддержка обновления профессиональных компетенций педагогических и руководящих кадров',
    indicators: [
      { name: '2.1. Наличие у педагогов индивидуальных программ профессионального развития (доля педагогов)', unit: '%' },
      { name: '2.2. Повышение квалификации руководителей и заместителей руководителей образовательных организаций, специалистов региональных методических служб за последние 2 года', unit: '%' },
      { name: '2.3. Наличие плана мероприятий, направленного на методическое сопровождение аттестации педагогических кадров образовательных организаций', unit: 'да/нет' },
      { name: '2.4. Наличие мероприятий по методической поддержке молодых педагогов', unit: 'да/нет' },
      { name: '2.5. Наличие практики реализации программ наставничества', unit: 'да/нет' },
      { name: '2.6. Наличие мероприятий по методической поддержке в рамках инновационной деятельности', unit: 'да/нет' },
      { name: '2.7. Наличие мероприятий по адресной методической поддержке руководителей профессиональных педагогических сообществ', unit: 'да/нет' },
      { name: '2.8. Подготовка и издание учебно-методических и научно-исследовательских пособий, информационно-аналитических и других материалов', unit: 'да/нет' },
      { name: '2.9. Организация работы районных методических объединений педагогических работников образовательных организаций', unit: 'да/нет' },
    ],
  },
  {
    title: 'Критерий 3. Результативность методической работы',
    indicators: [
      { name: '3.1. Наличие системы взаимодействия методических служб, обеспечивающей оказание адресной помощи педагогам в развитии их профессионального мастерства', unit: 'да/нет' },
      { name: '3.2. Наличие программ или плана мероприятий, направленных на обеспечение качества образования, в том числе в школах с низкими результатами обучения', unit: 'да/нет' },
    ],
  },
];

const P = (x: number): Value => ({ pct: x });

/** Rows of the matrix, seed 003's district services; `null` is a blank row of the sheet. */
export const INGUSHETIA_ROWS: ({ name: string; values: Value[] } | null)[] = [
  //                                   1.1   1.2   1.3   1.4 | 2.1        2.2      2.3   2.4   2.5   2.6   2.7         2.8   2.9 | 3.1   3.2
  { name: 'г. Магас и\nг. Назрань', values: ['да', 'да', 'да', 'да', P(0.85), P(0.9), 'да', 'да', '+', 'да', 'нет', 'да', 'да', 'да', 'да'] },
  { name: 'Сунженский район и г. Карабулак', values: ['да', 'да', 'да', '+', P(1), P(1), 'да', 'да', 'да', 'да', 'возможно', 'да', 'да', 'да', 'да'] },
  { name: 'Назрановский район', values: ['да', 'да', 'да', 'да', P(1), '85 %', 'да', '+', 'да', 'да', 'нет', 'да', 'да', 'да', 'да'] },
  null,
  { name: 'Малгобекский район и г. Малгобек', values: ['да', 'да', 'нет', 'да', '35 %', P(0.8), 'да', 'да', 'нет', 'да', 'нет', 'нет', 'да', 'нет', 'да'] },
  { name: 'Джейрахский район ', values: ['да', 'нет', 'нет', 'да', 'н/д', P(0.8), 'да', 'да', 'нет', '+', '—', 'нет', 'да', 'да', 'да'] },
];

/** The regional level the service typed into «Итого»: share of «да» (or mean percent) over the cells with data. */
function regionalLevel(values: Value[]): number | null {
  const scores: number[] = [];
  for (const v of values) {
    if (typeof v === 'object') scores.push(v.pct);
    else if (/^(да|\+)$/i.test(v.trim())) scores.push(1);
    else if (/^(нет|—)$/i.test(v.trim())) scores.push(0);
    else if (/^\d+\s*%$/.test(v.trim())) scores.push(parseInt(v, 10) / 100);
  }
  return scores.length === 0 ? null : Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100;
}

export function buildMatrixIngushetia(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Мониторинг РМС');
  const indicators = INGUSHETIA_CRITERIA.flatMap((c) => c.indicators);
  const lastCol = 2 + indicators.length;

  ws.getCell('A1').value = 'Результаты мониторинга организационно-методической деятельности методических служб Республики Ингушетия';
  styleTitle(ws.getCell('A1'), 13);
  ws.getCell('A2').value = '(по аналитическим справкам районных методических служб; Приложение № 1)';
  ws.getCell('A2').font = { italic: true, size: 10 };

  // Three header rows: criteria (merged), indicator names, units.
  const h1 = 4;
  ws.getCell(h1, 1).value = '№ п/п';
  ws.mergeCells(h1, 1, h1 + 2, 1);
  ws.getCell(h1, 2).value = 'Муниципальное образование';
  ws.mergeCells(h1, 2, h1 + 2, 2);
  let col = 3;
  for (const c of INGUSHETIA_CRITERIA) {
    ws.getCell(h1, col).value = c.title;
    if (c.indicators.length > 1) ws.mergeCells(h1, col, h1, col + c.indicators.length - 1);
    for (const ind of c.indicators) {
      ws.getCell(h1 + 1, col).value = ind.name;
      ws.getCell(h1 + 2, col).value = ind.unit;
      col++;
    }
  }
  styleHeader(ws, h1, h1 + 2, 1, lastCol);

  // Entities, with a blank row in the middle as it happens in real sheets.
  let r = h1 + 3;
  const first = r;
  let n = 0;
  for (const row of INGUSHETIA_ROWS) {
    if (row) {
      n++;
      ws.getCell(r, 1).value = n;
      ws.getCell(r, 2).value = row.name;
      wrapLeft(ws.getCell(r, 2));
      row.values.forEach((v, i) => {
        const cell = ws.getCell(r, 3 + i);
        if (typeof v === 'object') {
          cell.value = v.pct;
          cell.numFmt = '0%';
        } else cell.value = v;
        cell.alignment = { horizontal: 'center' };
      });
    }
    r++;
  }
  // «Итого по региону»: the levels the service computed, as percents.
  ws.getCell(r, 2).value = 'Итого по региону';
  ws.getCell(r, 2).font = { bold: true };
  indicators.forEach((_, i) => {
    const level = regionalLevel(INGUSHETIA_ROWS.flatMap((row) => (row ? [row.values[i]] : [])));
    const cell = ws.getCell(r, 3 + i);
    cell.value = level;
    cell.numFmt = '0%';
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center' };
  });
  borderBox(ws, h1, r, 1, lastCol);

  ws.getCell(r + 2, 1).value =
    'Примечание: «+» — да, «—» — нет, «н/д» — нет данных (показатель не отражён в аналитической справке). Проценты — доля педагогов (руководителей) района.';
  ws.getCell(r + 2, 1).font = { italic: true, size: 9 };
  ws.getCell(r + 3, 1).value = 'Таблица учебная: значения подобраны по тексту аналитической справки, а не взяты из отчётов районов.';
  ws.getCell(r + 3, 1).font = { italic: true, size: 9 };

  ws.getColumn(1).width = 6;
  ws.getColumn(2).width = 34;
  for (let c = 3; c <= lastCol; c++) ws.getColumn(c).width = 15;
  ws.getRow(h1).height = 45;
  ws.getRow(h1 + 1).height = 170;
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: h1 + 2, topLeftCell: `C${first}` }];
  return wb;
}
