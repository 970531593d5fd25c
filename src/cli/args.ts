/**
 * Command-line arguments of `npm run analyze`, parsed without side effects so they can be
 * tested: workbooks or folders, `--sheet NAME` (repeatable), `--out FILE.xlsx`, `--json`,
 * `--target N`, `--critical N`, `--k N|auto` (number of clusters), `--features "A,B"` (what to
 * cluster on; commas or semicolons between names), `--pair "ЛИСТ!D/C"` (count column D has its
 * base in column C; `"ЛИСТ!D/C=E"` also names the share the sheet declares in E; repeatable),
 * `--no-note` (no «Справка»), `--help`. `k` and `features` are present in
 * the result only when given. Both `--out x.xlsx` and `--out=x.xlsx` are accepted;
 * `--` ends the options (a file may then start with a dash). Percent thresholds accept a decimal
 * comma («82,5»). A mistake raises `ArgsError` with one Russian sentence.
 *
 * Example:
 *   parseArgs(['книга.xlsx', '--sheet', 'Лист1', '--target=85', '--json'])
 *   // → { kind: 'run', inputs: ['книга.xlsx'], sheets: ['Лист1'], out: null, json: true,
 *   //     target: 85, critical: null }
 *   parseArgs(['--help']) // → { kind: 'help' }
 */

import type { PairOverride } from '../engine/options';

export class ArgsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArgsError';
  }
}

export interface RunArgs {
  kind: 'run';
  /** Workbooks and folders, as given. */
  inputs: string[];
  /** Only these sheets (empty: every sheet with a table). */
  sheets: string[];
  /** Sheets of the previous period, compared with the current ones (Динамика). */
  previous: string[];
  /** Where to write the result workbook; null: next to the first input (or nowhere with --json). */
  out: string | null;
  json: boolean;
  /** Thresholds in percent, null when not given. */
  target: number | null;
  critical: number | null;
  /** Number of clusters (2…20) or 'auto' (chosen by silhouette); absent when not given. */
  k?: number | 'auto';
  /** Features to cluster on, by name or id; absent when not given. */
  features?: string[];
  /** Corrections to the count/base pairs the reader inferred. */
  pairs: PairOverride[];
  /** Write «Справка» (false with --no-note). */
  note: boolean;
}

export type ParsedArgs = RunArgs | { kind: 'help' };

const VALUE_OPTIONS = ['--sheet', '--previous', '--out', '--target', '--critical', '--k', '--features', '--pair'] as const;

/** The largest number of clusters the command line accepts: more would be a list, not groups. */
export const MAX_CLUSTERS = 20;

/** «auto» (or «авто») or a whole number of clusters from 1 to MAX_CLUSTERS. */
function parseK(text: string): number | 'auto' {
  const t = text.trim().toLowerCase();
  if (t === 'auto' || t === 'авто') return 'auto';
  const x = /^\d+$/.test(t) ? Number(t) : NaN;
  if (!Number.isInteger(x) || x < 1 || x > MAX_CLUSTERS) {
    throw new ArgsError(`Значение --k должно быть целым числом от 1 до ${MAX_CLUSTERS} или словом auto, а не «${text}».`);
  }
  return x;
}

/**
 * «Форма 1!D/C» → count D over base C on sheet «Форма 1»; «Форма 1!D/C=E» adds the declared
 * share in E. The sheet name may be quoted as in Excel ('Форма 1'!D/C). Column letters are the
 * Latin ones Excel shows; a letter typed on the Russian layout (С, В) gets the message below.
 */
