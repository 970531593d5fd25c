/**
 * `examples/points-krymsk.xlsx` — layout C(a), one evaluation sheet per municipality filled in on
 * the same template (seed 004): a training-example line, «Оценочный лист: <район>», then for every
 * block the seed's header «Позиция оценивания | <параметры> | всего», the block row with dashes
 * and the declared «всего», the position rows with their marks and «всего», and «Итого» at the
 * bottom. See pointsData.ts for the planted inconsistencies.
 *
 * Example:
 *   await saveWorkbook(buildPointsKrymsk(), 'examples/points-krymsk.xlsx');
 *   // sheets: «Крымский район», «Приреченский район», «Лесостепной район», «Новобережный район»
 */

import type ExcelJS from 'exceljs';
import { newWorkbook } from './workbookFile';
import { borderBox, styleHeader, styleTitle, wrapLeft } from './sheetStyle';
import { POINTS_TEMPLATE } from './pointsTemplate';
import { MUNICIPALITIES, checkMunicipalities, declaredBlockTotal, declaredEntityTotal, declaredPositionTotal, type Municipality } from './pointsData';

export const TRAINING_NOTE =
  'Учебный пример: оценка муниципальной системы методической работы по схеме оценочного листа Крымского района; баллы условные, районы, кроме Крымского, вымышлены.';

function addSheet(wb: ExcelJS.Workbook, m: Municipality): void {
  const ws = wb.addWorksheet(m.name);
  ws.getCell('A1').value = TRAINING_NOTE;
  ws.getCell('A1').font = { italic: true, size: 9, color: { argb: 'FF7F7F7F' } };
  ws.getCell('A2').value = `Оценочный лист: ${m.name}`;
  styleTitle(ws.getCell('A2'), 13);

  let r = 4;
  const top = r;
  POINTS_TEMPLATE.forEach((block, b) => {
    const header = ['Позиция оценивания', ...block.params, 'всего'];
    header.forEach((t, i) => (ws.getCell(r, 1 + i).value = t));
    const headerTop = r;
    if (block.paramsSecondRow) {
      r++;
      block.paramsSecondRow.forEach((t, i) => (ws.getCell(r, 2 + i).value = t));
    }
    styleHeader(ws, headerTop, r, 1, 5);
    r++;

    ws.getRow(r).values = [block.name, '-', '-', '-', declaredBlockTotal(m, b)];
    ws.getRow(r).font = { bold: true };
    r++;
    block.positions.forEach((p, pi) => {
      const marks = m.marks[b][pi];
      ws.getRow(r).values = [p.name, ...marks, declaredPositionTotal(marks)];
      wrapLeft(ws.getCell(r, 1));
      for (let c = 2; c <= 5; c++) ws.getCell(r, c).alignment = { horizontal: 'center', vertical: 'top' };
      r++;
      if (p.continuation) {
        ws.getCell(r, 1).value = p.continuation;
        wrapLeft(ws.getCell(r, 1));
        r++;
      }
    });
  });
  ws.getRow(r).values = ['Итого', null, null, null, declaredEntityTotal(m)];
  ws.getRow(r).font = { bold: true };
  borderBox(ws, top, r, 1, 5);
  ws.getCell(r + 2, 1).value = 'Примечание: 1 — параметр выполнен, 0 или пусто — нет; −1 — есть неэффективные показатели (блок «Показатели»).';
  ws.getCell(r + 2, 1).font = { italic: true, size: 9 };

  ws.getColumn(1).width = 70;
  for (let c = 2; c <= 4; c++) ws.getColumn(c).width = 22;
  ws.getColumn(5).width = 9;
}

export function buildPointsKrymsk(): ExcelJS.Workbook {
  checkMunicipalities();
  const wb = newWorkbook();
  for (const m of MUNICIPALITIES) addSheet(wb, m);
  return wb;
}
