/**
 * Runs a command as a child process and measures its wall time and peak memory (the largest
 * resident set of the child or any of its descendants — LibreOffice's `soffice` is a script that
 * starts `soffice.bin`). Uses GNU `/usr/bin/time -v` when present («Maximum resident set size»);
 * otherwise polls /proc every 20 ms for the process tree's VmRSS (which can miss a short peak).
 *
 * Example:
 *   const m = await measureProcess(process.execPath, ['--version']);
 *   m.wallMs // → 31.2;  m.peakRssMb // → 41.5;  m.method // → 'time -v'
 */

import { spawn } from 'child_process';
import { existsSync, promises as fs, readdirSync, readFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';

export interface Measurement {
  wallMs: number;
  peakRssMb: number | null;
  exitCode: number | null;
  stderr: string;
  method: 'time -v' | '/proc';
}

const GNU_TIME = '/usr/bin/time';

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) out.push(Number(name));
    } catch {
      // exited meanwhile
    }
  }
  return out;
}

function rssKb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

function treePeakKb(root: number): number {
  let peak = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    peak = Math.max(peak, rssKb(pid));
    stack.push(...childrenOf(pid));
  }
  return peak;
}

export async function measureProcess(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Measurement> {
  const useTime = existsSync(GNU_TIME);
  const timeFile = path.join(os.tmpdir(), `metod-bench-time-${process.pid}-${Date.now()}.txt`);
  const [cmd, argv] = useTime ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args];
  const started = process.hrtime.bigint();
  const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  let polledKb = 0;
  const poll = useTime ? null : setInterval(() => child.pid && (polledKb = Math.max(polledKb, treePeakKb(child.pid))), 20);
  const exitCode: number | null = await new Promise((resolve) => child.on('close', (code) => resolve(code)));
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (poll) clearInterval(poll);
  let peakKb: number | null = useTime ? null : polledKb;
  if (useTime) {
    try {
      const report = await fs.readFile(timeFile, 'utf8');
      const m = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(report);
      peakKb = m ? Number(m[1]) : null;
    } finally {
      await fs.rm(timeFile, { force: true });
    }
  }
  return { wallMs, peakRssMb: peakKb === null ? null : peakKb / 1024, exitCode, stderr, method: useTime ? 'time -v' : '/proc' };
}
