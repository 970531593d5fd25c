import { strict as assert } from 'assert';
import { analyzeWorkbook } from '../../src/engine/analyze';

describe('A blank row between the header and the first district (found by the blind acceptance workbook b11)', () => {
  it('is skipped, not taken for the top of the table', () => {
    const values = [
      ['Мониторинг 2023'],
      [],
      ['Муниципальный район', '1.1 Наличие программы наставничества', '1.2 Доля педагогов с ИППР, %'],
      [],
      ['Кировский район', 'да', '65%'],
      ['Лужский район', 'нет', '40%'],
    ];
    const t = analyzeWorkbook({ sheets: [{ name: 'Лист1', startRow: 0, startCol: 0, values, merges: [] }] }).tables[0];
    assert.deepEqual(t.entities.map((e) => [e.name, e.fulfilment]), [['Кировский район', 82.5], ['Лужский район', 20]]);
    assert.deepEqual(t.indicators.map((i) => i.id), ['1.1', '1.2']);
  });
});
