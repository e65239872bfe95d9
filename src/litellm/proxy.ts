// Runs the real LiteLLM proxy on loopback: start, wait until it answers, read its log, stop it.
import type { ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { request } from 'undici';
import { DIRECT } from '../util/direct-agent.ts';
import { VerifyError } from '../util/errors.ts';
import { freePort } from '../util/port.ts';
import { proxyCommand } from './isolation.ts';
import { listenerOwner } from './listener.ts';
import { readLogTail, startFix } from './proxy-log.ts';
import { isAlive, sleep, spawnDetached, stopProcessTree } from '../util/process.ts';
import { setting } from '../options/settings.ts';
import { ORACLE_MARK, oracleScript, parseOracleOutput, type OracleAnswer, type OracleRequest } from './oracle.ts';

export interface ProxyOptions {
  python: string; // the venv's interpreter
  configFile: string; // the private copy
  env: Record<string, string>;
  masterKey: string;
  logFile: string;
  readyTimeoutMs: number;
  /** Called as soon as the process exists, so a front door can record the pid for its cleanup. */
  onSpawn?: (pid: number) => void;
  /** The user's config folder: where LiteLLM would import the config's custom callback modules from (appended to sys.path). */
  moduleDir?: string | null;
  /** An empty private folder to run in (never the workspace: Python would import packages found there); default: a new one next to the log. */
  cwd?: string;
  /** Address-space ceiling for the proxy where the OS has one (0: none). */
  memoryBytes?: number;
  /** The port to try first (tests); default a free one. */
  port?: number;
  /**
   * Ask LiteLLM about the config in the proxy's own process before it serves (src/litellm/oracle.py): the
   * answer arrives once LiteLLM is imported, which the proxy pays for anyway, and `decide` returns the
   * variables to add to its environment, or null to stop it there (the config has errors).
   */
  oracle?: {
    request: OracleRequest;
    decide: (answer: OracleAnswer) => Promise<Record<string, string> | null>;
    /** The helper's answer line was unreadable (not its schema) while the proxy goes on starting: it serves without the answer. */
    unanswered?: () => void;
  };
}

export interface RunningProxy {
  pid: number;
  port: number;
  baseUrl: string; // http://127.0.0.1:PORT
  masterKey: string;
  logFile: string;
  startupMs: number;
  /** Stops the process group: SIGTERM, then SIGKILL after `graceMs` (0: at once, for a proxy nobody else uses). */
  stop(graceMs?: number): Promise<void>;
}

/** A master key LiteLLM accepts (it refuses an empty one and `sk-1234`); random per run. */
export function newMasterKey(): string {
  return `sk-verify-${crypto.randomBytes(24).toString('base64url')}`;
}

const POLL_MS = 100;
/** Reading /proc/net/tcp costs far less than an HTTP request: the start is seen within 25 ms, as the bench's floor sees it. */
const LISTEN_POLL_MS = 25;

export async function startProxy(options: ProxyOptions): Promise<RunningProxy> {
  // A free port can be taken between the check and the bind; one retry covers that race.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(options, attempt === 1 && options.port ? options.port : await freePort());
    } catch (error) {
      // The bind error comes before LiteLLM's shutdown traceback, so the whole log is read, not just the tail shown.
      if (
        attempt >= 2 ||
        !(error instanceof VerifyError) ||
        !/address already in use|Errno 98|error while attempting to bind/i.test(readLogTail(options.logFile, 2000))
      )
        throw error;
    }
  }
}

async function startOnce(options: ProxyOptions, port: number): Promise<RunningProxy> {
  const started = Date.now();
  const log = fs.openSync(options.logFile, 'w', 0o600);
  const serverArgs = ['--config', options.configFile, '--host', '127.0.0.1', '--port', String(port), '--num_workers', '1'];
  const child = spawnDetached(
    options.python,
    withOracle(proxyCommand(options.moduleDir ?? null, options.memoryBytes ?? 0, serverArgs), Boolean(options.oracle)),
    {
      env: options.env,
      cwd: options.cwd ?? fs.mkdtempSync(path.join(path.dirname(options.logFile), 'cwd-')),
      stdio: options.oracle ? ['pipe', 'pipe', log] : ['ignore', log, log],
    },
  );
  // The pid is handed out before anything else can throw: a front door cut short must be able to stop it.
  const pid = child.pid;
  if (pid) options.onSpawn?.(pid);
  fs.closeSync(log);
  let exit: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  child.once('exit', (code, signal) => (exit = { code, signal }));
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
  if (!pid) throw new VerifyError(`could not start LiteLLM: ${(await spawnError).message}`, 'start');
  child.unref(); // the proxy must not keep the action alive; stop() or the post step ends it

  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async (graceMs = 5000) => {
    await stopProcessTree(pid, graceMs);
  };
  const deadline = started + options.readyTimeoutMs;
  if (options.oracle) {
    const exited = () => exit !== null;
    const answer = await readAnswer(child, options.oracle.request, deadline, exited);
    if (!answer && !exited()) options.oracle.unanswered?.();
    const extra = answer ? await options.oracle.decide(answer) : {};
    child.stdin?.end(JSON.stringify(extra === null ? { stop: true } : { env: extra }) + '\n');
    child.stdout?.destroy();
    if (extra === null) {
      await stop();
      throw new VerifyError('stopped before serving: LiteLLM reported errors in the config.', 'config');
    }
  }
  while (Date.now() < deadline) {
    if (exit) {
      const ended = exit as { code: number | null; signal: NodeJS.Signals | null };
      throw startFailure(`LiteLLM exited during start-up (${ended.code !== null ? `exit code ${ended.code}` : `signal ${ended.signal}`}).`, options.logFile);
    }
    // Ready when the proxy's own socket listens: uvicorn binds only after the app's start-up has run (uvicorn
    // 0.54 server.py Server.startup: lifespan.startup() before loop.create_server; main.py run() binds early only
    // for reload or workers > 1, and LiteLLM runs it with --num_workers 1). No HTTP request is sent to find out:
    // a /health/liveliness first made the probe behind it ~0.25 s slower (measured on 1.108.7), and the first
    // probe request is what the floor measures. Another process may have bound the port first and answer in
    // LiteLLM's place: only our own listener counts (LiteLLM then fails to bind, exits with 'address already in
    // use', and the start is retried on a new port). Where the OS does not say who listens, /health/liveliness.
    const owner = listenerOwner(port, pid);
    if (owner === 'ours' || (owner === 'unknown' && (await isLive(baseUrl)))) {
      return { pid, port, baseUrl, masterKey: options.masterKey, logFile: options.logFile, startupMs: Date.now() - started, stop };
    }
    await sleep(owner === 'unknown' ? POLL_MS : LISTEN_POLL_MS);
  }
  await stop();
  throw startFailure(
    `LiteLLM did not become ready within ${Math.round(options.readyTimeoutMs / 1000)}s.`,
    options.logFile,
    `Raise ${setting('start-timeout')}; a first start compiles Python files and is slower.`,
  );
}

