import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { EXAMPLES } from '../../scripts/examples/catalogue';
import { workbookBytes } from '../../scripts/examples/workbookFile';

const DIR = path.resolve(__dirname, '..', '..', 'examples');

describe('The example workbooks', () => {
  for (const [file, build] of EXAMPLES) {
    it(`${file} in examples/ is exactly what \`npm run examples\` writes (regenerate and commit after changing a builder)`, async () => {
      const fresh = await workbookBytes(build());
      const again = await workbookBytes(build());
      assert.ok(fresh.equals(again), 'the builder is not deterministic');
      assert.ok(fresh.equals(readFileSync(path.join(DIR, file))), `examples/${file} is out of date: run npm run examples`);
    });
  }
});
