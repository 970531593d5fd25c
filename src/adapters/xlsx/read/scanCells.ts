/**
 * The cells of a worksheet's XML, read without an object, a tag name or an attribute map per
 * tag: a 100,000-row form has a million cells and four tags each, and the general scanner
 * (scanXml.ts) made about ten short-lived strings and objects per cell — most of the reader's
 * time and of the garbage at its peak. Only what the grid needs is taken from the text: for
 * <row> its r; for <c> its r, t and s; the text of <v>, <f> (with t="shared", si and ref) and of
 * the <t> pieces of an inline string (<is>, rich text runs included, phonetic runs left out);
 * and the ref of each <mergeCell>. A namespace prefix on a tag («x:c») is ignored, as the
 * general reader ignores it.
 *
 * Entities are decoded with scanXml's decodeXml. Like scanXml, it does not check that the XML
 * is well formed; the oracle test holds the grids it gives to those of exceljs's reader.
 *
 * Example:
 *   scanCells('<row r="2"><c r="B2" s="1"><v>5</v></c></row>', { cell: (c) => …, mergeCell: (ref) => … });
 *   // cell: { row: 1, col: 1, type: 'n', style: 1, value: '5', formula: null, … }
 */

import { decodeXml } from './scanXml';

export interface ScannedCell {
  /** Zero-based row and column. */
  row: number;
  col: number;
  /** The `t` attribute ('n' when absent). */
  type: string;
  /** The `s` attribute (0 when absent). */
  style: number;
  /** The <v> text, decoded; null without <v>. */
  value: string | null;
  /** The <f> text, decoded; null without <f>, '' for a shared formula's dependent cell. */
  formula: string | null;
  /** For <f t="shared">: its si and ref. */
  sharedIndex: string | null;
  sharedRef: string | null;
  /** The inline string's text (<is>), or null. */
  inline: string | null;
  /** The cell's reference as written («B2»), or '' when the writer left it out. */
  ref: string;
}

export interface CellHandlers {
  /** Called once per <c>; the object is reused for the next cell. */
  cell: (c: ScannedCell) => void;
  mergeCell: (ref: string) => void;
  /** A <row hidden="1">: its zero-based row. */
  hiddenRow?: (row: number) => void;
  /** A <col min max hidden="1">: its zero-based first and last column. */
  hiddenColumns?: (first: number, last: number) => void;
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const QUOTE = 34;
const APOS = 39;
const COLON = 58;

function isNameEnd(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === GT || code === SLASH || Number.isNaN(code);
}

/** The end of the start tag that begins at `lt` (the index of its '>'), skipping quoted values. */
function tagEnd(xml: string, lt: number): number {
  const n = xml.length;
  let quote = 0;
  for (let j = lt + 1; j < n; j++) {
    const ch = xml.charCodeAt(j);
    if (quote !== 0) {
      if (ch === quote) quote = 0;
    } else if (ch === QUOTE || ch === APOS) quote = ch;
    else if (ch === GT) return j;
  }
  return -1;
}

/** Where the local name of the tag at `lt` starts (after '<' or '</' and a prefix «x:»), and where it ends. */
function nameAt(xml: string, from: number): { start: number; end: number } {
  let end = from;
  let start = from;
  for (;;) {
    const ch = xml.charCodeAt(end);
    if (isNameEnd(ch)) break;
    if (ch === COLON) start = end + 1;
    end++;
  }
  return { start, end };
}

function isName(xml: string, at: { start: number; end: number }, name: string): boolean {
  return at.end - at.start === name.length && xml.startsWith(name, at.start);
}

/** An xsd:boolean attribute that is set. */
function isTrue(v: string | null): boolean {
  return v === '1' || v === 'true';
}

/**
 * `attribute` for a name that is usually absent («hidden» on a row): searched in the tag's own
 * text. `attribute` searches the rest of the piece with indexOf, which is quick when the name
 * turns up soon (r, t, s) but, for a name found nowhere, reads to the end of the megabyte for
 * every row — a second of the 100,000-row reading.
 */
function boundedAttribute(xml: string, from: number, to: number, name: string): string | null {
  const tag = xml.slice(from, to);
  return tag.includes(name) ? attribute(tag, 0, tag.length, name) : null;
}

/** The value of attribute `name` inside the tag xml[from, to), or null. */
function attribute(xml: string, from: number, to: number, name: string): string | null {
  let i = from;
  for (;;) {
    i = xml.indexOf(name, i);
    if (i < 0 || i >= to) return null;
    const before = xml.charCodeAt(i - 1);
    const after = i + name.length;
    if ((before === 32 || before === 9 || before === 10 || before === 13) && xml.charCodeAt(after) === 61 /* = */) {
      const q = xml.charCodeAt(after + 1);
      if (q === QUOTE || q === APOS) {
        const close = xml.indexOf(q === QUOTE ? '"' : "'", after + 2);
        if (close < 0 || close > to) return null;
        return decodeXml(xml.slice(after + 2, close));
      }
    }
    i = after;
  }
}

/** The element's text from `from` up to its closing tag, decoded (CDATA sections as they are); and where that tag is. */
function textTo(xml: string, from: number): { text: string; lt: number } {
  let text = '';
  let at = from;
  for (;;) {
    const lt = xml.indexOf('<', at);
    const end = lt < 0 ? xml.length : lt;
    text += decodeXml(xml.slice(at, end));
    if (lt >= 0 && xml.startsWith('<![CDATA[', lt)) {
      const close = xml.indexOf(']]>', lt + 9);
      if (close >= 0) {
        text += xml.slice(lt + 9, close);
        at = close + 3;
        continue;
      }
    }
    return { text, lt: end };
  }
}

/** 'AB12' → row 11, column 27 in `out`; false when it is not a reference. */
function readRef(ref: string, out: ScannedCell): boolean {
  let i = 0;
  let col = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 32;
    if (code < 97 || code > 122) break;
    col = col * 26 + (code - 96);
  }
  if (i === 0 || i === ref.length) return false;
  let row = 0;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    row = row * 10 + d;
  }
  out.row = row - 1;
  out.col = col - 1;
  return true;
}

