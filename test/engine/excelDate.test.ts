import { strict as assert } from 'assert';
import { excelDateText, isDateFormat } from '../../src/engine/values/excelDate';
import { analyzeWorkbook } from '../../src/engine/analyze';
import type { SheetGrid } from '../../src/engine/grid';

describe('Dates as Excel keeps them (a serial number behind a date format)', () => {
  it('knows a date or time format from a number format', () => {
    for (const f of ['dd.mm.yyyy', 'DD.MM.YY', 'mm-dd-yy', 'd mmmm yyyy', '[$-419]d mmm yyyy;@', 'h:mm', '[h]:mm:ss', 'yyyy-mm-dd hh:mm']) assert.ok(isDateFormat(f), f);
    for (const f of [null, 'General', '0', '0.0%', '# ##0', '0.0 "дней"', '0.00E+00', '[Red]0.0', '"мм" 0']) assert.ok(!isDateFormat(f), String(f));
  });

  it('shows the serial as the day the user sees: 45536 is 01.09.2024, with the time when the format has one', () => {
    assert.equal(excelDateText(45536, 'dd.mm.yyyy'), '01.09.2024');
    assert.equal(excelDateText(45536.75, 'dd.mm.yyyy hh:mm'), '01.09.2024 18:00');
    assert.equal(excelDateText(0.5, 'h:mm'), '12:00');
    assert.equal(excelDateText(61, 'dd.mm.yyyy'), '01.03.1900');
  });
});

describe('Messages about a cell quote it as Excel shows it (blind acceptance set 6, f03)', () => {
  const sheet: SheetGrid = {
    name: 'Свод',
    startRow: 0,
    startCol: 0,
    values: [
      ['Муниципальное образование', '1.1 Наличие плана (да/нет)', '1.2 Доля педагогов с ИОМ, %'],
      ['г. Тула', 'да', 0.8],
      ['Кимовский район', 45536, null],
      ['Алексин', 'нет', 0.3],
    ],
    numberFormats: [[], [null, null, '0%'], [null, 'dd.mm.yyyy', '0%'], [null, null, '0%']],
    formulas: [[], [], [null, null, "='Расчёт'!D17/'Расчёт'!C17"], []],
    merges: [],
  };
  const problems = analyzeWorkbook({ sheets: [sheet] }).problems;

  it('quotes a date in a yes/no column as 01.09.2024, not 45536', () => {
    const p = problems.find((x) => x.cell === 'Свод!B3')!;
    assert.equal(p.severity, 'error');
    assert.match(p.message, /^Значение «01\.09\.2024» не подходит для столбца «1\.1 Наличие плана \(да\/нет\)» \(ожидается «да» или «нет»\)/);
  });

  it('says a formula cell has no calculated value, instead of calling it empty', () => {
    const p = problems.find((x) => x.cell === 'Свод!C3')!;
    assert.equal(p.code, 'missing');
    assert.match(p.message, /^В ячейке формула без вычисленного значения \(Кимовский район\): книга сохранена без пересчёта — откройте её в Excel и сохраните/);
  });
});
