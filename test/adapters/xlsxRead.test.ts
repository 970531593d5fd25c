import { strict as assert } from 'assert';
import * as path from 'path';
import { promises as fs } from 'fs';
import { readWorkbookFiles, WorkbookReadError } from '../../src/adapters/xlsx/readWorkbookFiles';
import { formulaAt, formatAt, valueAt, type SheetGrid } from '../../src/engine/grid';
import { renameSheetRefs } from '../../src/adapters/xlsx/formulaSheetRefs';
import { nameWithFile, uniqueSheetNames } from '../../src/adapters/xlsx/uniqueSheetNames';
import { tempDir, writeRegion1, writeRegion2 } from './xlsxFixtures';

/** Value at a sheet address ('B6'), through the grid's offset. */
function v(sheet: SheetGrid, a1: string) {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = m[1].charCodeAt(0) - 65;
  const row = Number(m[2]) - 1;
  return { value: valueAt(sheet, row - sheet.startRow, col - sheet.startCol), formula: formulaAt(sheet, row - sheet.startRow, col - sheet.startCol), format: formatAt(sheet, row - sheet.startRow, col - sheet.startCol) };
}

describe('readWorkbookFiles reads .xlsx files into one workbook grid', () => {
  let dir: string;
  let f1: string;
  let f2: string;
  before(async () => {
    dir = await tempDir();
    f1 = path.join(dir, 'район1.xlsx');
    f2 = path.join(dir, 'район2.xlsx');
    await writeRegion1(f1);
    await writeRegion2(f2);
  });
  after(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('reads values, text that looks like a formula as text, and number formats', async () => {
    const { grid } = await readWorkbookFiles([f1]);
    const s = grid.sheets[0];
    assert.equal(s.name, 'Лист1');
    assert.equal(s.source, 'район1.xlsx');
    assert.equal(v(s, 'B4').value, 'Кировский район');
    assert.deepEqual(v(s, 'B6'), { value: '=1+1', formula: null, format: null });
    assert.deepEqual(v(s, 'E4'), { value: 0.9, formula: null, format: '0%' });
  });

  it('gives a formula cell its cached result as value and its text in formulas, shared formulas translated', async () => {
    const s = (await readWorkbookFiles([f1])).grid.sheets[0];
    assert.deepEqual([v(s, 'F4').value, v(s, 'F4').formula], [90, '=E4*100']);
    assert.deepEqual([v(s, 'G5').value, v(s, 'G5').formula], [1.2, '=E5*2']);
    assert.deepEqual([v(s, 'G6').value, v(s, 'G6').formula], [0.6, '=E6*2']);
  });

  it('turns rich text and hyperlinks into plain text, dates into serial numbers with their format, errors into their text', async () => {
    const s = (await readWorkbookFiles([f1])).grid.sheets[0];
    assert.equal(v(s, 'A8').value, 'Примечание: данные за 2024 год');
    assert.equal(v(s, 'A9').value, 'Сайт ИРО');
    assert.deepEqual([v(s, 'B10').value, v(s, 'B10').format], [45306, 'dd.mm.yyyy']);
    assert.deepEqual([v(s, 'C10').value, v(s, 'C10').formula], ['#DIV/0!', '=1/0']);
  });

  it('keeps merged areas in sheet coordinates, the value only in the top-left cell', async () => {
    const s = (await readWorkbookFiles([f1])).grid.sheets[0];
    assert.deepEqual(
      [...s.merges!].sort((a, b) => a.top - b.top),
      [
        { top: 0, left: 0, bottom: 0, right: 4 },
        { top: 1, left: 2, bottom: 1, right: 3 },
      ],
    );
    assert.equal(v(s, 'A1').value, 'Мониторинг методических служб');
    assert.equal(v(s, 'B1').value, null);
    assert.equal(v(s, 'D2').value, null);
  });

  it('starts the grid at the used range', async () => {
    const { grid } = await readWorkbookFiles([f2]);
    const b = grid.sheets.find((s) => s.name === 'Баллы')!;
    assert.deepEqual([b.startRow, b.startCol], [1, 1]);
    assert.equal(b.values[0][0], 'Крымский район');
    assert.equal(b.values[1][1], 1);
  });

  it('reads hidden sheets and marks them', async () => {
    const loaded = await readWorkbookFiles([f1]);
    const h = loaded.grid.sheets.find((s) => s.name === 'Скрытый')!;
    assert.equal(h.hidden, true);
    assert.equal(h.values[0][0], 'служебное');
    assert.equal(loaded.grid.sheets[0].hidden, undefined);
  });

  it('gives a sheet name that repeats in a second file the file’s name, and remembers where each sheet came from', async () => {
    const loaded = await readWorkbookFiles([f1, f2]);
    assert.deepEqual(loaded.grid.sheets.map((s) => s.name), ['Лист1', 'Форма 2', 'Скрытый', 'Лист1 (район2)', 'Баллы']);
    const origin = loaded.sheets[3];
    assert.deepEqual([origin.originalName, origin.file, origin.fileIndex], ['Лист1', f2, 1]);
    assert.equal(loaded.grid.sheets[3].source, 'район2.xlsx');
    assert.equal(loaded.grid.sheets[3].values[1][1], 7);
  });

  it('makes a formula on a renamed sheet follow the new name', async () => {
    const loaded = await readWorkbookFiles([f1, f2]);
    const b = loaded.grid.sheets.find((s) => s.name === 'Баллы')!;
    assert.equal(b.formulas![2][1], "='Лист1 (район2)'!B2*2");
    assert.equal(b.formulas![3][2], '=SUM(C3:C4)&"Лист1!A1"', 'a sheet name inside a string literal is left alone');
  });

  it('refuses a file that is not an xlsx with one Russian sentence naming the file', async () => {
    const bad = path.join(dir, 'отчёт.xlsx');
    await fs.writeFile(bad, 'это не книга');
    await assert.rejects(readWorkbookFiles([f1, bad]), (e: unknown) => {
      assert.ok(e instanceof WorkbookReadError);
      assert.match(e.message, /^Файл «отчёт\.xlsx» не является книгой Excel/);
      return true;
    });
  });

  it('refuses an old .xls, a broken zip and a missing file, each in Russian', async () => {
    const xls = path.join(dir, 'старый.xls');
    await fs.writeFile(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    await assert.rejects(readWorkbookFiles([xls]), (e: unknown) => e instanceof WorkbookReadError && /«старый\.xls».*97–2003/.test(e.message));
    const broken = path.join(dir, 'битый.xlsx');
    await fs.writeFile(broken, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(50, 1)]));
    await assert.rejects(readWorkbookFiles([broken]), (e: unknown) => e instanceof WorkbookReadError && /«битый\.xlsx».*повреждён/.test(e.message));
    await assert.rejects(readWorkbookFiles([path.join(dir, 'нет.xlsx')]), (e: unknown) => e instanceof WorkbookReadError && e.message === 'Файл «нет.xlsx» не найден.');
  });
});

