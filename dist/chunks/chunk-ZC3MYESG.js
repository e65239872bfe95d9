import { createRequire as __vlCreateRequire } from 'node:module'; const require = __vlCreateRequire(import.meta.url);
import {
  require_undici
} from "./chunk-QOTUQGWT.js";
import {
  __toESM
} from "./chunk-RUMNF2LX.js";

// src/util/errors.ts
var VerifyError = class extends Error {
  constructor(message, stage, detail) {
    super(message);
    this.stage = stage;
    this.detail = detail;
    this.name = "VerifyError";
  }
  stage;
  detail;
  get exitCode() {
    return this.stage === "input" || this.stage === "config" ? 2 : 1;
  }
};
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/options/settings.ts
var OPEN = "\u27E6";
var CLOSE = "\u27E7";
var MARKER = new RegExp(`${OPEN}([A-Za-z0-9_-]+)${CLOSE}`, "g");
var setting = (name) => `${OPEN}${name}${CLOSE}`;
var CLI_SPELLING = {
  VLLM_KEY: "the VLLM_KEY environment variable",
  "proxy-key": "the LITELLM_PROXY_KEY environment variable",
  "check-served-model": "option '--no-served-model-check'",
  cache: "option '--cache-dir'"
};
function settingName(name, door) {
  if (door === "action") return name === "VLLM_KEY" ? "the 'VLLM_KEY' input" : `input '${name}'`;
  return CLI_SPELLING[name] ?? `option '--${name}'`;
}
var renderSettings = (text, door) => text.replace(MARKER, (_, name) => settingName(name, door));
function renderSettingsDeep(value, door) {
  if (typeof value === "string") return renderSettings(value, door);
  if (Array.isArray(value)) return value.map((v) => renderSettingsDeep(v, door));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renderSettingsDeep(v, door)]));
  return value;
}

// src/util/process.ts
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
var MAX_CAPTURE = 256 * 1024;
async function runCommand(command, args, options) {
  if (options.cwd !== void 0) return runIn(command, args, options, options.cwd);
  const cwd = emptyDir();
  try {
    return await runIn(command, args, options, cwd);
  } finally {
    fs.rmSync(cwd, { recursive: true, force: true });
  }
}
function emptyDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), "verify-litellm-cwd-"));
}
function runIn(command, args, options, cwd) {
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn(command, args, { env: options.env, cwd, stdio: ["ignore", "pipe", "pipe"], ...treeSpawnOptions(process.platform) });
    } catch (error) {
      resolve({ code: null, signal: null, stdout: "", stderr: String(error), timedOut: false });
      return;
    }
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    const keep = (acc, chunk) => acc.length > MAX_CAPTURE ? acc : acc + chunk.toString("utf8");
    child.stdout?.on("data", (c) => {
      stdout = keep(stdout, c);
      if (options.onLine) {
        for (const line of c.toString("utf8").split("\n")) if (line.trim()) options.onLine(line);
      }
    });
    child.stderr?.on("data", (c) => stderr = keep(stderr, c));
    const timer = setTimeout(() => {
      timedOut = true;
      killTree(child.pid, "SIGKILL");
    }, options.timeoutMs);
    child.once("error", (error) => {
      clearTimeout(timer);
      resolve({ code: null, signal: null, stdout, stderr: stderr + String(error), timedOut });
    });
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, timedOut });
    });
  });
}
function treeSpawnOptions(platform, lifetime = "bounded") {
  return { detached: platform !== "win32" || lifetime === "service", windowsHide: true };
}
function spawnDetached(command, args, options) {
  return spawn(command, args, { ...options, ...treeSpawnOptions(process.platform, "service") });
}
function treeKillPlan(pid, signal, platform) {
  if (platform === "win32") return { kind: "taskkill", command: "taskkill", args: ["/PID", String(pid), "/T", "/F"] };
  return { kind: "signal", group: -pid, pid, signal };
}
function hasGracefulStop(platform) {
  return platform !== "win32";
}
var realProcessSystem = {
  kill: (pid, signal) => {
    process.kill(pid, signal);
  },
  run: (command, args) => {
    const result = spawnSync(command, args, { stdio: "ignore", windowsHide: true, timeout: 15e3 });
    return !result.error && result.status === 0;
  }
};
function killTree(pid, signal = "SIGTERM", platform = process.platform, system = realProcessSystem) {
  if (!pid) return false;
  const plan = treeKillPlan(pid, signal, platform);
  if (plan.kind === "taskkill") {
    try {
      return system.run(plan.command, plan.args);
    } catch {
      return false;
    }
  }
  try {
    system.kill(plan.group, plan.signal);
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
function isAlive(pid, system = realProcessSystem) {
  try {
    system.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
async function stopProcessTree(pid, graceMs = 5e3, options = {}) {
  const platform = options.platform ?? process.platform;
  const system = options.system ?? realProcessSystem;
  if (!isAlive(pid, system)) return "not-running";
  if (hasGracefulStop(platform)) {
    killTree(pid, "SIGTERM", platform, system);
    const deadline = Date.now() + graceMs;
    while (Date.now() < deadline) {
      await sleep(50);
      if (!isAlive(pid, system)) {
        killTree(pid, "SIGKILL", platform, system);
        return "terminated";
      }
    }
  }
  killTree(pid, "SIGKILL", platform, system);
  const killDeadline = Date.now() + (options.killWaitMs ?? 2e3);
  while (isAlive(pid, system) && Date.now() < killDeadline) await sleep(25);
  return "killed";
}
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// src/litellm/proxy.ts
var import_undici = __toESM(require_undici(), 1);
import crypto from "node:crypto";
import fs2 from "node:fs";
import path2 from "node:path";

// src/util/port.ts
import net from "node:net";
function freePort(host = "127.0.0.1") {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => port ? resolve(port) : reject(new Error("the OS gave no free port")));
    });
  });
}

