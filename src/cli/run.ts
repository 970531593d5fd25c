/**
 * The `analyze` command as a function: arguments in, exit status out, text through the given
 * streams. Reads the workbooks as one, analyses them, prints the §8 JSON (with --json, to stdout
 * and nothing else there) and/or writes the result workbook (atomically, never over an input).
 * On failure it writes one Russian sentence to stderr and returns non-zero; nothing is written.
 * Messages about success go to stderr with --json, to stdout otherwise.
 *
 * Example:
 *   const code = await runAnalyze(['examples/matrix-ingushetia.xlsx', '--json'], { stdout, stderr });
 *   // stdout: { "layout": "matrix", "sheets": [...], "entities": [...], ... }   code: 0
 */

import * as path from 'path';
import { parseArgs, type RunArgs } from './args';
import { HELP_TEXT } from './help';
import { inputFiles, type InputFiles } from './inputFiles';
import { checkNotAnInput, defaultOutputPath } from './outputPath';
import { writeAtomically } from './writeAtomically';
import { describeFailure } from './failure';
import { summaryLines } from './summary';
import { analyzeWorkbook } from '../engine/analyze';
import type { AnalysisOptionsInput } from '../engine/options';
import { buildOutputPlan } from '../engine/output/buildOutputPlan';
import { toResultJson, type ResultJson } from '../engine/json';
import { readWorkbookFiles, replaceableSheets, takeGrid, type LoadedWorkbooks } from '../adapters/xlsx/readWorkbookFiles';
import type { OutputPlan } from '../engine/output/plan';
import { writeResultWorkbook } from '../adapters/xlsx/writeResultWorkbook';

export interface Streams {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

function analysisOptions(args: RunArgs): AnalysisOptionsInput {
  const options: AnalysisOptionsInput = {};
  if (args.target !== null) options.target = args.target;
  if (args.critical !== null) options.critical = args.critical;
  if (args.sheets.length > 0) options.sheets = args.sheets;
  if (args.previous.length > 0) options.previousSheets = args.previous;
  if (args.pairs.length > 0) options.pairs = args.pairs;
  if (args.k !== undefined || args.features !== undefined) {
    options.clusters = { ...(args.k !== undefined ? { k: args.k } : {}), ...(args.features !== undefined ? { features: args.features } : {}) };
  }
  return options;
}

/** The files of a folder that were not read, as notes in the JSON's problems (a program reading it sees them too). */
function withSkippedFiles(result: ResultJson, skipped: InputFiles['skipped']): ResultJson {
  if (skipped.length === 0) return result;
  const notes = skipped.map((s) => ({ cell: null, sheet: null, severity: 'info' as const, code: 'other' as const, message: `Файл «${s.name}» не прочитан: ${s.reason}.` }));
  return { ...result, problems: [...result.problems, ...notes] };
}

/**
 * Everything that can fail on the data, before anything is written: the analysis, the JSON, the
 * summary lines and the plan. The analysis is not returned, but the plan keeps it while the
 * result is written: a long table's rows are made from it as they are written
 * (engine/output/rowBlocks.ts), which costs far less than the rows made up front.
 */
function prepareOutputs(args: RunArgs, loaded: LoadedWorkbooks, write: boolean, skipped: InputFiles['skipped']): { json: string | null; summary: string[]; plan: OutputPlan | null } {
  // The cells are released once analysed: the writer copies the files' bytes, and the plan is
  // built from the analysis (on a 100,000-row form the grid is 60 MB of the peak).
  const analysis = analyzeWorkbook(takeGrid(loaded), analysisOptions(args));
  const json = args.json ? `${JSON.stringify(withSkippedFiles(toResultJson(analysis, { note: args.note }), skipped), null, 2)}\n` : null;
  // A result workbook given back: its earlier result sheets are replaced (METHODOLOGY §7).
  const owned = replaceableSheets(loaded);
  const existingSheets = [...loaded.sheets.map((s) => s.name), ...owned];
  const plan = write ? buildOutputPlan(analysis, { existingSheets, ownedSheets: owned, note: args.note }) : null;
  return { json, summary: summaryLines(analysis), plan };
}

async function execute(args: RunArgs, io: Streams): Promise<void> {
  const inputs = await inputFiles(args.inputs);
  const out = args.out ?? (args.json ? null : defaultOutputPath(inputs, args.inputs));
  if (out) await checkNotAnInput(out, inputs.files);

  const loaded = await readWorkbookFiles(inputs.files);
  const { json, summary, plan } = prepareOutputs(args, loaded, out !== null, inputs.skipped);
  if (out && plan) await writeAtomically(out, (tmp) => writeResultWorkbook(loaded, plan, tmp));

  const messages = args.json ? io.stderr : io.stdout;
  if (json !== null) io.stdout.write(json);
  const names = inputs.files.map((f) => `«${path.basename(f)}»`);
  const books = inputs.files.length === 1
    ? `Книга ${names[0]}`
    : `Книги (${inputs.files.length}), прочитанные как одна: ${names.slice(0, 10).join(', ')}${names.length > 10 ? ', …' : ''}`;
  messages.write(`${books}:\n${summary.map((l) => `  ${l}`).join('\n')}\n`);
  if (inputs.skipped.length > 0) {
    messages.write(`Не прочитаны: ${inputs.skipped.map((s) => `«${s.name}» — ${s.reason}`).join('; ')}.\n`);
  }
  if (out) messages.write(`Итоговая книга: ${out}\n`);
}

export async function runAnalyze(argv: string[], io: Streams): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.kind === 'help') {
      io.stdout.write(HELP_TEXT);
      return 0;
    }
    await execute(args, io);
    return 0;
  } catch (e) {
    const failure = describeFailure(e);
    io.stderr.write(`${failure.message}\n`);
    if (process.env.METOD_DEBUG === '1' && e instanceof Error && e.stack) io.stderr.write(`${e.stack}\n`);
    return failure.exitCode;
  }
}
