// The one harness that runs the built entry points as their users do: dist/index.js and dist/post.js exactly
// as the runner does (INPUT_* variables, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_STATE files, saved state
// handed to post as STATE_*), and dist/cli.js / dist/demo.js as a shell does. Used by the e2e suites and the bench.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, TOOL_CACHE } from './litellm.ts';

export const CONFIG_PATH = 'example_configs/test-local/config-litellm.yaml';

/** What a finished process said. */
export interface ProcessRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * The Node the runner starts the action's entries with. GitHub runs them on the Node that action.yml's
 * `runs.using` names (node24), which may not be the Node running the tests: `.ci/run` fetches that build and
 * names it in VERIFY_LITELLM_RUNNER_NODE. The CLI and the demo run on the user's own Node (this process's).
 */
export const RUNNER_NODE = process.env.VERIFY_LITELLM_RUNNER_NODE || process.execPath;

/** Starts `node [nodeArgs] <script> [args]` with exactly `env` (nothing inherited), output piped. */
export function spawnNode(
  script: string,
  args: readonly string[],
  o: { env: NodeJS.ProcessEnv; cwd: string; nodeArgs?: readonly string[]; node?: string },
): ChildProcess {
  return spawn(o.node ?? process.execPath, [...(o.nodeArgs ?? []), script, ...args], { env: o.env, cwd: o.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Collects a child's output until it exits; past `timeoutMs` it is killed and the run fails with what it printed. */
export function collect(child: ChildProcess, timeoutMs: number): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${child.spawnargs.slice(1).join(' ')} did not finish within ${timeoutMs} ms\nstdout:\n${stdout}\nstderr:\n${stderr}`));
    }, timeoutMs);
    child.once('error', (error) => (clearTimeout(timer), reject(error)));
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** `node <script> [args]` to its end (the CLI, the demo). */
export function runNode(
  script: string,
  args: readonly string[],
  o: { env: NodeJS.ProcessEnv; cwd: string; timeoutMs: number; nodeArgs?: readonly string[]; node?: string },
): Promise<ProcessRun> {
  return collect(spawnNode(script, args, o), o.timeoutMs);
}

export interface StepRun extends ProcessRun {
  outputs: Record<string, string>;
  summary: string;
  state: Record<string, string>;
}

/** Parses the runner's file-command format: `name<<DELIM\nvalue\nDELIM` (and plain `name=value`). */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i]!);
      out[name!] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

/**
 * The state a runner records from a step's log: `::save-state name=N::V` at the start of a line (after
 * whitespace), and the older `##[save-state name=N]V` anywhere in a line; lines split on \n, \r\n and \r
 * (actions/runner src/Runner.Worker/ActionCommandManager.cs: ActionCommand.TryParseV2 / TryParse).
 */
export function logCommandState(log: string): Record<string, string> {
  const state: Record<string, string> = {};
  for (const line of log.split(/\r\n|\n|\r/)) {
    const v2 = /^\s*::save-state name=([^:,]+)::(.*)$/.exec(line);
    const v1 = /##\[save-state name=([^\]]+)\](.*)$/.exec(line);
    const [, name, value] = v2 ?? v1 ?? [];
    if (name !== undefined && value !== undefined) state[name] = value;
  }
  return state;
}

/** Every workflow command a step's log holds, as the runner would see it (name only). */
export function logCommands(log: string): string[] {
  const names: string[] = [];
  for (const line of log.split(/\r\n|\n|\r/)) {
    const v2 = /^\s*::([\w-]+)/.exec(line)?.[1];
    if (v2) names.push(v2);
    for (const m of line.matchAll(/##\[([\w-]+)/g)) names.push(m[1]!);
  }
  return names;
}

export interface RunnerOptions {
  /** The environment the runner gives every step besides its own variables (default: PATH, HOME and a stray credential). */
  env?: NodeJS.ProcessEnv;
  /** RUNNER_TOOL_CACHE (default: the shared test cache, where LiteLLM is installed once). */
  toolCache?: string;
  /** Flags for node itself (the bench's memory hook). */
  nodeArgs?: readonly string[];
  /** Bound on one step (default 300 s). */
  timeoutMs?: number;
}

export class Runner {
  readonly workspace: string;
  readonly temp: string;
  readonly files: { output: string; summary: string; state: string };
  /** What main printed: the runner reads workflow commands from it. */
  private mainLog = '';

  constructor(
    readonly root: string,
    private readonly options: RunnerOptions = {},
  ) {
    this.workspace = path.join(root, 'workspace');
    this.temp = path.join(root, 'runner-temp');
    fs.mkdirSync(this.workspace, { recursive: true });
    fs.mkdirSync(this.temp, { recursive: true });
    this.files = { output: path.join(root, 'output'), summary: path.join(root, 'summary'), state: path.join(root, 'state') };
    for (const f of Object.values(this.files)) fs.writeFileSync(f, '');
  }

  private env(extra: Record<string, string>): NodeJS.ProcessEnv {
    return {
      ...(this.options.env ?? {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        // A runner's environment carries other secrets; none may reach the proxy.
        OPENAI_API_KEY: 'sk-stray-runner-key-0000',
      }),
      GITHUB_WORKSPACE: this.workspace,
      GITHUB_OUTPUT: this.files.output,
      GITHUB_STEP_SUMMARY: this.files.summary,
      GITHUB_STATE: this.files.state,
      RUNNER_TEMP: this.temp,
      RUNNER_TOOL_CACHE: this.options.toolCache ?? TOOL_CACHE,
      ...extra,
    };
  }

  /** Runs main to its end; `started` sees the child first (to watch or cancel it). */
  async main(inputs: Record<string, string>, extraEnv: Record<string, string> = {}, started?: (child: ChildProcess) => void): Promise<StepRun> {
    const child = this.spawnMain(inputs, extraEnv);
    started?.(child);
    const run = await this.finish(child);
    this.mainLog += run.stdout;
    return run;
  }

  /** Starts main and hands back the child, for tests that cancel it mid-run. */
  spawnMain(inputs: Record<string, string>, extraEnv: Record<string, string> = {}): ChildProcess {
    const env: Record<string, string> = { ...extraEnv };
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    return this.spawnStep('index.js', this.env(env));
  }

  async post(): Promise<StepRun> {
    return this.finish(this.spawnPost());
  }

  /** Starts post with main's saved state and hands back the child, for tests that cancel it mid-run. */
  spawnPost(extraEnv: Record<string, string> = {}): ChildProcess {
    const env: Record<string, string> = { ...extraEnv };
    // Like the runner: state saved through the log (save-state workflow commands) counts too, and wins.
    const saved = { ...parseFileCommands(fs.readFileSync(this.files.state, 'utf8')), ...logCommandState(this.mainLog) };
    for (const [name, value] of Object.entries(saved)) env[`STATE_${name}`] = value;
    return this.spawnStep('post.js', this.env(env));
  }

  private spawnStep(entry: string, env: NodeJS.ProcessEnv): ChildProcess {
    return spawnNode(path.join(ROOT, 'dist', entry), [], { env, cwd: this.workspace, nodeArgs: this.options.nodeArgs, node: RUNNER_NODE });
  }

  private async finish(child: ChildProcess): Promise<StepRun> {
    const run = await collect(child, this.options.timeoutMs ?? 300_000);
    return {
      ...run,
      outputs: parseFileCommands(fs.readFileSync(this.files.output, 'utf8')),
      summary: fs.readFileSync(this.files.summary, 'utf8'),
      state: parseFileCommands(fs.readFileSync(this.files.state, 'utf8')),
    };
  }

  writeConfig(text: string, relative = CONFIG_PATH): string {
    const file = path.join(this.workspace, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  }

  /** Every file the run left under RUNNER_TEMP, with its content. */
  leftovers(): Array<{ file: string; text: string }> {
    return (fs.readdirSync(this.temp, { recursive: true }) as string[])
      .map((f) => path.join(this.temp, f))
      .filter((f) => fs.statSync(f).isFile())
      .map((file) => ({ file, text: fs.readFileSync(file, 'utf8') }));
  }
}

/** `secret` appears nowhere a step leaves behind, except in the one `::add-mask::` command that masks it. */
export function assertNoSecret(run: StepRun, runner: Runner, secret: string): void {
  for (const [where, text] of Object.entries({
    stdout: run.stdout,
    stderr: run.stderr,
    outputs: JSON.stringify(run.outputs),
    summary: run.summary,
    state: JSON.stringify(run.state),
  })) {
    // The runner is told to mask the key (::add-mask::) and nothing else may carry it.
    const unmasked = text.split(`::add-mask::${secret}`).join('');
    assert.equal(unmasked.includes(secret), false, `the key leaked into ${where}`);
  }
  for (const { file, text } of runner.leftovers()) assert.equal(text.includes(secret), false, `the key leaked into ${file}`);
}
