/**
 * The styles the result sheets need, appended to the input workbook's own styles.xml — never
 * renumbering what is there, so every cell of the user's sheets keeps its look. A cell format
 * is the plan's `CellStyle` with a number format, wrap and link colour; each distinct one gets
 * a cellXfs entry (and the fonts, fills, borders and number formats it uses). The highlights
 * get two dxf entries (differential formats for conditional formatting).
 *
 * The look is the one outputStyles.ts gives through exceljs: bold headers on light blue with
 * thin borders, Excel's "Good", "Neutral" and "Bad" colours.
 *
 * The indices are known from the start (the input's counts of cellXfs and dxfs come first),
 * so a sheet's XML can be written while its formats are still being registered, in one pass
 * over its rows — rows made on request (engine/output/rowBlocks.ts) are then made once.
 *
 * Example:
 *   const styles = new StyleSheet(inputStylesXml);
 *   const s = styles.index(styles.xf({ style: 'header', wrap: true }));  // → its index in the merged cellXfs
 *   const merged = styles.mergeInto(inputStylesXml);                      // styles.xml with the new entries, last
 */

import type { CellStyle, HighlightKind } from '../../../engine/output/plan';
import { HIGHLIGHT_COLORS } from '../../../engine/output/plan';
import { xmlText } from '../chartParts';

export interface CellFormat {
  style?: CellStyle;
  /** Excel number format code, e.g. '0.0%'. */
  format?: string;
  wrap?: boolean;
  /** A link to a source cell: blue, underlined. */
  link?: boolean;
}

interface Look {
  font: string;
  fill: string | null;
  border: string | null;
  align: { horizontal?: string; vertical: string; wrap: boolean };
}

const THIN = '<left style="thin"><color rgb="FFA6A6A6"/></left><right style="thin"><color rgb="FFA6A6A6"/></right><top style="thin"><color rgb="FFA6A6A6"/></top><bottom style="thin"><color rgb="FFA6A6A6"/></bottom><diagonal/>';
const TOP_ONLY = '<left/><right/><top style="thin"><color rgb="FFA6A6A6"/></top><bottom/><diagonal/>';

function font(opts: { bold?: boolean; italic?: boolean; size?: number; color?: string; underline?: boolean }): string {
  return (
    `<font>${opts.bold ? '<b/>' : ''}${opts.italic ? '<i/>' : ''}${opts.underline ? '<u/>' : ''}` +
    `<sz val="${opts.size ?? 11}"/>${opts.color ? `<color rgb="FF${opts.color}"/>` : '<color theme="1"/>'}<name val="Calibri"/><family val="2"/><scheme val="minor"/></font>`
  );
}

