// The lint on its own: every static and LiteLLM-backed finding, with no key, no proxy and no config code
// run. LiteLLM comes from the hash-locked venv (cached); it is asked once (src/litellm/oracle.py).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { litellmFindings, attachAnswers } from '../config/litellm-lint.ts';
import { lintConfig, type Finding } from '../config/lint.ts';
import { loadConfig } from '../config/load.ts';
import type { LiteLLMConfig } from '../config/types.ts';
import { ensureLiteLLM, type Installation, type RemoteCache } from '../litellm/install.ts';
import { askOracle, oracleEnvironment } from '../litellm/oracle.ts';
import { VerifyError } from '../util/errors.ts';

export const LINT_SCHEMA = 'verify-litellm/lint@1';

export interface LintReport {
  schema: typeof LINT_SCHEMA;
  findings: Pick<Finding, 'file' | 'line' | 'column' | 'rule' | 'severity' | 'alias' | 'message' | 'fix'>[];
}

export interface LintOptions {
  configPath: string;
  configDisplayPath?: string;
  /** The temperature the clients send (the LiteLLM-backed temperature rule asks about it). */
  temperature: number | null;
  litellmVersion: string;
  cacheRoot: string;
  python?: string;
  installTimeoutMs: number;
  /** Bound on LiteLLM's answer. */
  oracleTimeoutMs?: number;
  /** Where `os.environ/` values are read from (a variable that is set lets LiteLLM resolve `model: os.environ/X`). */
  env: NodeJS.ProcessEnv;
  tempRoot?: string;
  remoteCache?: RemoteCache;
  log?: (line: string) => void;
  installed?: (installation: Installation) => void;
}

/** A config that cannot be read at all (missing, a directory, too large): exit 2. YAML errors are findings. */
export class UnusableInput extends VerifyError {}

export async function lintOnly(options: LintOptions): Promise<LintReport> {
  const shown = options.configDisplayPath ?? options.configPath;
  let config: LiteLLMConfig;
  try {
    if (!fs.existsSync(options.configPath) || !fs.statSync(options.configPath).isFile())
      throw new UnusableInput(`${shown}: no such config file.`, 'input', { file: shown });
    config = loadConfig(options.configPath, shown);
  } catch (error) {
    if (error instanceof UnusableInput || !(error instanceof VerifyError)) throw error;
    if (/bytes; a LiteLLM config is expected|binary/.test(error.message)) throw new UnusableInput(error.message, 'input', error.detail);
    // YAML the proxy cannot load: a finding at its position.
    const d = error.detail;
    return report([
      {
        file: d?.file ?? shown,
        line: d?.line ?? 1,
        column: d?.column ?? 1,
        rule: 'yaml',
        severity: 'error',
        message: error.message.replace(/^[^:]+:(\d+:)?(\d+:)? /, ''),
        fix: d?.fix,
      },
    ]);
  }
  const lookup = (name: string) => options.env[name];
  const findings = lintConfig(config, { deployments: config.deployments, env: lookup, temperature: options.temperature, inputVariables: [] }).map((f) =>
    // No keys here: an unset variable is for the run that starts the proxy to provide.
    f.rule === 'env-unset' ? { ...f, severity: 'notice' as const } : f,
  );

  findings.push(...(await askLiteLLM(config, options)));
  return report(findings);
}

/** LiteLLM's findings for the whole config: install (cached) or reuse LiteLLM, then ask it once. */
export async function askLiteLLM(config: LiteLLMConfig, options: Omit<LintOptions, 'configPath'>): Promise<Finding[]> {
  const installation = await ensureLiteLLM({
    version: options.litellmVersion,
    cacheRoot: options.cacheRoot,
    python: options.python,
    timeoutMs: options.installTimeoutMs,
    log: options.log ?? (() => undefined),
    remoteCache: options.remoteCache,
  });
  options.installed?.(installation);
  const vars: Record<string, string> = {};
  for (const ref of config.envRefs) {
    const value = options.env[ref.name];
    if (value !== undefined) vars[ref.name] = value;
  }
  const tempRoot = options.tempRoot ?? os.tmpdir();
  fs.mkdirSync(tempRoot, { recursive: true });
  const workDir = fs.mkdtempSync(path.join(tempRoot, 'verify-litellm-lint-'));
  try {
    const answer = await askOracle({
      python: installation.python,
      request: { config: config.absolutePath, temperature: options.temperature },
      env: oracleEnvironment(options.env, vars),
      workDir,
      timeoutMs: options.oracleTimeoutMs ?? 120_000,
    });
    attachAnswers(config, answer);
    return litellmFindings(config, answer, { deployments: config.deployments, temperature: options.temperature });
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

function report(findings: Finding[]): LintReport {
  const order = { error: 0, warning: 1, notice: 2 };
  return {
    schema: LINT_SCHEMA,
    findings: findings
      .sort((a, b) => order[a.severity] - order[b.severity] || a.file.localeCompare(b.file) || a.line - b.line)
      .map((f) => ({ file: f.file, line: f.line, column: f.column, rule: f.rule, severity: f.severity, alias: f.alias, message: f.message, fix: f.fix })),
  };
}

/** 0 clean or warnings only, 1 an error finding. */
export function lintExitCode(report: LintReport): 0 | 1 {
  return report.findings.some((f) => f.severity === 'error') ? 1 : 0;
}
