// The local front door: the same engine as the action, driven by flags and the VLLM_KEY environment variable.
// Exit codes: 0 every route passed (or was skipped), 1 a route failed, 2 usage or config error.
import fs from 'node:fs';
import os from 'node:os';
import { rehearse } from '../engine/rehearse.ts';
import { verify, type VerifyHooks } from '../engine/verify.ts';
import { DEFAULTS, type SettingName } from '../options/defaults.ts';
import { parseOptions, toVerifyOptions, type Options } from '../options/options.ts';
import { cliCacheRoot, defaultIo, readFlags, SHARED_FLAGS, type CliIo, type Flags } from './io.ts';
import { lintMain } from './lint.ts';
import { renderSettings, renderSettingsDeep } from '../options/settings.ts';
import { DEFAULT_LITELLM_VERSION } from '../litellm/lock.ts';
import type { Report } from '../report/report.ts';
import { aliasLine, ansi, plain, renderText, type Style } from '../report/text.ts';
import { errorMessage, VerifyError } from '../util/errors.ts';
import { Masker } from '../util/mask.ts';
import { oneLine, safeLines, sanitizeDeep } from '../util/sanitize.ts';
import { guardProxy } from '../util/proxy-guard.ts';

const d = DEFAULTS;
export const HELP = `verify-litellm: prove every route in a LiteLLM proxy config works, through a real LiteLLM proxy.

Usage: verify-litellm [options]
       verify-litellm lint [--json] CONFIG ...      (the config checks alone: no key, no proxy;
                                                    several configs, one LiteLLM import)

Reads the config, lints it, installs a hash-locked LiteLLM (cached), starts the proxy on 127.0.0.1,
sends each alias a request like your client does, and reports what failed and how to fix it.
Every default is the GitHub Action's, so a local run sends the requests CI sends.

Options:
  --config PATH          LiteLLM proxy config (default: ${d.config})
  --models A,B           aliases to probe (default: every alias)
  --prompt TEXT          probe prompt (default: "${d.prompt}")
  --temperature X|none   temperature sent with each probe, or none to omit it (default: ${d.temperature})
  --max-tokens N         max_tokens of each probe (default: ${d['max-tokens']}; thinking models need room)
  --timeout S            seconds per request (default: ${d.timeout})
  --litellm-version V    LiteLLM release to run (default: ${DEFAULT_LITELLM_VERSION}); auto reads it from the repository;
                         a list A,B rehearses an upgrade; other releases use a lock resolved at run time
  --litellm-extras X     LiteLLM extras beside [proxy]: auto (default: google when a probed route is vertex_ai/), none, google
  --python PATH          base Python (3.10+) for the LiteLLM venv (default: python3 on PATH)
  --concurrency N        aliases probed at once (default: ${d.concurrency})
  --install-timeout S    seconds allowed for installing LiteLLM when it is not cached (default: ${d['install-timeout']})
  --start-timeout S      seconds allowed for the proxy to become ready (default: ${d['start-timeout']})
  --run-timeout S        seconds allowed for the whole run (default: ${d['run-timeout']})
  --allowed-hosts LIST   hosts a key may be sent to (*.example.com for subdomains); other routes fail before anything starts
  --cache-dir DIR        where the LiteLLM venv is kept (default: ~/.cache/verify-litellm)
  --proxy-url URL        probe an already-running LiteLLM proxy instead of starting one
                         (key from LITELLM_PROXY_KEY; aliases from --config if it exists, else /v1/models)
  --stream               also probe each chat alias with stream: true (the default)
  --no-stream            do not send the streaming probe
  --attempts N           tries per request for transient failures (connection, timeout, 429, 5xx) (default: ${d.attempts})
  --max-latency-ms MS    an alias that answers slower than this fails (or warns, with --latency warn)
  --latency fail|warn    what exceeding --max-latency-ms does (default: ${d.latency})
  --on-missing-key X     when VLLM_KEY is empty although the config reads it: fail, skip or warn (default: ${d['on-missing-key']})
  --api LIST             surfaces to probe: chat, messages (Anthropic format), responses (default: ${d.api})
  --tools                also require a tool call on each probed API (tool_choice auto, as agents send it)
  --client LIST          also send what these clients send (first turn + tool round trip): claude-code, codex, openai
  --request-params JSON  parameters merged into every probe, e.g. '{"top_p": 0.9}'
  --no-served-model-check  do not ask OpenAI-compatible upstreams directly which model answers
  --json                 print the JSON report (the action's 'report' output) instead of text
  --report-file PATH     also write the JSON report to PATH
  --no-color             no colour (colour is used only on a terminal anyway)
  -h, --help             this help
  --version              print versions

Environment:
  VLLM_KEY               the upstream key, read by 'os.environ/VLLM_KEY' in the config
  LITELLM_PROXY_KEY      the key for --proxy-url
  (any other variable the config references with os.environ/NAME is read from the environment)

Exit codes: 0 all routes pass (or skipped), 1 a route failed or the proxy did not start, 2 usage or config error.
`;

