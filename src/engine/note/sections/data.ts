/**
 * «Качество данных»: how many errors and warnings the reading found, and where the list with
 * cell addresses is, so a reader of the printed note knows what the numbers rest on.
 *
 * Example:
 *   'При проверке данных найдены 2 ошибки и 1 предупреждение; перечень с адресами ячеек — на листе «Проверка данных». Ячейки с ошибками в расчёт не вошли.'
 */

import { countRu, verbRu } from '../../text/plural';
import type { Analysis } from '../../analysis';
import type { NoteParagraph } from '../document';
import { text, type SectionDraft } from '../context';

export function dataSection(analysis: Analysis, problemsSheet: string): SectionDraft {
  const errors = analysis.problems.filter((x) => x.severity === 'error').length;
  const warnings = analysis.problems.filter((x) => x.severity === 'warning').length;
  const p: NoteParagraph[] = [];
  if (errors === 0 && warnings === 0) {
    p.push(text('Ошибок и предупреждений при проверке данных не найдено.'));
  } else {
    const parts: string[] = [];
    if (errors > 0) parts.push(countRu(errors, ['ошибка', 'ошибки', 'ошибок']));
    if (warnings > 0) parts.push(countRu(warnings, ['предупреждение', 'предупреждения', 'предупреждений']));
    // The participle agrees with the first noun: «найдена 1 ошибка», «найдено 1 предупреждение».
    const verb = errors > 0 ? verbRu(errors, 'найдена', 'найдены') : verbRu(warnings, 'найдено', 'найдены');
    let s = `При проверке данных ${verb} ${parts.join(' и ')}; перечень с адресами ячеек — на листе «${problemsSheet}».`;
    if (errors > 0) s += ' Ячейки с ошибками в расчёт не вошли.';
    p.push(text(s));
  }
  return { key: 'data', title: 'Качество данных', paragraphs: p };
}
