import { strict as assert } from 'assert';
import { analyzeWorkbook } from '../../src/engine/analyze';
import { formulaReferences } from '../../src/engine/layouts/formulaSources';
import type { CellValue, SheetGrid } from '../../src/engine/grid';

const TOWNS = ['г. Тула', 'г. Новомосковск', 'г. Алексин', 'г. Донской', 'г. Ефремов'];
const COUNTS: [number, number, string][] = [[4120, 3296, 'да'], [1480, 370, 'да'], [620, 310, 'нет'], [410, 82, 'да'], [530, 344, 'нет']];

/** «Расчёт» holds the counts; «Свод» computes its shares from them by formulas (blind set 6, f03). */
function book(referenced = COUNTS.length): SheetGrid[] {
  const helper: SheetGrid = {
    name: 'Расчёт',
    startRow: 0,
    startCol: 0,
    values: [['Муниципалитет', 'Всего педагогов', 'из них имеют ИОМ', 'Участие в конкурсе (да/нет)'], ...TOWNS.map((t, i) => [t, ...COUNTS[i]])],
    merges: [],
  };
  const values: CellValue[][] = [['Муниципальное образование', '1.1 Доля педагогов с ИОМ, %', '1.2 Участие в конкурсе (да/нет)', '1.3 Наличие плана (да/нет)']];
  const formulas: (string | null)[][] = [[]];
  TOWNS.forEach((t, i) => {
    const r = i + 2;
    const linked = i < referenced;
    values.push([t, COUNTS[i][1] / COUNTS[i][0], COUNTS[i][2], i % 2 === 0 ? 'да' : 'нет']);
    formulas.push([null, linked ? `='Расчёт'!C${r}/'Расчёт'!B${r}` : null, linked ? `=Расчёт!$D$${r}` : null, null]);
  });
  const summary: SheetGrid = { name: 'Свод', startRow: 0, startCol: 0, values, formulas, numberFormats: [[], ...TOWNS.map(() => [null, '0.0%'])], merges: [] };
  return [summary, helper];
}

describe('A helper sheet that feeds another sheet’s formulas', () => {
  it('collects cross-sheet references, quoted and unquoted, cells and ranges', () => {
    const refs = formulaReferences([{ name: 'Итог', startRow: 0, startCol: 0, values: [[1, 2]], formulas: [["='Лист 1'!B2+Расчёт!$C$3", '=SUM(Расчёт!A1:B4)']] }]);
    assert.deepEqual([...refs.keys()].sort(), ['Лист 1', 'Расчёт']);
    assert.equal(refs.get('Расчёт')!.ranges.length, 1);
    assert.deepEqual([...refs.get('Расчёт')!.from], ['Итог']);
  });

  it('is left out, with a message, when the sheet it feeds is read', () => {
    const a = analyzeWorkbook({ sheets: book() });
    assert.deepEqual(a.tables.map((t) => t.sheets), [['Свод']]);
    const info = a.problems.filter((p) => p.sheet === 'Расчёт');
    assert.deepEqual(info.map((p) => [p.severity, p.message]), [['info', 'Лист «Расчёт» — исходные данные для формул листа «Свод»; отдельно он не анализируется (чтобы проанализировать его, выберите только этот лист).']]);
  });

  it('is read when it is the only sheet asked for', () => {
    const a = analyzeWorkbook({ sheets: book().filter((s) => s.name === 'Расчёт') });
    assert.deepEqual(a.tables.map((t) => t.sheets), [['Расчёт']]);
  });

  it('stays a monitoring of its own when most of its data is not referenced', () => {
    const a = analyzeWorkbook({ sheets: book(2) });
    assert.deepEqual(a.tables.map((t) => t.sheets[0]).sort(), ['Расчёт', 'Свод']);
  });
});