/**
 * The proxy command with the oracle in front: `python -I ... oracle.py proxy <launcher> <launcher args>` in
 * place of `python -I ... -c <launcher> <launcher args>`; oracle.py answers, then runs the same launcher.
 */
export function withOracle(command: readonly string[], oracle: boolean): string[] {
  const at = command.indexOf('-c');
  if (!oracle || at < 0) return [...command];
  return [...command.slice(0, at), oracleScript(), 'proxy', ...command.slice(at + 1)];
}

/** Sends the request and waits (bounded) for the answer line; null when the helper ends or says nothing usable. */
async function readAnswer(child: ChildProcess, request: OracleRequest, deadline: number, exited: () => boolean): Promise<OracleAnswer | null> {
  child.stdin?.on('error', () => undefined); // a helper that died before reading
  child.stdin?.write(JSON.stringify(request) + '\n');
  let text = '';
  return new Promise((resolve) => {
    const finish = (value: OracleAnswer | null) => {
      clearInterval(timer);
      child.stdout?.removeListener('data', onData);
      resolve(value);
    };
    const onData = (chunk: Buffer) => {
      text = (text + chunk.toString('utf8')).slice(-1024 * 1024);
      const at = text.indexOf(ORACLE_MARK);
      if (at >= 0 && text.indexOf('\n', at) > 0) finish(parseOracleOutput(text.slice(at)));
    };
    child.stdout?.on('data', onData);
    const timer = setInterval(() => {
      if (exited() || Date.now() > deadline) finish(null);
    }, POLL_MS);
  });
}

async function isLive(baseUrl: string): Promise<boolean> {
  try {
    const res = await request(`${baseUrl}/health/liveliness`, {
      dispatcher: DIRECT,
      headersTimeout: 1000,
      bodyTimeout: 1000,
      signal: AbortSignal.timeout(1500),
    });
    await res.body.dump();
    return res.statusCode === 200;
  } catch {
    return false;
  }
}

function startFailure(message: string, logFile: string, fallbackFix?: string): VerifyError {
  const logTail = readLogTail(logFile);
  return new VerifyError(`${message}\n${logTail ? `Last lines of the proxy log:\n${logTail}` : '(the proxy wrote no log)'}`, 'start', {
    logTail,
    fix: startFix(logTail) ?? fallbackFix,
  });
}

/**
 * For the post step: stop a proxy recorded by pid, harmless when it is gone. `workDir` is the private folder
 * main started it from: where the OS tells, only a process whose `--config` is a file inside that folder is
 * stopped (a reused pid, or a pid forged into the saved state, is left alone). The folder, not one file name:
 * the private copy sits at <workDir>/config/<the user's file name> (private-copy.ts), which post cannot know.
 */
export async function stopRecordedProxy(pid: number, graceMs = 5000, workDir?: string): Promise<'not-running' | 'terminated' | 'killed'> {
  if (!Number.isInteger(pid) || pid <= 1 || !isAlive(pid) || !looksLikeOurProxy(pid, workDir)) return 'not-running';
  return stopProcessTree(pid, graceMs);
}

function looksLikeOurProxy(pid: number, workDir?: string): boolean {
  try {
    return isOurProxyCommand(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0'), workDir);
  } catch {
    return process.platform !== 'linux'; // no /proc to ask: trust the record
  }
}

/** A LiteLLM command line whose `--config` lies inside `workDir` (any config, when no folder is given). */
export function isOurProxyCommand(args: readonly string[], workDir?: string): boolean {
  if (!args.some((a) => a.includes('litellm'))) return false;
  if (workDir === undefined) return true;
  const config = args[args.lastIndexOf('--config') + 1];
  if (args.lastIndexOf('--config') < 0 || config === undefined) return false;
  const inside = path.relative(path.resolve(workDir), path.resolve(config));
  return inside !== '' && !inside.startsWith('..') && !path.isAbsolute(inside);
}
