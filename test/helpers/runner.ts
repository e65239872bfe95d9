// Runs the built dist/index.js and dist/post.js exactly as the runner does: INPUT_* variables,
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_STATE files, saved state handed to post as STATE_*.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, TOOL_CACHE } from './litellm.ts';

export const CONFIG_PATH = 'example_configs/test-local/config-litellm.yaml';

export interface StepRun {
  code: number | null;
  stdout: string;
  stderr: string;
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

export class Runner {
  readonly workspace: string;
  readonly temp: string;
  readonly files: { output: string; summary: string; state: string };
  /** What main printed: the runner reads workflow commands from it. */
  private mainLog = '';

  constructor(readonly root: string) {
    this.workspace = path.join(root, 'workspace');
    this.temp = path.join(root, 'runner-temp');
    fs.mkdirSync(this.workspace, { recursive: true });
    fs.mkdirSync(this.temp, { recursive: true });
    this.files = { output: path.join(root, 'output'), summary: path.join(root, 'summary'), state: path.join(root, 'state') };
    for (const f of Object.values(this.files)) fs.writeFileSync(f, '');
  }

  private env(extra: Record<string, string>): NodeJS.ProcessEnv {
    return {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_WORKSPACE: this.workspace,
      GITHUB_OUTPUT: this.files.output,
      GITHUB_STEP_SUMMARY: this.files.summary,
      GITHUB_STATE: this.files.state,
      RUNNER_TEMP: this.temp,
      RUNNER_TOOL_CACHE: TOOL_CACHE,
      // A runner's environment carries other secrets; none may reach the proxy.
      OPENAI_API_KEY: 'sk-stray-runner-key-0000',
      ...extra,
    };
  }

  async main(inputs: Record<string, string>, extraEnv: Record<string, string> = {}): Promise<StepRun> {
    const env: Record<string, string> = { ...extraEnv };
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    const run = await this.step('index.js', this.env(env));
    this.mainLog += run.stdout;
    return run;
  }

  /** Starts main and hands back the child, for tests that cancel it mid-run. */
  spawnMain(inputs: Record<string, string>): import('node:child_process').ChildProcess {
    const env: Record<string, string> = {};
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    return spawn(process.execPath, [path.join(ROOT, 'dist', 'index.js')], { env: this.env(env), cwd: this.workspace });
  }

  async post(): Promise<StepRun> {
    const env: Record<string, string> = {};
    // Like the runner: state saved through the log (save-state workflow commands) counts too, and wins.
    const saved = { ...parseFileCommands(fs.readFileSync(this.files.state, 'utf8')), ...logCommandState(this.mainLog) };
    for (const [name, value] of Object.entries(saved)) env[`STATE_${name}`] = value;
    return this.step('post.js', this.env(env));
  }

  private step(entry: string, env: NodeJS.ProcessEnv): Promise<StepRun> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(ROOT, 'dist', entry)], { env, cwd: this.workspace });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      const timer = setTimeout(() => child.kill('SIGKILL'), 300_000);
      child.once('error', reject);
      child.once('close', (code) => {
        clearTimeout(timer);
        resolve({
          code,
          stdout,
          stderr,
          outputs: parseFileCommands(fs.readFileSync(this.files.output, 'utf8')),
          summary: fs.readFileSync(this.files.summary, 'utf8'),
          state: parseFileCommands(fs.readFileSync(this.files.state, 'utf8')),
        });
      });
    });
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
