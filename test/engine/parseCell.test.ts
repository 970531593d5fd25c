import { strict as assert } from 'assert';
import { parseCell, isPercentFormat } from '../../src/engine/values/parseCell';

describe('parseCell reads every value form of METHODOLOGY §3', () => {
  const table: [string, unknown, string | null, string, number | null, boolean][] = [
    // label, input, number format, expected kind, expected value, expects ignored text
    ['«да»', 'да', null, 'yes', 1, false],
    ['«Да»', 'Да', null, 'yes', 1, false],
    ['«ДА»', 'ДА', null, 'yes', 1, false],
    ['a plus sign', '+', null, 'yes', 1, false],
    ['a tick ✓', '✓', null, 'yes', 1, false],
    ['a heavy tick ✔', '✔', null, 'yes', 1, false],
    ['«есть»', 'есть', null, 'yes', 1, false],
    ['«имеется»', 'имеется', null, 'yes', 1, false],
    ['«выполнено»', 'выполнено', null, 'yes', 1, false],
    ['boolean TRUE', true, null, 'yes', 1, false],
    ['«нет»', 'нет', null, 'no', 0, false],
    ['a hyphen', '-', null, 'no', 0, false],
    ['a minus sign', '−', null, 'no', 0, false],
    ['an en dash', '–', null, 'no', 0, false],
    ['an em dash', '—', null, 'no', 0, false],
    ['«отсутствует»', 'отсутствует', null, 'no', 0, false],
    ['«не выполнено»', 'не выполнено', null, 'no', 0, false],
    ['boolean FALSE', false, null, 'no', 0, false],
    ['an empty cell', null, null, 'empty', null, false],
    ['a blank string', '   ', null, 'empty', null, false],
    ['an ellipsis', '…', null, 'missing', null, false],
    ['three dots', '...', null, 'missing', null, false],
    ['«н/д»', 'н/д', null, 'missing', null, false],
    ['«нет данных»', 'нет данных', null, 'missing', null, false],
    ['Latin x (not applicable)', 'x', null, 'missing', null, false],
    ['Cyrillic х (not applicable)', 'х', null, 'missing', null, false],
    ['«86%»', '86%', null, 'percent', 86, false],
    ['«86 %»', '86 %', null, 'percent', 86, false],
    ['«86,5%»', '86,5%', null, 'percent', 86.5, false],
    ['a number with a percent format', 0.86, '0%', 'percent', 86, false],
    ['a number with a quoted % in the format is not a percent', 5, '0" %"', 'number', 5, false],
    ['«12»', '12', null, 'number', 12, false],
    ['«12,5»', '12,5', null, 'number', 12.5, false],
    ['«1 234» with a space', '1 234', null, 'number', 1234, false],
    ['«1 234» with a no-break space', '1\u00A0234', null, 'number', 1234, false],
    ['«12.5»', '12.5', null, 'number', 12.5, false],
    ['a plain number', 92, null, 'number', 92, false],
    ['a percent followed by text', '100% от 3-5 до 28 групп', null, 'percent', 100, true],
    ['a percent, a line break and text', '100% \nПредметные сообщества', null, 'percent', 100, true],
    ['a number followed by text', '65 (из 92)', null, 'number', 65, true],
    ['a count with its unit «чел.»', '12 чел.', null, 'number', 12, false],
    ['a count with its unit «ед.»', '5 ед.', null, 'number', 5, false],
    ['years with their unit', '3 года', null, 'number', 3, false],
    ['«да» with a comment', 'да (2 программы)', null, 'yes', 1, true],
    ['«возможно»', 'возможно', null, 'text', null, false],
    ['«см. приложение»', 'см. приложение', null, 'text', null, false],
    ['an Excel error value', '#DIV/0!', null, 'error', null, false],
    ['a Russian Excel error value', '#ДЕЛ/0!', null, 'error', null, false],
  ];
  for (const [label, input, format, kind, value, ignored] of table) {
    it(`reads ${label} as ${kind}${value === null ? '' : ` ${value}`}`, () => {
      const p = parseCell(input as never, format);
      assert.equal(p.kind, kind);
      if (value === null) assert.equal(p.value, null);
      else assert.ok(Math.abs((p.value as number) - value) < 1e-9, `value ${p.value}`);
      assert.equal(Boolean(p.ignoredText), ignored, `ignoredText ${p.ignoredText}`);
    });
  }

  it('does not take «выполнено частично» for a yes', () => {
    assert.equal(parseCell('выполнено частично').kind, 'text');
  });

  it('recognises percent formats but not a % inside quotes or escaped', () => {
    assert.equal(isPercentFormat('0.0%'), true);
    assert.equal(isPercentFormat('0" %"'), false);
    assert.equal(isPercentFormat('0\\%'), false);
    assert.equal(isPercentFormat('General'), false);
    assert.equal(isPercentFormat(null), false);
  });
});
