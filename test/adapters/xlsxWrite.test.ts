import { strict as assert } from 'assert';
import * as path from 'path';
import { promises as fs } from 'fs';
import { createHash } from 'crypto';
import ExcelJS from 'exceljs';
import { readWorkbookFiles, type LoadedWorkbooks } from '../../src/adapters/xlsx/readWorkbookFiles';
import { writeResultWorkbook } from '../../src/adapters/xlsx/writeResultWorkbook';
import { WorkbookWriteError } from '../../src/adapters/xlsx/errors';
import { buildOutputPlan } from '../../src/engine/output/buildOutputPlan';
import { fullAnalysis } from '../fixtures/analysisFixtures';
import { tempDir, writeRegion1, writeRegion2 } from './xlsxFixtures';

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

const sha = async (f: string) => createHash('sha256').update(await fs.readFile(f)).digest('hex');

function merges(ws: ExcelJS.Worksheet): string[] {
  return [...((ws as unknown as { model: { merges: string[] } }).model.merges ?? [])].sort();
}

describe('writeResultWorkbook writes a new workbook: the input sheets, the plan’s sheets and highlights', () => {
  let dir: string;
  let f1: string;
  let f2: string;
  let out: string;
  let loaded: LoadedWorkbooks;
  let result: ExcelJS.Workbook;
  let input: ExcelJS.Workbook;
  let hashes: string[];

  before(async () => {
    dir = await tempDir();
    f1 = path.join(dir, 'район1.xlsx');
    f2 = path.join(dir, 'район2.xlsx');
    out = path.join(dir, 'результат.xlsx');
    await writeRegion1(f1);
    await writeRegion2(f2);
    hashes = [await sha(f1), await sha(f2)];
    loaded = await readWorkbookFiles([f1, f2]);
    const plan = buildOutputPlan(fullAnalysis(), { existingSheets: loaded.sheets.map((s) => s.name) });
    await writeResultWorkbook(loaded, plan, out);
    result = await open(out);
    input = await open(f1);
  });
  after(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('keeps every input sheet, under its unique name, in order, followed by the plan’s sheets', () => {
    assert.deepEqual(
      result.worksheets.map((w) => w.name),
      ['Лист1', 'Форма 2', 'Скрытый', 'Лист1 (район2)', 'Баллы', 'Сводная', 'Справка', 'Дефициты', 'Проверка данных'],
    );
    assert.equal(result.getWorksheet('Скрытый')!.state, 'hidden');
  });

  it('leaves the first file’s sheet unchanged: values, formulas, merges, formats, widths, frozen pane, fills', () => {
    const a = input.getWorksheet('Лист1')!;
    const b = result.getWorksheet('Лист1')!;
    for (let r = 1; r <= 10; r++)
      for (let c = 1; c <= 7; c++) assert.deepEqual(b.getCell(r, c).value, a.getCell(r, c).value, `cell ${r},${c}`);
    assert.deepEqual(merges(b), ['A1:E1', 'C2:D2']);
    assert.equal(b.getCell('E4').numFmt, '0%');
    assert.equal(b.getCell('B10').numFmt, 'dd.mm.yyyy');
    assert.equal(b.getColumn(2).width, 30);
    assert.equal(b.views[0]?.state, 'frozen');
    assert.equal((b.views[0] as ExcelJS.WorksheetViewFrozen).ySplit, 3);
    assert.deepEqual((b.getCell('C4').fill as ExcelJS.FillPattern).fgColor, { argb: 'FFDDEEFF' });
  });

  it('keeps the user’s text «=1+1» as text', () => {
    const cell = result.getWorksheet('Лист1')!.getCell('B6');
    assert.equal(cell.value, '=1+1');
    assert.equal(cell.type, ExcelJS.ValueType.String);
  });

  it('copies the second file’s sheets with values, formats, widths and merges, formulas following renamed sheets', () => {
    const l = result.getWorksheet('Лист1 (район2)')!;
    assert.equal(l.getCell('A1').value, 'Итог района 2');
    assert.deepEqual(merges(l), ['A1:C1']);
    assert.equal(l.getCell('B2').value, 7);
    assert.equal(l.getCell('B2').numFmt, '0.00');
    assert.equal(l.getColumn(1).width, 25);
    const b = result.getWorksheet('Баллы')!;
    assert.deepEqual(b.getCell('C4').value, { formula: "'Лист1 (район2)'!B2*2", result: 14 });
  });

  it('writes Сводная with live formulas and their cached values', () => {
    const s = result.getWorksheet('Сводная')!;
    let found: ExcelJS.Cell | null = null;
    s.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula === "'Форма 2'!C5/'Форма 2'!D5") found = cell;
      }),
    );
    assert.ok(found, 'share formula written');
    const cell = found as unknown as ExcelJS.Cell;
    assert.ok(Math.abs((cell.result as number) - 40 / 52) < 1e-12);
    assert.equal(cell.numFmt, '0.0%');
    assert.equal(s.getCell('E4').value, 0.9666666666666667);
    assert.equal(s.getCell('E4').numFmt, '0.0%');
    assert.equal(s.getCell('A1').value, 'Мониторинг методических служб (лист «Лист1»)');
    assert.equal(s.getCell('A1').font?.bold, true);
  });

  it('writes the entity name «=1+1» in Сводная as text', () => {
    const cell = result.getWorksheet('Сводная')!.getCell('B6');
    assert.equal(cell.value, '=1+1');
    assert.equal(cell.type, ExcelJS.ValueType.String);
  });

  it('declares Excel tables and freezes the header on Сводная', () => {
    const s = result.getWorksheet('Сводная')!;
    const names = (s.getTables() as unknown as { name?: string; table?: { name: string } }[]).map((t) => t.name ?? t.table?.name).sort();
    assert.deepEqual(names, ['Сводная_1', 'Сводная_2', 'Сводная_2_доли', 'Сводная_3']);
    assert.equal((s.views[0] as ExcelJS.WorksheetViewFrozen).ySplit, 3);
    assert.equal(s.getColumn(2).width, 35);
    const d = result.getWorksheet('Дефициты')!;
    assert.equal((d.getTables() as unknown as { name?: string; table?: { name: string } }[]).length, 1);
  });

  it('writes the source address on Дефициты as a link to the cell', () => {
    const d = result.getWorksheet('Дефициты')!;
    assert.deepEqual(d.getCell('I4').value, { text: 'Лист1!C6', hyperlink: '#Лист1!C6' });
  });

  it('puts highlights on the source sheet as conditional formats, leaving the cells’ own fill alone', () => {
    const ws = result.getWorksheet('Лист1')!;
    const cfs = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    const byRef = Object.fromEntries(cfs.map((cf) => [cf.ref, cf.rules[0]]));
    assert.deepEqual(Object.keys(byRef).sort(), ['D5 C6 E6', 'E5'].sort());
    const red = byRef['D5 C6 E6'] as ExcelJS.ExpressionRuleType;
    assert.equal(red.type, 'expression');
    assert.deepEqual(red.formulae, ['TRUE']);
    assert.equal((red.style?.fill as ExcelJS.FillPattern).bgColor?.argb, 'FFFFC7CE');
    assert.deepEqual(ws.getCell('E6').fill, input.getWorksheet('Лист1')!.getCell('E6').fill);
    assert.notEqual((ws.getCell('E6').fill as ExcelJS.FillPattern | undefined)?.pattern, 'solid');
  });

  it('never writes the input files', async () => {
    assert.deepEqual([await sha(f1), await sha(f2)], hashes);
  });

  it('refuses to write over an input file, in Russian', async () => {
    const plan = buildOutputPlan(fullAnalysis());
    await assert.rejects(writeResultWorkbook(loaded, plan, path.join(dir, '.', 'район2.xlsx')), (e: unknown) => {
      assert.ok(e instanceof WorkbookWriteError);
      assert.match(e.message, /исходный файл «район2\.xlsx»/);
      return true;
    });
    assert.equal(await sha(f2), hashes[1]);
  });

  it('writes «Сводная (2)» beside a user’s own «Сводная» even when the plan did not know of it', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Сводная').getCell('A1').value = 'моя сводная';
    const mine = path.join(dir, 'своя.xlsx');
    await wb.xlsx.writeFile(mine);
    const l = await readWorkbookFiles([mine]);
    const o = path.join(dir, 'своя-результат.xlsx');
    await writeResultWorkbook(l, buildOutputPlan(fullAnalysis(), { existingSheets: [] }), o);
    const r = await open(o);
    assert.equal(r.getWorksheet('Сводная')!.getCell('A1').value, 'моя сводная');
    assert.ok(r.getWorksheet('Сводная (2)'));
  });
});
