/**
 * Builds small input workbooks on disk for the xlsx adapter tests, with exceljs itself:
 * район1.xlsx — «Лист1» (the matrix of analysisFixtures: title merged A1:E1, header on row 3,
 *   entities on rows 4–6, a user text «=1+1» in B6, percents in E with '0%', a formula, a shared
 *   formula, rich text, a hyperlink, a date, an error value, width and frozen pane), «Форма 2»
 *   (counts), «Скрытый» (hidden);
 * район2.xlsx — «Лист1» again (a name collision) with a formula on its own Лист1, and «Баллы»
 *   whose used range starts at B2.
 */

import ExcelJS from 'exceljs';
import * as os from 'os';
import * as path from 'path';
import { promises as fs } from 'fs';

export async function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'metod-xlsx-'));
}

export async function writeRegion1(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Лист1', { views: [{ state: 'frozen', xSplit: 0, ySplit: 3 }] });
  ws.getCell('A1').value = 'Мониторинг методических служб';
  ws.mergeCells('A1:E1');
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('C2').value = 'Критерий 1';
  ws.mergeCells('C2:D2');
  ws.getCell('E2').value = 'Критерий 2';
  ws.getRow(3).values = ['№', 'Муниципальное образование', '1.1 Наличие НПБ', '1.2 План наставничества', '2.1 Доля педагогов с ИППР, %', 'Доля ×100', 'Удвоено'];
  const data: [number, string, string, string, number][] = [
    [1, 'Кировский район', 'да', 'да', 0.9],
    [2, 'Лужский район', 'да', 'нет', 0.6],
    [3, '=1+1', 'нет', 'н/д', 0.3],
  ];
  data.forEach((d, i) => {
    const r = 4 + i;
    ws.getRow(r).values = d;
    ws.getCell(`E${r}`).numFmt = '0%';
  });
  ws.getCell('F4').value = { formula: 'E4*100', result: 90 };
  ws.getCell('G4').value = { formula: 'E4*2', result: 1.8, shareType: 'shared', ref: 'G4:G6' } as ExcelJS.CellValue;
  ws.getCell('G5').value = { sharedFormula: 'G4', result: 1.2 } as ExcelJS.CellValue;
  ws.getCell('G6').value = { sharedFormula: 'G4', result: 0.6 } as ExcelJS.CellValue;
  ws.getCell('A8').value = { richText: [{ text: 'Примечание: ', font: { bold: true } }, { text: 'данные за 2024 год' }] };
  ws.getCell('A9').value = { text: 'Сайт ИРО', hyperlink: 'https://example.org/' };
  ws.getCell('B10').value = new Date(Date.UTC(2024, 0, 15));
  ws.getCell('B10').numFmt = 'dd.mm.yyyy';
  ws.getCell('C10').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue;
  ws.getColumn(2).width = 30;
  ws.getCell('C4').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEEFF' } };

  const f2 = wb.addWorksheet('Форма 2');
  f2.getRow(4).values = ['№', 'Муниципалитет', 'Количество педагогов-наставников', 'Всего педагогов', 'Доля, %'];
  f2.getRow(5).values = [1, 'Район А', 40, 52, 0.8];
  f2.getRow(6).values = [2, 'Район Б', 10, 20, 0.5];
  f2.getCell('E5').numFmt = '0%';
  f2.getCell('E6').numFmt = '0%';

  const hidden = wb.addWorksheet('Скрытый', { state: 'hidden' });
  hidden.getCell('A1').value = 'служебное';
  await wb.xlsx.writeFile(file);
}

export async function writeRegion2(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Лист1');
  ws.getCell('A1').value = 'Итог района 2';
  ws.mergeCells('A1:C1');
  ws.getCell('B2').value = 7;
  ws.getCell('B2').numFmt = '0.00';
  ws.getColumn(1).width = 25;
  const b = wb.addWorksheet('Баллы');
  b.getCell('B2').value = 'Крымский район';
  b.getCell('C3').value = 1;
  b.getCell('C4').value = { formula: 'Лист1!B2*2', result: 14 };
  b.getCell('D5').value = { formula: "SUM(C3:C4)&\"Лист1!A1\"", result: '15Лист1!A1' };
  await wb.xlsx.writeFile(file);
}
