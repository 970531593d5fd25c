/**
 * The command line and the add-in know each other's results: a workbook the command wrote
 * (result sheets named by hidden `_metodMonitor_sheetN` names, highlights of the highlight
 * shape) is recalculated in the add-in in place, and the add-in leaves the same record for the
 * command.
 */

import assert from 'node:assert/strict';
import { listSheets, writePlan, removeOutput } from '../../src/adapters/office';
import { uninstallStandin, type SheetModel, type Standin, type StandinContext } from '../../src/standin';
import { installGrid } from '../support/loadStandin';
import { handPlan, matrixGrid } from './fixtures';

function sheet(s: Standin, name: string): SheetModel {
  const found = s.model.sheets.find((x) => x.name === name);
  assert.ok(found, `no sheet ${name}; have ${s.model.sheets.map((x) => x.name).join(', ')}`);
  return found;
}

/** The state the command leaves: its «Сводная» and «Дефициты», the record, a red highlight; and a rule of the user's own. */
async function asWrittenByTheCommand(s: Standin): Promise<void> {
  await s.Excel.run(async (ctx: StandinContext) => {
    const wb = ctx.workbook;
    const sv = wb.worksheets.add('Сводная');
    sv.getRange('A1').values = [['Сводная (команда)']];
    wb.worksheets.add('Дефициты');
    wb.names.add('_metodMonitor_sheet1', "='Сводная'!$A$1").visible = false;
    wb.names.add('_metodMonitor_sheet2', "='Дефициты'!$A$1").visible = false;
    const src = wb.worksheets.getItem('Лист1');
    const red = src.getRange('C6').conditionalFormats.add('Custom');
    red.custom.rule.formula = '=TRUE';
    red.custom.format.fill.color = '#FFC7CE';
    red.custom.format.font.color = '#9C0006';
    const mine = src.getRange('B4:B9').conditionalFormats.add('Custom');
    mine.custom.rule.formula = '=TRUE';
    mine.custom.format.fill.color = '#C6EFCE';
    await ctx.sync();
  });
}

describe('The add-in and the command line know each other’s results', () => {
  afterEach(() => uninstallStandin());

  it('lists the command’s result sheets as results, not as the user’s', async () => {
    const s = installGrid(matrixGrid());
    await asWrittenByTheCommand(s);
    const sheets = await listSheets();
    assert.deepEqual(sheets.map((x) => [x.name, x.owned]), [['Лист1', false], ['Сводная', true], ['Дефициты', true]]);
  });

  it('replaces the command’s sheets and its highlights in place, keeps the user’s rule, and leaves the record for the command', async () => {
    const s = installGrid(matrixGrid());
    await asWrittenByTheCommand(s);
    const oldId = sheet(s, 'Сводная').id;
    const report = await writePlan(handPlan());
    assert.deepEqual(report.sheets, ['Сводная', 'Дефициты'], 'no «Сводная (2)»');
    assert.deepEqual(report.replaced.sort(), ['Дефициты', 'Сводная']);
    assert.notEqual(sheet(s, 'Сводная').id, oldId);
    assert.deepEqual(s.model.sheets.map((x) => x.name), ['Лист1', 'Сводная', 'Дефициты']);
    const rules = sheet(s, 'Лист1').conditionalFormats;
    assert.equal(rules.filter((c) => c.fill === '#C6EFCE').length, 1, 'the user’s rule stays');
    assert.ok(!rules.some((c) => c.fill === '#FFC7CE' && c.areas.length === 1 && c.areas[0].r0 === 5 && c.areas[0].c0 === 2 && c.areas[0].r1 === 5), 'the command’s red cell C6 is gone');
    assert.equal(rules.filter((c) => c.fill === '#FFC7CE').length, 1, 'one set of red highlights: the add-in’s');
    assert.deepEqual(
      s.model.names.map((n) => [n.name, n.formula, n.visible]),
      [
        ['_metodMonitor_sheet1', '=Сводная!$A$1', false],
        ['_metodMonitor_sheet2', '=Дефициты!$A$1', false],
      ],
    );
  });

  it('writes the record in a workbook the command never saw, so the command later knows the add-in’s sheets', async () => {
    const s = installGrid(matrixGrid());
    await writePlan(handPlan());
    assert.deepEqual(s.model.names.map((n) => n.formula), ['=Сводная!$A$1', '=Дефициты!$A$1']);
  });

  it('removes the command’s results with its own: sheets, highlights and the record', async () => {
    const s = installGrid(matrixGrid());
    await asWrittenByTheCommand(s);
    const removed = await removeOutput();
    assert.deepEqual(removed.sheets.sort(), ['Дефициты', 'Сводная']);
    assert.equal(removed.highlights, 1);
    assert.deepEqual(s.model.sheets.map((x) => x.name), ['Лист1']);
    assert.deepEqual(s.model.names, []);
    assert.deepEqual(sheet(s, 'Лист1').conditionalFormats.map((c) => c.fill), ['#C6EFCE']);
  });
});
