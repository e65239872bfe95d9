// Child processes with a bound on everything: run time, captured output, and the whole process tree on stop.
// The platform decisions (process groups and signals on POSIX, taskkill on Windows) are small pure functions
// with the platform passed in, so they are unit-tested on any OS; the OS calls go through `ProcessSystem`.
import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

const MAX_CAPTURE = 256 * 1024;

/**
 * Runs a command to completion, killing its process tree when `timeoutMs` passes. Never rejects on exit codes.
 * Without a `cwd` it runs in a private empty folder, never the caller's: Python puts the working folder on
 * sys.path (`python -m pip` would run a `pip/` the repository holds) and uv reads config files found there.
 */
export async function runCommand(
  command: string,
  args: readonly string[],
  options: {
    timeoutMs: number;
    env?: NodeJS.ProcessEnv;
    cwd?: string;
    /** Written to stdin, which is then closed. */ input?: string;
    /** Characters of stdout and of stderr kept (default 256 KiB): output past it is dropped. */ maxCapture?: number;
  },
): Promise<RunResult> {
  if (options.cwd !== undefined) return runIn(command, args, options, options.cwd);
  const cwd = emptyDir();
  const forget = removeOnExit(cwd);
  try {
    return await runIn(command, args, options, cwd);
  } finally {
    fs.rmSync(cwd, { recursive: true, force: true });
    forget();
  }
}

/** A fresh empty folder only this process can write: the working folder of a child that must see nothing. */
export function emptyDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'verify-litellm-cwd-'));
}

function runIn(
  command: string,
  args: readonly string[],
  options: { timeoutMs: number; env?: NodeJS.ProcessEnv; input?: string; maxCapture?: number },
  cwd: string,
): Promise<RunResult> {
  return new Promise((resolve) => {
    let child: ChildProcess;
    try {
      child = spawn(command, args, {
        env: options.env,
        cwd,
        stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        ...treeSpawnOptions(process.platform),
      });
      if (options.input !== undefined) {
        child.stdin?.on('error', () => undefined); // a child that exits without reading
        child.stdin?.end(options.input);
      }
    } catch (error) {
      resolve({ code: null, signal: null, stdout: '', stderr: String(error), timedOut: false });
      return;
    }
    // A bounded command in a group of its own: it ends with this process, however this process ends.
    const release = child.pid ? stopOnExit(child.pid) : () => undefined;
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const max = options.maxCapture ?? MAX_CAPTURE;
    const keep = (acc: string, chunk: Buffer) => (acc.length > max ? acc : acc + chunk.toString('utf8'));
    child.stdout?.on('data', (c: Buffer) => (stdout = keep(stdout, c)));
    child.stderr?.on('data', (c: Buffer) => (stderr = keep(stderr, c)));
    const timer = setTimeout(() => {
      timedOut = true;
      killTree(child.pid, 'SIGKILL');
    }, options.timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      release();
      resolve({ code: null, signal: null, stdout, stderr: stderr + String(error), timedOut });
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      release();
      resolve({ code, signal, stdout, stderr, timedOut });
    });
  });
}

/**
 * How a child is spawned so its whole tree can be stopped later, and whether it may outlive this process.
 * POSIX: `detached` makes it the leader of a process group of its own, so one signal to the group reaches every
 * worker it forks. Windows has no process groups (taskkill /T walks the tree instead), and `detached` decides
 * the lifetime: a non-detached child is put in libuv's kill-on-close job and dies with this process, which is
 * right for a bounded command (an installer); a `service` (the proxy) must be detached, or a proxy kept for
 * later steps (`keep-running`) would die when the main step's process exits, before the post step stops it.
 */
export function treeSpawnOptions(platform: NodeJS.Platform, lifetime: 'bounded' | 'service' = 'bounded'): { detached: boolean; windowsHide: true } {
  return { detached: platform !== 'win32' || lifetime === 'service', windowsHide: true };
}

/** Starts a long-running process in its own process group (POSIX), so stopping it reaches its children too;
 * on Windows outside the job that ends with this process, so it can outlive the step that started it. */
export function spawnDetached(command: string, args: readonly string[], options: SpawnOptions): ChildProcess {
  return spawn(command, args, { ...options, ...treeSpawnOptions(process.platform, 'service') });
}

/** How one stop request reaches a process tree on a platform. */
export type TreeKillPlan =
  /** Windows: no signals to send a console program (taskkill without /F asks windows to close, which Python
   * ignores), and a venv's python.exe is a launcher whose interpreter is its child, so always /T /F. */
  | { kind: 'taskkill'; command: 'taskkill'; args: string[] }
  /** POSIX: the signal to the process group (-pid); to the process alone when it leads no group. */
  | { kind: 'signal'; group: number; pid: number; signal: NodeJS.Signals };

export function treeKillPlan(pid: number, signal: NodeJS.Signals, platform: NodeJS.Platform): TreeKillPlan {
  if (platform === 'win32') return { kind: 'taskkill', command: 'taskkill', args: ['/PID', String(pid), '/T', '/F'] };
  return { kind: 'signal', group: -pid, pid, signal };
}

/** Whether a stop first asks politely and waits (POSIX SIGTERM, then SIGKILL), or can only force (Windows). */
export function hasGracefulStop(platform: NodeJS.Platform): boolean {
  return platform !== 'win32';
}

