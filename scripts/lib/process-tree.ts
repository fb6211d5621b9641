// Wall time and peak resident memory of a command and every process it starts (Linux /proc).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** Sum of resident memory of a process and its descendants, from /proc. */
export function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      total += Number(readFileSync(`/proc/${p}/statm`, 'utf8').split(' ')[1]) * 4096;
    } catch {
      // ended
    }
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

export interface Measured {
  seconds: number;
  /** User + system CPU seconds of the command and every process it waited for (GNU time): unlike wall time, independent of other load. */
  cpuSeconds: number;
  peakRss: number;
  ok: boolean;
  output: string;
}

const TIME = '/usr/bin/time';
const MARK = 'measured-cpu:';

/** Runs a command, sampling its process tree's memory every `sampleMs`; CPU time from GNU time when installed. */
export function measure(
  cmd: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
  sampleMs = 200,
): Promise<Measured> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const timed = existsSync(TIME) ? [TIME, '-f', `${MARK}%U %S`, ...cmd] : cmd;
    const child = spawn(timed[0], timed.slice(1), { cwd, env: { ...env, FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), sampleMs);
    child.on('close', (code) => {
      clearInterval(timer);
      const cpu = output
        .slice(output.lastIndexOf(MARK) + MARK.length)
        .trim()
        .split(/\s+/)
        .map(Number);
      const cpuSeconds = output.includes(MARK) ? cpu[0] + cpu[1] : NaN;
      resolve({ seconds: (performance.now() - t0) / 1000, cpuSeconds, peakRss: peak, ok: code === 0, output });
    });
  });
}
