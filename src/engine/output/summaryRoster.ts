/**
 * The young-teacher block of «Сводная» for a teacher roster (issue 4; seed 002 — young teachers
 * are those under 35 with up to 3 years of experience): one sentence
 * «Молодые педагоги: N из M (x %), с наставником: K (y %)», then the same figures as numbers —
 * число, база, доля — for the young teachers and for those of them with a mentor, and what was
 * left out. Percentages are shown the way «Сводная» shows every share (one decimal), so the
 * sentence and the cells agree.
 *
 * Example:
 *   Молодые педагоги (моложе 35 лет и стаж не более 3 лет)
 *   «Молодые педагоги: 412 из 2 987 (13,8 %), с наставником: 301 (73,1 %).»
 *    | Показатель                 | Число | База | Доля
 *    | Молодые педагоги           | 412   | 2987 | 13,8 %
 *    | из них с наставником       | 301   | 412  | 73,1 %
 */

import type { RowBlocks } from './rowBlocks';
import type { RosterResult } from '../layouts/roster/rosterTypes';
import type { OutCell } from './plan';
import { Widths, header, number, percent, text, NAME_WIDTH, NUMBER_WIDTH, NARROW_WIDTH } from './cells';
import { formatPercentRu } from '../text/percent';
import { countRu, verbRu } from '../text/plural';

type Row = (OutCell | null)[];

/** «Молодые педагоги: 412 из 2987 (13,8 %), с наставником: 301 (73,1 %).» */
export function youngTeachersSentence(r: RosterResult): string {
  const y = r.youngTeachers;
  if (y.base === 0) return 'Молодые педагоги: нет данных о возрасте и стаже.';
  let s = `Молодые педагоги: ${y.count} из ${y.base} (${formatPercentRu(y.share)})`;
  if (y.mentored !== null) s += `, с наставником: ${y.mentored} (${formatPercentRu(y.mentoredShare)})`;
  return `${s}.`;
}

export function writeRosterSummary(r: RosterResult, rows: RowBlocks, widths: Widths): void {
  const y = r.youngTeachers;
  rows.push([]);
  rows.push([text(`Молодые педагоги (${y.rule})`, 'subtitle')]);
  rows.push([null, text(youngTeachersSentence(r), 'note')]);
  rows.push([null, ...['Показатель', 'Число', 'База', 'Доля'].map(header)]);
  widths.wantAll([NARROW_WIDTH, NAME_WIDTH, NUMBER_WIDTH, NUMBER_WIDTH, NUMBER_WIDTH]);
  rows.push([null, text('Молодые педагоги'), number(y.count), number(y.base), percent(y.share)]);
  if (y.mentored !== null) rows.push([null, text('из них с наставником'), number(y.mentored), number(y.count), percent(y.mentoredShare)]);
  const notes: string[] = [];
  if (y.unknown > 0) notes.push(`${verbRu(y.unknown, 'Не учтён', 'Не учтены')} (не указан возраст или стаж): ${countRu(y.unknown, ['педагог', 'педагога', 'педагогов'])}.`);
  if (y.mentorBlank > 0) notes.push(`У ${countRu(y.mentorBlank, ['молодого педагога', 'молодых педагогов', 'молодых педагогов'])} графа «Наставник» пуста — они считаются без наставника.`);
  if (r.referenceDate) notes.push(`Возраст посчитан по дате рождения на ${r.referenceDate}.`);
  for (const n of notes) rows.push([null, text(n, 'note')]);
}
