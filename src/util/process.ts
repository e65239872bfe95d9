// Child processes with a bound on everything: run time, captured output, and the whole process tree on stop.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

const MAX_CAPTURE = 256 * 1024;

/** Runs a command to completion, killing its process tree when `timeoutMs` passes. Never rejects on exit codes. */
export function runCommand(
  command: string,
  args: readonly string[],
  options: { timeoutMs: number; env?: NodeJS.ProcessEnv; cwd?: string; onLine?: (line: string) => void },
): Promise<RunResult> {
  return new Promise((resolve) => {
    let child: ChildProcess;
    try {
      child = spawn(command, args, { env: options.env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: process.platform !== 'win32', windowsHide: true });
    } catch (error) {
      resolve({ code: null, signal: null, stdout: '', stderr: String(error), timedOut: false });
      return;
    }
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const keep = (acc: string, chunk: Buffer) => (acc.length > MAX_CAPTURE ? acc : acc + chunk.toString('utf8'));
    child.stdout?.on('data', (c: Buffer) => {
      stdout = keep(stdout, c);
      if (options.onLine) for (const line of c.toString('utf8').split('\n')) if (line.trim()) options.onLine(line);
    });
    child.stderr?.on('data', (c: Buffer) => (stderr = keep(stderr, c)));
    const timer = setTimeout(() => {
      timedOut = true;
      killTree(child.pid, 'SIGKILL');
    }, options.timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, signal: null, stdout, stderr: stderr + String(error), timedOut });
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, timedOut });
    });
  });
}

/** Starts a long-running process in its own process group (POSIX), so stopping it reaches its children too. */
export function spawnDetached(command: string, args: readonly string[], options: SpawnOptions): ChildProcess {
  return spawn(command, args, { ...options, detached: process.platform !== 'win32', windowsHide: true });
}

/** Signals a process and everything in its group; on Windows, taskkill /T walks the tree. */
export function killTree(pid: number | undefined, signal: NodeJS.Signals = 'SIGTERM', platform: NodeJS.Platform = process.platform): boolean {
  if (!pid) return false;
  if (platform === 'win32') {
    const args = ['/PID', String(pid), '/T'];
    if (signal === 'SIGKILL') args.push('/F');
    try {
      spawn('taskkill', args, { stdio: 'ignore', windowsHide: true });
      return true;
    } catch {
      return false;
    }
  }
  try {
    process.kill(-pid, signal); // the whole group: the proxy and any worker it forked
    return true;
  } catch {
    try {
      process.kill(pid, signal);
      return true;
    } catch {
      return false;
    }
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** SIGTERM, wait up to `graceMs` for the process to go, then SIGKILL. Harmless when it is already gone. */
export async function stopProcessTree(pid: number, graceMs = 5000): Promise<'not-running' | 'terminated' | 'killed'> {
  if (!isAlive(pid)) return 'not-running';
  killTree(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    await sleep(50);
    if (!isAlive(pid)) {
      killTree(pid, 'SIGKILL'); // stragglers in the group, if any
      return 'terminated';
    }
  }
  killTree(pid, 'SIGKILL');
  const killDeadline = Date.now() + 2000;
  while (isAlive(pid) && Date.now() < killDeadline) await sleep(25);
  return 'killed';
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
