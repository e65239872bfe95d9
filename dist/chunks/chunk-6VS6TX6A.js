import { createRequire as __vlCreateRequire } from 'node:module'; const require = __vlCreateRequire(import.meta.url);
import {
  DEFAULTS,
  Masker,
  aliasLine,
  ansi,
  guardProxy,
  lintConfigs,
  lintExitCode,
  parseOptions,
  parseTemperature,
  plain,
  rehearse,
  renderText,
  toVerifyOptions,
  verify
} from "./chunk-BWYUOZ65.js";
import {
  DEFAULT_LITELLM_VERSION,
  VerifyError,
  errorMessage,
  oneLine,
  renderSettings,
  renderSettingsDeep,
  safeLines,
  sanitizeDeep
} from "./chunk-47WOBA5N.js";

// src/util/entry.ts
function exitWhenDone(run, name) {
  run.then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`${name}: internal error: ${safeLines(error instanceof Error ? error.message : String(error))}
`);
      process.exitCode = 1;
    }
  );
}

// src/cli/cli.ts
import fs from "node:fs";
import os2 from "node:os";

// src/cli/io.ts
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
var defaultIo = () => ({
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  cwd: process.cwd()
});
var SHARED_FLAGS = {
  config: { type: "string" },
  temperature: { type: "string" },
  "litellm-version": { type: "string" },
  python: { type: "string" },
  "cache-dir": { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
function readFlags(command, argv, options, io, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, strict: true, allowPositionals, options });
  } catch (error) {
    io.stderr(`${command}: ${errorMessage(error)}
Run '${command} --help' for usage.
`);
    return null;
  }
}
function cliCacheRoot(given, io) {
  return given ? path.resolve(io.cwd, given) : path.join(io.env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache"), "verify-litellm");
}

// src/cli/lint.ts
import path2 from "node:path";
var LINT_HELP = `verify-litellm lint: check a LiteLLM proxy config the way the installed LiteLLM reads it.

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
async function lintMain(argv, io) {
  const args = readFlags("verify-litellm lint", argv, SHARED_FLAGS, io, true);
  if (!args) return 2;
  const { values, positionals } = args;
  if (values.help) {
    io.stdout(LINT_HELP);
    return 0;
  }
  const files = values.config ? [values.config] : positionals.length ? positionals : [DEFAULTS.config];
  try {
    const temperature = parseTemperature(values.temperature ?? DEFAULTS.temperature);
    const reports = await lintConfigs(
      files.map((file) => ({ configPath: path2.resolve(io.cwd, file), configDisplayPath: file })),
      {
        temperature,
        litellmVersion: values["litellm-version"] ?? DEFAULT_LITELLM_VERSION,
        cacheRoot: cliCacheRoot(values["cache-dir"], io),
        python: values.python,
        installTimeoutMs: 6e5,
        env: io.env,
        log: (line) => {
          if (!values.json) io.stderr(`\u2022 ${oneLine(line)}
`);
        }
      }
    );
    const all = renderSettingsDeep({ schema: "verify-litellm/lint@1", findings: reports.flatMap((r) => r.findings) }, "cli");
    if (values.json) io.stdout(JSON.stringify(sanitizeDeep(all), null, 2) + "\n");
    else io.stdout(renderLint(all));
    return lintExitCode(all);
  } catch (error) {
    io.stderr(`verify-litellm lint: ${oneLine(renderSettings(errorMessage(error), "cli"))}
`);
    return error instanceof VerifyError && error.exitCode === 2 ? 2 : error instanceof VerifyError && error.stage === "install" ? 1 : 2;
  }
}
function renderLint(report) {
  if (!report.findings.length) return "No findings.\n";
  const lines = report.findings.map(
    (f) => `${oneLine(f.file)}:${f.line}:${f.column}: ${f.severity} [${f.rule}]${f.alias ? ` (${oneLine(f.alias)})` : ""} ${oneLine(f.message)}${f.fix ? `
    fix: ${oneLine(f.fix)}` : ""}`
  );
  const count = (s) => report.findings.filter((f) => f.severity === s).length;
  return `${lines.join("\n")}
${count("error")} error(s), ${count("warning")} warning(s), ${count("notice")} notice(s).
`;
}

// src/cli/cli.ts
var d = DEFAULTS;
var HELP = `verify-litellm: prove every route in a LiteLLM proxy config works, through a real LiteLLM proxy.

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
  --max-tokens N         max_tokens of each probe (default: ${d["max-tokens"]}; thinking models need room)
  --timeout S            seconds per request (default: ${d.timeout})
  --litellm-version V    LiteLLM release to run (default: ${DEFAULT_LITELLM_VERSION}); auto reads it from the repository;
                         a list A,B rehearses an upgrade; other releases use a lock resolved at run time
  --litellm-extras X     LiteLLM extras beside [proxy]: auto (default: google when a probed route is vertex_ai/), none, google
  --python PATH          base Python (3.10+) for the LiteLLM venv (default: python3 on PATH)
  --concurrency N        aliases probed at once (default: ${d.concurrency})
  --install-timeout S    seconds allowed for installing LiteLLM when it is not cached (default: ${d["install-timeout"]})
  --start-timeout S      seconds allowed for the proxy to become ready (default: ${d["start-timeout"]})
  --run-timeout S        seconds allowed for the whole run (default: ${d["run-timeout"]})
  --allowed-hosts LIST   hosts a key may be sent to (*.example.com for subdomains); other routes fail before anything starts
  --cache-dir DIR        where the LiteLLM venv is kept (default: ~/.cache/verify-litellm)
  --proxy-url URL        probe an already-running LiteLLM proxy instead of starting one
                         (key from LITELLM_PROXY_KEY; aliases from --config if it exists, else /v1/models)
  --stream               also probe each chat alias with stream: true (the default)
  --no-stream            do not send the streaming probe
  --attempts N           tries per request for transient failures (connection, timeout, 429, 5xx) (default: ${d.attempts})
  --max-latency-ms MS    an alias that answers slower than this fails (or warns, with --latency warn)
  --latency fail|warn    what exceeding --max-latency-ms does (default: ${d.latency})
  --on-missing-key X     when VLLM_KEY is empty although the config reads it: fail, skip or warn (default: ${d["on-missing-key"]})
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
var FLAGS = {
  ...SHARED_FLAGS,
  models: { type: "string" },
  prompt: { type: "string" },
  "max-tokens": { type: "string" },
  timeout: { type: "string" },
  concurrency: { type: "string" },
  api: { type: "string" },
  tools: { type: "boolean" },
  client: { type: "string" },
  "request-params": { type: "string" },
  "no-served-model-check": { type: "boolean" },
  "litellm-extras": { type: "string" },
  "install-timeout": { type: "string" },
  "start-timeout": { type: "string" },
  "run-timeout": { type: "string" },
  "allowed-hosts": { type: "string" },
  "proxy-url": { type: "string" },
  stream: { type: "boolean" },
  "no-stream": { type: "boolean" },
  attempts: { type: "string" },
  "max-latency-ms": { type: "string" },
  latency: { type: "string" },
  "on-missing-key": { type: "string" },
  "report-file": { type: "string" },
  "no-color": { type: "boolean" },
  version: { type: "boolean" }
};
async function main(argv, io = defaultIo()) {
  if (argv[0] === "lint") return lintMain(argv.slice(1), io);
  const read = readFlags("verify-litellm", argv, FLAGS, io);
  if (!read) return 2;
  const args = read.values;
  if (args.help) {
    io.stdout(HELP);
    return 0;
  }
  if (args.version) {
    io.stdout(`verify-litellm ${readOwnVersion()} (LiteLLM ${DEFAULT_LITELLM_VERSION} by default)
`);
    return 0;
  }
  const style = io.isTTY && !args["no-color"] && !io.env.NO_COLOR ? ansi : plain;
  const masker = new Masker();
  const key = io.env.VLLM_KEY ?? "";
  masker.add(key);
  const say = (line) => {
    if (!args.json) io.stderr(`${masker.mask(safeLines(line))}
`);
  };
  const sayRendered = (line) => {
    if (!args.json) io.stderr(`${masker.mask(line)}
`);
  };
  const guard = guardProxy(() => process.exit(130));
  const spinner = io.isTTY && !args.json ? startSpinner(io) : null;
  try {
    const options = cliOptions(args, io);
    const verifyOptions = toVerifyOptions(options, io.env);
    const run = (hooks) => options.litellmVersions.length > 1 ? rehearse(verifyOptions, options.litellmVersions, hooks).then((r) => r.report) : verify(verifyOptions, hooks);
    const report = await run({
      masker,
      log: (line) => {
        spinner?.update(masker.mask(oneLine(renderSettings(line, "cli"))));
        say(`\u2022 ${renderSettings(line, "cli")}`);
      },
      alias: (a) => sayRendered(aliasLine(renderSettingsDeep(a, "cli"), style)),
      proxyStarted: (proxy) => guard.started(proxy)
      // a Ctrl-C or an unexpected error from here on must not leave it running
    });
    await guard.cancelling();
    guard.handOver();
    spinner?.stop();
    const shown = renderSettingsDeep(sanitizeDeep(report), "cli");
    const json = masker.mask(JSON.stringify(masker.maskDeep(shown), null, 2));
    if (options.reportFile) fs.writeFileSync(options.reportFile, json + "\n");
    if (args.json) io.stdout(json + "\n");
    else io.stdout(masker.mask(renderText(shown, style)) + "\n");
    if (options.onMissingKey === "warn" && report.result === "skipped") say(`warning: skipped: ${shown.aliases[0]?.skippedReason ?? "nothing to probe"}`);
    return exitCode(report);
  } catch (error) {
    spinner?.stop();
    const fix = error instanceof VerifyError && error.detail?.fix ? `
fix: ${error.detail.fix}` : "";
    io.stderr(`verify-litellm: ${masker.mask(safeLines(renderSettings(errorMessage(error) + fix, "cli")))}
`);
    return error instanceof VerifyError ? error.exitCode : 1;
  } finally {
    guard.release();
  }
}
function cliOptions(args, io) {
  const text = (name) => typeof args[name] === "string" ? args[name] : "";
  const flag = (on, off) => args[on] ? "true" : off && args[off] ? "false" : "";
  const get = (name) => {
    switch (name) {
      case "VLLM_KEY":
        return io.env.VLLM_KEY ?? "";
      case "proxy-key":
        return io.env.LITELLM_PROXY_KEY ?? io.env.LITELLM_MASTER_KEY ?? "";
      case "stream":
        return flag("stream", "no-stream");
      case "tools":
        return flag("tools");
      case "check-served-model":
        return args["no-served-model-check"] ? "false" : "";
      case "keep-running":
      case "cache":
        return "";
      // the action's: a CLI run ends with its process, and keeps its venv in --cache-dir
      default:
        return text(name);
    }
  };
  return parseOptions(get, {
    workspace: io.cwd,
    cacheRoot: cliCacheRoot(text("cache-dir") || void 0, io),
    tempRoot: os2.tmpdir()
  });
}
function exitCode(report) {
  if (report.result !== "fail") return 0;
  return report.error && (report.error.stage === "config" || report.error.stage === "input") ? 2 : 1;
}
function readOwnVersion() {
  for (const candidate of ["../package.json", "../../package.json"]) {
    try {
      return JSON.parse(fs.readFileSync(new URL(candidate, import.meta.url), "utf8")).version;
    } catch {
    }
  }
  return "unknown";
}
function startSpinner(io) {
  const frames = ["\u280B", "\u2819", "\u2839", "\u2838", "\u283C", "\u2834", "\u2826", "\u2827", "\u2807", "\u280F"];
  let text = "Working";
  let i = 0;
  const timer = setInterval(() => io.stderr(`\r\x1B[2K${frames[i++ % frames.length]} ${text.slice(0, 70)}`), 100);
  timer.unref();
  return {
    update: (line) => {
      io.stderr("\r\x1B[2K");
      text = line;
    },
    stop: () => {
      clearInterval(timer);
      io.stderr("\r\x1B[2K");
    }
  };
}

export {
  exitWhenDone,
  main
};
