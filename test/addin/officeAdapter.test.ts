/**
 * The Office.js adapter against the stand-in: reading, writing a plan, re-running,
 * ownership, protection, highlights, settings, selection.
 */

import assert from 'node:assert/strict';
import { listSheets, readSheets, writePlan, removeHighlights, removeOutput, loadSettings, saveSettings, selectCell, readRegistry, OfficeAdapterError } from '../../src/adapters/office';
import { sheetContent } from '../../src/adapters/office/sheetContent';
import { analyzeWorkbook } from '../../src/engine/analyze';
import { buildOutputPlan } from '../../src/engine/output/buildOutputPlan';
import { CHUNK_CELLS } from '../../src/adapters/office/writeSheet';
import { LOAD_CELLS } from '../../src/adapters/office/readSheets';
import { cellFormat, cellFormula, cellValue, styleKey, StandinContext, uninstallStandin, type SheetModel, type Standin } from '../../src/standin';
import type { LoadResult } from '../../src/standin/context';
import { installGrid } from '../support/loadStandin';
import { bigGrid, handPlan, matrixGrid } from './fixtures';
import { rowsOf } from '../support/planRows';

/** The cell writes (`values` / `formulas` / `numberFormat`) queued while `run` runs, with their row counts. */
async function cellWrites(run: () => Promise<unknown>): Promise<{ prop: string; rows: number; cells: number }[]> {
  const writes: { prop: string; rows: number; cells: number }[] = [];
  const enqueue = StandinContext.prototype.enqueue;
  StandinContext.prototype.enqueue = function (this: StandinContext, op) {
    const p = op.payload as { a?: string; t?: string; p?: string; v?: unknown[][] };
    if (p.a === 'set' && p.t === 'Range' && (p.p === 'values' || p.p === 'formulas' || p.p === 'numberFormat')) {
      writes.push({ prop: p.p, rows: p.v!.length, cells: p.v!.reduce((n, r) => n + r.length, 0) });
    }
    enqueue.call(this, op);
  };
  try {
    await run();
  } finally {
    StandinContext.prototype.enqueue = enqueue;
  }
  return writes;
}

function sheet(s: Standin, name: string): SheetModel {
  const found = s.model.sheets.find((x) => x.name === name);
  assert.ok(found, `no sheet ${name}; have ${s.model.sheets.map((x) => x.name).join(', ')}`);
  return found;
}

/** Everything the user can see in a sheet's cells, to compare before and after. */
function cellsOf(sh: SheetModel): string {
  return JSON.stringify({ v: sh.values, f: sh.formulas, n: sh.formats, s: [...sh.styles], m: sh.merges });
}

