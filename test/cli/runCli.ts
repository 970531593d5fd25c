/**
 * Runs the real command in a child process, the way a user (or `npm run analyze`) does:
 * `node --import tsx src/cli/analyze.ts …` from the repository root, and helpers to look at what
 * it left on disk.
 *
 * Example:
 *   const r = runCli(['examples/matrix-ingushetia.xlsx', '--json']);
 *   r.status // → 0;  JSON.parse(r.stdout).layout // → 'matrix'
 */

import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import { promises as fs, readFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const EXAMPLES = path.join(ROOT, 'examples');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd = ROOT): CliResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'cli', 'analyze.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, METOD_DEBUG: '', NODE_OPTIONS: '' },
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

export async function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'metod-cli-'));
}

/** Every entry of a folder, hidden ones included, sorted. */
export async function listing(dir: string): Promise<string[]> {
  return (await fs.readdir(dir)).sort();
}

/** A stack trace line such as «    at Object.<anonymous> (/…/x.ts:1:2)». */
export function hasStackTrace(text: string): boolean {
  return /^\s+at\s.+(\(|:\d+:\d+)/m.test(text) || /\b(TypeError|ReferenceError|Error):\s/.test(text);
}
