import { strict as assert } from 'assert';
import { existsSync, readdirSync } from 'fs';
import * as path from 'path';
import { sheetsFromPackage } from '../../src/adapters/xlsx/read/sheetsFromPackage';
import { isDate1904, readFileBytes, workbookFromBytes, worksheetsInOrder } from '../../src/adapters/xlsx/loadWorkbookBytes';
import { sheetToGrid } from '../support/exceljsSheetToGrid';
import { tempDir, writeRegion1, writeRegion2 } from './xlsxFixtures';

const EXAMPLES = path.join(__dirname, '..', '..', 'examples');

/** Both readers on one file: the same sheets, in the same order, with the same grids. */
async function sameGrids(file: string): Promise<void> {
  const bytes = await readFileBytes(file);
  const wb = await workbookFromBytes(bytes, file);
  const fast = await sheetsFromPackage(bytes);
  const oracle = worksheetsInOrder(wb).map((ws) => ({ name: ws.name, hidden: ws.state === 'hidden' || ws.state === 'veryHidden', grid: sheetToGrid(ws, ws.name, { date1904: isDate1904(wb) }) }));
  assert.equal(fast.date1904, isDate1904(wb));
  assert.deepEqual(fast.sheets.map((s) => [s.name, s.hidden]), oracle.map((s) => [s.name, s.hidden]), file);
  oracle.forEach((o, i) => {
    const { name: _name, hidden: _hidden, ...grid } = o.grid; // the SAX reader reports hidden beside the grid
    assert.deepEqual(fast.sheets[i].grid, grid, `${path.basename(file)} / ${o.name}`);
  });
}

describe('The SAX reader gives the grids exceljs’s full reader gave', () => {
  const files = existsSync(EXAMPLES) ? readdirSync(EXAMPLES).filter((f) => f.endsWith('.xlsx')) : [];
  for (const f of files) {
    it(`on examples/${f}`, () => sameGrids(path.join(EXAMPLES, f)));
  }

  it('on the fixtures with shared formulas, rich text, dates, errors, hyperlinks, merges and a hidden sheet', async () => {
    const dir = await tempDir();
    await writeRegion1(path.join(dir, 'r1.xlsx'));
    await writeRegion2(path.join(dir, 'r2.xlsx'));
    await sameGrids(path.join(dir, 'r1.xlsx'));
    await sameGrids(path.join(dir, 'r2.xlsx'));
  });
});
