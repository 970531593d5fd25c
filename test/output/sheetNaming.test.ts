import { strict as assert } from 'assert';
import { resolveSheetName, resolveSheetNames, sanitizeSheetName, numberedSheetName } from '../../src/engine/output/sheetNaming';

describe('the naming policy of output sheets', () => {
  it('uses the canonical name when the workbook has no such sheet', () => {
    assert.equal(resolveSheetName('Сводная', { existing: ['Лист1'] }), 'Сводная');
  });

  it('writes «Сводная (2)» next to a user’s own «Сводная»', () => {
    assert.equal(resolveSheetName('Сводная', { existing: ['Лист1', 'Сводная'] }), 'Сводная (2)');
  });

  it('compares names without regard to case, as Excel does', () => {
    assert.equal(resolveSheetName('Сводная', { existing: ['СВОДНАЯ'] }), 'Сводная (2)');
  });

  it('reuses a sheet the add-in owns', () => {
    assert.equal(resolveSheetName('Сводная', { existing: ['Сводная'], owned: ['Сводная'] }), 'Сводная');
  });

  it('reuses its own «Сводная (2)» when the user keeps a «Сводная»', () => {
    assert.equal(resolveSheetName('Сводная', { existing: ['Сводная', 'Сводная (2)'], owned: ['Сводная (2)'] }), 'Сводная (2)');
  });

  it('takes «Сводная (3)» when «Сводная (2)» is the user’s too', () => {
    assert.equal(resolveSheetName('Сводная', { existing: ['Сводная', 'Сводная (2)'] }), 'Сводная (3)');
  });

  it('gives several sheets distinct names', () => {
    assert.deepEqual(resolveSheetNames(['Сводная', 'Сводная'], { existing: [] }), ['Сводная', 'Сводная (2)']);
  });

  it('keeps numbered names within 31 characters', () => {
    const long = 'Очень длинное название листа сводной';
    const n = numberedSheetName(sanitizeSheetName(long), 12);
    assert.ok(n.length <= 31, n);
    assert.ok(n.endsWith(' (12)'));
    assert.equal(resolveSheetName(long, { existing: [sanitizeSheetName(long)] }).length <= 31, true);
  });

  it('removes the characters Excel forbids in sheet names', () => {
    assert.equal(sanitizeSheetName('Итоги [2024]: 1/2*?\\'), 'Итоги 2024 1 2');
    assert.equal(sanitizeSheetName("'Лист'"), 'Лист');
    assert.equal(sanitizeSheetName('[]'), 'Лист');
  });
});
