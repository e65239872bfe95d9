// What a lint rule reports, what it is given, and the one way to build a finding.
import type { Deployment, LiteLLMConfig, Position } from './types.ts';

export type Severity = 'error' | 'warning' | 'notice';

export interface Finding {
  severity: Severity;
  rule: string;
  message: string;
  fix?: string;
  file: string;
  line: number;
  column: number;
  alias?: string;
  /** For env-unset: the variable that is missing. */
  variable?: string;
}

export interface LintContext {
  /** The deployments that will be probed (rules about routes only look at these). */
  deployments: readonly Deployment[];
  /** Looks up an environment variable the proxy will see (VLLM_KEY from the run's settings included). */
  env: (name: string) => string | undefined;
  /** Temperature the probes send, or null when omitted. */
  temperature: number | null;
  /** Variables a setting of the run feeds (e.g. VLLM_KEY), so the fix names the setting. */
  inputVariables: readonly string[];
}

/** A lint rule: a small pure function from the config (and what the run will probe) to findings. */
export type Rule = (config: LiteLLMConfig, ctx: LintContext) => Finding[];

export const finding = (
  config: LiteLLMConfig,
  severity: Severity,
  rule: string,
  position: Position,
  message: string,
  fix?: string,
  alias?: string,
  file?: string,
): Finding => ({
  severity,
  rule,
  message,
  fix,
  file: file ?? config.displayPath,
  line: position.line,
  column: position.column,
  alias,
});

/** Where `section.key` is written (a settings key), else its section, else the top of the file. */
export const settingAt = (config: LiteLLMConfig, section: string, key: string): Position =>
  config.settingPositions[`${section}.${key}`] ?? config.topLevel.get(section) ?? { line: 1, column: 1 };
