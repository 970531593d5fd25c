/**
 * A small XML scanner for the parts of a workbook package: start tags with their attributes,
 * end tags and text, in document order — what the readers of sheets, shared strings and styles
 * need, and nothing more (no DTD, no namespaces resolved: a prefix stays in the name).
 *
 * Why not saxes (used before): it reads character by character in JavaScript; on the
 * 100,000-row counts workbook its parse was about 1.5 s of the 2.1 s read. This scanner jumps
 * from '<' to '>' with String.indexOf and decodes entities only in text that has an '&'; the
 * same workbook reads in a fraction of that, and the oracle test (test/adapters/
 * xlsxReaderOracle.test.ts) checks that both readers still give the same grids.
 *
 * Well-formedness is not checked: a package part that is not XML gives garbage events, not an
 * exception — the reader then finds no cells, and the command says it found no table.
 *
 * Example:
 *   scanXml('<row r="2"><c r="A2" t="s"><v>0</v></c></row>', {
 *     open: (name, attrs) => …,   // 'row' {r:'2'}, 'c' {r:'A2', t:'s'}, 'v' {}
 *     text: (t) => …,              // '0'
 *     close: (name) => …,          // 'v', 'c', 'row'
 *   });
 */

export interface XmlHandlers {
  open?: (name: string, attributes: Record<string, string>) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

const ENTITY = /&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (m, e: string) => {
    if (e[0] !== '#') return NAMED[e.toLowerCase()] ?? m;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

export function scanXml(xml: string, on: XmlHandlers): void {
  try {
    scan(xml, on);
  } finally {
    // V8 keeps the subject of the last successful match (RegExp.lastMatch): a piece of this XML,
    // and through it the whole part — 70 MB for a 100,000-row sheet. A match on a string of our
    // own lets it go.
    RELEASE.test('-');
  }
}

const RELEASE = /-/;

function scan(xml: string, on: XmlHandlers): void {
  const n = xml.length;
  let i = 0;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      if (on.text) on.text(decodeXml(xml.slice(i)));
      return;
    }
    if (lt > i && on.text) on.text(decodeXml(xml.slice(i, lt)));
    const next = xml.charCodeAt(lt + 1);
    if (next === 47 /* / */) {
      const gt = xml.indexOf('>', lt);
      if (gt < 0) return;
      if (on.close) on.close(xml.slice(lt + 2, gt).trim());
      i = gt + 1;
      continue;
    }
    if (next === 63 /* ? */) {
      const end = xml.indexOf('?>', lt);
      if (end < 0) return;
      i = end + 2;
      continue;
    }
    if (next === 33 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        if (end < 0) return;
        i = end + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end < 0) return;
        if (on.text) on.text(xml.slice(lt + 9, end));
        i = end + 3;
      } else {
        const gt = xml.indexOf('>', lt);
        if (gt < 0) return;
        i = gt + 1;
      }
      continue;
    }
    // A start tag: its end is the first '>' outside quotes.
    let j = lt + 1;
    let quote = 0;
    for (; j < n; j++) {
      const ch = xml.charCodeAt(j);
      if (quote !== 0) {
        if (ch === quote) quote = 0;
      } else if (ch === 34 || ch === 39) quote = ch;
      else if (ch === 62 /* > */) break;
    }
    if (j >= n) return;
    const selfClosing = xml.charCodeAt(j - 1) === 47;
    const bodyEnd = selfClosing ? j - 1 : j;
    let nameEnd = lt + 1;
    while (nameEnd < bodyEnd && !isSpace(xml.charCodeAt(nameEnd))) nameEnd++;
    const name = xml.slice(lt + 1, nameEnd);
    let attributes = NO_ATTRIBUTES;
    if (nameEnd < bodyEnd) {
      attributes = {};
      const body = xml.slice(nameEnd, bodyEnd);
      ATTRIBUTE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = ATTRIBUTE.exec(body)) !== null) attributes[m[1]] = decodeXml(m[2] ?? m[3] ?? '');
    }
    if (on.open) on.open(name, attributes);
    if (selfClosing && on.close) on.close(name);
    i = j + 1;
  }
}