/** Every flag the CLI reads (the help documents each; a test checks it). */
export const FLAGS = {
  ...SHARED_FLAGS,
  models: { type: 'string' },
  prompt: { type: 'string' },
  'max-tokens': { type: 'string' },
  timeout: { type: 'string' },
  concurrency: { type: 'string' },
  api: { type: 'string' },
  tools: { type: 'boolean' },
  client: { type: 'string' },
  'request-params': { type: 'string' },
  'no-served-model-check': { type: 'boolean' },
  'litellm-extras': { type: 'string' },
  'install-timeout': { type: 'string' },
  'start-timeout': { type: 'string' },
  'run-timeout': { type: 'string' },
  'allowed-hosts': { type: 'string' },
  'proxy-url': { type: 'string' },
  stream: { type: 'boolean' },
  'no-stream': { type: 'boolean' },
  attempts: { type: 'string' },
  'max-latency-ms': { type: 'string' },
  latency: { type: 'string' },
  'on-missing-key': { type: 'string' },
  'report-file': { type: 'string' },
  'no-color': { type: 'boolean' },
  version: { type: 'boolean' },
} as const satisfies Flags;

export async function main(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  if (argv[0] === 'lint') return lintMain(argv.slice(1), io);
  const read = readFlags('verify-litellm', argv, FLAGS, io);
  if (!read) return 2;
  const args = read.values;
  if (args.help) {
    io.stdout(HELP);
    return 0;
  }
  if (args.version) {
    io.stdout(`verify-litellm ${readOwnVersion()} (LiteLLM ${DEFAULT_LITELLM_VERSION} by default)\n`);
    return 0;
  }

  const style: Style = io.isTTY && !args['no-color'] && !io.env.NO_COLOR ? ansi : plain;
  const masker = new Masker();
  const key = io.env.VLLM_KEY ?? '';
  masker.add(key);
  // Outside text (upstream bodies, proxy logs, config strings) reaches the terminal only through here or renderText:
  // no escape sequences, no line that a runner would read as a workflow command.
  const say = (line: string) => {
    if (!args.json) io.stderr(`${masker.mask(safeLines(line))}\n`);
  };
  /** A line renderText/aliasLine built: its fields are sanitized there, and its colours are ours. */
  const sayRendered = (line: string) => {
    if (!args.json) io.stderr(`${masker.mask(line)}\n`);
  };
  const guard = guardProxy(() => process.exit(130));
  const spinner = io.isTTY && !args.json ? startSpinner(io) : null;
  try {
    const options = cliOptions(args, io);
    const verifyOptions = toVerifyOptions(options, io.env);
    const run = (hooks: VerifyHooks) =>
      options.litellmVersions.length > 1 ? rehearse(verifyOptions, options.litellmVersions, hooks).then((r) => r.report) : verify(verifyOptions, hooks);
    const report = await run({
      masker,
      log: (line) => {
        spinner?.update(masker.mask(oneLine(renderSettings(line, 'cli'))));
        say(`• ${renderSettings(line, 'cli')}`);
      },
      alias: (a) => sayRendered(aliasLine(renderSettingsDeep(a, 'cli'), style)),
      proxyStarted: (proxy) => guard.started(proxy), // a Ctrl-C or an unexpected error from here on must not leave it running
    });
    await guard.cancelling(); // Ctrl-C ends with 130, not with the failure the proxy's stop caused
    guard.handOver(); // the engine has stopped it
    spinner?.stop();
    const shown = renderSettingsDeep(sanitizeDeep(report), 'cli');
    const json = masker.mask(JSON.stringify(masker.maskDeep(shown), null, 2));
    if (options.reportFile) fs.writeFileSync(options.reportFile, json + '\n');
    if (args.json) io.stdout(json + '\n');
    else io.stdout(masker.mask(renderText(shown, style)) + '\n');
    if (options.onMissingKey === 'warn' && report.result === 'skipped') say(`warning: skipped: ${shown.aliases[0]?.skippedReason ?? 'nothing to probe'}`);
    return exitCode(report);
  } catch (error) {
    spinner?.stop();
    // An input error stops before any report: its fix is said here, as the action says it.
    const fix = error instanceof VerifyError && error.detail?.fix ? `\nfix: ${error.detail.fix}` : '';
    io.stderr(`verify-litellm: ${masker.mask(safeLines(renderSettings(errorMessage(error) + fix, 'cli')))}\n`);
    return error instanceof VerifyError ? error.exitCode : 1;
  } finally {
    guard.release();
  }
}

