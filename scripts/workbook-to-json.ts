/**
 * Writes the stand-in's initial state (a `StandinSnapshot`) from .xlsx files, for the preview
 * that runs the pane against the stand-in in Chromium. Reads through the xlsx adapter, so the
 * preview sees exactly what the add-in's engine would see.
 *
 * Example:
 *   npm run standin:json -- examples/matrix.xlsx > preview/matrix.json
 *   npx tsx scripts/workbook-to-json.ts район1.xlsx район2.xlsx --out preview/both.json
 */

import { writeFileSync } from 'fs';
import { readWorkbookFiles } from '../src/adapters/xlsx/readWorkbookFiles';
import { snapshotFromGrid } from '../src/standin/snapshot';

async function main(argv: string[]): Promise<void> {
  const out = argv.includes('--out') ? argv[argv.indexOf('--out') + 1] : null;
  const files = argv.filter((a, i) => a !== '--out' && argv[i - 1] !== '--out');
  if (files.length === 0) {
    process.stderr.write('Укажите один или несколько файлов .xlsx: npm run standin:json -- книга.xlsx [--out файл.json]\n');
    process.exit(2);
  }
  const loaded = await readWorkbookFiles(files);
  const json = JSON.stringify(snapshotFromGrid(loaded.grid));
  if (out) writeFileSync(out, json);
  else process.stdout.write(json + '\n');
}

main(process.argv.slice(2)).catch((e: Error) => {
  process.stderr.write(`${e.message}\n`);
  process.exit(1);
});
