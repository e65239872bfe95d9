// `verify-litellm lint`: the config checks alone, for a pre-commit hook or an editor. No key, no proxy.
// Exit codes: 0 clean or warnings only, 1 an error finding, 2 unusable input (usage, no such file).
import path from 'node:path';
import { DEFAULTS } from '../options/defaults.ts';
import { parseTemperature } from '../options/parse.ts';
import { renderSettings, renderSettingsDeep } from '../options/settings.ts';
import { lintConfigs, lintExitCode, type LintReport } from '../engine/lint.ts';
import { DEFAULT_LITELLM_VERSION } from '../litellm/lock.ts';
import { oneLine, sanitizeDeep } from '../util/sanitize.ts';
import { errorMessage, VerifyError } from '../util/errors.ts';
import { cliCacheRoot, readFlags, SHARED_FLAGS, type CliIo } from './io.ts';

export const LINT_HELP = `verify-litellm lint: check a LiteLLM proxy config the way the installed LiteLLM reads it.

Usage: verify-litellm lint [--json] [CONFIG ...]
       verify-litellm lint --config PATH [--json]

Static checks (YAML as PyYAML reads it, duplicate keys, settings in the wrong section, literal secrets,
api_base URLs) and LiteLLM's own answers (the provider each deployment resolves to, whether it refuses the
temperature your client sends, which key variable it would read). Needs no key, starts no proxy and runs
no code the config names; LiteLLM comes from the hash-locked, cached install. Several configs (as
pre-commit passes them) are read by one LiteLLM process: its import, seconds, is paid once.

Options:
  CONFIG ...             the configs to check (default: ${DEFAULTS.config}, as the action)
  --config PATH          one config (instead of the list)
  --temperature X|none   temperature your clients send (default: ${DEFAULTS.temperature})
  --json                 print {"schema":"verify-litellm/lint@1","findings":[...]}
  --litellm-version V    LiteLLM release to ask (default: ${DEFAULT_LITELLM_VERSION})
  --python PATH          base Python (3.10+) for the LiteLLM venv
  --cache-dir DIR        where the LiteLLM venv is kept (default: ~/.cache/verify-litellm)
  -h, --help             this help

Exit codes: 0 clean or warnings only, 1 an error finding, 2 unusable input.
`;

export async function lintMain(argv: string[], io: CliIo): Promise<number> {
  const args = readFlags('verify-litellm lint', argv, SHARED_FLAGS, io, true);
  if (!args) return 2;
  const { values, positionals } = args;
  if (values.help) {
    io.stdout(LINT_HELP);
    return 0;
  }
  // pre-commit passes the changed files as arguments; --config names one explicitly.
  const files = values.config ? [values.config] : positionals.length ? positionals : [DEFAULTS.config];
  try {
    const temperature = parseTemperature(values.temperature ?? DEFAULTS.temperature);
    // One LiteLLM process reads every file (its import is the lint's main cost).
    const reports = await lintConfigs(
      files.map((file) => ({ configPath: path.resolve(io.cwd, file), configDisplayPath: file })),
      {
        temperature,
        litellmVersion: values['litellm-version'] ?? DEFAULT_LITELLM_VERSION,
        cacheRoot: cliCacheRoot(values['cache-dir'], io),
        python: values.python,
        installTimeoutMs: 600_000,
        env: io.env,
        log: (line) => {
          if (!values.json) io.stderr(`• ${oneLine(line)}\n`);
        },
      },
    );
    // Findings name settings as markers (setting('models')); the CLI says them in its own words, as for a verify run.
    const all: LintReport = renderSettingsDeep({ schema: 'verify-litellm/lint@1', findings: reports.flatMap((r) => r.findings) }, 'cli');
    if (values.json) io.stdout(JSON.stringify(sanitizeDeep(all), null, 2) + '\n');
    else io.stdout(renderLint(all));
    return lintExitCode(all);
  } catch (error) {
    io.stderr(`verify-litellm lint: ${oneLine(renderSettings(errorMessage(error), 'cli'))}\n`);
    return error instanceof VerifyError && error.exitCode === 2 ? 2 : error instanceof VerifyError && error.stage === 'install' ? 1 : 2;
  }
}

/** file:line:column: severity [rule] message, then the fix: the shape editors and pre-commit show. */
export function renderLint(report: LintReport): string {
  if (!report.findings.length) return 'No findings.\n';
  const lines = report.findings.map(
    (f) =>
      `${oneLine(f.file)}:${f.line}:${f.column}: ${f.severity} [${f.rule}]${f.alias ? ` (${oneLine(f.alias)})` : ''} ${oneLine(f.message)}${f.fix ? `\n    fix: ${oneLine(f.fix)}` : ''}`,
  );
  const count = (s: string) => report.findings.filter((f) => f.severity === s).length;
  return `${lines.join('\n')}\n${count('error')} error(s), ${count('warning')} warning(s), ${count('notice')} notice(s).\n`;
}
