import { strict as assert } from 'assert';
import { existsSync, readdirSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { scanCells, type ScannedCell } from '../../src/adapters/xlsx/read/scanCells';
import { GridBuilder } from '../../src/adapters/xlsx/read/gridBuilder';
import { sheetsFromPackage } from '../../src/adapters/xlsx/read/sheetsFromPackage';
import { isDate1904, readFileBytes, workbookFromBytes, worksheetsInOrder } from '../../src/adapters/xlsx/loadWorkbookBytes';
import { sheetToGrid } from '../support/exceljsSheetToGrid';
import { tempDir } from './xlsxFixtures';

/** Every cell scanned, copied (the scanner reuses its object). */
function scan(xml: string): { cells: ScannedCell[]; merges: string[] } {
  const cells: ScannedCell[] = [];
  const merges: string[] = [];
  scanCells(xml, { cell: (c) => cells.push({ ...c }), mergeCell: (r) => merges.push(r) });
  return { cells, merges };
}

describe('The cell scanner of the sheet reader', () => {
  it('reads a cell’s reference, type, style, value and formula, and a shared formula’s si and ref', () => {
    const { cells } = scan(
      '<sheetData><row r="3"><c r="B3" s="4" t="s"><v>12</v></c><c r="C3"><f t="shared" ref="C3:C9" si="0">A3*2</f><v>8</v></c><c r="C4"><f t="shared" si="0"/><v>10</v></c></row></sheetData>',
    );
    assert.deepEqual(
      cells.map((c) => [c.row, c.col, c.type, c.style, c.value, c.formula, c.sharedIndex, c.sharedRef]),
      [
        [2, 1, 's', 4, '12', null, null, null],
        [2, 2, 'n', 0, '8', 'A3*2', '0', 'C3:C9'],
        [3, 2, 'n', 0, '10', '', '0', null],
      ],
    );
  });

  it('places cells without a reference after the previous one, and a row without r after the previous row', () => {
    const { cells } = scan('<row><c><v>1</v></c><c><v>2</v></c></row><row r="5"><c><v>3</v></c></row><row><c r="D6"/></row>');
    assert.deepEqual(
      cells.map((c) => [c.row, c.col, c.value]),
      [
        [0, 0, '1'],
        [0, 1, '2'],
        [4, 0, '3'],
        [5, 3, null],
      ],
    );
  });

  it('ignores a namespace prefix on tags, decodes entities and CDATA, and joins rich-text runs without the phonetic ones', () => {
    const { cells, merges } = scan(
      '<x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:r><x:t>Кировский </x:t></x:r><x:r><x:t xml:space="preserve">р-н &amp; «Центр»</x:t></x:r><x:rPh sb="0" eb="1"><x:t>ふりがな</x:t></x:rPh></x:is></x:c>' +
        '<x:c r="B1" t="str"><x:v><![CDATA[a<b]]></x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="A1:A2"/></x:mergeCells>',
    );
    assert.equal(cells[0].inline, 'Кировский р-н & «Центр»');
    assert.equal(cells[1].value, 'a<b');
    assert.deepEqual(merges, ['A1:A2']);
  });

  it('does not take an attribute whose name ends like another for it (xr="…" is not r)', () => {
    const { cells } = scan('<row r="1"><c xr:uid="{1}" r="C1" xt="zz" t="b"><v>1</v></c></row>');
    assert.deepEqual([cells[0].col, cells[0].type], [2, 'b']);
  });
});

describe('The grid builder', () => {
  it('keeps the used range of cells with a value or a formula, rows as long as their last such cell', () => {
    const b = new GridBuilder();
    b.set(2, 1, 'Район', null, null);
    b.set(2, 2, 0.5, null, '0%');
    b.set(2, 4, null, null, '0%'); // formatted, empty, beyond the last value: not in the row
    b.set(3, 1, '', '=A1', null); // an empty result of a formula is kept
    b.set(4, 2, '', null, '0%'); // an empty text is a gap, its format kept inside the row
    b.set(4, 3, 7, null, null);
    b.set(6, 1, null, null, '@'); // a row with formats only
    const g = b.finish([]);
    assert.equal(g.startRow, 2);
    assert.equal(g.startCol, 1);
    assert.deepEqual(g.values, [['Район', 0.5], [''], [null, null, 7]]);
    // Rows of formats and formulas end with their last entry; a row with none is one shared, frozen empty row.
    assert.deepEqual(g.numberFormats, [[null, '0%'], [], [null, '0%']]);
    assert.deepEqual(g.formulas, [[], ['=A1'], []]);
    assert.equal(g.formulas![0], g.formulas![2]);
    assert.ok(Object.isFrozen(g.formulas![0]));
  });

  it('clears every merged cell but the top-left one and grows the range to the merged areas', () => {
    const b = new GridBuilder();
    b.set(0, 0, 'Критерий 1', null, null);
    b.set(0, 1, 'лишнее', null, null);
    b.set(1, 0, 'да', null, null);
    const g = b.finish([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    assert.deepEqual(g.values, [['Критерий 1'], ['да']]);
    assert.equal(g.merges?.length, 1);
    assert.deepEqual(new GridBuilder().finish([]), { startRow: 0, startCol: 0, values: [], numberFormats: [], formulas: [], merges: [] });
  });
});

describe('The sheet reader on large sheets and on the acceptance books', () => {
  async function sameGrids(file: string): Promise<void> {
    const bytes = await readFileBytes(file);
    let wb: ExcelJS.Workbook;
    try {
      wb = await workbookFromBytes(bytes, file);
    } catch {
      return; // a book that is deliberately not a workbook (CSV, OLE under .xlsx)
    }
    const fast = await sheetsFromPackage(bytes);
    const oracle = worksheetsInOrder(wb).map((ws) => sheetToGrid(ws, ws.name, { date1904: isDate1904(wb) }));
    oracle.forEach((o, i) => {
      const { name: _n, hidden: _h, ...grid } = o;
      assert.deepEqual(fast.sheets[i].grid, grid, `${path.basename(file)} / ${o.name}`);
    });
  }

  it('gives the grid exceljs gives on a sheet of several megabytes (read a megabyte at a time)', async function () {
    this.timeout(60_000);
    const dir = await tempDir();
    const file = path.join(dir, 'большой.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Данные');
    ws.mergeCells('A1:F1');
    ws.getCell('A1').value = 'Мониторинг: 30 000 строк';
    for (let r = 3; r < 30_003; r++) {
      ws.getRow(r).values = [r - 2, `Образовательная организация № ${r}`, r % 3 === 0 ? 'да' : 'нет', { formula: `A${r}*2`, result: (r - 2) * 2 }, (r % 100) / 100, r % 7 === 0 ? null : 'примечание'];
      ws.getCell(`E${r}`).numFmt = '0%';
    }
    await wb.xlsx.writeFile(file);
    await sameGrids(file);
  });

  /** A package of one sheet whose XML is given, written by JSZip stored or deflated. */
  async function packageOf(sheetXml: string, compression: 'STORE' | 'DEFLATE'): Promise<Buffer> {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('xl/workbook.xml', '<workbook><sheets><sheet name="Данные" sheetId="1" r:id="rId1"/></sheets></workbook>');
    zip.file('xl/_rels/workbook.xml.rels', '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>');
    zip.file('xl/worksheets/sheet1.xml', sheetXml, { compression });
    return zip.generateAsync({ type: 'nodebuffer' });
  }

  /** Sheet XML of `rows` rows (Cyrillic text, so pieces end inside letters too), tags with `prefix`. */
  function sheetXml(rows: number, prefix: string): string {
    const t = (name: string) => `${prefix}${name}`;
    const body: string[] = [];
    for (let r = 1; r <= rows; r++) {
      body.push(`<${t('row')} r="${r}"><${t('c')} r="A${r}"><${t('v')}>${r}</${t('v')}></${t('c')}><${t('c')} r="B${r}" t="inlineStr"><${t('is')}><${t('t')}>Школа № ${r} «Ёлочка»</${t('t')}></${t('is')}></${t('c')}></${t('row')}>`);
    }
    return `<?xml version="1.0"?><${t('worksheet')}><${t('sheetData')}>${body.join('')}</${t('sheetData')}><${t('mergeCells')}><${t('mergeCell')} ref="C1:D1"/></${t('mergeCells')}></${t('worksheet')}>`;
  }

  for (const [compression, prefix] of [['STORE', ''], ['DEFLATE', ''], ['DEFLATE', 'x:']] as const) {
    it(`reads every row of a ${compression === 'STORE' ? 'stored' : 'deflated'} sheet of several megabytes${prefix ? ' whose tags carry a prefix (no «</row>» to cut at)' : ''}, piece by piece`, async function () {
      this.timeout(60_000);
      const rows = 40_000;
      const xml = sheetXml(rows, prefix);
      assert.ok(Buffer.byteLength(xml) > 3 * (1 << 20), 'several pieces');
      const [sheet] = (await sheetsFromPackage(await packageOf(xml, compression))).sheets;
      assert.equal(sheet.grid.values.length, rows);
      for (const r of [1, 7_777, 26_215, rows]) assert.deepEqual(sheet.grid.values[r - 1].slice(0, 2), [r, `Школа № ${r} «Ёлочка»`], `row ${r}`);
      assert.deepEqual(sheet.grid.merges, [{ top: 0, left: 2, bottom: 0, right: 3 }]);
    });
  }

  const root = path.join(__dirname, '..', 'acceptance');
  const books = [path.join(root, 'books'), ...['round2', 'round3', 'round4'].map((r) => path.join(root, r, 'books'))]
    .filter(existsSync)
    .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(dir, f)));
  it(`gives the grids exceljs gives on every book of the acceptance sets (${books.length})`, async function () {
    this.timeout(120_000);
    for (const b of books) await sameGrids(b);
  });
});

describe('Hidden rows and columns of a sheet (a filter, a collapsed group, by hand)', () => {
  it('are read from <row hidden> and <col hidden> into grid coordinates, within the grid', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Мониторинг');
    ws.getCell('B3').value = 'Муниципальный район';
    ws.getCell('C3').value = '1.1 Наличие программы';
    ws.getCell('D3').value = '1.2 Наличие плана';
    ['Кировский район', 'Лужский район', 'Тосненский район', 'Гатчинский район'].forEach((n, i) => {
      ws.getCell(`B${4 + i}`).value = n;
      ws.getCell(`C${4 + i}`).value = i === 1 ? 'нет' : 'да';
      ws.getCell(`D${4 + i}`).value = 'да';
    });
    ws.getRow(5).hidden = true;
    ws.getRow(7).hidden = true;
    ws.getColumn('D').hidden = true;
    ws.getColumn('H').hidden = true; // beyond the used range: not in the grid
    const dir = await tempDir();
    const file = path.join(dir, 'скрытые.xlsx');
    await wb.xlsx.writeFile(file);
    const [sheet] = (await sheetsFromPackage(await readFileBytes(file))).sheets;
    assert.equal(sheet.grid.startRow, 2);
    assert.equal(sheet.grid.startCol, 1);
    assert.deepEqual([...(sheet.grid.hiddenRows ?? [])], [2, 4]);
    assert.deepEqual([...(sheet.grid.hiddenColumns ?? [])], [2]);
  });
});