// src/litellm/isolation.ts
var ISOLATED = "-I";
var PROXY_LAUNCHER = [
  "import os, runpy, sys",
  "_, extra, limit, *rest = sys.argv",
  "if extra: sys.path.append(extra)",
  "if int(limit):",
  "    os.environ.setdefault('OPENBLAS_NUM_THREADS', '1')  # OpenBLAS reserves buffers per core at import",
  "    try:",
  "        import resource",
  "        resource.setrlimit(resource.RLIMIT_AS, (int(limit), int(limit)))",
  "    except (ImportError, ValueError, OSError):",
  "        pass",
  "sys.argv = ['litellm', *rest]",
  "runpy.run_module('litellm.proxy.proxy_cli', run_name='__main__', alter_sys=True)"
].join("\n");
var PROXY_MEMORY_BYTES = 4 * 1024 ** 3;
function proxyCommand(moduleDir, memoryBytes, cliArgs) {
  return [ISOLATED, "-u", "-X", "utf8", "-c", PROXY_LAUNCHER, moduleDir ?? "", String(Math.max(0, Math.floor(memoryBytes))), ...cliArgs];
}

// src/litellm/proxy.ts
function newMasterKey() {
  return `sk-verify-${crypto.randomBytes(24).toString("base64url")}`;
}
var POLL_MS = 100;
var LOG_TAIL_LINES = 40;
async function startProxy(options) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(options, await freePort());
    } catch (error) {
      if (attempt >= 2 || !(error instanceof VerifyError) || !/address already in use|Errno 98|error while attempting to bind/i.test(error.detail?.logTail ?? ""))
        throw error;
    }
  }
}
async function startOnce(options, port) {
  const started = Date.now();
  const log = fs2.openSync(options.logFile, "w", 384);
  const child = spawnDetached(
    options.python,
    proxyCommand(options.moduleDir ?? null, options.memoryBytes ?? 0, [
      "--config",
      options.configFile,
      "--host",
      "127.0.0.1",
      "--port",
      String(port),
      "--num_workers",
      "1"
    ]),
    { env: options.env, cwd: options.cwd ?? fs2.mkdtempSync(path2.join(path2.dirname(options.logFile), "cwd-")), stdio: ["ignore", log, log] }
  );
  fs2.closeSync(log);
  let exit = null;
  child.once("exit", (code, signal) => exit = { code, signal });
  const spawnError = new Promise((resolve) => child.once("error", resolve));
  const pid = child.pid;
  if (!pid) throw new VerifyError(`could not start LiteLLM: ${(await spawnError).message}`, "start");
  child.unref();
  options.onSpawn?.(pid);
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopProcessTree(pid);
  };
  const deadline = started + options.readyTimeoutMs;
  while (Date.now() < deadline) {
    if (exit) {
      const ended = exit;
      throw startFailure(`LiteLLM exited during start-up (${ended.code !== null ? `exit code ${ended.code}` : `signal ${ended.signal}`}).`, options.logFile);
    }
    if (await isLive(baseUrl)) {
      return { pid, port, baseUrl, masterKey: options.masterKey, logFile: options.logFile, startupMs: Date.now() - started, stop };
    }
    await sleep(POLL_MS);
  }
  await stop();
  throw startFailure(
    `LiteLLM did not become ready within ${Math.round(options.readyTimeoutMs / 1e3)}s.`,
    options.logFile,
    `Raise ${setting("start-timeout")}; a first start compiles Python files and is slower.`
  );
}
async function isLive(baseUrl) {
  try {
    const res = await (0, import_undici.request)(`${baseUrl}/health/liveliness`, { headersTimeout: 1e3, bodyTimeout: 1e3, signal: AbortSignal.timeout(1500) });
    await res.body.dump();
    return res.statusCode === 200;
  } catch {
    return false;
  }
}
function startFailure(message, logFile, fallbackFix) {
  const logTail = readLogTail(logFile);
  return new VerifyError(`${message}
${logTail ? `Last lines of the proxy log:
${logTail}` : "(the proxy wrote no log)"}`, "start", {
    logTail,
    fix: startFix(logTail) ?? fallbackFix
  });
}
function startFix(logTail) {
  if (/no master key|master_key.*(refused|not set)/i.test(logTail))
    return "LiteLLM refused the master key; verify-litellm sets a random one, so a `general_settings.master_key` in the config must resolve to a non-empty value other than sk-1234.";
  if (/address already in use|Errno 98/i.test(logTail)) return "The port was taken; run again.";
  if (/yaml|ScannerError|ParserError|KeyError|ValidationError/i.test(logTail))
    return "LiteLLM could not load the config: fix the key named above (see the lint findings).";
  if (/SyntaxError|requires a different Python|python_requires/i.test(logTail))
    return "The Python version is too old for this LiteLLM; use Python 3.11-3.13 (actions/setup-python).";
  if (/Could not import \S+ from \S+|get_instance_fn|initialize_callbacks_on_proxy/.test(logTail)) {
    return "A module the config names (litellm_settings.callbacks, guardrails) cannot be imported: check the name, and that the file sits in the config's own folder (the only folder besides the venv that verify-litellm lets LiteLLM import from).";
  }
  if (/ModuleNotFoundError|ImportError/i.test(logTail)) return "The LiteLLM install is incomplete; delete the cached venv and run again.";
  return void 0;
}
function readLogTail(logFile, lines = LOG_TAIL_LINES) {
  try {
    const fd = fs2.openSync(logFile, "r");
    try {
      const size = fs2.fstatSync(fd).size;
      const length = Math.min(size, 64 * 1024);
      const buffer = Buffer.alloc(length);
      fs2.readSync(fd, buffer, 0, length, size - length);
      return buffer.toString("utf8").replace(/\x1b\[[0-9;]*m/g, "").split(/\r?\n/).filter((l) => l.trim()).slice(-lines).join("\n");
    } finally {
      fs2.closeSync(fd);
    }
  } catch {
    return "";
  }
}
async function stopRecordedProxy(pid, graceMs = 5e3, configFile) {
  if (!Number.isInteger(pid) || pid <= 1 || !isAlive(pid) || !looksLikeOurProxy(pid, configFile)) return "not-running";
  return stopProcessTree(pid, graceMs);
}
function looksLikeOurProxy(pid, configFile) {
  try {
    const args = fs2.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    return args.some((a) => a.includes("litellm")) && (configFile === void 0 || args.includes(configFile));
  } catch {
    return process.platform !== "linux";
  }
}

// src/util/sanitize.ts
var ESCAPES = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[\s\S]?|\x9b[0-?]*[ -/]*[@-~]/g;
var BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;
var CONTROLS = /[\x00-\x08\x0e-\x1f\x7f-\x9f]/g;
var INVISIBLE = /[\u202a-\u202e\u2066-\u2069]/g;
function clean(text) {
  return text.replace(ESCAPES, "").replace(CONTROLS, "").replace(INVISIBLE, "");
}
function defuse(line) {
  return line.replace(/^(\s*):(?=:)/, "$1: ").replace(/##\[/g, "## [");
}
function oneLine(text) {
  return defuse(clean(text.replace(BREAKS, " ")));
}
function safeLines(text) {
  return clean(text.replace(BREAKS, "\n")).split("\n").map(defuse).join("\n");
}
function sanitizeDeep(value) {
  const walk = (v) => {
    if (typeof v === "string") return safeLines(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, inner]) => [safeLines(k), walk(inner)]));
    return v;
  };
  return walk(value);
}
function paramName(text) {
  return /^[\w.-]{1,64}$/.test(text) ? text : null;
}

// src/util/bound.ts
function within(promise, ms) {
  let timer;
  const timeout = new Promise((resolve) => timer = setTimeout(() => resolve("timeout"), ms));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export {
  VerifyError,
  errorMessage,
  setting,
  renderSettings,
  renderSettingsDeep,
  runCommand,
  stopProcessTree,
  sleep,
  within,
  ISOLATED,
  PROXY_MEMORY_BYTES,
  newMasterKey,
  startProxy,
  stopRecordedProxy,
  oneLine,
  safeLines,
  sanitizeDeep,
  paramName
};
