/**
 * Small workbooks for the note, periods, factors and recommendations tests: a district table
 * «Муниципальный район | 1.1 … | 1.2 …» with a title row, and helpers to read the note.
 *
 * Example:
 *   districtSheet('2024', ['1.1 Наличие программы наставничества'], [['Кировский район', 'да']])
 */

import type { CellValue, SheetGrid } from '../../src/engine/grid';
import type { NoteDocument, NoteSection } from '../../src/engine/note/document';
import type { OutputSheet } from '../../src/engine/output/plan';
import { displayPercent, formatDecimalRu } from '../../src/engine/text/percent';

export function districtSheet(name: string, headers: string[], rows: CellValue[][], title: string | null = `Мониторинг ${name}`): SheetGrid {
  const values: CellValue[][] = [];
  if (title) values.push([title], []);
  values.push(['Муниципальный район', ...headers]);
  values.push(...rows);
  return { name, startRow: 0, startCol: 0, values, merges: [] };
}

/** N districts named «Район 1» … with yes/no values. */
export function nDistricts(n: number, value: (i: number) => CellValue[] = () => ['да', 'да']): SheetGrid {
  return districtSheet(
    'Лист1',
    ['1.1 Наличие программы наставничества', '1.2 Наличие школы молодого педагога'],
    Array.from({ length: n }, (_, i) => [`${names[i % names.length]}${i >= names.length ? ` ${Math.floor(i / names.length) + 1}` : ''} район`, ...value(i)]),
  );
}

const names = ['Кировский', 'Лужский', 'Тосненский', 'Гатчинский', 'Выборгский', 'Киришский', 'Волховский', 'Лодейнопольский', 'Приозерский', 'Сланцевский', 'Тихвинский', 'Бокситогорский'];

export function section(doc: NoteDocument, key: NoteSection['key']): NoteSection {
  const s = doc.sections.find((x) => x.key === key);
  if (!s) throw new Error(`no section ${key}: ${doc.sections.map((x) => x.key).join(', ')}`);
  return s;
}

export function allText(doc: NoteDocument): string {
  return [doc.title, doc.subject ?? '', doc.period ?? '', ...doc.sections.flatMap((s) => [s.heading, ...s.paragraphs.map((p) => p.text)])].join('\n');
}

/** Every «70,7 %» in a text. */
export function percentsIn(s: string): string[] {
  return [...s.matchAll(/(\d+,\d)\u00A0%/g)].map((m) => m[1]);
}

/** Every percentage Сводная shows, as Excel displays a '0.0%' cell: «70,7». */
export function summaryPercents(sheet: OutputSheet): Set<string> {
  const out = new Set<string>();
  for (const row of sheet.rows) {
    for (const c of row) {
      if (c && c.format === '0.0%' && typeof c.value === 'number') out.add(formatDecimalRu(displayPercent(c.value * 100), 1));
    }
  }
  return out;
}
