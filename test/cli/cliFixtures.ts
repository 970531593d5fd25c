/**
 * Small workbooks for the command-line tests, written with exceljs: a district's matrix form
 * (the same template in every district file, so a folder of them reads as one table), an empty
 * workbook and a workbook with text but no table.
 *
 * Example:
 *   await writeDistrictForm(path.join(dir, 'Лужский.xlsx'), [['Лужский район', 'да', 'нет', 0.9]]);
 */

import ExcelJS from 'exceljs';

export type DistrictRow = [string, string, string, number];

export async function writeDistrictForm(file: string, rows: DistrictRow[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Форма');
  ws.getCell('A1').value = 'Мониторинг методической службы';
  ws.getRow(3).values = [
    '№',
    'Муниципальное образование',
    '1.1 Наличие нормативно-правовой базы',
    '1.2 Наличие плана наставничества',
    '2.1 Доля педагогов с ИППР, %',
  ];
  rows.forEach((row, i) => {
    ws.getRow(4 + i).values = [i + 1, ...row];
    ws.getCell(4 + i, 5).numFmt = '0%';
  });
  await wb.xlsx.writeFile(file);
}

/** A workbook with one sheet and no cells. */
export async function writeEmptyWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Лист1');
  await wb.xlsx.writeFile(file);
}

/** A workbook with a letter in it, but nothing that looks like a table. */
export async function writeLetterWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Письмо');
  ws.getCell('A1').value = 'О результатах мониторинга деятельности ММС';
  ws.getCell('A3').value = 'Направляем результаты мониторинга для использования в работе.';
  await wb.xlsx.writeFile(file);
}
