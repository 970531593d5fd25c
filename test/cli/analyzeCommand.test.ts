import { strict as assert } from 'assert';
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { spawnSync } from 'child_process';
import { EXAMPLES, ROOT, hasStackTrace, listing, runCli, sha256, tempDir } from './runCli';
import { writeDistrictForm, writeEmptyWorkbook, writeLetterWorkbook } from './cliFixtures';

const MATRIX = path.join(EXAMPLES, 'matrix-ingushetia.xlsx');

/** A copy of an example in a fresh folder, so the test can watch what appears next to it. */
async function copyExample(name: string): Promise<{ dir: string; file: string }> {
  const dir = await tempDir();
  const file = path.join(dir, name);
  await fs.copyFile(path.join(EXAMPLES, name), file);
  return { dir, file };
}

async function sheetNames(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => ws.name);
}

function assertOneRussianSentence(stderr: string): void {
  const lines = stderr.split('\n').filter((l) => l.trim() !== '');
  assert.equal(lines.length, 1, `expected one line on stderr, got:\n${stderr}`);
  assert.match(lines[0], /[А-Яа-яЁё]{4}/);
  assert.equal(hasStackTrace(stderr), false, `stack trace on stderr:\n${stderr}`);
}

describe('The `analyze` command', function () {
  this.timeout(180_000);

  describe('with --json', () => {
    let stdout = '';
    let status: number | null = null;
    let stderr = '';
    before(() => {
      ({ stdout, status, stderr } = runCli([MATRIX, '--json']));
    });

    it('exits with 0 and prints nothing but one JSON document on stdout', () => {
      assert.equal(status, 0, stderr);
      assert.doesNotThrow(() => JSON.parse(stdout));
      assert.ok(stdout.trimStart().startsWith('{'));
    });

    it('prints the keys of METHODOLOGY §8 for the Ingushetia matrix', () => {
      const json = JSON.parse(stdout);
      for (const key of ['layout', 'sheets', 'entities', 'indicators', 'deficits', 'problems']) assert.ok(key in json, `no key ${key}`);
      assert.equal(json.layout, 'matrix');
      assert.deepEqual(json.sheets, ['Мониторинг РМС']);
      for (const e of json.entities) for (const k of ['name', 'fulfilment', 'criteria', 'group', 'rank', 'incomplete']) assert.ok(k in e, `entity without ${k}`);
      for (const i of json.indicators) for (const k of ['id', 'name', 'criterion', 'kind', 'level', 'status']) assert.ok(k in i, `indicator without ${k}`);
      for (const p of json.problems) {
        assert.match(p.cell, /^('[^']+'|[^'!]+)![A-Z]+\d+$/);
        assert.ok(['error', 'warning', 'info'].includes(p.severity));
      }
      assert.deepEqual(json.indicators.map((i: { id: string }) => i.id), [
        '1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8', '2.9', '3.1', '3.2',
      ]);
    });

    it('finds the five services of seed 003 and the groups of criterion 2 as the seed states them', () => {
      const json = JSON.parse(stdout);
      const entities: { name: string; criteria: Record<string, number | null> }[] = json.entities;
      assert.equal(entities.length, 5);
      const criterion2 = Object.keys(entities[0].criteria).find((k) => k.startsWith('Критерий 2'));
      assert.ok(criterion2, 'no criterion 2');
      const byName = (prefix: string) => entities.find((e) => e.name.replace(/\s+/g, ' ').startsWith(prefix))!;
      for (const n of ['г. Магас', 'Сунженский', 'Назрановский']) assert.ok(byName(n).criteria[criterion2]! >= 80, n);
      for (const n of ['Малгобекский', 'Джейрахский']) {
        const v = byName(n).criteria[criterion2]!;
        assert.ok(v >= 50 && v < 80, `${n}: ${v}`);
      }
      assert.ok(Math.abs(byName('г. Магас').criteria[criterion2]! - 775 / 9) < 1e-6);
      assert.ok(Math.abs(byName('Джейрахский').criteria[criterion2]! - 60) < 1e-6);
    });

    it('reports the unreadable «возможно» with its address', () => {
      const json = JSON.parse(stdout);
      assert.ok(json.problems.some((p: { cell: string; severity: string }) => p.cell === "'Мониторинг РМС'!M8" && p.severity === 'error'));
    });

    it('leaves nothing but the JSON on stdout when run as `npm run analyze`, without npm’s banner', () => {
      const r = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'analyze', '--', MATRIX, '--json'], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 120_000,
      });
      assert.equal(r.status, 0, r.stderr);
      assert.equal(JSON.parse(r.stdout).layout, 'matrix');
    });

    it('writes no workbook when --out is not given', async () => {
      const { dir, file } = await copyExample('matrix-ingushetia.xlsx');
      const r = runCli([file, '--json']);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(await listing(dir), ['matrix-ingushetia.xlsx']);
    });
  });

  describe('writing the result workbook', () => {
    it('puts it next to the input as <name>.result.xlsx and leaves the input byte for byte as it was', async () => {
      const { dir, file } = await copyExample('matrix-ingushetia.xlsx');
      const before = sha256(file);
      const r = runCli([file]);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(sha256(file), before);
      assert.deepEqual(await listing(dir), ['matrix-ingushetia.result.xlsx', 'matrix-ingushetia.xlsx']);
      const names = await sheetNames(path.join(dir, 'matrix-ingushetia.result.xlsx'));
      assert.ok(names.includes('Мониторинг РМС') && names.includes('Сводная'), names.join(', '));
    });

    it('writes exactly where --out says, together with --json, and nothing else', async () => {
      const { dir, file } = await copyExample('counts-leningrad.xlsx');
      const outDir = await tempDir();
      const out = path.join(outDir, 'сводка по области.xlsx');
      const before = sha256(file);
      const r = runCli([file, '--out', out, '--json']);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(JSON.parse(r.stdout).layout, 'counts');
      assert.deepEqual(await listing(outDir), ['сводка по области.xlsx']);
      assert.deepEqual(await listing(dir), ['counts-leningrad.xlsx']);
      assert.equal(sha256(file), before);
      assert.ok((await sheetNames(out)).includes('Сводная'));
    });

    it('refuses to write the result over its input', async () => {
      const { dir, file } = await copyExample('matrix-ingushetia.xlsx');
      const before = sha256(file);
      const r = runCli([file, '--out', path.join(dir, '.', 'matrix-ingushetia.xlsx')]);
      assert.equal(r.status, 2);
      assertOneRussianSentence(r.stderr);
      assert.equal(sha256(file), before);
      assert.deepEqual(await listing(dir), ['matrix-ingushetia.xlsx']);
    });
  });

  describe('a folder of district files', () => {
    it('reads the districts as one table, skipping lock files and earlier results', async () => {
      const dir = await tempDir();
      await writeDistrictForm(path.join(dir, 'Лужский.xlsx'), [
        ['Лужский район', 'да', 'да', 0.9],
        ['Кировский район', 'да', 'нет', 0.6],
      ]);
      await writeDistrictForm(path.join(dir, 'Тихвинский.xlsx'), [
        ['Тихвинский район', 'нет', 'да', 0.4],
        ['Гатчинский район', 'да', 'да', 1],
      ]);
      await fs.writeFile(path.join(dir, '~$Лужский.xlsx'), 'lock');
      await fs.writeFile(path.join(dir, 'прошлый.result.xlsx'), 'not a workbook');
      const r = runCli([dir, '--json']);
      assert.equal(r.status, 0, r.stderr);
      const json = JSON.parse(r.stdout);
      const names = json.entities.map((e: { name: string }) => e.name).sort();
      assert.deepEqual(names, ['Гатчинский район', 'Кировский район', 'Лужский район', 'Тихвинский район']);
      assert.equal(new Set(json.entities.map((e: { table: number }) => e.table)).size, 1, 'one table for both files');
      assert.equal(json.sheets.length, 2);
      // Said on stderr (stdout holds the JSON alone), each with its reason.
      assert.match(r.stderr, /Не прочитаны: .*~\$Лужский\.xlsx» — временный файл Excel открытой книги; .*прошлый\.result\.xlsx» — итоговая книга прошлого запуска\./);
      // The files read are named, and the note says which file each sheet came from (blind probe 9).
      assert.match(r.stderr, /Книги \(2\), прочитанные как одна: «Лужский\.xlsx», «Тихвинский\.xlsx»:/);
      const source = json.note.sections[0].paragraphs.find((p: { text: string }) => p.text.startsWith('Источник данных')).text;
      assert.match(source, /^Источник данных: листы «[^»]+» \(файл «Лужский\.xlsx»\), «[^»]+» \(файл «Тихвинский\.xlsx»\)\.$/);
    });

    it('writes the result into the folder under the folder’s name, and the next run does not read it', async () => {
      const dir = await tempDir();
      await writeDistrictForm(path.join(dir, 'Лужский.xlsx'), [['Лужский район', 'да', 'да', 0.9]]);
      await writeDistrictForm(path.join(dir, 'Тихвинский.xlsx'), [['Тихвинский район', 'нет', 'да', 0.4]]);
      const first = runCli([dir]);
      assert.equal(first.status, 0, first.stderr);
      const result = `${path.basename(dir)}.result.xlsx`;
      assert.ok((await listing(dir)).includes(result));
      const second = runCli([dir, '--json']);
      assert.equal(second.status, 0, second.stderr);
      assert.equal(JSON.parse(second.stdout).sheets.length, 2);
    });
  });

  describe('failing', () => {
    it('says in one Russian sentence, without a stack trace, that a text file is not a workbook', async () => {
      const dir = await tempDir();
      const file = path.join(dir, 'отчёт.xlsx');
      await fs.writeFile(file, 'Это не книга Excel, а просто текст.\n');
      const r = runCli([file]);
      assert.equal(r.status, 1);
      assert.equal(r.stdout, '');
      assertOneRussianSentence(r.stderr);
      assert.match(r.stderr, /отчёт\.xlsx/);
      assert.deepEqual(await listing(dir), ['отчёт.xlsx']);
    });

    it('fails the same way for a missing file, with --json leaving stdout empty', async () => {
      const dir = await tempDir();
      const r = runCli([path.join(dir, 'нет такого.xlsx'), '--json']);
      assert.equal(r.status, 1);
      assert.equal(r.stdout, '');
      assertOneRussianSentence(r.stderr);
      assert.deepEqual(await listing(dir), []);
    });

    it('fails on an empty workbook and on a workbook without a table, writing nothing', async () => {
      const dir = await tempDir();
      await writeEmptyWorkbook(path.join(dir, 'пустая.xlsx'));
      await writeLetterWorkbook(path.join(dir, 'письмо.xlsx'));
      for (const name of ['пустая.xlsx', 'письмо.xlsx']) {
        const r = runCli([path.join(dir, name), '--out', path.join(dir, 'итог.xlsx')]);
        assert.equal(r.status, 1, `${name}: ${r.stderr}`);
        assertOneRussianSentence(r.stderr);
      }
      assert.deepEqual(await listing(dir), ['письмо.xlsx', 'пустая.xlsx']);
    });

    it('fails with status 2 on bad arguments, and prints help in Russian on --help', () => {
      const bad = runCli([MATRIX, '--target', 'сто']);
      assert.equal(bad.status, 2);
      assertOneRussianSentence(bad.stderr);
      const help = runCli(['--help']);
      assert.equal(help.status, 0);
      assert.match(help.stdout, /--sheet/);
      assert.match(help.stdout, /Методический монитор/);
    });

    it('fails when --sheet names a sheet the workbook does not have', async () => {
      const { dir, file } = await copyExample('matrix-ingushetia.xlsx');
      const r = runCli([file, '--sheet', 'Лист99']);
      assert.notEqual(r.status, 0);
      assertOneRussianSentence(r.stderr);
      assert.match(r.stderr, /Лист99/);
      assert.deepEqual(await listing(dir), ['matrix-ingushetia.xlsx']);
    });
  });

  it('applies --target and --critical to the groups', () => {
    const r = runCli([MATRIX, '--json', '--target', '90', '--critical', '60']);
    assert.equal(r.status, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    const groups = Object.fromEntries(json.entities.map((e: { name: string; group: number; fulfilment: number }) => [e.name, [e.group, e.fulfilment]]));
    for (const [name, [group, f]] of Object.entries(groups) as [string, [number, number]][]) {
      const expected = f >= 90 ? 1 : f >= 60 ? 2 : 3;
      assert.equal(group, expected, `${name}: ${f}`);
    }
  });

  it('takes a corrected pair from --pair: the JSON shows it as set by the user, and the report names it', () => {
    const counts = path.join(EXAMPLES, 'counts-leningrad.xlsx');
    const r = runCli([counts, '--json', '--pair', 'Форма ММС!J/D']);
    assert.equal(r.status, 0, r.stderr);
    const pairs = JSON.parse(r.stdout).tables[0].pairs as { numerator: { cell: string }; base: { cell: string }; manual: boolean }[];
    const kpk = pairs.find((p) => p.numerator.cell.endsWith('!J4'));
    assert.ok(kpk, 'pair of J');
    assert.equal(kpk.base.cell, "'Форма ММС'!D4");
    assert.equal(kpk.manual, true);
    assert.match(r.stderr, /J «Количество педагогов, прошедших КПК[^»]*» \/ D «[^»]*»: задано пользователем/);
    // K is the district's share of J in all teachers (C): not this pair's, and not an indicator.
    const problems = JSON.parse(r.stdout).problems as { cell: string; message: string }[];
    assert.ok(problems.some((p) => /^Доля в столбце K .* — это J от C .*а для J задана база D; столбец K не сверяется/.test(p.message)));
  });

  it('shows --pair on the first pair’s own columns, not on made-up letters (blind probe 9)', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'форма.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Форма');
    ws.addRows([
      ['Муниципальный район', 'Всего педагогов', 'из них молодых педагогов', 'Доля молодых педагогов, %'],
      ['Кировский район', 400, 48, 12],
      ['Лужский район', 250, 20, 8],
      ['Тосненский район', 300, 45, 15],
    ]);
    await wb.xlsx.writeFile(file);
    const r = runCli([file, '--json']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /пары «количество \/ база» \(поправить: --pair "Форма!C\/B" — количество в C, база в B\):/);
  });

  it('warns, and changes nothing, when --pair names a sheet without a table', () => {
    const counts = path.join(EXAMPLES, 'counts-leningrad.xlsx');
    const r = runCli([counts, '--json', '--pair', 'Лист9!J/D']);
    assert.equal(r.status, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.ok(json.problems.some((p: { message: string }) => /J\/D из настроек не применена: на листе «Лист9» нет разобранной таблицы/.test(p.message)));
    assert.ok(json.tables[0].pairs.every((p: { manual: boolean }) => !p.manual));
  });

  it('writes no «Справка» with --no-note (and no note in the JSON), and the rest as usual', async () => {
    const dir = await tempDir();
    const out = path.join(dir, 'итог.xlsx');
    const r = runCli([MATRIX, '--no-note', '--json', '--out', out]);
    assert.equal(r.status, 0, r.stderr);
    const names = await sheetNames(out);
    assert.ok(names.includes('Сводная') && names.includes('Дефициты'), names.join(', '));
    assert.ok(!names.includes('Справка'), names.join(', '));
    assert.equal(JSON.parse(r.stdout).note, null, 'nor a note in the JSON');
  });
});
