import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { absoluteRange, chartXml, drawingXml } from '../../src/adapters/xlsx/chartParts';
import { readWorkbookFiles } from '../../src/adapters/xlsx/readWorkbookFiles';
import { writeResultWorkbook } from '../../src/adapters/xlsx/writeResultWorkbook';
import { analyzeWorkbook } from '../../src/engine/analyze';
import { buildOutputPlan } from '../../src/engine/output/buildOutputPlan';
import type { ChartSpec } from '../../src/engine/output/plan';
import { tempDir } from './xlsxFixtures';

const MATRIX = path.join(__dirname, '..', '..', 'examples', 'matrix-ingushetia.xlsx');

/** Throws on XML that is not well-formed. */
function wellFormed(xml: string): void {
  const p = new SaxesParser();
  p.on('error', (e) => {
    throw e;
  });
  p.write(xml).close();
}

const SPEC: ChartSpec = {
  type: 'bar',
  title: 'Общее выполнение: «Мониторинг» & итоги',
  categories: 'B4:B8',
  values: 'F4:F8',
  anchor: { row: 2, col: 9 },
  pointColors: ['63BE7B', '63BE7B', 'FFEB84', 'F8696B', 'F8696B'],
};

describe('Charts in the workbooks the command line writes', () => {
  it('are well-formed DrawingML referencing the sheet’s cells absolutely, one colour per point', () => {
    const xml = chartXml(SPEC, "Сводная (2) o'k");
    wellFormed(xml);
    assert.ok(xml.includes(`<c:f>${"'Сводная (2) o''k'!$B$4:$B$8".replace(/'/g, '&apos;')}</c:f>`), xml);
    assert.equal((xml.match(/<c:dPt>/g) ?? []).length, 5);
    assert.ok(xml.includes('&amp; итоги'));
    wellFormed(drawingXml([SPEC], ['rId1']));
    assert.equal(absoluteRange('Лист1', 'e2:E10'), 'Лист1!$E$2:$E$10');
  });

  describe('written with the result of the example matrix', () => {
    let dir: string;
    let zip: JSZip;
    let out: string;
    before(async () => {
      dir = await tempDir();
      out = path.join(dir, 'итог.xlsx');
      // The user keeps a sheet of their own named «Сводная»: the result goes to «Сводная (2)», its chart with it.
      const input = path.join(dir, 'мониторинг.xlsx');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(MATRIX);
      wb.addWorksheet('Сводная').getCell('A1').value = 'моя сводная';
      await wb.xlsx.writeFile(input);
      const loaded = await readWorkbookFiles([input]);
      const plan = buildOutputPlan(analyzeWorkbook(loaded.grid, { sheets: ['Мониторинг РМС'] }), { existingSheets: loaded.sheets.map((s) => s.name) });
      await writeResultWorkbook(loaded, plan, out);
      zip = await JSZip.loadAsync(await fs.readFile(out));
    });
    after(() => fs.rm(dir, { recursive: true, force: true }));

    it('add a chart part, its drawing on Сводная and their content types, all well-formed', async () => {
      const chart = await zip.file('xl/charts/mmChart1.xml')!.async('string');
      wellFormed(chart);
      assert.match(chart, /<c:f>&apos;Сводная \(2\)&apos;!\$B\$\d+:\$B\$\d+<\/c:f>/);
      const types = await zip.file('[Content_Types].xml')!.async('string');
      assert.ok(types.includes('/xl/charts/mmChart1.xml') && types.includes('/xl/drawings/mmDrawing1.xml'));
      const workbook = await zip.file('xl/workbook.xml')!.async('string');
      assert.ok(workbook.includes('name="Сводная (2)"'), workbook);
      const sheetParts = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/[^/]+\.xml$/.test(f));
      const withDrawing: string[] = [];
      for (const f of sheetParts) {
        const xml = await zip.file(f)!.async('string');
        wellFormed(xml);
        if (xml.includes('<drawing r:id=')) withDrawing.push(f);
      }
      assert.equal(withDrawing.length, 1, 'one sheet carries the chart');
      const sheetXml = await zip.file(withDrawing[0])!.async('string');
      assert.ok(sheetXml.indexOf('<drawing ') < sheetXml.indexOf('<tableParts'), 'drawing before tableParts, as the schema orders them');
    });

    it('leave the workbook readable: the sheets and the values are there', async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      assert.equal(wb.getWorksheet('Сводная')!.getCell('A1').value, 'моя сводная', 'the user’s sheet as it was');
      assert.equal(wb.getWorksheet('Сводная (2)')!.getCell('B4').value, 'г. Магас и г. Назрань');
    });

    it('open in LibreOffice with the chart (when soffice is installed)', function () {
      const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find(existsSync);
      if (!soffice) {
        console.log('      (LibreOffice не установлен: проверка пропущена)');
        this.skip();
      }
      this.timeout(120_000);
      execFileSync(soffice!, ['--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', path.join(dir, 'lo'), out], { stdio: 'ignore', timeout: 110_000 });
      const again = path.join(dir, 'lo', 'итог.xlsx');
      return fs.readFile(again).then(async (bytes) => {
        const names = Object.keys((await JSZip.loadAsync(bytes)).files);
        assert.ok(names.some((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)), names.join(', '));
      });
    });
  });
});
