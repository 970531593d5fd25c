import { strict as assert } from 'assert';
import { existsSync, promises as fs } from 'fs';
import { execFileSync } from 'child_process';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runAnalyze } from '../../src/cli/run';
import { PartStore } from '../../src/adapters/xlsx/package/partStore';
import { ownedSheetNames, withOwnershipRecord } from '../../src/adapters/xlsx/package/ownership';
import { sheetPartsOf } from '../../src/adapters/xlsx/package/packageParts';
import { SaxesParser } from 'saxes';
import { EXAMPLES, sha256, tempDir } from './runCli';

const MATRIX = path.join(EXAMPLES, 'matrix-ingushetia.xlsx');
const SOURCE = 'Мониторинг РМС';

/** The command in this process (the same function `npm run analyze` calls), its output kept. */
async function analyze(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runAnalyze(args, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } });
  return { code, stdout, stderr };
}

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

type Cf = { ref: string; rules: { type: string; formulae?: unknown[]; style?: { fill?: { bgColor?: { argb?: string } } } }[] };
const cfsOf = (wb: ExcelJS.Workbook, sheet: string): Cf[] => (wb.getWorksheet(sheet) as unknown as { conditionalFormattings: Cf[] }).conditionalFormattings ?? [];

/** Edits one part of a workbook file in place (as Excel or a user would have changed it). */
async function editPart(file: string, part: string, edit: (xml: string) => string): Promise<void> {
  const store = PartStore.read(await fs.readFile(file));
  store.set(part, edit(store.text(part)));
  await fs.writeFile(file, Buffer.concat(store.toChunks()));
}

async function workbookXml(file: string): Promise<string> {
  return PartStore.read(await fs.readFile(file)).text('xl/workbook.xml');
}

