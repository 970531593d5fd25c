import { strict as assert } from 'assert';
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { readWorkbookFiles } from '../../src/adapters/xlsx/readWorkbookFiles';
import { writeResultWorkbook } from '../../src/adapters/xlsx/writeResultWorkbook';
import { zipParts } from '../../src/adapters/xlsx/package/zipParts';
import { analyzeWorkbook } from '../../src/engine/analyze';
import { buildOutputPlan } from '../../src/engine/output/buildOutputPlan';
import { tempDir } from './xlsxFixtures';
import { firstIndexOf } from '../../src/adapters/xlsx/package/packageParts';

const MATRIX = path.join(__dirname, '..', '..', 'examples', 'matrix-ingushetia.xlsx');
// A 1×1 PNG: the user's picture on their sheet.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

async function parts(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const out = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) out.set(name, await zip.file(name)!.async('nodebuffer'));
  return out;
}

describe('The package writer (one input file)', () => {
  let dir: string;
  let input: string;
  let out: string;
  let was: Map<string, Buffer>;
  let now: Map<string, Buffer>;
  before(async () => {
    dir = await tempDir();
    input = path.join(dir, 'мониторинг.xlsx');
    out = path.join(dir, 'итог.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(MATRIX);
    const image = wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' });
    wb.getWorksheet('Мониторинг РМС')!.addImage(image, 'T2:U4');
    await wb.xlsx.writeFile(input);
    const loaded = await readWorkbookFiles([input]);
    await writeResultWorkbook(loaded, buildOutputPlan(analyzeWorkbook(loaded.grid), { existingSheets: loaded.sheets.map((s) => s.name) }), out);
    was = await parts(input);
    now = await parts(out);
  });
  after(() => fs.rm(dir, { recursive: true, force: true }));

  it('keeps every part of the user’s file byte for byte — the picture included — but those it must extend', () => {
    const extended = new Set(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml']);
    const sourceSheet = [...was.keys()].find((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))!;
    extended.add(sourceSheet); // it gains the highlights
    assert.ok([...was.keys()].some((p) => p.startsWith('xl/media/')), 'the input has its picture');
    for (const [name, bytes] of was) {
      assert.ok(now.has(name), `${name} is kept`);
      if (!extended.has(name)) assert.ok(bytes.equals(now.get(name)!), `${name} is unchanged`);
    }
  });

  it('adds the highlights to the source sheet without touching its cells', () => {
    const sheet = [...was.keys()].find((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))!;
    const old = was.get(sheet)!.toString('utf8');
    const is = now.get(sheet)!.toString('utf8');
    const data = (xml: string) => xml.slice(xml.indexOf('<sheetData'), xml.indexOf('</sheetData>'));
    assert.equal(data(is), data(old));
    assert.match(is, /<conditionalFormatting sqref="[^"]+"><cfRule type="expression" dxfId="\d+" priority="\d+"><formula>TRUE<\/formula><\/cfRule><\/conditionalFormatting>/);
  });

  it('appends its styles, so the user’s cells keep their formats', () => {
    const count = (xml: string, tag: string) => Number(new RegExp(`<${tag}[^>]*count="(\\d+)"`).exec(xml)?.[1]);
    const old = was.get('xl/styles.xml')!.toString('utf8');
    const is = now.get('xl/styles.xml')!.toString('utf8');
    assert.ok(count(is, 'cellXfs') > count(old, 'cellXfs'));
    const xfs = (xml: string) => xml.slice(xml.indexOf('<cellXfs'), xml.indexOf('</cellXfs>'));
    assert.ok(xfs(is).includes(xfs(old).slice(xfs(old).indexOf('>') + 1)), 'the input’s cell formats come first, unchanged');
  });

  it('writes only well-formed XML, and exceljs reads the result sheets back', async () => {
    for (const [name, bytes] of now) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      const p = new SaxesParser();
      p.on('error', (e) => assert.fail(`${name}: ${e.message}`));
      p.write(bytes.toString('utf8')).close();
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    assert.deepEqual(wb.worksheets.map((w) => w.name), ['Мониторинг РМС', 'Сводная', 'Справка', 'Дефициты', 'Проверка данных']);
    const summary = wb.getWorksheet('Сводная')!;
    assert.equal(summary.getCell('B4').value, 'г. Магас и г. Назрань');
    assert.equal(summary.getTables().length > 0, true);
  });
});

describe('zipParts', () => {
  it('packs parts that JSZip reads back with the same bytes, names in UTF-8', async () => {
    const big = 'строка '.repeat(50_000);
    const zip = await JSZip.loadAsync(zipParts([{ name: 'a.xml', data: '<a/>' }, { name: 'папка/б.txt', data: big }, { name: 'bin', data: PNG }]));
    assert.equal(await zip.file('a.xml')!.async('string'), '<a/>');
    assert.equal(await zip.file('папка/б.txt')!.async('string'), big);
    assert.ok((await zip.file('bin')!.async('nodebuffer')).equals(PNG));
  });
});

describe('firstIndexOf (where an element goes among the root’s children)', () => {
  const tail = '</sheetData><conditionalFormatting sqref="A1"><cfRule type="dataBar" priority="1"><dataBar/><extLst><ext/></extLst></cfRule></conditionalFormatting><!-- <extLst> --><pageMargins/><extLst><ext/></extLst></worksheet>';

  it('skips an <extLst> nested in a rule and finds the first child of the root in the list', () => {
    assert.equal(firstIndexOf(tail, ['<extLst', '</worksheet>'], 2), tail.lastIndexOf('<extLst>'));
    assert.equal(firstIndexOf(tail, ['<pageMargins', '<extLst', '</worksheet>'], 2), tail.indexOf('<pageMargins'));
  });

  it('finds the root’s end when no listed child is there, and −1 when there is no root end either', () => {
    const bare = '<worksheet><sheetData/><autoFilter ref="A1:B2"><filterColumn colId="0"><extLst/></filterColumn></autoFilter></worksheet>';
    assert.equal(firstIndexOf(bare, ['<extLst', '</worksheet>']), bare.indexOf('</worksheet>'));
    assert.equal(firstIndexOf('<worksheet><a><extLst/></a>', ['<extLst', '</worksheet>']), -1);
  });

  it('does not take a longer name for a listed one (<drawingHF> is not <drawing>)', () => {
    const xml = '<worksheet><drawingHF r:id="x"/><drawing r:id="y"/></worksheet>';
    assert.equal(firstIndexOf(xml, ['<drawing']), xml.indexOf('<drawing r'));
  });
});
