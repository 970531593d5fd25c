/**
 * Where the result workbook goes. With `--out` exactly there; otherwise next to the first input
 * as «<имя>.result.xlsx» (for a folder: inside it, named after the folder). An input file is
 * never the output: naming one with `--out` is an error.
 *
 * Example:
 *   defaultOutputPath({ files: ['d/отчёт.xlsx'], folders: [] }, ['d/отчёт.xlsx'])  // → 'd/отчёт.result.xlsx'
 *   defaultOutputPath({ files: ['формы/a.xlsx'], folders: ['формы'] }, ['формы'])  // → 'формы/формы.result.xlsx'
 */

import { promises as fs } from 'fs';
import * as path from 'path';
import type { InputFiles } from './inputFiles';
import { ArgsError } from './args';

export function defaultOutputPath(inputs: InputFiles, given: string[]): string {
  const first = given[0];
  if (inputs.folders.includes(first)) {
    const dir = path.resolve(first);
    return path.join(first, `${path.basename(dir)}.result.xlsx`);
  }
  const file = inputs.files[0];
  return path.join(path.dirname(file), `${path.basename(file).replace(/\.[^.]+$/, '')}.result.xlsx`);
}

async function canonical(p: string): Promise<string> {
  const abs = path.resolve(p);
  try {
    return await fs.realpath(abs);
  } catch {
    try {
      return path.join(await fs.realpath(path.dirname(abs)), path.basename(abs));
    } catch {
      return abs;
    }
  }
}

/** Refuses an output that is one of the inputs (also through a link or another spelling of the path). */
export async function checkNotAnInput(out: string, files: string[]): Promise<void> {
  const target = await canonical(out);
  const caseless = process.platform !== 'linux';
  for (const f of files) {
    const input = await canonical(f);
    if (input === target || (caseless && input.toLowerCase() === target.toLowerCase())) {
      throw new ArgsError(`Итог нельзя записать в исходную книгу «${path.basename(f)}»: укажите в --out другое имя.`);
    }
  }
}