function solid(hex: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="FF${hex}"/><bgColor rgb="FF${hex}"/></patternFill></fill>`;
}

function lookOf(f: CellFormat): Look {
  const align = { vertical: 'top', wrap: f.wrap === true } as Look['align'];
  const link = f.link ? { color: '0563C1', underline: true } : {};
  switch (f.style) {
    case 'title':
      return { font: font({ bold: true, size: 14, ...link }), fill: null, border: null, align };
    case 'subtitle':
      return { font: font({ italic: true, color: '404040', ...link }), fill: null, border: null, align };
    case 'header':
      return { font: font({ bold: true, ...link }), fill: solid('DDEBF7'), border: THIN, align: { horizontal: 'center', vertical: 'center', wrap: true } };
    case 'total':
      return { font: font({ bold: true, ...link }), fill: null, border: TOP_ONLY, align };
    case 'note':
      return { font: font({ italic: true, color: '595959', ...link }), fill: null, border: null, align };
    case 'good':
      return { font: font({ color: '006100', ...link }), fill: solid('C6EFCE'), border: null, align };
    case 'attention':
      return { font: font({ color: '9C5700', ...link }), fill: solid('FFEB9C'), border: null, align };
    case 'deficit':
      return { font: font({ color: '9C0006', ...link }), fill: solid('FFC7CE'), border: null, align };
    default:
      return { font: font(link), fill: null, border: null, align };
  }
}

/** The inner XML of a section of styles.xml and its count, or an empty section when absent. */
function section(xml: string, tag: string): { start: number; end: number; count: number; inner: string } | null {
  // Non-greedy attributes, so a self-closing «<dxfs count="0"/>» keeps its slash for (\/?).
  const open = new RegExp(`<${tag}(\\s[^>]*?)?(/?)>`).exec(xml);
  if (!open) return null;
  const count = Number(/count="(\d+)"/.exec(open[1] ?? '')?.[1] ?? NaN);
  if (open[2] === '/') return { start: open.index, end: open.index + open[0].length, count: 0, inner: '' };
  const close = xml.indexOf(`</${tag}>`, open.index);
  if (close < 0) throw new Error(`StyleSheet: <${tag}> without its closing tag`);
  const inner = xml.slice(open.index + open[0].length, close);
  // Count the children when the count attribute is missing or wrong.
  const children = inner.match(new RegExp(`<${tag === 'cellXfs' ? 'xf' : tag.replace(/s$/, '')}[\\s>/]`, 'g'))?.length ?? 0;
  return { start: open.index, end: close + tag.length + 3, count: Number.isFinite(count) && count === children ? count : children, inner };
}

/** Counts of the input's cellXfs and dxfs: where the added entries start. */
function offsetsOf(stylesXml: string): { xf: number; dxf: number } {
  const xfSec = section(stylesXml, 'cellXfs');
  if (!xfSec) throw new Error('StyleSheet: styles.xml without cellXfs');
  return { xf: xfSec.count, dxf: section(stylesXml, 'dxfs')?.count ?? 0 };
}

export class StyleSheet {
  private readonly formats: CellFormat[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly dxfKinds: HighlightKind[] = ['deficit', 'attention'];
  private readonly offsets: { xf: number; dxf: number };
  private merged = false;

  /** @param inputStylesXml The input workbook's styles.xml, whose entries keep their indices. */
  constructor(inputStylesXml: string) {
    this.offsets = offsetsOf(inputStylesXml);
  }

  /** The local number of a cell format (its cellXfs index: `index`); registered before mergeInto. */
  xf(f: CellFormat): number {
    const key = `${f.style ?? ''}|${f.format ?? ''}|${f.wrap ? 1 : 0}|${f.link ? 1 : 0}`;
    let i = this.byKey.get(key);
    if (i === undefined) {
      if (this.merged) throw new Error('StyleSheet: a format registered after the styles were merged');
      i = this.formats.length;
      this.formats.push(f);
      this.byKey.set(key, i);
    }
    return i;
  }

  /** Final cellXfs index of a registered format. */
  index(local: number): number {
    return this.offsets.xf + local;
  }

  /** The dxf index of a highlight kind in the merged styles. */
  dxf(kind: HighlightKind): number {
    return this.offsets.dxf + this.dxfKinds.indexOf(kind);
  }

  /** styles.xml with this sheet's entries appended (the input's entries keep their indices). */
  mergeInto(stylesXml: string): string {
    this.merged = true;
    let xml = stylesXml;
    const fonts: string[] = [];
    const fills: string[] = [];
    const borders: string[] = [];
    const numFmts: { id: number; code: string }[] = [];
    const xfs: string[] = [];

    const numFmtSec = section(xml, 'numFmts');
    const usedIds = new Set<number>([...(numFmtSec?.inner.matchAll(/numFmtId="(\d+)"/g) ?? [])].map((m) => Number(m[1])));
    const existingCodes = new Map<string, number>();
    for (const m of numFmtSec?.inner.matchAll(/<numFmt\b[^>]*numFmtId="(\d+)"[^>]*formatCode="([^"]*)"/g) ?? []) existingCodes.set(m[2], Number(m[1]));
    let nextNumFmt = Math.max(163, ...usedIds) + 1;
    const BUILTIN: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10 };
    const numFmtId = (code: string | undefined): number => {
      if (!code || code === 'General') return 0;
      if (BUILTIN[code] !== undefined) return BUILTIN[code];
      const escaped = xmlText(code);
      const have = existingCodes.get(escaped) ?? numFmts.find((n) => n.code === escaped)?.id;
      if (have !== undefined) return have;
      const id = nextNumFmt++;
      numFmts.push({ id, code: escaped });
      return id;
    };

    const fontSec = section(xml, 'fonts');
    const fillSec = section(xml, 'fills');
    const borderSec = section(xml, 'borders');
    const xfSec = section(xml, 'cellXfs');
    const dxfSec = section(xml, 'dxfs');
    if (!fontSec || !fillSec || !borderSec || !xfSec) throw new Error('StyleSheet: styles.xml without fonts, fills, borders or cellXfs');
    const indexIn = (list: string[], item: string, base: number) => {
      let i = list.indexOf(item);
      if (i < 0) {
        list.push(item);
        i = list.length - 1;
      }
      return base + i;
    };
    for (const f of this.formats) {
      const look = lookOf(f);
      const fontId = indexIn(fonts, look.font, fontSec.count);
      const fillId = look.fill ? indexIn(fills, look.fill, fillSec.count) : 0;
      const borderId = look.border ? indexIn(borders, `<border>${look.border}</border>`, borderSec.count) : 0;
      const nf = numFmtId(f.format);
      const a = look.align;
      xfs.push(
        `<xf numFmtId="${nf}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">` +
          `<alignment${a.horizontal ? ` horizontal="${a.horizontal}"` : ''} vertical="${a.vertical}"${a.wrap ? ' wrapText="1"' : ''}/></xf>`,
      );
    }
    const dxfs = this.dxfKinds.map((k) => {
      const c = HIGHLIGHT_COLORS[k];
      return `<dxf><font><color rgb="FF${c.font}"/></font><fill><patternFill patternType="solid"><bgColor rgb="FF${c.fill}"/></patternFill></fill></dxf>`;
    });
    const offsets = offsetsOf(xml);
    if (offsets.xf !== this.offsets.xf || offsets.dxf !== this.offsets.dxf) throw new Error('StyleSheet: merged into other styles than it was made for');

    // Replace the sections from the last to the first, so earlier offsets stay valid.
    const edits: { start: number; end: number; text: string }[] = [];
    const rewrite = (sec: NonNullable<ReturnType<typeof section>>, tag: string, added: string[]) => {
      if (added.length === 0) return;
      edits.push({ start: sec.start, end: sec.end, text: `<${tag} count="${sec.count + added.length}">${sec.inner}${added.join('')}</${tag}>` });
    };
    if (numFmts.length > 0) {
      const items = numFmts.map((n) => `<numFmt numFmtId="${n.id}" formatCode="${n.code}"/>`);
      if (numFmtSec) rewrite(numFmtSec, 'numFmts', items);
      else edits.push({ start: fontSec.start, end: fontSec.start, text: `<numFmts count="${items.length}">${items.join('')}</numFmts>` });
    }
    rewrite(fontSec, 'fonts', fonts);
    rewrite(fillSec, 'fills', fills);
    rewrite(borderSec, 'borders', borders);
    rewrite(xfSec, 'cellXfs', xfs);
    if (dxfSec) rewrite(dxfSec, 'dxfs', dxfs);
    else {
      // dxfs follow cellStyles in CT_Stylesheet; without cellStyles, they follow cellXfs.
      const after = /<\/cellStyles>|<cellStyles[^>]*\/>/.exec(xml);
      const at = after ? after.index + after[0].length : xfSec.end;
      edits.push({ start: at, end: at, text: `<dxfs count="${dxfs.length}">${dxfs.join('')}</dxfs>` });
    }
    // Last first, so earlier offsets stay valid; at one offset the replacement before the insertion in front of it.
    edits.sort((a, b) => b.start - a.start || b.end - a.end);
    for (const e of edits) xml = xml.slice(0, e.start) + e.text + xml.slice(e.end);
    return xml;
  }
}
