/**
 * The stand-in enforces the rules of the Excel API that the adapter must respect.
 */

import assert from 'node:assert/strict';
import { createStandin, PAYLOAD_LIMIT_BYTES, styleKey, type StandinContext } from '../../src/standin';

function book() {
  return createStandin({ sheets: [{ name: 'Лист1', values: [['МО', 'Доля'], ['Кировский', 0.86]] }] });
}

describe('The Excel stand-in', () => {
  it('throws PropertyNotLoaded when a property is read before load() and sync()', async () => {
    const s = book();
    await s.Excel.run(async (ctx: StandinContext) => {
      const range = ctx.workbook.worksheets.getItem('Лист1').getRange('A1:B2');
      assert.throws(() => range.values, (e: { code?: string }) => e.code === 'PropertyNotLoaded');
      range.load('address');
      assert.throws(() => range.address, (e: { code?: string }) => e.code === 'PropertyNotLoaded');
      await ctx.sync();
      assert.equal(range.address, 'Лист1!A1:B2');
      assert.throws(() => range.values, (e: { code?: string }) => e.code === 'PropertyNotLoaded');
    });
  });

  it('hides rows and columns as Range.rowHidden / columnHidden do, and gives the visible cells as areas', async () => {
    const s = createStandin({ sheets: [{ name: 'Лист1', values: Array.from({ length: 6 }, (_, r) => ['a', 'b', 'c', r]) }] });
    await s.Excel.run(async (ctx: StandinContext) => {
      const ws = ctx.workbook.worksheets.getItem('Лист1');
      ws.getRange('A2:A3').rowHidden = true;
      ws.getRange('B1').columnHidden = true;
      const mixed = ws.getRange('A1:A3');
      mixed.load('rowHidden');
      const all = ws.getRange('A2:D3');
      all.load('rowHidden');
      const visible = ws.getRange('A1:D6').getSpecialCellsOrNullObject('Visible');
      visible.load('address');
      const none = ws.getRange('A2:D3').getSpecialCellsOrNullObject('Visible');
      none.load('address');
      assert.throws(() => visible.address, (e: { code?: string }) => e.code === 'PropertyNotLoaded');
      await ctx.sync();
      assert.equal(mixed.rowHidden, null);
      assert.equal(all.rowHidden, true);
      assert.equal(visible.address, 'Лист1!A1, Лист1!C1:D1, Лист1!A4:A6, Лист1!C4:D6');
      assert.equal(none.isNullObject, true);
    });
  });

  it('makes writes visible only after sync()', async () => {
    const s = book();
    await s.Excel.run(async (ctx: StandinContext) => {
      const ws = ctx.workbook.worksheets.getItem('Лист1');
      ws.getRange('A2').values = [['Лужский']];
      assert.equal(s.model.sheets[0].values[1][0], 'Кировский');
      const check = ws.getRange('A2');
      check.load('values');
      await ctx.sync();
      assert.equal(s.model.sheets[0].values[1][0], 'Лужский');
      assert.deepEqual(check.values, [['Лужский']]);
    });
  });

  it('fails a sync whose request is over 5 MB and changes nothing', async () => {
    const s = book();
    const big = Array.from({ length: 60_000 }, (_, i) => [`строка номер ${i} с длинным текстом примечания`, i]);
    await assert.rejects(
      s.Excel.run(async (ctx: StandinContext) => {
        ctx.workbook.worksheets.getItem('Лист1').getRange(`A1:B${big.length}`).values = big;
        await ctx.sync();
      }),
      (e: { code?: string }) => e.code === 'RequestPayloadSizeLimitExceeded',
    );
    assert.ok(s.model.stats.maxRequestBytes > PAYLOAD_LIMIT_BYTES);
    assert.equal(s.model.sheets[0].values.length, 2);
  });

  it('fails a sync whose response is over 5 MB', async () => {
    const s = book();
    const big = Array.from({ length: 60_000 }, (_, i) => [`строка номер ${i} с длинным текстом примечания`, i]);
    await s.Excel.run(async (ctx: StandinContext) => {
      const ws = ctx.workbook.worksheets.getItem('Лист1');
      ws.getRange('A1:B30000').values = big.slice(0, 30_000);
      await ctx.sync();
      ws.getRange('A30001:B60000').values = big.slice(30_000);
      await ctx.sync();
    });
    await assert.rejects(
      s.Excel.run(async (ctx: StandinContext) => {
        ctx.workbook.worksheets.getItem('Лист1').getRange('A1:B60000').load('values,formulas');
        await ctx.sync();
      }),
      (e: { code?: string }) => e.code === 'ResponsePayloadSizeLimitExceeded',
    );
  });

  it('answers each sync in a later task, as a round trip to Excel does', async () => {
    const s = book();
    const order: string[] = [];
    await s.Excel.run(async (ctx: StandinContext) => {
      const range = ctx.workbook.worksheets.getItem('Лист1').getRange('A1');
      range.load('values');
      // A task queued before the sync runs before the sync settles; a microtask-settled sync would beat it.
      setTimeout(() => order.push('task queued before sync'), 0);
      const synced = ctx.sync().then(() => order.push('sync settled'));
      await Promise.resolve();
      order.push('caller went on');
      await synced;
      assert.deepEqual(range.values, [['МО']]);
    });
    assert.deepEqual(order, ['caller went on', 'task queued before sync', 'sync settled']);
  });

  it('formats a long range in steps, letting the caller\'s thread run other tasks meanwhile, and formats every cell', async () => {
    const s = book();
    let ticks = 0;
    let ticking = true;
    const tick = (): void => {
      ticks += 1;
      if (ticking) setTimeout(tick, 0);
    };
    await s.Excel.run(async (ctx: StandinContext) => {
      ctx.workbook.worksheets.getItem('Лист1').getRange('A1:J150000').format.wrapText = true;
      const synced = ctx.sync();
      setTimeout(tick, 0);
      await synced;
      ticking = false;
    });
    const sheet = s.model.sheets[0];
    assert.equal(sheet.styles.size, 1_500_000);
    assert.equal(sheet.styles.get(styleKey(149_999, 9))?.wrap, true);
    assert.ok(ticks >= 4, `other tasks ran ${ticks} times during the sync`);
  });

  it('counts syncs and the largest request', async () => {
    const s = book();
    await s.Excel.run(async (ctx: StandinContext) => {
      ctx.workbook.worksheets.getItem('Лист1').getRange('C1').values = [['x']];
      await ctx.sync();
      await ctx.sync();
    });
    assert.equal(s.model.stats.syncs, 2);
    assert.ok(s.model.stats.maxRequestBytes > 0);
  });

  it('turns text written to a General cell into a formula, number or date, as Excel does, but keeps it under the Text format', async () => {
    const s = book();
    await s.Excel.run(async (ctx: StandinContext) => {
      const ws = ctx.workbook.worksheets.getItem('Лист1');
      ws.getRange('A5:C5').values = [['=1+1', '12.5', '01.02.2024']];
      const t = ws.getRange('A6:C6');
      t.numberFormat = [['@', '@', '@']];
      t.values = [['=1+1', '12.5', '01.02.2024']];
      await ctx.sync();
    });
    const sh = s.model.sheets[0];
    assert.equal(sh.formulas[4][0], '=1+1');
    assert.equal(sh.values[4][1], 12.5);
    assert.equal(typeof sh.values[4][2], 'number');
    assert.deepEqual(sh.values[5], ['=1+1', '12.5', '01.02.2024']);
    assert.equal(sh.formulas[5]?.[0], undefined);
  });

  it('refuses to write on a protected sheet', async () => {
    const s = createStandin({ sheets: [{ name: 'Лист1', values: [['a']], protected: true }] });
    await assert.rejects(
      s.Excel.run(async (ctx: StandinContext) => {
        ctx.workbook.worksheets.getItem('Лист1').getRange('A1').values = [['b']];
        await ctx.sync();
      }),
      (e: { code?: string }) => e.code === 'AccessDenied',
    );
    assert.equal(s.model.sheets[0].values[0][0], 'a');
  });

  it('reports a missing sheet of getItemOrNullObject as a null object', async () => {
    const s = book();
    await s.Excel.run(async (ctx: StandinContext) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject('Нет такого');
      await ctx.sync();
      assert.equal(ws.isNullObject, true);
    });
  });
});
