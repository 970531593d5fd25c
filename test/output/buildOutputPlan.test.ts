import { strict as assert } from 'assert';
import { buildOutputPlan } from '../../src/engine/output/buildOutputPlan';
import type { OutCell, OutputSheet } from '../../src/engine/output/plan';
import { tablesOf } from '../../src/engine/output/plan';
import { NO_PROBLEMS_MESSAGE } from '../../src/engine/output/problemsSheet';
import { cleanAnalysis, fullAnalysis, matrixAnalysis } from '../fixtures/analysisFixtures';
import { rowsOf } from '../support/planRows';

/** Cell by A1 address ('C4') on an output sheet. */
function at(sheet: OutputSheet, a1: string): OutCell {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const cell = rowsOf(sheet.rows)[Number(m[2]) - 1]?.[col];
  assert.ok(cell, `no cell at ${a1}`);
  return cell;
}

function rowTexts(sheet: OutputSheet, row: number): unknown[] {
  return (rowsOf(sheet.rows)[row] ?? []).map((c) => c?.value ?? null);
}

function findRow(sheet: OutputSheet, col: number, value: unknown, from = 0): number {
  const i = rowsOf(sheet.rows).findIndex((r, k) => k >= from && r[col]?.value === value);
  assert.ok(i >= 0, `no row with ${String(value)} in column ${col}`);
  return i;
}