export function parsePair(text: string): PairOverride {
  const bang = text.lastIndexOf('!');
  const sheet = bang > 0 ? text.slice(0, bang).trim().replace(/^'(.*)'$/, '$1').replace(/''/g, "'") : '';
  const m = /^\s*([A-Za-z]{1,3})\s*\/\s*([A-Za-z]{1,3})\s*(?:=\s*([A-Za-z]{1,3})\s*)?$/.exec(bang > 0 ? text.slice(bang + 1) : text);
  if (sheet === '' || !m) {
    throw new ArgsError(`Пару нужно указать как --pair "ЛИСТ!D/C" (количество в столбце D, база в столбце C; «=E» — доля на листе), а не «${text}».`);
  }
  const [, numerator, base, declared] = m;
  if (numerator.toUpperCase() === base.toUpperCase()) throw new ArgsError(`В паре «${text}» количество и база — один и тот же столбец.`);
  return { sheet, numerator: numerator.toUpperCase(), base: base.toUpperCase(), ...(declared ? { declared: declared.toUpperCase() } : {}) };
}

/** «Предметные, Методические» → ['Предметные', 'Методические']; commas or semicolons. */
function parseFeatures(text: string): string[] {
  const names = text.split(/[,;]/).map((s) => s.trim()).filter((s) => s !== '');
  if (names.length === 0) throw new ArgsError('После --features нужно перечислить признаки через запятую.');
  return names;
}
type ValueOption = (typeof VALUE_OPTIONS)[number];

function isValueOption(name: string): name is ValueOption {
  return (VALUE_OPTIONS as readonly string[]).includes(name);
}

/** A threshold in percent: 0–100, decimal point or comma, an optional trailing «%». */
function parsePercent(option: string, text: string): number {
  const t = text.trim().replace(/\s*%$/, '').replace(',', '.');
  const x = /^\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
  if (!Number.isFinite(x) || x < 0 || x > 100) {
    throw new ArgsError(`Значение ${option} должно быть числом от 0 до 100 (процентов), а не «${text}».`);
  }
  return x;
}

export function parseArgs(argv: string[]): ParsedArgs {
  const run: RunArgs = { kind: 'run', inputs: [], sheets: [], previous: [], out: null, json: false, target: null, critical: null, pairs: [], note: true };
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      run.inputs.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    if (arg === '--help' || arg === '-h' || arg === '--справка') return { kind: 'help' };
    if (arg === '--json') {
      run.json = true;
      continue;
    }
    if (arg === '--no-note') {
      run.note = false;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!isValueOption(name)) {
      throw new ArgsError(`Неизвестный параметр «${name}»; список параметров — npm run analyze -- --help.`);
    }
    let value: string;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      if (i + 1 >= argv.length || (argv[i + 1].startsWith('--') && argv[i + 1].length > 2)) {
        throw new ArgsError(`После ${name} нужно указать значение.`);
      }
      value = argv[++i];
    }
    if (value.trim() === '') throw new ArgsError(`После ${name} нужно указать значение.`);
    switch (name) {
      case '--sheet':
        if (!run.sheets.includes(value)) run.sheets.push(value);
        break;
      case '--previous':
        if (!run.previous.includes(value)) run.previous.push(value);
        break;
      case '--out':
        if (run.out !== null) throw new ArgsError('Параметр --out можно указать только один раз.');
        if (!/\.xlsx$/i.test(value)) throw new ArgsError(`Итоговая книга должна быть файлом .xlsx, а не «${value}».`);
        run.out = value;
        break;
      case '--target':
        run.target = parsePercent(name, value);
        break;
      case '--critical':
        run.critical = parsePercent(name, value);
        break;
      case '--k':
        run.k = parseK(value);
        break;
      case '--pair': {
        const pair = parsePair(value);
        run.pairs = [...run.pairs.filter((p) => !(p.sheet === pair.sheet && p.numerator === pair.numerator)), pair];
        break;
      }
      case '--features':
        for (const f of parseFeatures(value)) {
          run.features ??= [];
          if (!run.features.includes(f)) run.features.push(f);
        }
        break;
    }
  }
  if (run.inputs.length === 0) {
    throw new ArgsError('Укажите книгу Excel (.xlsx) или папку с книгами; справка — npm run analyze -- --help.');
  }
  const target = run.target ?? 80;
  const critical = run.critical ?? 50;
  if (critical > target) {
    throw new ArgsError(`Критический уровень (${critical} %) не может быть выше целевого (${target} %).`);
  }
  return run;
}
