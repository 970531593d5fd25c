/**
 * The «Справка» sheet: the note laid out to print on A4 from Excel. One wide text column (A,
 * 80 characters: printed from LibreOffice, which does not scale a page to its width, 95 ran past
 * the right edge of A4 portrait; 80 fits with the default font and margins) holds
 * every paragraph with wrapped text; list items start with a dash, cautions are in the note
 * style; headings are bold. A single column rather than merged cells, because Excel grows rows
 * of wrapped text only in unmerged cells; the plan's row heights are estimated all the same
 * (rowHeights.ts) for the applications that do not.
 *
 * Example:
 *   buildNoteSheet(buildNote(analysis), 'Справка').rows[0] // → [{ value: 'Аналитическая справка по результатам мониторинга', style: 'title', wrap: true }]
 */

import type { OutCell, OutputSheet } from '../output/plan';
import type { NoteDocument } from './document';

/** Width of the text column, in characters. */
export const NOTE_WIDTH = 80;

export function buildNoteSheet(doc: NoteDocument, name: string): OutputSheet {
  const rows: (OutCell | null)[][] = [];
  const line = (value: string, style?: OutCell['style']) => {
    const cell: OutCell = { value, wrap: true };
    if (style) cell.style = style;
    rows.push([cell]);
  };
  line(doc.title, 'title');
  if (doc.subject) line(doc.subject, 'subtitle');
  if (doc.period) line(`Период: ${doc.period}.`, 'subtitle');
  for (const s of doc.sections) {
    rows.push([]);
    line(s.heading, 'subtitle');
    for (const p of s.paragraphs) {
      if (p.kind === 'item') line(`– ${p.text}`);
      else if (p.kind === 'caution') line(p.text, 'note');
      else line(p.text);
    }
  }
  return {
    name,
    kind: 'note',
    rows,
    columnWidths: [NOTE_WIDTH],
    print: { orientation: 'portrait', fitToWidth: true },
  };
}
