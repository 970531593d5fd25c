/**
 * `examples/points-wide.xlsx` — layout C(b): the data of points-krymsk.xlsx as one wide table,
 * municipalities in rows and block → position → parameter in three merged header rows, with a
 * «всего» column after each block (what the district declared, e.g. 24 for «Меры» in Крымский
 * район), an «Итого» column, and a «Максимальный балл» row under the data (not a municipality).
 *
 *   | № | Муниципальное образование | Показатели (merged)                        | … | Итого |
 *   |   |                           | по осуществлению … (merged) | … | всего |   |       |
 *   |   |                           | Наличие | Соответствие | Неэфф. | … |       |   |       |
 *   | 1 | Крымский район            | 1       | 1            | 0      | … | 8     |   | 72    |
 *
 * Example:
 *   await saveWorkbook(buildPointsWide(), 'examples/points-wide.xlsx');
 */

import type ExcelJS from 'exceljs';
import { newWorkbook } from './workbookFile';
import { borderBox, styleHeader, styleTitle } from './sheetStyle';
import { POINTS_TEMPLATE, positionFullName } from './pointsTemplate';
import { MUNICIPALITIES, checkMunicipalities, declaredBlockTotal, declaredEntityTotal, type MarkValue } from './pointsData';
import { TRAINING_NOTE } from './pointsKrymsk';

/** Parameter header for the wide table: the two lines of the «Меры» header joined. */
function paramName(b: number, i: number): string {
  const block = POINTS_TEMPLATE[b];
  return block.paramsSecondRow ? `${block.params[i]} ${block.paramsSecondRow[i]}` : block.params[i];
}

export function buildPointsWide(): ExcelJS.Workbook {
  checkMunicipalities();
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Баллы МО');
  ws.getCell('A1').value = TRAINING_NOTE;
  ws.getCell('A1').font = { italic: true, size: 9, color: { argb: 'FF7F7F7F' } };
  ws.getCell('A2').value = 'Результаты оценки муниципальных систем методической работы (баллы)';
  styleTitle(ws.getCell('A2'), 13);

  const h = 4; // header rows h (blocks), h+1 (positions), h+2 (parameters)
  ws.getCell(h, 1).value = '№';
  ws.mergeCells(h, 1, h + 2, 1);
  ws.getCell(h, 2).value = 'Муниципальное образование';
  ws.mergeCells(h, 2, h + 2, 2);

  let c = 3;
  /** Per column: how to fill it for a municipality. */
  const columns: ({ kind: 'mark'; b: number; p: number; i: number } | { kind: 'block'; b: number })[] = [];
  POINTS_TEMPLATE.forEach((block, b) => {
    const blockStart = c;
    block.positions.forEach((pos, p) => {
      ws.getCell(h + 1, c).value = positionFullName(pos);
      ws.mergeCells(h + 1, c, h + 1, c + 2);
      for (let i = 0; i < 3; i++) {
        ws.getCell(h + 2, c).value = paramName(b, i);
        columns.push({ kind: 'mark', b, p, i });
        c++;
      }
    });
    ws.getCell(h + 1, c).value = 'всего';
    ws.mergeCells(h + 1, c, h + 2, c);
    columns.push({ kind: 'block', b });
    c++;
    ws.getCell(h, blockStart).value = block.name;
    ws.mergeCells(h, blockStart, h, c - 1);
  });
  const totalCol = c;
  ws.getCell(h, totalCol).value = 'Итого';
  ws.mergeCells(h, totalCol, h + 2, totalCol);
  styleHeader(ws, h, h + 2, 1, totalCol);
  ws.getRow(h + 1).height = 120;
  ws.getRow(h + 2).height = 120;

  let r = h + 3;
  MUNICIPALITIES.forEach((m, n) => {
    ws.getCell(r, 1).value = n + 1;
    ws.getCell(r, 2).value = m.name;
    columns.forEach((col, k) => {
      const v: MarkValue = col.kind === 'mark' ? m.marks[col.b][col.p][col.i] : declaredBlockTotal(m, col.b);
      ws.getCell(r, 3 + k).value = v;
    });
    ws.getCell(r, totalCol).value = declaredEntityTotal(m);
    r++;
  });
  // The row of maxima the template carries (the seed's declared block totals).
  ws.getCell(r, 2).value = 'Максимальный балл';
  columns.forEach((col, k) => {
    const block = POINTS_TEMPLATE[col.b];
    ws.getCell(r, 3 + k).value = col.kind === 'block' ? block.templateTotal : block.penalty && col.i === 2 ? 0 : 1;
  });
  ws.getCell(r, totalCol).value = POINTS_TEMPLATE.reduce((s, b) => s + b.templateTotal, 0);
  ws.getRow(r).font = { italic: true };
  borderBox(ws, h, r, 1, totalCol);

  ws.getColumn(1).width = 4;
  ws.getColumn(2).width = 24;
  for (let k = 3; k <= totalCol; k++) ws.getColumn(k).width = 9;
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: h + 2 }];
  return wb;
}