type CliArgs = Record<string, string | boolean | undefined>;

/** The flags as settings: unset ones fall back to the shared defaults, exactly like unset action inputs. */
export function cliOptions(args: CliArgs, io: Pick<CliIo, 'env' | 'cwd'>): Options {
  const text = (name: string): string => (typeof args[name] === 'string' ? (args[name] as string) : '');
  const flag = (on: string, off?: string): string => (args[on] ? 'true' : off && args[off] ? 'false' : '');
  const get = (name: SettingName): string => {
    switch (name) {
      case 'VLLM_KEY':
        return io.env.VLLM_KEY ?? '';
      case 'proxy-key':
        return io.env.LITELLM_PROXY_KEY ?? io.env.LITELLM_MASTER_KEY ?? '';
      case 'stream':
        return flag('stream', 'no-stream');
      case 'tools':
        return flag('tools');
      case 'check-served-model':
        return args['no-served-model-check'] ? 'false' : '';
      case 'keep-running':
      case 'cache':
        return ''; // the action's: a CLI run ends with its process, and keeps its venv in --cache-dir
      default:
        return text(name);
    }
  };
  return parseOptions(get, {
    workspace: io.cwd,
    cacheRoot: cliCacheRoot(text('cache-dir') || undefined, io),
    tempRoot: os.tmpdir(),
  });
}

export function exitCode(report: Report): number {
  if (report.result !== 'fail') return 0;
  return report.error && (report.error.stage === 'config' || report.error.stage === 'input') ? 2 : 1;
}

function readOwnVersion(): string {
  for (const candidate of ['../package.json', '../../package.json']) {
    try {
      return (JSON.parse(fs.readFileSync(new URL(candidate, import.meta.url), 'utf8')) as { version: string }).version;
    } catch {
      // try the next layout (dist/ vs src/cli/)
    }
  }
  return 'unknown';
}

/** A one-line spinner on a terminal while the slow stages (install, start-up) run. */
function startSpinner(io: CliIo) {
  const frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
  let text = 'Working';
  let i = 0;
  const timer = setInterval(() => io.stderr(`\r\x1b[2K${frames[i++ % frames.length]} ${text.slice(0, 70)}`), 100);
  timer.unref();
  return {
    update: (line: string) => {
      io.stderr('\r\x1b[2K');
      text = line;
    },
    stop: () => {
      clearInterval(timer);
      io.stderr('\r\x1b[2K');
    },
  };
}