/** The OS calls behind killTree/isAlive/stopProcessTree; the unit tests pass a fake. */
export interface ProcessSystem {
  /** process.kill: throws when there is no such process (or group). */
  kill(pid: number, signal: NodeJS.Signals | 0): void;
  /** Runs a helper command to its end; true when it exited 0. */
  run(command: string, args: readonly string[]): boolean;
  /** True when `pid` has exited and only waits to be reaped (a zombie); false when unknown. */
  exited?(pid: number): boolean;
}

export const realProcessSystem: ProcessSystem = {
  kill: (pid, signal) => {
    process.kill(pid, signal);
  },
  run: (command, args) => {
    const result = spawnSync(command, args, { stdio: 'ignore', windowsHide: true, timeout: 15_000 });
    return !result.error && result.status === 0;
  },
  exited: (pid) => process.platform === 'linux' && isZombie(pid),
};

/**
 * Linux: a dead process stays in the table until its parent reaps it, and signal 0 still reaches it. A proxy
 * stopped from the post step is no child of ours: it is reaped by PID 1, which in a container job may be a
 * shell that never reaps (and here reaps every ~2 s). State Z (or X) in /proc/<pid>/stat means it is gone.
 */
function isZombie(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3); // the name may hold ')'
    return state === 'Z' || state === 'X';
  } catch {
    return false;
  }
}

/** Signals a process and everything in its group; on Windows, taskkill /T /F ends the whole tree. */
export function killTree(
  pid: number | undefined,
  signal: NodeJS.Signals = 'SIGTERM',
  platform: NodeJS.Platform = process.platform,
  system: ProcessSystem = realProcessSystem,
): boolean {
  if (!pid) return false;
  const plan = treeKillPlan(pid, signal, platform);
  if (plan.kind === 'taskkill') {
    try {
      return system.run(plan.command, plan.args);
    } catch {
      return false;
    }
  }
  try {
    system.kill(plan.group, plan.signal); // the whole group: the proxy and any worker it forked
    return true;
  } catch {
    try {
      system.kill(plan.pid, plan.signal);
      return true;
    } catch {
      return false;
    }
  }
}

export function isAlive(pid: number, system: ProcessSystem = realProcessSystem): boolean {
  try {
    system.kill(pid, 0);
    return !system.exited?.(pid);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface StopOptions {
  platform?: NodeJS.Platform;
  system?: ProcessSystem;
  /** How long to wait for the forced stop to take effect. */
  killWaitMs?: number;
}

/**
 * POSIX: SIGTERM, wait up to `graceMs` for the process to go, then SIGKILL. Windows: taskkill /T /F at once
 * (there is no polite stop to wait for). Harmless when it is already gone.
 */
export async function stopProcessTree(pid: number, graceMs = 5000, options: StopOptions = {}): Promise<'not-running' | 'terminated' | 'killed'> {
  const platform = options.platform ?? process.platform;
  const system = options.system ?? realProcessSystem;
  if (!isAlive(pid, system)) return 'not-running';
  if (hasGracefulStop(platform)) {
    killTree(pid, 'SIGTERM', platform, system);
    const deadline = Date.now() + graceMs;
    while (Date.now() < deadline) {
      await sleep(50);
      if (!isAlive(pid, system)) {
        killTree(pid, 'SIGKILL', platform, system); // stragglers in the group, if any
        return 'terminated';
      }
    }
  }
  killTree(pid, 'SIGKILL', platform, system);
  const killDeadline = Date.now() + (options.killWaitMs ?? 2000);
  while (isAlive(pid, system) && Date.now() < killDeadline) await sleep(25);
  return 'killed';
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * What must not outlive this process when it exits before the work is done: an uncaught exception, an unhandled
 * rejection, a stray process.exit(), and a cancelled job (the runner sends SIGINT to the step's process alone, and
 * the front doors' guard then ends it with process.exit: src/util/proxy-guard.ts). Children run in process groups
 * of their own (treeSpawnOptions), so nothing else stops them: an installer would go on writing into the tool
 * cache, the proxy would keep its key. Node runs 'exit' listeners in all those cases; only synchronous work is
 * possible there. One listener for everything (a run has several children at once; Node warns past ten), and
 * kills before removals, so a folder is removed once nothing of ours still writes into it.
 */
const killOnExit = new Set<number>();
const removeAtExit = new Set<string>();

function exitHook(): void {
  for (const pid of killOnExit) killTree(pid, 'SIGKILL');
  for (const dir of removeAtExit) {
    try {
      fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // best effort: the process is going anyway
    }
  }
}

function watchExit(): void {
  const wanted = killOnExit.size + removeAtExit.size > 0;
  const hooked = process.listeners('exit').includes(exitHook);
  if (wanted && !hooked) process.on('exit', exitHook);
  else if (!wanted && hooked) process.removeListener('exit', exitHook);
}

/** Kills the process tree `pid` leads if this process exits before `release()` is called. */
export const stopOnExit = (pid: number): (() => void) => heldUntilRelease(killOnExit, pid);

/** Removes `dir` (a partial install, a private folder) if this process exits before `release()` is called. */
export const removeOnExit = (dir: string): (() => void) => heldUntilRelease(removeAtExit, dir);

function heldUntilRelease<T>(held: Set<T>, item: T): () => void {
  held.add(item);
  watchExit();
  return () => {
    held.delete(item);
    watchExit();
  };
}
