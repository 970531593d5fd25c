// Builds every book of the sixth blind set into books/. Usage: node make.js
// The seventh set builds its books with makeBooks from here (its make.js was this file).
'use strict';
const fs = require('fs');
const path = require('path');
const ExcelJS = require('exceljs');
const JSZip = require('jszip');

function setCell(ws, addr, spec) {
  const cell = ws.getCell(addr);
  if (spec === null || spec === undefined) return;
  if (typeof spec !== 'object') { cell.value = spec; return; }
  if ('f' in spec) {
    cell.value = spec.r === undefined ? { formula: spec.f } : { formula: spec.f, result: spec.r };
  } else if ('date' in spec) {
    const [y, m, d] = spec.date.split('-').map(Number);
    cell.value = new Date(Date.UTC(y, m - 1, d));
  } else if ('v' in spec) {
    cell.value = spec.v;
  }
  if (spec.fmt) cell.numFmt = spec.fmt;
  if (spec.note) cell.note = spec.note;
}

async function build(book) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ММС';
  const post = []; // XML post-processing per sheet index
  book.sheets.forEach((sh, idx) => {
    const ws = wb.addWorksheet(sh.name);
    for (const [addr, spec] of Object.entries(sh.cells)) setCell(ws, addr, spec);
    for (const m of sh.merges || []) ws.mergeCells(m);
    for (const [c, w] of Object.entries(sh.widths || {})) ws.getColumn(c).width = w;
    for (const c of sh.hiddenCols || []) ws.getColumn(c).hidden = true;
    for (const r of sh.hiddenRows || []) ws.getRow(r).hidden = true;
    if (sh.outline) {
      for (const r of sh.outline.rows) ws.getRow(r).outlineLevel = 1;
      ws.properties.outlineLevelRow = 1;
    }
    if (sh.autoFilter) ws.autoFilter = sh.autoFilter.ref;
    for (const a of sh.wrap || []) ws.getCell(a).alignment = { wrapText: true, vertical: 'top' };
    // header rows bold (rows whose cells are all text above the first data row) — cosmetic
    for (const cf of sh.cfs || []) ws.addConditionalFormatting(cf);
    for (const [a, argb] of Object.entries(sh.staticFill || {})) {
      ws.getCell(a).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
    }
    if (sh.autoFilter || sh.outline) post.push({ idx: idx + 1, sh });
  });
  const buf = await wb.xlsx.writeBuffer();
  if (!post.length) return Buffer.from(buf);
  const zip = await JSZip.loadAsync(buf);
  for (const { idx, sh } of post) {
    const p = `xl/worksheets/sheet${idx}.xml`;
    let xml = await zip.file(p).async('string');
    if (sh.autoFilter) {
      const af = sh.autoFilter;
      const re = new RegExp(`<autoFilter ref="${af.ref}"\\s*/>`);
      if (!re.test(xml)) throw new Error('autoFilter element not found in ' + p);
      const vals = af.values.map((v) => `<filter val="${v}"/>`).join('');
      xml = xml.replace(re, `<autoFilter ref="${af.ref}"><filterColumn colId="${af.colId}"><filters>${vals}</filters></filterColumn></autoFilter>`);
    }
    if (sh.outline && sh.outline.collapsedRow) {
      const r = sh.outline.collapsedRow;
      const re = new RegExp(`<row r="${r}"([^>]*)>`);
      if (!re.test(xml)) throw new Error('row ' + r + ' not found');
      xml = xml.replace(re, (m, attrs) => `<row r="${r}"${attrs} collapsed="1">`);
    }
    zip.file(p, xml);
    if (sh.autoFilter) {
      // Excel keeps the filter range in a hidden local name; add it as Excel would
      const wp = 'xl/workbook.xml';
      let wxml = await zip.file(wp).async('string');
      const [a, b] = sh.autoFilter.ref.split(':').map((x) => x.replace(/([A-Z]+)(\d+)/, '$$$1$$$2'));
      const dn = `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="${idx - 1}" hidden="1">'${sh.name}'!${a}:${b}</definedName></definedNames>`;
      if (!/<definedNames>/.test(wxml)) wxml = wxml.replace('</sheets>', '</sheets>' + dn);
      zip.file(wp, wxml);
    }
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Writes each book of `books()` (data.js) under `dir` (its `file` is relative to it, «books/…»). */
async function makeBooks(books, dir) {
  fs.mkdirSync(path.join(dir, 'books'), { recursive: true });
  for (const b of books()) {
    const buf = await build(b);
    fs.writeFileSync(path.join(dir, b.file), buf);
    console.log('wrote', b.file, buf.length, 'bytes');
  }
}

module.exports = { makeBooks };

if (require.main === module) {
  makeBooks(require('./data.js').books, __dirname).catch((e) => { console.error(e); process.exit(1); });
}