describe('Analysing a result workbook again', function () {
  this.timeout(120_000);
  let dir = '';
  let first = '';
  let firstJson: { entities: unknown[]; indicators: unknown[]; deficits: unknown[] };

  before(async () => {
    dir = await tempDir();
    first = path.join(dir, 'итог-1.xlsx');
    const r = await analyze([MATRIX, '--out', first, '--json']);
    assert.equal(r.code, 0, r.stderr);
    firstJson = JSON.parse(r.stdout);
  });

  it('records the sheets it wrote in a hidden defined name that refers to each of them', async () => {
    const xml = await workbookXml(first);
    assert.deepEqual(ownedSheetNames(xml), ['Сводная', 'Справка', 'Дефициты', 'Проверка данных']);
    assert.match(xml, /<definedName name="_metodMonitor_sheet1" hidden="1">'Сводная'!\$A\$1<\/definedName><definedName name="_metodMonitor_sheet2" hidden="1">'Справка'!\$A\$1</);
  });

  it('replaces its sheets and highlights instead of adding a second set, and reads the same data', async () => {
    const second = path.join(dir, 'итог-2.xlsx');
    const r = await analyze([first, '--out', second, '--json']);
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.deepEqual(json.sheets, [SOURCE], 'only the source sheet is read as data');
    assert.deepEqual(json.entities, firstJson.entities);
    assert.deepEqual(json.indicators, firstJson.indicators);
    assert.deepEqual(json.deficits, firstJson.deficits);
    const [a, b] = [await open(first), await open(second)];
    assert.deepEqual(b.worksheets.map((w) => w.name), a.worksheets.map((w) => w.name));
    assert.deepEqual(cfsOf(b, SOURCE).map((c) => c.ref), cfsOf(a, SOURCE).map((c) => c.ref));
    assert.equal(b.getWorksheet('Сводная')!.getCell('B4').value, a.getWorksheet('Сводная')!.getCell('B4').value);
    // The record now names the new sheets, and the old parts are gone from the package.
    const store = PartStore.read(await fs.readFile(second));
    assert.deepEqual(ownedSheetNames(store.text('xl/workbook.xml')), ['Сводная', 'Справка', 'Дефициты', 'Проверка данных']);
    const types = store.text('[Content_Types].xml');
    for (const m of types.matchAll(/PartName="\/([^"]+)"/g)) assert.ok(store.has(m[1]), `content type for a missing part ${m[1]}`);
    assert.equal(store.names().filter((n) => /^xl\/tables\/.*\.xml$/.test(n)).length, PartStore.read(await fs.readFile(first)).names().filter((n) => /^xl\/tables\/.*\.xml$/.test(n)).length);
  });

  it('keeps what the user added to the result workbook: a sheet, a conditional format, a cell', async () => {
    const edited = path.join(dir, 'итог-правка.xlsx');
    const wb = await open(first);
    wb.addWorksheet('Мои заметки').getCell('A1').value = 'не трогать';
    wb.getWorksheet(SOURCE)!.addConditionalFormatting({
      ref: 'D7:D11',
      rules: [{ type: 'expression', formulae: ['TRUE'], priority: 1, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FF00B050' } } } }],
    });
    await wb.xlsx.writeFile(edited);
    const userCell = wb.getWorksheet(SOURCE)!.getCell('B6').value;
    const out = path.join(dir, 'итог-правка-2.xlsx');
    const r = await analyze([edited, '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    const after = await open(out);
    assert.equal(after.getWorksheet('Мои заметки')!.getCell('A1').value, 'не трогать');
    assert.equal(after.getWorksheet(SOURCE)!.getCell('B6').value, userCell);
    const rules = cfsOf(after, SOURCE);
    assert.ok(rules.some((c) => c.ref === 'D7:D11' && c.rules[0].style?.fill?.bgColor?.argb === 'FF00B050'), 'the user’s green rule stays');
    assert.equal(rules.filter((c) => c.rules.some((x) => x.style?.fill?.bgColor?.argb === 'FFFFC7CE')).length, 1, 'one set of red highlights');
    assert.ok(!after.worksheets.some((w) => /\(2\)$/.test(w.name)), after.worksheets.map((w) => w.name).join(', '));
  });

  it('leaves a user’s data bar whole (its rule holds an <extLst> of its own): the highlights go beside it, on the first run and on a re-run', async () => {
    // Excel 2010+ writes a data bar with an <extLst> inside the rule and its x14 twin in the
    // sheet's own <extLst>; the highlights must be neither inside the rule nor after the sheet's list.
    const input = path.join(dir, 'гистограмма.xlsx');
    await fs.copyFile(MATRIX, input);
    const sheetPart = async (file: string) => {
      const store = PartStore.read(await fs.readFile(file));
      return sheetPartsOf(store.text('xl/workbook.xml'), store.text('xl/_rels/workbook.xml.rels')).parts.get(SOURCE)!;
    };
    const part = await sheetPart(input);
    const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
    const ruleExt = `<extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="${X14}"><x14:id>{00000000-0000-0000-0000-00000000000A}</x14:id></ext></extLst>`;
    const dataBar = `<conditionalFormatting sqref="D7:D11"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar>${ruleExt}</cfRule></conditionalFormatting>`;
    const sheetExt = `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${X14}"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:cfRule type="dataBar" id="{00000000-0000-0000-0000-00000000000A}"><x14:dataBar minLength="0" maxLength="100"><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/></x14:dataBar></x14:cfRule><xm:sqref>D7:D11</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>`;
    await editPart(input, part, (xml) => {
      const at = xml.search(/<pageMargins|<tableParts|<\/worksheet>/);
      return xml.slice(0, at) + dataBar + xml.slice(at).replace('</worksheet>', `${sheetExt}</worksheet>`);
    });
    const once = path.join(dir, 'гистограмма-1.xlsx');
    const twice = path.join(dir, 'гистограмма-2.xlsx');
    assert.equal((await analyze([input, '--out', once])).code, 0);
    assert.equal((await analyze([once, '--out', twice])).code, 0);
    for (const file of [once, twice]) {
      const xml = PartStore.read(await fs.readFile(file)).text(await sheetPart(file));
      const parser = new SaxesParser();
      parser.on('error', (e) => assert.fail(`${path.basename(file)}: ${e.message}`));
      parser.write(xml).close();
      assert.ok(xml.includes(dataBar), `${path.basename(file)}: the data bar rule is as the user made it`);
      assert.ok(xml.includes(`${sheetExt}</worksheet>`), `${path.basename(file)}: the sheet's extension list is as it was, last`);
      const tail = xml.slice(xml.indexOf(dataBar) + dataBar.length, xml.indexOf(sheetExt));
      const highlights = (xml.match(/<formula>TRUE<\/formula>/g) ?? []).length;
      assert.ok(highlights >= 1);
      assert.equal((tail.match(/<formula>TRUE<\/formula>/g) ?? []).length, highlights, 'every highlight rule after the user’s rule, before the sheet’s extensions');
      assert.equal(highlights, (xml.match(/<\/conditionalFormatting>/g) ?? []).length - 1, 'each in a block of its own: the earlier run’s are gone');
      const cfs = cfsOf(await open(file), SOURCE);
      assert.ok(cfs.some((c) => c.ref === 'D7:D11' && c.rules.some((r) => r.type === 'dataBar')), 'exceljs still reads the data bar');
      assert.ok(cfs.some((c) => c.rules.some((r) => r.style?.fill?.bgColor?.argb === 'FFFFC7CE') && c.ref !== 'D7:D11'), 'and the red highlights on their own cells');
    }
  });

  it('replaces a result sheet the user renamed (Excel rewrites the record with the name), as the add-in does', async () => {
    const renamed = path.join(dir, 'итог-переименован.xlsx');
    await fs.copyFile(first, renamed);
    await editPart(renamed, 'xl/workbook.xml', (x) => x.replace('name="Сводная"', 'name="Сводная 2025"').replace("'Сводная'!$A$1", "'Сводная 2025'!$A$1"));
    const out = path.join(dir, 'итог-переименован-2.xlsx');
    assert.equal((await analyze([renamed, '--out', out])).code, 0);
    const names = (await open(out)).worksheets.map((w) => w.name);
    assert.ok(names.includes('Сводная') && !names.includes('Сводная 2025'), names.join(', '));
  });

  it('knows result sheets recorded the way Excel writes a name (unquoted, as the add-in leaves it)', async () => {
    const excel = path.join(dir, 'итог-из-excel.xlsx');
    await fs.copyFile(first, excel);
    await editPart(excel, 'xl/workbook.xml', (x) => x.replace("'Сводная'!$A$1", 'Сводная!$A$1').replace("'Справка'!$A$1", 'Справка!$A$1'));
    const out = path.join(dir, 'итог-из-excel-2.xlsx');
    assert.equal((await analyze([excel, '--out', out])).code, 0);
    assert.deepEqual((await open(out)).worksheets.map((w) => w.name), (await open(first)).worksheets.map((w) => w.name));
  });

  it('never takes a sheet the user made under the same name after deleting the result sheet', async () => {
    // Deleting the sheet turns its reference in the record into #REF! (Excel, LibreOffice).
    const replaced = path.join(dir, 'итог-свой-лист.xlsx');
    await fs.copyFile(first, replaced);
    await editPart(replaced, 'xl/workbook.xml', (x) => x.replace("'Сводная'!$A$1", '#REF!$A$1'));
    const out = path.join(dir, 'итог-свой-лист-2.xlsx');
    const r = await analyze([replaced, '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    const after = await open(out);
    const names = after.worksheets.map((w) => w.name);
    assert.ok(names.includes('Сводная') && names.includes('Сводная (2)'), names.join(', '));
    assert.equal(after.getWorksheet('Сводная')!.getCell('B4').value, (await open(first)).getWorksheet('Сводная')!.getCell('B4').value);
  });

  it('recognises its highlights after LibreOffice has saved the workbook (formula 1, its own dxf shape)', async () => {
    const viaLo = path.join(dir, 'итог-lo.xlsx');
    await fs.copyFile(first, viaLo);
    const store = PartStore.read(await fs.readFile(viaLo));
    const sheetPart = 'xl/worksheets/sheet1.xml';
    assert.match(store.text(sheetPart), /<formula>TRUE<\/formula>/);
    // What LibreOffice 7 writes, seen in a converted result workbook.
    store.set(sheetPart, store.text(sheetPart).replace(/<formula>TRUE<\/formula>/g, '<formula>1</formula>'));
    store.set('xl/styles.xml', store.text('xl/styles.xml').replace(/<patternFill patternType="solid"><bgColor rgb="FFFFC7CE"\/>/g, '<patternFill><bgColor rgb="FFFFC7CE"/>'));
    store.set('xl/workbook.xml', store.text('xl/workbook.xml').replace('hidden="1"', 'function="false" hidden="false" vbProcedure="false"'));
    await fs.writeFile(viaLo, Buffer.concat(store.toChunks()));
    const out = path.join(dir, 'итог-lo-2.xlsx');
    assert.equal((await analyze([viaLo, '--out', out])).code, 0);
    const again = await open(out);
    assert.deepEqual(cfsOf(again, SOURCE).map((c) => c.ref), cfsOf(await open(first), SOURCE).map((c) => c.ref));
    assert.match(await workbookXml(out), /<definedName name="_metodMonitor_sheet1" hidden="1">/);
  });

  it('opens in LibreOffice, saved there, and is replaced again (when soffice is installed)', async function () {
    const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find(existsSync);
    if (!soffice) {
      console.log('      (LibreOffice не установлен: проверка пропущена)');
      this.skip();
    }
    const loDir = path.join(dir, 'lo');
    execFileSync(soffice!, ['--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', loDir, first], { stdio: 'ignore', timeout: 110_000 });
    const out = path.join(dir, 'итог-после-lo.xlsx');
    assert.equal((await analyze([path.join(loDir, 'итог-1.xlsx'), '--out', out])).code, 0);
    const after = await open(out);
    assert.deepEqual(after.worksheets.map((w) => w.name), (await open(first)).worksheets.map((w) => w.name));
    assert.equal(cfsOf(after, SOURCE).length, cfsOf(await open(first), SOURCE).length);
  });

  it('leaves the earlier result sheets out when the result workbook is read with another file', async () => {
    const other = path.join(dir, 'второй.xlsx');
    await fs.copyFile(MATRIX, other);
    const out = path.join(dir, 'итог-два-файла.xlsx');
    const r = await analyze([first, other, '--out', out, '--json']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).sheets.length, 2, 'the two source sheets, no result sheet');
    const names = (await open(out)).worksheets.map((w) => w.name);
    assert.equal(names.filter((n) => n.startsWith('Сводная')).length, 1, names.join(', '));
    assert.equal(cfsOf(await open(out), SOURCE).filter((c) => c.rules.some((x) => x.style?.fill?.bgColor?.argb === 'FFFFC7CE')).length, 1);
    assert.ok(ownedSheetNames(await workbookXml(out))!.includes('Сводная'));
  });

  it('says in Russian that there is nothing to analyse when only result sheets are left', async () => {
    const bare = path.join(dir, 'только-итоги.xlsx');
    await fs.copyFile(first, bare);
    // The source sheet recorded too, as if the user had left only the results.
    await editPart(bare, 'xl/workbook.xml', (x) => withOwnershipRecord(x, [...ownedSheetNames(x)!, SOURCE]));
    const out = path.join(dir, 'только-итоги-2.xlsx');
    const before = sha256(bare);
    const r = await analyze([bare, '--out', out]);
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /только листы с результатами прошлого анализа/);
    assert.equal(existsSync(out), false, 'no file written');
    assert.equal(sha256(bare), before);
  });
});