describe('sheet names across files', () => {
  it('keep the first occurrence and add the file name to later ones', () => {
    assert.deepEqual(
      uniqueSheetNames([
        { file: 'район1.xlsx', sheets: ['Лист1', 'Итоги'] },
        { file: 'район2.xlsx', sheets: ['Лист1', 'лист1 (район2)'] },
      ]),
      [['Лист1', 'Итоги'], ['Лист1 (район2)', 'лист1 (район2) (район2)']],
    );
  });

  it('fit 31 characters and drop the characters Excel forbids', () => {
    const n = nameWithFile('Мониторинг ММС 2024 года', 'Очень длинное имя файла [район]: итоги.xlsx');
    assert.ok(n.length <= 31, n);
    assert.ok(!/[[\]:*?/\\]/.test(n), n);
    assert.match(n, /^Мониторинг .*\(Очень/);
  });
});

describe('renameSheetRefs', () => {
  it('renames quoted and unquoted references, not strings or other sheets', () => {
    const r = { 'Лист1': 'Лист1 (район2)', 'Лист 2': 'Лист 2 (б)' };
    assert.equal(renameSheetRefs("SUM(Лист1!A1:A3)+'Лист 2'!B1+Другой!C1", r), "SUM('Лист1 (район2)'!A1:A3)+'Лист 2 (б)'!B1+Другой!C1");
    assert.equal(renameSheetRefs('"Лист1!A1"&МойЛист1!A1', r), '"Лист1!A1"&МойЛист1!A1');
  });
});
