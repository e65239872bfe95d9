// The lint on its own: every static and LiteLLM-backed finding, with no key, no proxy and no config code
// run. LiteLLM comes from the hash-locked venv (cached); it is asked once, however many configs
// (src/litellm/oracle.py).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { litellmFindings, attachAnswers } from '../config/rules/litellm.ts';
import type { Finding } from '../config/finding.ts';
import { lintConfig } from '../config/lint.ts';
import { loadConfig } from '../config/load.ts';
import { secretVariables } from '../config/secret-refs.ts';
import type { LiteLLMConfig } from '../config/types.ts';
import { ensureLiteLLM, type Installation, type RemoteCache } from '../litellm/install.ts';
import { askOracle, oracleEnvironment } from '../litellm/oracle.ts';
import { VerifyError } from '../util/errors.ts';
import { Masker } from '../util/mask.ts';

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

/** One config of a lint batch, with the environment its `os.environ/` values are read from (default: the batch's). */
export interface LintTarget {
  configPath: string;
  configDisplayPath?: string;
  env?: NodeJS.ProcessEnv;
}

export async function lintOnly(options: LintOptions): Promise<LintReport> {
  const [one] = await lintConfigs([options], options);
  return one!;
}

/**
 * Lints several configs, one report each, in order; LiteLLM is asked about all of them in one process (its
 * import is the lint's main cost). A config that cannot be read at all throws (UnusableInput), before anything is asked.
 */
export async function lintConfigs(targets: LintTarget[], options: Omit<LintOptions, 'configPath' | 'configDisplayPath'>): Promise<LintReport[]> {
  const loaded = targets.map((target) => loadForLint(target, options));
  const asked = loaded.filter((l): l is LoadedConfig => 'config' in l);
  const answers = await askLiteLLMAbout(asked, options);
  return loaded.map((l) => report('config' in l ? referencedMasked(l, [...l.findings, ...answers.get(l)!]) : l.findings));
}

/**
 * Findings with the value of every variable the config reads masked, as a verify run masks them: LiteLLM quotes
 * values back (1.108.7: `rpm: os.environ/X` fails validation with `input_value='<the value of X>'`), and the
 * lint's findings go to a terminal, a CI log, annotations and the job summary.
 */
function referencedMasked({ config, env }: LoadedConfig, findings: Finding[]): Finding[] {
  const masker = new Masker();
  for (const name of secretVariables(config)) masker.add(env[name]);
  return findings.map((f) => masker.maskDeep(f));
}

type LoadedConfig = { config: LiteLLMConfig; env: NodeJS.ProcessEnv; findings: Finding[] };
type Loaded = LoadedConfig | { findings: Finding[] };

function loadForLint(target: LintTarget, options: Omit<LintOptions, 'configPath' | 'configDisplayPath'>): Loaded {
  const shown = target.configDisplayPath ?? target.configPath;
  const env = target.env ?? options.env;
  let config: LiteLLMConfig;
  try {
    if (!fs.existsSync(target.configPath) || !fs.statSync(target.configPath).isFile())
      throw new UnusableInput(`${shown}: no such config file.`, 'input', { file: shown });
    // Absolute: LiteLLM is asked from a private empty folder, where a relative path would not resolve.
    config = loadConfig(path.resolve(target.configPath), shown);
  } catch (error) {
    if (error instanceof UnusableInput || !(error instanceof VerifyError)) throw error;
    if (/bytes; a LiteLLM config is expected|binary/.test(error.message)) throw new UnusableInput(error.message, 'input', error.detail);
    // YAML the proxy cannot load: a finding at its position.
    const d = error.detail;
    return {
      findings: [
        {
          file: d?.file ?? shown,
          line: d?.line ?? 1,
          column: d?.column ?? 1,
          rule: 'yaml',
          severity: 'error',
          message: error.message.replace(/^[^:]+:(\d+:)?(\d+:)? /, ''),
          fix: d?.fix,
        },
      ],
    };
  }
  const lookup = (name: string) => env[name];
  const findings = lintConfig(config, { deployments: config.deployments, env: lookup, temperature: options.temperature, inputVariables: [] }).map((f) =>
    // No keys here: an unset variable is for the run that starts the proxy to provide.
    f.rule === 'env-unset' ? { ...f, severity: 'notice' as const } : f,
  );
  return { config, env, findings };
}

/** LiteLLM's findings for the whole config: install (cached) or reuse LiteLLM, then ask it once. */
export async function askLiteLLM(config: LiteLLMConfig, options: Omit<LintOptions, 'configPath'>): Promise<Finding[]> {
  const one = { config, env: options.env };
  return (await askLiteLLMAbout([one], options)).get(one)!;
}

/** LiteLLM's findings for each config, from one LiteLLM process; each config is read in its own environment. */
async function askLiteLLMAbout<T extends { config: LiteLLMConfig; env: NodeJS.ProcessEnv }>(
  configs: T[],
  options: Omit<LintOptions, 'configPath' | 'configDisplayPath'>,
): Promise<Map<T, Finding[]>> {
  const found = new Map<T, Finding[]>();
  if (!configs.length) return found;
  const installation = await ensureLiteLLM({
    version: options.litellmVersion,
    cacheRoot: options.cacheRoot,
    python: options.python,
    timeoutMs: options.installTimeoutMs,
    log: options.log ?? (() => undefined),
    remoteCache: options.remoteCache,
  });
  options.installed?.(installation);
  // Only the variables the config reads reach LiteLLM, on top of the basics (oracleEnvironment).
  const environments = configs.map(({ config, env }) => {
    const vars: Record<string, string> = {};
    for (const ref of config.envRefs) {
      const value = env[ref.name];
      if (value !== undefined) vars[ref.name] = value;
    }
    return oracleEnvironment(env, vars);
  });
  const tempRoot = options.tempRoot ?? os.tmpdir();
  fs.mkdirSync(tempRoot, { recursive: true });
  const workDir = fs.mkdtempSync(path.join(tempRoot, 'verify-litellm-lint-'));
  try {
    const answers = await askOracle({
      python: installation.python,
      // One config: answered in the process's own environment, as always; several: each in its own.
      requests: configs.map(({ config }, i) => ({
        config: config.absolutePath,
        temperature: options.temperature,
        ...(configs.length > 1 ? { env: environments[i] } : {}),
      })),
      env: environments[0]!,
      workDir,
      // The import is paid once; each further config costs a fraction of a second.
      timeoutMs: (options.oracleTimeoutMs ?? 120_000) + 10_000 * (configs.length - 1),
    });
    configs.forEach(({ config }, i) => {
      attachAnswers(config, answers[i]!);
      found.set(configs[i]!, litellmFindings(config, answers[i]!, { deployments: config.deployments, temperature: options.temperature }));
    });
    return found;
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
