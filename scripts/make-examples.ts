/**
 * `npm run examples`: (re)writes the example workbooks in examples/ from the seeds' figures and
 * names. Deterministic: no randomness, fixed document dates and zip timestamps, so running it
 * twice gives identical bytes. The builders live in scripts/examples/, one workbook per file;
 * examples/README.md says what each workbook shows.
 *
 * Example:
 *   npm run examples
 *   // examples/matrix-ingushetia.xlsx, transposed-leningrad.xlsx, counts-leningrad.xlsx,
 *   // points-krymsk.xlsx, points-wide.xlsx, roster-diagnostics.xlsx
 */

import * as path from 'path';
import { saveWorkbook } from './examples/workbookFile';
import { EXAMPLES } from './examples/catalogue';

async function main(): Promise<void> {
  const dir = path.resolve(__dirname, '..', 'examples');
  for (const [name, build] of EXAMPLES) {
    await saveWorkbook(build(), path.join(dir, name));
    process.stdout.write(`записан examples/${name}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`Не удалось записать учебные книги: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
