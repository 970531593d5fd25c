/**
 * The «Проверка данных» sheet (METHODOLOGY §7): every problem found in the data — cell
 * address (linked), severity in Russian, the message — as an Excel table, in the order the
 * engine found them (workbook order). With no problems, one row says so.
 *
 * Example row:
 *   № 1 | Лист1!D7 | ошибка | Не удалось прочитать значение «возможно»: ячейка не учтена.
 */

import type { Analysis } from '../analysis';
import type { OutCell, OutputSheet } from './plan';
import { Widths, addressCell, header, number, text, tableName, MESSAGE_WIDTH, NARROW_WIDTH } from './cells';
import { SEVERITY_LABELS } from './labels';

export const NO_PROBLEMS_MESSAGE = 'Проблем в данных не найдено: все ячейки прочитаны.';

export function buildProblemsSheet(analysis: Analysis, name: string): OutputSheet {
  const widths = new Widths();
  widths.wantAll([NARROW_WIDTH, 20, 16, MESSAGE_WIDTH]);
  const rows: (OutCell | null)[][] = [[text('Проверка данных', 'title')]];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const p of analysis.problems) counts[p.severity]++;
  rows.push([
    text(`Ошибок: ${counts.error}, предупреждений: ${counts.warning}, сведений: ${counts.info}.`, 'subtitle'),
  ]);
  const headerRow = rows.length;
  rows.push(['№', 'Ячейка', 'Важность', 'Сообщение'].map(header));
  const sheet: OutputSheet = {
    name,
    kind: 'problems',
    rows,
    columnWidths: widths.toArray(),
    freeze: { rows: headerRow + 1, columns: 0 },
  };
  if (analysis.problems.length === 0) {
    rows.push([null, null, null, text(NO_PROBLEMS_MESSAGE, 'good')]);
    return sheet;
  }
  analysis.problems.forEach((p, i) => {
    const where = p.cell ? addressCell(p.cell) : text(p.sheet ? `лист «${p.sheet}»` : 'вся книга');
    const style = p.severity === 'error' ? 'deficit' : p.severity === 'warning' ? 'attention' : undefined;
    rows.push([number(i + 1), where, text(SEVERITY_LABELS[p.severity], style), text(p.message, undefined, { wrap: true })]);
  });
  sheet.tables = [{ name: tableName(name, 1), headerRow, lastRow: rows.length - 1, columns: 4, style: 'TableStyleLight9' }];
  return sheet;
}
