import { strict as assert } from 'assert';
import { promises as fs } from 'fs';
import * as path from 'path';
import { inputFiles, isWorkbookName } from '../../src/cli/inputFiles';
import { defaultOutputPath } from '../../src/cli/outputPath';
import { tempDir } from './runCli';

describe('The inputs of `analyze`', () => {
  it('takes .xlsx files of a folder but not Excel lock files nor results the command wrote', () => {
    assert.equal(isWorkbookName('Лужский район.xlsx'), true);
    assert.equal(isWorkbookName('ФОРМА.XLSX'), true);
    assert.equal(isWorkbookName('~$Лужский район.xlsx'), false);
    assert.equal(isWorkbookName('формы.result.xlsx'), false);
    assert.equal(isWorkbookName('формы.result (2).xlsx'), false);
    assert.equal(isWorkbookName('мониторинг — результат.xlsx'), false);
    assert.equal(isWorkbookName('мониторинг - результат.xlsx'), false);
    assert.equal(isWorkbookName('результат мониторинга.xlsx'), true);
    assert.equal(isWorkbookName('отчёт.xls'), false);
    assert.equal(isWorkbookName('отчёт.docx'), false);
  });

  it('lists a folder without descending into subfolders, in name order, and reads a file named twice once', async () => {
    const dir = await tempDir();
    for (const n of ['Лужский.xlsx', 'Волховский.xlsx', '~$Лужский.xlsx', 'dir.result.xlsx', 'записка.docx']) await fs.writeFile(path.join(dir, n), 'x');
    await fs.mkdir(path.join(dir, 'архив'));
    await fs.writeFile(path.join(dir, 'архив', 'Старый.xlsx'), 'x');
    const r = await inputFiles([dir, path.join(dir, 'Лужский.xlsx')]);
    assert.deepEqual(r.files.map((f) => path.basename(f)), ['Волховский.xlsx', 'Лужский.xlsx']);
    assert.deepEqual(r.folders, [dir]);
    // Every entry left out is named with its reason, so nothing is skipped unseen.
    const base = path.basename(dir);
    assert.deepEqual(r.skipped, [
      { name: path.join(base, '~$Лужский.xlsx'), reason: 'временный файл Excel открытой книги' },
      { name: path.join(base, 'архив'), reason: 'папка (вложенные папки не читаются)' },
      { name: path.join(base, 'dir.result.xlsx'), reason: 'итоговая книга прошлого запуска' },
      { name: path.join(base, 'записка.docx'), reason: 'не книга Excel' },
    ].sort((a, b) => a.name.localeCompare(b.name, 'ru')));
  });

  it('puts the result next to the first workbook, or inside a folder named after it', () => {
    assert.equal(defaultOutputPath({ files: ['d/отчёт.xlsx'], folders: [], skipped: [] }, ['d/отчёт.xlsx']), path.join('d', 'отчёт.result.xlsx'));
    assert.equal(defaultOutputPath({ files: ['формы/a.xlsx'], folders: ['формы'], skipped: [] }, ['формы']), path.join('формы', 'формы.result.xlsx'));
  });
});
