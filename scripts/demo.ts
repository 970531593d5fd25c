/**
 * `npm run demo`: analyses every workbook in examples/ (it generates nothing) and writes each
 * result workbook to examples/results/ (git-ignored), printing a short Russian report per
 * workbook: layout, entities, groups, deficits, data problems, where the result went. Works right
 * after `npm ci`: it runs the same code as `npm run analyze`, in process.
 *
 * Example:
 *   npm run demo
 *   // ▸ matrix-ingushetia.xlsx
 *   //   Матрица показателей — лист «Мониторинг РМС»: 5 объектов, 15 показателей.
 *   //   …
 *   //   Итоговая книга: examples/results/matrix-ingushetia.result.xlsx
 */

import { promises as fs } from 'fs';
import * as path from 'path';
import { runAnalyze } from '../src/cli/run';
import { isWorkbookName } from '../src/cli/inputFiles';

async function main(): Promise<number> {
  const root = path.resolve(__dirname, '..');
  const examples = path.join(root, 'examples');
  const results = path.join(examples, 'results');
  await fs.mkdir(results, { recursive: true });
  const books = (await fs.readdir(examples)).filter(isWorkbookName).sort((a, b) => a.localeCompare(b, 'ru'));
  if (books.length === 0) {
    process.stderr.write('В папке examples/ нет учебных книг; создайте их командой npm run examples.\n');
    return 1;
  }
  let failed = 0;
  for (const book of books) {
    const input = path.relative(process.cwd(), path.join(examples, book));
    const out = path.relative(process.cwd(), path.join(results, book.replace(/\.xlsx$/i, '.result.xlsx')));
    process.stdout.write(`▸ ${book}\n`);
    const code = await runAnalyze([input, '--out', out], {
      stdout: { write: (t: string) => process.stdout.write(t.replace(/^(?=.)/gm, '  ')) },
      stderr: { write: (t: string) => process.stderr.write(t.replace(/^(?=.)/gm, '  ')) },
    });
    if (code !== 0) failed++;
    process.stdout.write('\n');
  }
  process.stdout.write(
    failed === 0
      ? `Разобрано книг: ${books.length}; итоги — в ${path.relative(process.cwd(), results) || '.'}/.\n`
      : `Разобрано книг: ${books.length - failed} из ${books.length}; остальные не удалось разобрать (причина — выше).\n`,
  );
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`Демонстрация прервана: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
