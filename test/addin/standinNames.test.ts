/**
 * Defined names in the stand-in keep Excel's rules: a reference follows a renamed sheet and
 * becomes #REF! when the sheet is deleted; a name is read only after load and sync.
 */

import assert from 'node:assert/strict';
import { createStandin, type StandinContext } from '../../src/standin';

function book() {
  return createStandin({
    sheets: [
      { name: 'Данные', values: [['МО']] },
      { name: 'Сводная', values: [['Итоги']] },
      { name: 'Лист1', values: [['x']] },
    ],
    names: [{ name: 'Мой_итог', formula: '=Лист1!$A$1', visible: true }],
  });
}

describe('Defined names in the Excel stand-in', () => {
  it('adds a name over a range, hides it, and lists it only after load and sync', async () => {
    const s = book();
    await s.Excel.run(async (ctx: StandinContext) => {
      const n = ctx.workbook.names.add('_metodMonitor_sheet1', ctx.workbook.worksheets.getItem('Сводная').getRange('A1'));
      n.visible = false;
      const names = ctx.workbook.names;
      names.load('items/name,items/formula,items/visible');
      assert.throws(() => names.items, (e: { code?: string }) => e.code === 'PropertyNotLoaded');
      await ctx.sync();
      assert.deepEqual(
        names.items.map((x) => [x.name, x.formula, x.visible]),
        [
          ['Мой_итог', '=Лист1!$A$1', true],
          ['_metodMonitor_sheet1', '=Сводная!$A$1', false],
        ],
      );
    });
  });

  it('follows a renamed sheet and turns to #REF! when the sheet is deleted, leaving other names alone', async () => {
    const s = book();
    await s.Excel.run(async (ctx: StandinContext) => {
      ctx.workbook.names.add('_metodMonitor_sheet1', '=Сводная!$A$1');
      ctx.workbook.names.add('Другое', '=МояСводная!$A$1');
      ctx.workbook.worksheets.getItem('Сводная').name = 'Сводная 2025';
      await ctx.sync();
      assert.equal(s.model.names.find((n) => n.name === '_metodMonitor_sheet1')!.formula, "='Сводная 2025'!$A$1");
      assert.equal(s.model.names.find((n) => n.name === 'Другое')!.formula, '=МояСводная!$A$1', 'only the whole sheet name is replaced');
      ctx.workbook.worksheets.getItem('Сводная 2025').delete();
      await ctx.sync();
      assert.equal(s.model.names.find((n) => n.name === '_metodMonitor_sheet1')!.formula, '=#REF!$A$1');
      const missing = ctx.workbook.names.getItemOrNullObject('нет_такого');
      missing.load('name');
      await ctx.sync();
      assert.equal(missing.isNullObject, true);
    });
  });

  it('refuses a second name of the same name', async () => {
    const s = book();
    await assert.rejects(
      s.Excel.run(async (ctx: StandinContext) => {
        ctx.workbook.names.add('мой_итог', '=Данные!$A$1');
        await ctx.sync();
      }),
      (e: { code?: string }) => e.code === 'ItemAlreadyExists',
    );
  });
});