describe('The Office adapter', () => {
  afterEach(() => uninstallStandin());

  describe('readSheets', () => {
    it('reads values, number formats and merged areas of the used range', async () => {
      installGrid(matrixGrid());
      const grid = await readSheets(['Лист1']);
      const s = grid.sheets[0];
      assert.equal(s.name, 'Лист1');
      assert.equal(s.values[3][1], 'Кировский район');
      assert.equal(s.numberFormats![3][4], '0%');
      assert.deepEqual(s.merges, [
        { top: 0, left: 0, bottom: 0, right: 4 },
        { top: 1, left: 2, bottom: 1, right: 3 },
      ]);
    });

    it('reads all requested sheets in three syncs: their sizes, their cells, their hidden rows', async () => {
      const s = installGrid({ sheets: [...matrixGrid().sheets, { ...matrixGrid().sheets[0], name: 'Лист2' }] });
      await readSheets(['Лист1', 'Лист2']);
      assert.equal(s.model.stats.syncs, 3);
    });

    it('reads which rows and columns of the used range are hidden (a filter, a group), in grid coordinates', async () => {
      const base = matrixGrid().sheets[0];
      const s = installGrid({ sheets: [{ ...base, startRow: 2, hiddenRows: new Set([4, 6]), hiddenColumns: new Set([3]) }] });
      const [read] = (await readSheets(['Лист1'])).sheets;
      assert.deepEqual([...(read.hiddenRows ?? [])], [4, 6]);
      assert.deepEqual([...(read.hiddenColumns ?? [])], [3]);
      assert.equal(s.model.sheets[0].hiddenRows.has(6 + 2), true, 'the stand-in holds them in sheet rows');
      const note = analyzeWorkbook({ sheets: [read] }).problems.filter((p) => /скрыты, но учтены/.test(p.message));
      assert.equal(note.length, 1);
      const plain = installGrid(matrixGrid());
      void plain;
      const [none] = (await readSheets(['Лист1'])).sheets;
      assert.equal(none.hiddenRows, undefined);
      assert.equal(none.hiddenColumns, undefined);
    });

    it('reads the cells all the same when Excel refuses the visible-cells request, and only the hidden-rows note is lost', async () => {
      const base = matrixGrid().sheets[0];
      const s = installGrid({ sheets: [{ ...base, hiddenRows: new Set([4]) }] });
      const [whole] = (await readSheets(['Лист1'])).sheets;
      assert.deepEqual([...(whole.hiddenRows ?? [])], [4]);
      s.model.failSpecialCells = { code: 'GeneralException', message: 'The request is too large.' };
      s.model.stats.syncs = 0;
      const [read] = (await readSheets(['Лист1'])).sheets;
      assert.deepEqual(read.values, whole.values);
      assert.deepEqual(read.numberFormats, whole.numberFormats);
      assert.equal(read.hiddenRows, undefined);
      assert.equal(s.model.stats.syncs, 3, 'the third sync was tried');
      const analysis = analyzeWorkbook({ sheets: [read] });
      assert.ok(analysis.tables[0].entities.length > 0);
      assert.ok(!analysis.problems.some((p) => /скрыты, но учтены/.test(p.message)));
    });

    it('reads a 100,000-row sheet without any request or response over 5 MB', async function () {
      this.timeout(120_000);
      const s = installGrid(bigGrid(100_000));
      const grid = await readSheets(['Большой']);
      assert.equal(grid.sheets[0].values.length, 100_001);
      assert.equal(grid.sheets[0].values[100_000][1], 'Образовательная организация № 100000');
      assert.ok(s.model.stats.maxRequestBytes <= 5 * 1024 * 1024);
      assert.ok(s.model.stats.maxResponseBytes <= 5 * 1024 * 1024, `response ${s.model.stats.maxResponseBytes}`);
      assert.ok(s.model.stats.syncs < 40, `syncs ${s.model.stats.syncs}`);
    });

    it('reads a large sheet in range loads of at most LOAD_CELLS cells, several to a sync', async function () {
      this.timeout(120_000);
      const s = installGrid(bigGrid(100_000));
      const loads: number[] = [];
      const enqueue = StandinContext.prototype.enqueue;
      StandinContext.prototype.enqueue = function (this: StandinContext, op) {
        const p = op.payload as { a?: string; t?: string; p?: string[] };
        if (p.a !== 'load' || p.t !== 'Range' || !p.p?.includes('values')) return enqueue.call(this, op);
        enqueue.call(this, {
          ...op,
          apply: () => {
            const loaded = op.apply() as LoadResult;
            const values = (loaded.data as { values: unknown[][] }).values;
            loads.push(values.length * values[0].length);
            return loaded;
          },
        });
      };
      try {
        await readSheets(['Большой']);
      } finally {
        StandinContext.prototype.enqueue = enqueue;
      }
      assert.equal(loads.reduce((a, b) => a + b, 0), 100_001 * 10, 'the loads cover the used range once');
      assert.ok(Math.max(...loads) <= LOAD_CELLS, `largest load ${Math.max(...loads)} cells`);
      assert.ok(s.model.stats.syncs < loads.length / 2, `${s.model.stats.syncs} syncs for ${loads.length} loads`);
    });

    it('names a missing sheet in a Russian sentence', async () => {
      installGrid(matrixGrid());
      await assert.rejects(readSheets(['Лист1', 'Итоги']), (e: OfficeAdapterError) => e instanceof OfficeAdapterError && e.message.includes('«Итоги»') && e.sheet === 'Итоги');
    });
  });

  describe('writePlan', () => {
    it('writes the cells, formulas, number formats, table, chart and highlights the plan describes', async () => {
      const s = installGrid(matrixGrid());
      const plan = handPlan();
      const report = await writePlan(plan);
      assert.deepEqual(report.sheets, ['Сводная', 'Дефициты']);
      const sv = sheet(s, 'Сводная');
      const content = sheetContent(plan.sheets[0]);
      rowsOf(plan.sheets[0].rows).forEach((row, r) =>
        row.forEach((cell, c) => {
          if (!cell) return;
          if (cell.formula) {
            assert.equal(cellFormula(sv, r, c), cell.formula);
            assert.equal(cellFormat(sv, r, c), cell.format);
          } else {
            assert.deepEqual(cellValue(sv, r, c), cell.value, `cell ${r},${c}`);
            assert.equal(cellFormula(sv, r, c), undefined);
            assert.equal(cellFormat(sv, r, c), content.formats[r][c]);
          }
        }),
      );
      assert.equal(cellValue(sv, 2, 2), 0.9, 'a formula referencing Лист1!E4 shows its value');
      assert.equal(sv.tables.length, 1);
      assert.equal(sv.tables[0].name, 'ММ_Сводная');
      assert.deepEqual(sv.tables[0].rect, { r0: 1, c0: 0, r1: 4, c1: 3 });
      assert.equal(sv.charts.length, 1);
      assert.equal(sv.charts[0].type, 'BarClustered');
      assert.equal(sv.charts[0].title, 'Выполнение, %');
      assert.equal(sv.charts[0].series[0].values, 'B3:B5');
      assert.equal(sv.charts[0].series[0].categories, 'A3:A5');
      assert.deepEqual(sv.charts[0].series[0].pointColors, { 0: '#63BE7B', 1: '#F8696B', 2: '#FFEB84' });
      assert.deepEqual(sv.freeze, { rows: 2, columns: 1 });
      assert.equal(sv.columnWidths.get(0), 161.25);
      assert.equal(sv.styles.get(styleKey(1, 0))?.bold, true);
      assert.equal(sv.styles.get(styleKey(3, 3))?.fill, '#FFC7CE');
      assert.deepEqual(sv.merges, [{ r0: 0, c0: 0, r1: 0, c1: 3 }]);
      assert.equal(sv.conditionalFormats.filter((c) => c.type === 'ColorScale').length, 1);
      const src = sheet(s, 'Лист1');
      const hl = src.conditionalFormats;
      assert.equal(hl.length, 2);
      assert.deepEqual(hl.find((c) => c.fill === '#FFC7CE')?.areas, [
        { r0: 5, c0: 2, r1: 5, c1: 2 },
        { r0: 4, c0: 3, r1: 4, c1: 3 },
        { r0: 5, c0: 4, r1: 5, c1: 4 },
      ]);
      assert.equal(hl.find((c) => c.fill === '#FFEB9C')?.formula, '=TRUE');
      assert.ok(sheet(s, 'Дефициты').columnWidths.size > 0, 'autofit when the plan gives no widths');
    });

    it('writes user text that starts with "=" or looks like a date as text', async () => {
      const s = installGrid(matrixGrid());
      await writePlan(handPlan());
      const sv = sheet(s, 'Сводная');
      assert.equal(cellValue(sv, 3, 0), '=1+1');
      assert.equal(cellFormula(sv, 3, 0), undefined);
      assert.equal(cellFormat(sv, 3, 0), '@');
      assert.equal(cellValue(sv, 4, 0), '01.02.2024');
    });

    it('runs in three syncs, with calculation suspended while writing', async () => {
      const s = installGrid(matrixGrid());
      await writePlan(handPlan());
      assert.equal(s.model.stats.syncs, 3);
      assert.ok(s.model.stats.calculationSuspendedSyncs >= 1);
    });

    it('leaves no duplicates when run again', async () => {
      const s = installGrid(matrixGrid());
      await writePlan(handPlan());
      const report = await writePlan(handPlan());
      assert.deepEqual(report.replaced.sort(), ['Дефициты', 'Сводная']);
      assert.deepEqual(s.model.sheets.map((x) => x.name), ['Лист1', 'Сводная', 'Дефициты']);
      assert.equal(sheet(s, 'Лист1').conditionalFormats.length, 2);
      assert.equal(sheet(s, 'Сводная').tables[0].name, 'ММ_Сводная');
      const reg = await readRegistry();
      assert.equal(reg.sheets.length, 2);
      assert.equal(reg.highlights.length, 2);
      assert.deepEqual(reg.pendingNames, []);
    });

    it('never touches a user sheet named «Сводная»', async () => {
      const grid = matrixGrid();
      grid.sheets.push({ name: 'Сводная', startRow: 0, startCol: 0, values: [['Моя сводная', 42]] });
      const s = installGrid(grid);
      const before = cellsOf(sheet(s, 'Сводная'));
      const report = await writePlan(handPlan());
      assert.deepEqual(report.sheets, ['Сводная (2)', 'Дефициты']);
      await writePlan(handPlan());
      assert.equal(cellsOf(sheet(s, 'Сводная')), before);
      assert.deepEqual(s.model.sheets.map((x) => x.name), ['Лист1', 'Сводная', 'Сводная (2)', 'Дефициты']);
    });

    it('keeps following a result sheet the user renamed, and replaces it', async () => {
      const s = installGrid(matrixGrid());
      await writePlan(handPlan());
      sheet(s, 'Сводная').name = 'Моя старая сводная';
      await writePlan(handPlan());
      assert.deepEqual(s.model.sheets.map((x) => x.name), ['Лист1', 'Сводная', 'Дефициты']);
    });

    it('leaves the source values unchanged', async () => {
      const s = installGrid(matrixGrid());
      const before = cellsOf(sheet(s, 'Лист1'));
      await writePlan(handPlan());
      await writePlan(handPlan());
      assert.equal(cellsOf(sheet(s, 'Лист1')), before);
    });

    it('refuses a protected source sheet with a Russian message and changes nothing', async () => {
      const s = installGrid(matrixGrid(), { protectedSheets: ['Лист1'] });
      const before = JSON.stringify(s.model.sheets.map(cellsOf));
      await assert.rejects(writePlan(handPlan()), (e: OfficeAdapterError) => {
        assert.ok(e instanceof OfficeAdapterError);
        assert.match(e.message, /^Лист «Лист1» защищён: снимите защиту/);
        assert.equal(e.sheet, 'Лист1');
        return true;
      });
      assert.deepEqual(s.model.sheets.map((x) => x.name), ['Лист1']);
      assert.equal(JSON.stringify(s.model.sheets.map(cellsOf)), before);
      assert.equal(s.model.settings.size, 0);
    });

    it('refuses a workbook with protected structure before changing anything', async () => {
      const s = installGrid(matrixGrid());
      s.model.structureProtected = true;
      await assert.rejects(writePlan(handPlan()), /Структура книги защищена/);
      assert.equal(s.model.sheets.length, 1);
    });

    it('removes the sheets it added when a write fails half way, and says so in Russian', async () => {
      const s = installGrid(matrixGrid());
      const plan = handPlan();
      plan.sheets[0].charts![0].values = 'не адрес';
      await assert.rejects(writePlan(plan), (e: OfficeAdapterError) => e instanceof OfficeAdapterError && /^Не удалось записать результаты/.test(e.message));
      assert.deepEqual(s.model.sheets.map((x) => x.name), ['Лист1']);
      assert.equal(sheet(s, 'Лист1').conditionalFormats.length, 0);
      assert.deepEqual((await readRegistry()).pendingNames, []);
    });

    it('writes a large output sheet in chunks, no request over 5 MB', async function () {
      this.timeout(120_000);
      const s = installGrid(matrixGrid());
      const rows = Array.from({ length: 60_000 }, (_, i) => [{ value: `Организация № ${i} с длинным названием` }, { value: i, format: '0' }, { value: 'Лист1!C6' }]);
      await writePlan({ sheets: [{ name: 'Проверка данных', kind: 'problems', rows, columnWidths: [40, 10, 12] }], highlights: [] });
      assert.ok(s.model.stats.maxRequestBytes <= 5 * 1024 * 1024);
      assert.equal(cellValue(sheet(s, 'Проверка данных'), 59_999, 1), 59_999);
    });

    it('writes each ordinary sheet with one number-format write and one values write', async () => {
      const s = installGrid(matrixGrid(8));
      const read = await readSheets(['Лист1']);
      const plan = buildOutputPlan(analyzeWorkbook(read), { existingSheets: ['Лист1'] });
      const writes = await cellWrites(() => writePlan(plan));
      const written = plan.sheets.filter((x) => x.rows.length > 0);
      assert.equal(writes.filter((w) => w.prop === 'numberFormat').length, written.length);
      assert.equal(writes.filter((w) => w.prop !== 'numberFormat').length, written.length);
      assert.deepEqual(
        writes.filter((w) => w.prop !== 'numberFormat').map((w) => w.rows),
        written.map((x) => x.rows.length),
      );
      assert.ok(s.model.stats.syncs <= 6);
    });

    it('writes a 100,000-row sheet in chunks of at most CHUNK_CELLS cells, in few syncs, none over 5 MB', async function () {
      this.timeout(120_000);
      const s = installGrid(matrixGrid());
      const rows = Array.from({ length: 100_000 }, (_, i) => [
        { value: `Организация № ${i} «Солнышко»` },
        { value: i / 100_000, format: '0.0%' },
        i % 1000 === 0 ? { value: 0, formula: `=B${i + 1}*100`, format: '0' } : { value: i },
        { value: i % 3 === 0 ? 'да' : 'нет' },
      ]);
      const writes = await cellWrites(() => writePlan({ sheets: [{ name: 'Сводная', kind: 'summary', rows, columnWidths: [40, 10, 12, 8] }], highlights: [] }));
      const content = writes.filter((w) => w.prop !== 'numberFormat');
      assert.equal(content.reduce((n, w) => n + w.rows, 0), 100_000);
      assert.ok(content.length > 1 && content.every((w) => w.cells <= CHUNK_CELLS), content.map((w) => w.cells).join(', '));
      assert.ok(s.model.stats.maxRequestBytes <= 5 * 1024 * 1024, `request ${s.model.stats.maxRequestBytes}`);
      assert.ok(s.model.stats.syncs <= 12, `syncs ${s.model.stats.syncs}`);
      const sv = sheet(s, 'Сводная');
      assert.equal(cellValue(sv, 99_999, 0), 'Организация № 99999 «Солнышко»');
      assert.equal(cellFormat(sv, 99_999, 1), '0.0%');
      assert.equal(cellFormula(sv, 99_000, 2), '=B99001*100');
      assert.equal(cellValue(sv, 99_001, 2), 99_001);
    });

    it('writes what the engine plans for the example matrix', async () => {
      const grid = matrixGrid(8);
      const s = installGrid(grid);
      const read = await readSheets(['Лист1']);
      const plan = buildOutputPlan(analyzeWorkbook(read), { existingSheets: ['Лист1'] });
      const report = await writePlan(plan);
      assert.deepEqual(report.sheets, plan.sheets.map((x) => x.name));
      assert.equal(s.model.stats.syncs, 6, 'three to read, three to write');
      for (const spec of plan.sheets) {
        const sh = sheet(s, spec.name);
        rowsOf(spec.rows).forEach((row, r) =>
          row.forEach((cell, c) => {
            if (cell?.formula) assert.equal(cellFormula(sh, r, c), cell.formula);
            else if (cell && cell.value !== null && cell.value !== '') assert.deepEqual(cellValue(sh, r, c), cell.value);
          }),
        );
      }
    });
  });

  describe('removeHighlights', () => {
    it('removes exactly the add-in\'s conditional formats', async () => {
      const s = installGrid(matrixGrid());
      await writePlan(handPlan());
      sheet(s, 'Лист1').conditionalFormats.push({ id: 'user-cf', type: 'CellValue', areas: [{ r0: 3, c0: 4, r1: 8, c1: 4 }], priority: 9, stopIfTrue: false });
      const removed = await removeHighlights();
      assert.equal(removed, 2);
      assert.deepEqual(sheet(s, 'Лист1').conditionalFormats.map((c) => c.id), ['user-cf']);
      assert.equal(sheet(s, 'Сводная').conditionalFormats.length, 1, 'the colour scale on the add-in\'s own sheet stays');
      assert.deepEqual((await readRegistry()).highlights, []);
    });

    it('records the highlights of 20 000 cells by their formats\' ids alone, and removes them all', async () => {
      const s = installGrid(bigGrid(20_000));
      const ranges = Array.from({ length: 20_000 }, (_, i) => `C${i + 2}`);
      await writePlan({ sheets: [], highlights: [{ sheet: 'Большой', kind: 'deficit', ranges }] });
      const added = sheet(s, 'Большой').conditionalFormats.length;
      assert.ok(added > 1, `${added} formats`);
      const stored = s.model.settings.get('metodMonitor.registry')!;
      assert.ok(stored.length < 20 * added + 500, `registry ${stored.length} characters for ${added} formats`);
      assert.equal(await removeHighlights(), added);
      assert.equal(sheet(s, 'Большой').conditionalFormats.length, 0);
    });

    it('refuses a protected sheet with a Russian message', async () => {
      const s = installGrid(matrixGrid());
      await writePlan(handPlan());
      sheet(s, 'Лист1').protected = true;
      await assert.rejects(removeHighlights(), (e: Error) => e instanceof OfficeAdapterError && /^Лист «Лист1» защищён: снимите защиту/.test(e.message));
      assert.equal(sheet(s, 'Лист1').conditionalFormats.length, 2);
    });
  });

  describe('the rest of the pane\'s API', () => {
    it('lists sheets with owned and protected flags', async () => {
      installGrid(matrixGrid(), { protectedSheets: [] });
      await writePlan(handPlan());
      const list = await listSheets();
      assert.deepEqual(
        list.map((x) => [x.name, x.owned, x.active]),
        [
          ['Лист1', false, false],
          ['Сводная', true, true],
          ['Дефициты', true, false],
        ],
      );
    });

    it('reads by default only the user\'s visible sheets', async () => {
      installGrid(matrixGrid());
      await writePlan(handPlan());
      const grid = await readSheets();
      assert.deepEqual(grid.sheets.map((x) => x.name), ['Лист1']);
    });

    it('remembers settings in the workbook', async () => {
      installGrid(matrixGrid());
      assert.equal(await loadSettings(), null);
      await saveSettings({ sheets: ['Лист1'], options: { target: 85 } });
      const got = await loadSettings();
      assert.deepEqual(got?.sheets, ['Лист1']);
      assert.equal(got?.options.target, 85);
      assert.ok(got?.lastRun);
    });

    it('selects a cell on its sheet', async () => {
      const s = installGrid(matrixGrid());
      await writePlan(handPlan());
      await selectCell('Лист1!D7');
      assert.equal(s.model.activeSheetId, sheet(s, 'Лист1').id);
      assert.deepEqual(s.model.selection, { sheetId: sheet(s, 'Лист1').id, address: 'D7' });
      await assert.rejects(selectCell('Нет!A1'), /Лист «Нет» не найден/);
    });

    it('removes everything it wrote and nothing else', async () => {
      const s = installGrid(matrixGrid());
      const before = cellsOf(sheet(s, 'Лист1'));
      await writePlan(handPlan());
      await saveSettings({ sheets: ['Лист1'], options: {} });
      const out = await removeOutput();
      assert.deepEqual(out.sheets, ['Сводная', 'Дефициты']);
      assert.deepEqual(s.model.sheets.map((x) => x.name), ['Лист1']);
      assert.equal(cellsOf(sheet(s, 'Лист1')), before);
      assert.equal(sheet(s, 'Лист1').conditionalFormats.length, 0);
      assert.equal(s.model.settings.size, 0);
    });
  });
});