describe('buildOutputPlan writes the summary, deficits and problems sheets', () => {
  const plan = buildOutputPlan(fullAnalysis());
  const summary = plan.sheets[0];
  const deficits = plan.sheets.find((s) => s.kind === 'deficits')!;
  const problemsSheet = plan.sheets.find((s) => s.kind === 'problems')!;

  it('names the sheets canonically when the workbook has none of them, the note right after the summary', () => {
    assert.deepEqual(plan.sheets.map((s) => s.name), ['Сводная', 'Справка', 'Дефициты', 'Проверка данных']);
    assert.deepEqual(plan.sheets.map((s) => s.kind), ['summary', 'note', 'deficits', 'problems']);
  });

  describe('Сводная', () => {
    it('starts each block with the table title and its sheet', () => {
      assert.equal(at(summary, 'A1').value, 'Мониторинг методических служб (лист «Лист1»)');
      assert.equal(at(summary, 'A1').style, 'title');
      assert.match(String(at(summary, 'A2').value), /матрица показателей.*80 %.*50 %/);
    });

    it('heads the entity table with №, the entity label, each criterion, overall, group, rank and completeness', () => {
      assert.deepEqual(rowTexts(summary, 2), [
        '№',
        'Муниципальное образование',
        'Критерий 1. Системность методической работы',
        'Критерий 2. Поддержка молодых педагогов',
        'Общее выполнение',
        'Группа',
        'Место в рейтинге',
        'Полнота данных',
      ]);
      assert.ok(rowsOf(summary.rows)[2].every((c) => c?.style === 'header'));
    });

    it('writes fulfilment as a fraction with the 0.0% format', () => {
      assert.equal(at(summary, 'C4').value, 1);
      assert.equal(at(summary, 'D4').value, 0.9);
      assert.ok(Math.abs((at(summary, 'E4').value as number) - 0.9666666666666667) < 1e-12);
      for (const a of ['C4', 'D5', 'E6']) assert.equal(at(summary, a).format, '0.0%');
    });

    it('writes group, rank and the «неполные данные» mark', () => {
      assert.deepEqual(rowTexts(summary, 5).slice(5), [3, 3, 'неполные данные']);
      assert.equal(at(summary, 'F4').style, 'good');
      assert.equal(at(summary, 'F6').style, 'deficit');
      assert.equal(at(summary, 'H4').value, null);
    });

    it('writes an entity name that starts with = as plain text, never as a formula', () => {
      const c = at(summary, 'B6');
      assert.equal(c.value, '=1+1');
      assert.equal(c.formula, undefined);
      assert.equal(c.link, 'Лист1!B6');
    });

    it('declares each entity block and each shares section an Excel table with unique header texts and names like Сводная_1', () => {
      const tables = tablesOf(summary);
      assert.deepEqual(tables.map((t) => t.name), ['Сводная_1', 'Сводная_2', 'Сводная_2_доли', 'Сводная_3']);
      assert.deepEqual({ h: tables[0].headerRow, l: tables[0].lastRow, c: tables[0].columns }, { h: 2, l: 5, c: 8 });
      for (const t of tables) {
        const headers = rowsOf(summary.rows)[t.headerRow].slice(0, t.columns).map((c) => String(c?.value).toLowerCase());
        assert.equal(new Set(headers).size, headers.length);
        assert.ok(headers.every((h) => h !== '' && h !== 'null'));
      }
    });

    it('freezes the first header row and the name columns, and gives names ~35 and numbers ~12 characters', () => {
      assert.deepEqual(summary.freeze, { rows: 3, columns: 2 });
      assert.equal(summary.columnWidths[1], 35);
      assert.ok(summary.columnWidths[0] < 12);
      assert.equal(summary.columnWidths[4], 12);
    });

    it('puts region mean and median below the entity table', () => {
      assert.equal(at(summary, 'B7').value, 'Регион: среднее');
      assert.equal(at(summary, 'C7').value, 0.5);
      assert.equal(at(summary, 'E7').value, 0.55);
      assert.equal(at(summary, 'B8').value, 'Регион: медиана');
      assert.ok(Math.abs((at(summary, 'E8').value as number) - 0.5333333) < 1e-6);
      assert.equal(at(summary, 'B7').style, 'total');
    });

    it('lists indicator levels with the kind and status in Russian', () => {
      const r = findRow(summary, 0, '1.2');
      assert.deepEqual(rowTexts(summary, r), ['1.2', 'Наличие плана наставничества', 'Критерий 1. Системность методической работы', 'да/нет', 0.5, 'зона внимания']);
      assert.equal(rowsOf(summary.rows)[r][4]?.format, '0.0%');
      assert.equal(rowsOf(summary.rows)[r][5]?.style, 'attention');
      assert.equal(rowsOf(summary.rows)[findRow(summary, 0, '2.1')][3]?.value, 'процент');
    });

    /** The shares table of the counts block and its header texts. */
    const sharesOf = (sheet: OutputSheet) => {
      const t = tablesOf(sheet).find((x) => x.name === 'Сводная_2_доли')!;
      assert.ok(t, 'no shares table');
      return { t, headers: rowTexts(sheet, t.headerRow) };
    };

    it('writes the shares one row per entity, with число, база, доля and расхождение per pair', () => {
      const { t, headers } = sharesOf(summary);
      const c = 'C. Количество педагогов-наставников';
      assert.deepEqual(headers, ['№', 'Муниципалитет', `${c}: число`, `${c}: база`, `${c}: доля`, `${c}: расхождение`]);
      assert.equal(t.columns, headers.length);
      assert.equal(t.lastRow - t.headerRow, 2, 'one row per entity');
      assert.deepEqual(rowTexts(summary, t.headerRow + 1).slice(0, 2), [1, 'Район А']);
      assert.equal(rowsOf(summary.rows)[t.headerRow + 1][1]?.link, "'Форма 2'!B5");
      assert.deepEqual(rowTexts(summary, t.headerRow + 2).slice(0, 2), [2, 'Район Б']);
    });

    it('writes an entity share as a live formula on the source cells with the computed value cached', () => {
      const { t } = sharesOf(summary);
      const cells = rowsOf(summary.rows)[t.headerRow + 1];
      assert.equal(cells[2]?.formula, "='Форма 2'!C5");
      assert.equal(cells[2]?.value, 40);
      assert.equal(cells[2]?.link, "'Форма 2'!C5");
      assert.equal(cells[3]?.formula, "='Форма 2'!D5");
      assert.equal(cells[4]?.formula, "='Форма 2'!C5/'Форма 2'!D5");
      assert.ok(Math.abs((cells[4]?.value as number) - 40 / 52) < 1e-12);
      assert.equal(cells[4]?.format, '0.0%');
      // The declared 80 % disagrees with 76.9 %: marked, linked to the declared cell.
      assert.equal(cells[5]?.value, 'да');
      assert.equal(cells[5]?.style, 'deficit');
      assert.equal(cells[5]?.link, "'Форма 2'!E5");
      assert.equal(rowsOf(summary.rows)[t.headerRow + 2][5]?.value, null);
    });

    it('writes the pooled regional share as sums of the entity rows above it, with mean and median below', () => {
      const { t } = sharesOf(summary);
      const a = t.headerRow + 2; // 1-based Excel rows of the entity rows
      const b = a + 1;
      const r = t.lastRow + 1; // 0-based: the row right below the table
      const cells = rowsOf(summary.rows)[r];
      assert.equal(cells[1]?.value, 'Регион: сумма числителей / сумма баз');
      assert.equal(cells[2]?.formula, `=SUM(C${a}:C${b})`);
      assert.equal(cells[2]?.value, 50);
      assert.equal(cells[3]?.formula, `=SUM(D${a}:D${b})`);
      assert.equal(cells[4]?.formula, `=C${r + 1}/D${r + 1}`);
      assert.ok(Math.abs((cells[4]?.value as number) - 50 / 72) < 1e-12);
      assert.equal(rowsOf(summary.rows)[r + 1][1]?.value, 'Регион: среднее долей');
      assert.ok(Math.abs((rowsOf(summary.rows)[r + 1][4]?.value as number) - (40 / 52 + 0.5) / 2) < 1e-12);
      assert.equal(rowsOf(summary.rows)[r + 1][4]?.formula, `=AVERAGE(E${a}:E${b})`);
      assert.equal(rowsOf(summary.rows)[r + 2][1]?.value, 'Регион: медиана долей');
      assert.equal(rowsOf(summary.rows)[r + 2][4]?.formula, `=MEDIAN(E${a}:E${b})`);
      assert.ok(Math.abs((rowsOf(summary.rows)[r + 2][4]?.value as number) - (40 / 52 + 0.5) / 2) < 1e-12);
      assert.equal(rowsOf(summary.rows)[r + 2][4]?.format, '0.0%');
    });

    it('falls back to plain values when a share’s source cells are not plain numbers', () => {
      const analysis = fullAnalysis();
      analysis.tables[1].shares[0].plain = false;
      const s = buildOutputPlan(analysis).sheets[0];
      const { t } = sharesOf(s);
      assert.equal(rowsOf(s.rows)[t.headerRow + 1][4]?.formula, undefined);
      assert.ok(Math.abs((rowsOf(s.rows)[t.headerRow + 1][4]?.value as number) - 40 / 52) < 1e-12);
      assert.equal(rowsOf(s.rows)[t.headerRow + 2][4]?.formula, "='Форма 2'!C6/'Форма 2'!D6", 'the other row stays live');
      assert.equal(rowsOf(s.rows)[t.lastRow + 1][4]?.formula, undefined, 'the pooled share is not live when a row is not');
      assert.ok(Math.abs((rowsOf(s.rows)[t.lastRow + 1][4]?.value as number) - 50 / 72) < 1e-12);
      assert.equal(rowsOf(s.rows)[t.lastRow + 2][4]?.formula, undefined, 'nor the mean of the shares');
      assert.equal(rowsOf(s.rows)[t.lastRow + 3][4]?.formula, undefined, 'nor their median');
    });

    it('writes the points total as a live formula and the maximum as a number', () => {
      const r = findRow(summary, 1, 'Крымский район');
      const t = tablesOf(summary).find((x) => rowTexts(summary, x.headerRow).includes('Баллы'))!;
      const headers = rowTexts(summary, t.headerRow);
      const pi = headers.indexOf('Баллы');
      assert.ok(pi > 0);
      assert.equal(rowsOf(summary.rows)[r][pi]?.formula, '=SUM(Баллы!C3:C20)');
      assert.equal(rowsOf(summary.rows)[r][pi]?.value, 50);
      assert.equal(rowsOf(summary.rows)[r][headers.indexOf('Максимум баллов')]?.value, 71);
    });

    it('charts the overall result by entity, coloured by group', () => {
      const chart = summary.charts![0];
      assert.equal(chart.categories, 'B4:B6');
      assert.equal(chart.values, 'E4:E6');
      assert.deepEqual(chart.pointColors, ['63BE7B', 'FFEB84', 'F8696B']);
      assert.ok(chart.anchor.col >= 8, 'the chart sits right of the table');
    });
  });

  describe('Дефициты', () => {
    it('lists every finding as an Excel table with Russian kinds', () => {
      assert.equal(deficits.tables?.[0].name, 'Дефициты_1');
      assert.equal(deficits.tables![0].lastRow - deficits.tables![0].headerRow, 7);
      const kinds = rowsOf(deficits.rows).slice(3).map((r) => r[7]?.value);
      assert.deepEqual(kinds, ['дефицит', 'дефицит', 'дефицит', 'группа 3', 'зона внимания', 'зона внимания', 'ниже медианы']);
    });

    it('sorts the most serious first, then by entity with the region first', () => {
      const entities = rowsOf(deficits.rows).slice(3).map((r) => r[1]?.value);
      assert.deepEqual(entities, ['=1+1', '=1+1', 'Лужский район', '=1+1', 'Регион', 'Лужский район', '=1+1']);
    });

    it('gives the source address, linked, and the value as the user sees it', () => {
      const row = rowsOf(deficits.rows)[3];
      assert.equal(row[8]?.value, 'Лист1!C6');
      assert.equal(row[8]?.link, 'Лист1!C6');
      assert.equal(row[5]?.value, 'нет');
      assert.equal(row[6]?.value, 0.5);
      assert.equal(row[6]?.format, '0.0%');
      const pct = rowsOf(deficits.rows)[4];
      assert.equal(pct[5]?.value, 0.3);
      assert.equal(pct[5]?.format, '0.0%');
      assert.equal(row[1]?.formula, undefined);
    });
  });

  describe('Проверка данных', () => {
    it('lists every problem with its address and Russian severity', () => {
      assert.deepEqual(rowTexts(problemsSheet, 3), [1, 'Лист1!D6', 'предупреждение', 'Нет данных в ячейке: она не учтена.']);
      assert.deepEqual(rowTexts(problemsSheet, 4).slice(1, 3), ["'Форма 2'!E5", 'ошибка']);
      assert.deepEqual(rowTexts(problemsSheet, 5).slice(1, 3), ['лист «Баллы»', 'сведения']);
      assert.equal(problemsSheet.tables?.[0].lastRow, 5);
    });

    it('says so in one row when there are no problems', () => {
      const s = buildOutputPlan(cleanAnalysis()).sheets.find((x) => x.kind === 'problems')!;
      const after = rowsOf(s.rows).slice(3);
      assert.equal(after.length, 1);
      assert.equal(after[0][3]?.value, NO_PROBLEMS_MESSAGE);
      assert.equal(s.tables, undefined);
    });
  });

  it('avoids a user’s own «Сводная» by writing «Сводная (2)», and names its tables after it', () => {
    const p = buildOutputPlan(matrixAnalysis(), { existingSheets: ['Лист1', 'Сводная'] });
    assert.equal(p.sheets[0].name, 'Сводная (2)');
    assert.equal(p.sheets[0].tables?.[0].name, 'Сводная_2_1');
  });

  it('reuses a «Сводная» the add-in owns', () => {
    const p = buildOutputPlan(matrixAnalysis(), { existingSheets: ['Лист1', 'Сводная'], ownedSheets: ['Сводная'] });
    assert.equal(p.sheets[0].name, 'Сводная');
  });

  it('never turns user text into a formula anywhere in the plan', () => {
    for (const s of plan.sheets)
      for (const r of s.rows)
        for (const c of r) if (c?.formula) assert.ok(!c.formula.includes('1+1'), `${s.name}: ${c.formula}`);
  });
});
