/**
 * Entry of `npm run analyze` (run by tsx, no build step): hands the arguments to runAnalyze and
 * exits with its status. Output is flushed before exiting, so a large --json is never cut off
 * when stdout is a pipe.
 *
 * Example:
 *   npm run analyze -- examples/matrix-ingushetia.xlsx --json > результат.json
 *   node --import tsx src/cli/analyze.ts формы/ --out сводка.xlsx
 */

import { runAnalyze } from './run';

runAnalyze(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.stderr.write('Не удалось выполнить команду из-за внутренней ошибки программы.\n');
    process.exitCode = 1;
  },
);