/**
 * Scans `xml` (the whole sheet, or a piece of it that ends after a «</row>»); `state` carries the
 * current row and column over from the previous piece.
 */
export function scanCells(xml: string, on: CellHandlers, state: { row: number; col: number } = { row: -1, col: -1 }): void {
  const cell: ScannedCell = { row: 0, col: 0, type: 'n', style: 0, value: null, formula: null, sharedIndex: null, sharedRef: null, inline: null, ref: '' };
  const n = xml.length;
  let i = 0;
  let inCell = false;
  let inInline = false;
  let phonetic = 0;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) break;
    const second = xml.charCodeAt(lt + 1);
    if (second === SLASH) {
      const name = nameAt(xml, lt + 2);
      const gt = xml.indexOf('>', name.end);
      if (gt < 0) break;
      if (inCell && isName(xml, name, 'c')) {
        on.cell(cell);
        inCell = false;
      } else if (isName(xml, name, 'is')) inInline = false;
      else if (isName(xml, name, 'rPh')) phonetic--;
      i = gt + 1;
      continue;
    }
    if (second === 63 /* ? */ || second === 33 /* ! */) {
      if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt);
        if (end < 0) break;
        i = end + 3;
        continue;
      }
      const end = xml.startsWith('<!--', lt) ? xml.indexOf('-->', lt) : xml.indexOf('>', lt);
      if (end < 0) break;
      i = end + 1;
      continue;
    }
    const name = nameAt(xml, lt + 1);
    const gt = tagEnd(xml, lt);
    if (gt < 0) break;
    const selfClosing = xml.charCodeAt(gt - 1) === SLASH;
    i = gt + 1;
    if (isName(xml, name, 'c')) {
      const ref = attribute(xml, name.end, gt, 'r');
      cell.ref = ref ?? '';
      if (!(ref !== null && readRef(ref, cell))) {
        cell.row = state.row;
        cell.col = state.col + 1;
      }
      state.col = cell.col;
      cell.type = attribute(xml, name.end, gt, 't') ?? 'n';
      const style = attribute(xml, name.end, gt, 's');
      cell.style = style === null ? 0 : Number(style);
      cell.value = cell.formula = cell.sharedIndex = cell.sharedRef = cell.inline = null;
      inInline = false;
      phonetic = 0;
      if (selfClosing) on.cell(cell);
      else inCell = true;
    } else if (isName(xml, name, 'row')) {
      const r = attribute(xml, name.end, gt, 'r');
      state.row = r !== null ? Number(r) - 1 : state.row + 1;
      state.col = -1;
      if (on.hiddenRow && isTrue(boundedAttribute(xml, name.end, gt, 'hidden'))) on.hiddenRow(state.row);
    } else if (on.hiddenColumns && isName(xml, name, 'col')) {
      const min = Number(attribute(xml, name.end, gt, 'min'));
      const max = Number(attribute(xml, name.end, gt, 'max'));
      if (isTrue(boundedAttribute(xml, name.end, gt, 'hidden')) && min >= 1 && max >= min) on.hiddenColumns(min - 1, max - 1);
    } else if (inCell && isName(xml, name, 'v')) {
      if (!selfClosing) {
        const t = textTo(xml, i);
        cell.value = t.text;
        i = t.lt;
      } else cell.value = '';
    } else if (inCell && isName(xml, name, 'f')) {
      if (attribute(xml, name.end, gt, 't') === 'shared') {
        cell.sharedIndex = attribute(xml, name.end, gt, 'si');
        cell.sharedRef = attribute(xml, name.end, gt, 'ref');
      }
      if (!selfClosing) {
        const t = textTo(xml, i);
        cell.formula = t.text;
        i = t.lt;
      } else cell.formula = '';
    } else if (inCell && isName(xml, name, 'is')) {
      inInline = true;
      cell.inline = '';
    } else if (inCell && inInline && isName(xml, name, 'rPh')) {
      if (!selfClosing) phonetic++;
    } else if (inCell && inInline && phonetic === 0 && isName(xml, name, 't') && !selfClosing) {
      const t = textTo(xml, i);
      cell.inline += t.text;
      i = t.lt;
    } else if (isName(xml, name, 'mergeCell')) {
      const ref = attribute(xml, name.end, gt, 'ref');
      if (ref) on.mergeCell(ref);
    }
  }
}
