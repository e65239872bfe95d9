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
  cache: "option '--cache-dir'",
  mode: "the 'lint' subcommand"
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

// src/litellm/lock.ts
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
var DEFAULT_LITELLM_VERSION = "1.108.7";
var REFUSED_VERSIONS = {
  "1.82.7": "published on 2026-03-24 with a credential stealer",
  "1.82.8": "published on 2026-03-24 with a credential stealer (a .pth file that runs on every Python start)"
};
var VERSION = /^\d+\.\d+\.\d+([.-]?(post|rc|a|b|dev)\d+)?$/;
var KNOWN_EXTRAS = ["google"];
function locksDir(from = path.dirname(fileURLToPath(import.meta.url))) {
  let dir = from;
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, "locks");
    if (fs.existsSync(path.join(candidate, "uv.txt"))) return candidate;
    dir = path.dirname(dir);
  }
  throw new VerifyError(`cannot find the locks/ folder that ships with verify-litellm (looked upwards from ${from}).`, "internal");
}
function checkVersion(version) {
  const refused = REFUSED_VERSIONS[version];
  if (refused) {
    throw new VerifyError(
      `litellm ${version} is refused: it was ${refused}. Use ${DEFAULT_LITELLM_VERSION} (the default) or any release without a known compromise.`,
      "input",
      {
        fix: `Remove ${setting("litellm-version")} to use ${DEFAULT_LITELLM_VERSION}.`
      }
    );
  }
  if (!VERSION.test(version)) {
    throw new VerifyError(
      `${setting("litellm-version")} must be an exact release like ${DEFAULT_LITELLM_VERSION}; found '${version}'. Ranges are not accepted: the install is hash-locked.`,
      "input"
    );
  }
}
function lockTag(version, extras) {
  return ["litellm-" + version, ...extras].join("-");
}
function requirementOf(lock) {
  return `litellm[${["proxy", ...lock.extras].join(",")}]==${lock.version}`;
}
function shippedLock(version, dir = locksDir(), extras = []) {
  checkVersion(version);
  const file = path.join(dir, `${lockTag(version, extras)}.txt`);
  return fs.existsSync(file) ? readLockFile(version, file, extras) : null;
}
function readUvLock(dir = locksDir()) {
  const file = path.join(dir, "uv.txt");
  const text = fs.readFileSync(file, "utf8");
  const version = /^uv==(\S+)/m.exec(text)?.[1] ?? "unknown";
  return readLockFile(version, file, []);
}
function readLockFile(version, file, extras) {
  const text = fs.readFileSync(file, "utf8");
  return { version, extras, file, text, sha256: crypto.createHash("sha256").update(text).digest("hex"), reviewed: true };
}
function lockForCacheKey(key, cacheRoot, dir = locksDir()) {
  const m = /-litellm-(\d[\w.-]*?)((?:-[a-z]+)*)-([0-9a-f]{12})$/.exec(key);
  if (!m) return null;
  const [, version = "", suffix = "", prefix = ""] = m;
  const extras = suffix.split("-").filter(Boolean);
  if (!extras.every((e) => KNOWN_EXTRAS.includes(e))) return null;
  const tag = lockTag(version, extras);
  const candidates = [path.join(dir, `${tag}.txt`), path.join(cacheRoot, "locks", `${tag}-runtime-${prefix}.txt`)];
  for (const file of candidates) {
    if (!fs.existsSync(file)) continue;
    const lock = readLockFile(version, file, extras);
    if (lock.sha256.startsWith(prefix)) return file.startsWith(dir) ? lock : { ...lock, reviewed: false };
  }
  return null;
}

// src/litellm/python.ts
import fs3 from "node:fs";
import path3 from "node:path";

// src/util/process.ts
import { spawn, spawnSync } from "node:child_process";
import fs2 from "node:fs";
import os from "node:os";
import path2 from "node:path";
var MAX_CAPTURE = 256 * 1024;
async function runCommand(command, args, options) {
  if (options.cwd !== void 0) return runIn(command, args, options, options.cwd);
  const cwd = emptyDir();
  const forget = removeOnExit(cwd);
  try {
    return await runIn(command, args, options, cwd);
  } finally {
    fs2.rmSync(cwd, { recursive: true, force: true });
    forget();
  }
}
function emptyDir() {
  return fs2.mkdtempSync(path2.join(os.tmpdir(), "verify-litellm-cwd-"));
}
function runIn(command, args, options, cwd) {
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn(command, args, {
        env: options.env,
        cwd,
        stdio: [options.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"],
        ...treeSpawnOptions(process.platform)
      });
      if (options.input !== void 0) {
        child.stdin?.on("error", () => void 0);
        child.stdin?.end(options.input);
      }
    } catch (error) {
      resolve({ code: null, signal: null, stdout: "", stderr: String(error), timedOut: false });
      return;
    }
    const release = child.pid ? stopOnExit(child.pid) : () => void 0;
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    const max = options.maxCapture ?? MAX_CAPTURE;
    const keep = (acc, chunk) => acc.length > max ? acc : acc + chunk.toString("utf8");
    child.stdout?.on("data", (c) => stdout = keep(stdout, c));
    child.stderr?.on("data", (c) => stderr = keep(stderr, c));
    const timer = setTimeout(() => {
      timedOut = true;
      killTree(child.pid, "SIGKILL");
    }, options.timeoutMs);
    child.once("error", (error) => {
      clearTimeout(timer);
      release();
      resolve({ code: null, signal: null, stdout, stderr: stderr + String(error), timedOut });
    });
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      release();
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
  },
  exited: (pid) => process.platform === "linux" && isZombie(pid)
};
function isZombie(pid) {
  try {
    const stat = fs2.readFileSync(`/proc/${pid}/stat`, "utf8");
    const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
    return state === "Z" || state === "X";
  } catch {
    return false;
  }
}
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
    return !system.exited?.(pid);
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
var killOnExit = /* @__PURE__ */ new Set();
var removeAtExit = /* @__PURE__ */ new Set();
function exitHook() {
  for (const pid of killOnExit) killTree(pid, "SIGKILL");
  for (const dir of removeAtExit) {
    try {
      fs2.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    } catch {
    }
  }
}
function watchExit() {
  const wanted = killOnExit.size + removeAtExit.size > 0;
  const hooked = process.listeners("exit").includes(exitHook);
  if (wanted && !hooked) process.on("exit", exitHook);
  else if (!wanted && hooked) process.removeListener("exit", exitHook);
}
var stopOnExit = (pid) => heldUntilRelease(killOnExit, pid);
var removeOnExit = (dir) => heldUntilRelease(removeAtExit, dir);
function heldUntilRelease(held, item) {
  held.add(item);
  watchExit();
  return () => {
    held.delete(item);
    watchExit();
  };
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
  // No redirect is followed: LiteLLM's HTTP clients (litellm/llms/custom_httpx/http_handler.py, 1.108.7) are
  // httpx clients with follow_redirects=True, and httpx drops only `Authorization` on a cross-origin redirect,
  // so an upstream answering 307 to another host received the route's `x-api-key` (anthropic/) there too.
  "import httpx",
  "for _client in (httpx.Client, httpx.AsyncClient):",
  "    def _init(self, *args, _original=_client.__init__, **kwargs):",
  "        kwargs['follow_redirects'] = False",
  "        _original(self, *args, **kwargs)",
  "    _client.__init__ = _init",
  "    def _send(self, request, *args, _original=_client.send, **kwargs):",
  "        kwargs['follow_redirects'] = False  # a per-request override too",
  "        return _original(self, request, *args, **kwargs)",
  "    _client.send = _send",
  "sys.argv = ['litellm', *rest]",
  "runpy.run_module('litellm.proxy.proxy_cli', run_name='__main__', alter_sys=True)"
].join("\n");
var PROXY_MEMORY_BYTES = 4 * 1024 ** 3;
function proxyCommand(moduleDir, memoryBytes, cliArgs) {
  return [ISOLATED, "-u", "-X", "utf8", "-c", PROXY_LAUNCHER, moduleDir ?? "", String(Math.max(0, Math.floor(memoryBytes))), ...cliArgs];
}

// src/litellm/environment.ts
var BASICS = [
  "PATH",
  "HOME",
  "USER",
  "LOGNAME",
  "SHELL",
  "LANG",
  "LANGUAGE",
  "TZ",
  "TMPDIR",
  "TEMP",
  "TMP",
  "SYSTEMROOT",
  "WINDIR",
  "COMSPEC",
  "PATHEXT",
  "USERPROFILE",
  "APPDATA",
  "LOCALAPPDATA",
  "PROGRAMDATA",
  "HOMEDRIVE",
  "HOMEPATH",
  "SSL_CERT_FILE",
  "SSL_CERT_DIR",
  "REQUESTS_CA_BUNDLE",
  "CURL_CA_BUNDLE",
  // The runner's outbound proxy, which LiteLLM's HTTP client (1.108.7 aiohttp_transport.py: `getproxies()`, then
  // the scheme's entry or "all"), pip (requests) and uv all follow, ALL_PROXY included. Matched case-insensitively.
  "HTTP_PROXY",
  "HTTPS_PROXY",
  "ALL_PROXY",
  "NO_PROXY",
  "XDG_CACHE_HOME",
  // Where actions/setup-python's Python finds libpython when its tool cache is not /opt/hostedtoolcache (self-hosted
  // runners, container jobs): python-versions links it with `--rpath=<that path>/lib` (builders/ubuntu-python-builder.psm1)
  // and setup-python exports LD_LIBRARY_PATH=<install>/lib (src/find-python.ts). Without it the interpreter cannot start.
  "LD_LIBRARY_PATH"
];
var INSTALLER = [
  "UV_CACHE_DIR",
  "PIP_INDEX_URL",
  "PIP_EXTRA_INDEX_URL",
  "PIP_CONFIG_FILE",
  "UV_INDEX_URL",
  "UV_EXTRA_INDEX_URL",
  "UV_DEFAULT_INDEX",
  "UV_INDEX",
  "PIP_CERT",
  "PIP_CLIENT_CERT",
  "PIP_TRUSTED_HOST",
  "PIP_FIND_LINKS",
  "PIP_NO_INDEX",
  "PIP_DEFAULT_TIMEOUT",
  "PIP_RETRIES",
  "PIP_PROXY",
  "UV_NATIVE_TLS",
  "UV_SYSTEM_CERTS",
  "UV_INSECURE_HOST",
  "UV_INDEX_STRATEGY",
  "UV_FIND_LINKS",
  // Where pip (requests) and uv read index credentials besides the URL; ~/.netrc comes with HOME.
  "NETRC",
  "PIP_KEYRING_PROVIDER",
  "UV_KEYRING_PROVIDER"
];
var INSTALLER_SET = new Set(INSTALLER);
var UV_NAMED_INDEX_CREDENTIAL = /^UV_INDEX_[A-Z0-9_]+_(USERNAME|PASSWORD)$/;
var BASIC_PREFIXES = ["LC_"];
var BASIC_SET = new Set(BASICS.map((n) => n.toUpperCase()));
function isBasic(name) {
  return BASIC_SET.has(name.toUpperCase()) || BASIC_PREFIXES.some((p) => name.startsWith(p));
}
function baseEnvironment(source = process.env) {
  const env = {};
  for (const [name, value] of Object.entries(source)) if (value !== void 0 && isBasic(name)) env[name] = value;
  return env;
}
function installerEnvironment(source = process.env) {
  const env = baseEnvironment(source);
  for (const [name, value] of Object.entries(source))
    if (value !== void 0 && (INSTALLER_SET.has(name.toUpperCase()) || UV_NAMED_INDEX_CREDENTIAL.test(name.toUpperCase()))) env[name] = value;
  return env;
}
var DENIED_PREFIXES = ["ACTIONS_", "GITHUB_", "RUNNER_", "INPUT_", "STATE_", "VERIFY_LITELLM_"];
var DENIED_NAMES = /* @__PURE__ */ new Set(["LITELLM_MASTER_KEY"]);
function isDenied(name) {
  const upper = name.toUpperCase();
  return DENIED_NAMES.has(upper) || DENIED_PREFIXES.some((p) => upper.startsWith(p));
}
function proxyEnvironment(input) {
  const env = baseEnvironment(input.source);
  for (const name of input.referenced) {
    const value = input.provided[name] ?? input.source[name];
    if (value !== void 0) env[name] = value;
  }
  for (const name of Object.keys(env)) if (isDenied(name)) delete env[name];
  return {
    ...env,
    // The runner stops every process carrying its job's tracking id when the job ends (orphan clean-up).
    ...input.source.RUNNER_TRACKING_ID ? { RUNNER_TRACKING_ID: input.source.RUNNER_TRACKING_ID } : {},
    LITELLM_MASTER_KEY: input.masterKey,
    LITELLM_LOCAL_MODEL_COST_MAP: "True",
    // no fetch of the remote cost map at start-up
    LITELLM_MODE: "PRODUCTION",
    // no stray .env loaded from above the install folder
    NO_COLOR: "1"
  };
}
function asTheProxyReads(read, fromConfig) {
  return (name) => {
    const set = fromConfig[name];
    if (typeof set === "string") return set.startsWith("os.environ/") ? read(set.slice("os.environ/".length)) : set;
    if (typeof set === "boolean") return set ? "True" : "False";
    if (typeof set === "number") return String(set);
    return read(name);
  };
}

// src/litellm/python.ts
var MIN_PYTHON = [3, 10];
function venvLayout(platform = process.platform) {
  return platform === "win32" ? { binDir: "Scripts", exeSuffix: ".exe", path: path3.win32 } : { binDir: "bin", exeSuffix: "", path: path3.posix };
}
function venvExecutable(venvDir, name, platform = process.platform) {
  const layout = venvLayout(platform);
  return layout.path.join(venvDir, layout.binDir, `${name}${layout.exeSuffix}`);
}
function venvPython(venvDir, platform = process.platform) {
  return venvExecutable(venvDir, "python", platform);
}
function pythonCandidates(platform = process.platform) {
  return platform === "win32" ? [
    { command: "python", args: [] },
    { command: "py", args: ["-3"] }
  ] : [
    { command: "python3", args: [] },
    { command: "python", args: [] }
  ];
}
function explicitPython(value, exists = fs3.existsSync, cwd = process.cwd()) {
  const trimmed = value.trim();
  const absolute = (command2) => path3.posix.isAbsolute(command2) || path3.win32.isAbsolute(command2);
  const resolved = (command2) => /[\\/]/.test(command2) && !absolute(command2) ? path3.resolve(cwd, command2) : command2;
  if (exists(resolved(trimmed)) || !/\s/.test(trimmed)) return { command: resolved(trimmed), args: [] };
  const [command = trimmed, ...args] = trimmed.split(/\s+/);
  return { command: resolved(command), args };
}
var PROBE = [
  "import os, sys, importlib.util as u",
  'print("%d.%d.%d" % sys.version_info[:3]); print(sys.executable); print("ssl" if u.find_spec("_ssl") else "no-ssl")',
  // A venv (pyvenv.cfg beside the executable or one folder up, as getpath looks for it): its base interpreter.
  "d = os.path.dirname(sys.executable)",
  'print(getattr(sys, "_base_executable", "") if any(os.path.isfile(os.path.join(p, "pyvenv.cfg")) for p in (d, os.path.dirname(d))) else "")'
].join("\n");
var PROBE_TIMEOUT_MS = 2e4;
async function findPython(platform = process.platform, explicit, run = runCommand, probeTimeoutMs = PROBE_TIMEOUT_MS) {
  const candidates = explicit ? [explicitPython(explicit)] : pythonCandidates(platform);
  const tried = [];
  for (const candidate of candidates) {
    const shown = [candidate.command, ...candidate.args].join(" ");
    const result = await run(candidate.command, [...candidate.args, ISOLATED, "-S", "-c", PROBE], {
      timeoutMs: probeTimeoutMs,
      env: baseEnvironment()
    });
    const [version, found, ssl, venvBase] = result.stdout.trim().split(/\r?\n/);
    const executable = venvBase && path3.isAbsolute(venvBase) && fs3.existsSync(venvBase) ? venvBase : found;
    if (result.code !== 0 || !version || !executable || !/^\d+\.\d+\.\d+$/.test(version)) {
      tried.push({ shown, why: notAPython(candidate.command, result, probeTimeoutMs) });
      continue;
    }
    const [major = 0, minor = 0] = version.split(".").map(Number);
    if (major < MIN_PYTHON[0] || major === MIN_PYTHON[0] && minor < MIN_PYTHON[1]) {
      tried.push({ shown, why: `is Python ${version}` });
      continue;
    }
    if (ssl === "no-ssl") {
      tried.push({ shown, why: `is Python ${version} without the ssl module (built without OpenSSL)` });
      continue;
    }
    const direct = path3.isAbsolute(executable) && fs3.existsSync(executable);
    return direct ? { command: executable, args: [], version, executable } : { ...candidate, version, executable };
  }
  if (explicit)
    throw new VerifyError(
      `${setting("python")} is \`${tried[0].shown}\`, which ${tried[0].why}; LiteLLM needs Python ${MIN_PYTHON.join(".")} or newer, with ssl.`,
      "input",
      {
        fix: `Point ${setting("python")} at a Python ${MIN_PYTHON.join(".")}+ interpreter (an absolute path, or one relative to the workspace; actions/setup-python's \`python-path\` output), or leave it empty to use ${pythonCandidates(platform)[0].command} from PATH.`
      }
    );
  throw new VerifyError(
    `LiteLLM needs Python ${MIN_PYTHON.join(".")} or newer, with ssl; found none (${tried.map((t) => `${t.shown} ${t.why === "was not found" ? "(not found)" : t.why}`).join("; ")}).`,
    "install",
    {
      fix: `Add 'actions/setup-python' with python-version: '3.12' before this step, or set ${setting("python")}.`
    }
  );
}
function notAPython(command, result, timeoutMs) {
  if (result.timedOut) return `did not answer within ${timeoutMs / 1e3}s (stopped)`;
  if (/[\\/]/.test(command)) {
    let stat;
    try {
      stat = fs3.statSync(command);
    } catch {
      return "is no such file";
    }
    if (stat.isDirectory()) return "is a folder, not a program";
  }
  if (/EACCES/.test(result.stderr)) return "is not executable";
  if (result.code === null) return "was not found";
  const last = result.stderr.trim().split(/\r?\n/).pop()?.slice(0, 200);
  return `is not a working Python (exit ${result.code}${last ? `: "${last}"` : ""})`;
}

// src/litellm/proxy.ts
var import_undici2 = __toESM(require_undici(), 1);
import crypto2 from "node:crypto";
import fs8 from "node:fs";
import path6 from "node:path";

// src/util/direct-agent.ts
var import_undici = __toESM(require_undici(), 1);
var DIRECT = new import_undici.Agent();

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

// src/litellm/listener.ts
import fs4 from "node:fs";
var LISTEN = "0A";
function listeningInodes(table, port) {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  const inodes = [];
  for (const line of table.split("\n").slice(1)) {
    const cols = line.trim().split(/\s+/);
    if (cols.length < 10 || cols[3] !== LISTEN) continue;
    if (cols[1]?.split(":")[1]?.toUpperCase() === hexPort && cols[9] !== "0") inodes.push(cols[9]);
  }
  return inodes;
}
function groupMembers(pgid) {
  const members = [pgid];
  for (const entry of fs4.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry) || Number(entry) === pgid) continue;
    try {
      const stat = fs4.readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === pgid) members.push(Number(entry));
    } catch {
    }
  }
  return members;
}
function socketInodes(pid) {
  const inodes = /* @__PURE__ */ new Set();
  let fds;
  try {
    fds = fs4.readdirSync(`/proc/${pid}/fd`);
  } catch {
    return null;
  }
  for (const fd of fds) {
    try {
      const match = /^socket:\[(\d+)\]$/.exec(fs4.readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (match) inodes.add(match[1]);
    } catch {
    }
  }
  return inodes;
}
function listenerOwner(port, pgid, platform = process.platform) {
  if (platform !== "linux") return "unknown";
  const inodes = [];
  let read = false;
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    try {
      inodes.push(...listeningInodes(fs4.readFileSync(table, "utf8"), port));
      read = true;
    } catch {
    }
  }
  if (!read) return "unknown";
  if (!inodes.length) return "none";
  if (socketInodes(pgid) === null) return "unknown";
  const owned = groupMembers(pgid).flatMap((pid) => [...socketInodes(pid) ?? []]);
  return inodes.some((inode) => owned.includes(inode)) ? "ours" : "foreign";
}

// src/litellm/proxy-log.ts
import fs5 from "node:fs";
var LOG_TAIL_LINES = 40;
function startFix(logTail) {
  if (/no master key|master_key.*(refused|not set)/i.test(logTail))
    return "LiteLLM refused the master key; verify-litellm sets a random one, so a `general_settings.master_key` in the config must resolve to a non-empty value other than sk-1234.";
  if (/address already in use|Errno 98/i.test(logTail)) return "The port was taken; run again.";
  const missing = /No module named '([\w.]+)'/.exec(logTail)?.[1];
  const callback = [...logTail.matchAll(/Could not (?:build the '([^']+)' callback|import ([\w.]+) from ([\w.]+))/g)].at(-1);
  if (missing) {
    if (callback?.[3] && missing.split(".")[0] === callback[3].split(".")[0])
      return `The config names \`${callback[3]}.${callback[2]}\`, but there is no module \`${callback[3]}\` to import: LiteLLM imports it from the config's own folder (${callback[3].replaceAll(".", "/")}.py there), the only folder besides the venv that verify-litellm lets it import from.`;
    const who = callback ? callback[1] ? `the '${callback[1]}' callback` : `${callback[3]}.${callback[2]} (named in the config)` : "a module the config names";
    return `Python cannot import the package \`${missing.split(".")[0]}\`, which ${who} needs; \`litellm[proxy]\` does not install it. LiteLLM's own observability callbacks are turned off in verify-litellm's private copy; for a custom module, make it import only what the venv has, or guard the import.`;
  }
  if (/yaml|ScannerError|ParserError|KeyError|ValidationError/i.test(logTail))
    return "LiteLLM could not load the config: fix the key named above (see the lint findings).";
  if (/SyntaxError|requires a different Python|python_requires/i.test(logTail))
    return "The Python version is too old for this LiteLLM; use Python 3.11-3.13 (actions/setup-python).";
  if (/Could not import \S+ from \S+|get_instance_fn|initialize_callbacks_on_proxy/.test(logTail)) {
    return "A module the config names (litellm_settings.callbacks, guardrails) cannot be imported: check the name, and that the file sits in the config's own folder (the only folder besides the venv that verify-litellm lets LiteLLM import from).";
  }
  if (/ModuleNotFoundError|ImportError/i.test(logTail))
    return "Python could not import something LiteLLM needs at start-up (see the last lines above); if it names a LiteLLM module, the venv is incomplete: delete the cached venv and run again.";
  return void 0;
}
function readLogTail(logFile, lines = LOG_TAIL_LINES) {
  try {
    const fd = fs5.openSync(logFile, "r");
    try {
      const size = fs5.fstatSync(fd).size;
      const length = Math.min(size, 64 * 1024);
      const buffer = Buffer.alloc(length);
      fs5.readSync(fd, buffer, 0, length, size - length);
      return buffer.toString("utf8").replace(/\x1b\[[0-9;]*m/g, "").split(/\r?\n/).filter((l) => l.trim()).flatMap(readableLine).slice(-lines).join("\n");
    } finally {
      fs5.closeSync(fd);
    }
  } catch {
    return "";
  }
}
function readableLine(line) {
  let out = [line];
  if (line.startsWith("{")) {
    try {
      const entry = JSON.parse(line);
      if (typeof entry.message === "string") {
        const message = entry.message.split("\n").filter((l) => l.trim());
        const exceptions = message.filter((l) => /^[A-Za-z_][\w.]*(Error|Exception|Exit)\b.*:/.test(l));
        out = exceptions.length ? exceptions : message.slice(-1);
      }
    } catch {
    }
  }
  return out.map((l) => l.length > 500 ? `${l.slice(0, 500)}...` : l);
}

// src/litellm/oracle.ts
import fs7 from "node:fs";
import path5 from "node:path";

// src/litellm/helper-script.ts
import fs6 from "node:fs";
import path4 from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
function helperScript(name) {
  const here = path4.dirname(fileURLToPath2(import.meta.url));
  for (const candidate of [path4.join(here, name), path4.join(here, "..", name), path4.join(here, "..", "litellm", name)])
    if (fs6.existsSync(candidate)) return candidate;
  throw new VerifyError(`the helper ${name} is missing from the action; reinstall it.`, "internal");
}

// src/litellm/oracle.ts
var ORACLE_MARK = "VERIFY-LITELLM-ORACLE ";
function oracleScript() {
  return helperScript("oracle.py");
}
function parseOracleOutput(stdout) {
  return parseOracleAnswers(stdout)[0] ?? null;
}
function parseOracleAnswers(stdout) {
  const answers = [];
  for (const line of stdout.split("\n")) {
    if (!line.startsWith(ORACLE_MARK)) continue;
    try {
      const answer = JSON.parse(line.slice(ORACLE_MARK.length));
      if (!answer || answer.schema !== "verify-litellm/oracle@1") break;
      answers.push(answer);
    } catch {
      break;
    }
  }
  return answers;
}
function oracleEnvironment(source, vars) {
  return {
    ...baseEnvironment(source),
    ...vars,
    LITELLM_LOCAL_MODEL_COST_MAP: "True",
    // the model map shipped in the package: no network
    LITELLM_MODE: "PRODUCTION",
    PYTHONIOENCODING: "utf-8",
    NO_COLOR: "1"
  };
}
async function askOracle(options) {
  const cwd = fs7.mkdtempSync(path5.join(options.workDir, "oracle-"));
  try {
    const result = await runCommand(options.python, ["-I", oracleScript(), "answer"], {
      env: options.env,
      cwd,
      timeoutMs: options.timeoutMs,
      input: options.requests.map((r) => JSON.stringify(r) + "\n").join(""),
      // An answer is a few KiB per deployment; room for a large config's, for every config of a batch.
      maxCapture: 1024 * 1024 * options.requests.length
    });
    const answers = parseOracleAnswers(result.stdout);
    if (answers.length < options.requests.length) {
      const tail2 = result.stderr.trim().split("\n").slice(-3).join(" ").slice(0, 300);
      const which = options.requests.length > 1 ? ` (answered ${answers.length} of ${options.requests.length} configs)` : "";
      throw new VerifyError(
        result.timedOut ? `LiteLLM did not answer within ${Math.round(options.timeoutMs / 1e3)}s while reading the config${which}.` : `LiteLLM could not read the config${which} (exit ${result.code ?? "-"}): ${tail2 || "no output"}`,
        "install"
      );
    }
    return answers;
  } finally {
    fs7.rmSync(cwd, { recursive: true, force: true });
  }
}

// src/litellm/proxy.ts
function newMasterKey() {
  return `sk-verify-${crypto2.randomBytes(24).toString("base64url")}`;
}
var POLL_MS = 100;
var LISTEN_POLL_MS = 25;
async function startProxy(options) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(options, attempt === 1 && options.port ? options.port : await freePort());
    } catch (error) {
      if (attempt >= 2 || !(error instanceof VerifyError) || !/address already in use|Errno 98|error while attempting to bind/i.test(readLogTail(options.logFile, 2e3)))
        throw error;
    }
  }
}
async function startOnce(options, port) {
  const started = Date.now();
  const log = fs8.openSync(options.logFile, "w", 384);
  const serverArgs = ["--config", options.configFile, "--host", "127.0.0.1", "--port", String(port), "--num_workers", "1"];
  const child = spawnDetached(
    options.python,
    withOracle(proxyCommand(options.moduleDir ?? null, options.memoryBytes ?? 0, serverArgs), Boolean(options.oracle)),
    {
      env: options.env,
      cwd: options.cwd ?? fs8.mkdtempSync(path6.join(path6.dirname(options.logFile), "cwd-")),
      stdio: options.oracle ? ["pipe", "pipe", log] : ["ignore", log, log]
    }
  );
  const pid = child.pid;
  if (pid) options.onSpawn?.(pid);
  fs8.closeSync(log);
  let exit = null;
  child.once("exit", (code, signal) => exit = { code, signal });
  const spawnError = new Promise((resolve) => child.once("error", resolve));
  if (!pid) throw new VerifyError(`could not start LiteLLM: ${(await spawnError).message}`, "start");
  child.unref();
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async (graceMs = 5e3) => {
    await stopProcessTree(pid, graceMs);
  };
  const deadline = started + options.readyTimeoutMs;
  if (options.oracle) {
    const exited = () => exit !== null;
    const answer = await readAnswer(child, options.oracle.request, deadline, exited);
    if (!answer && !exited()) options.oracle.unanswered?.();
    const extra = answer ? await options.oracle.decide(answer) : {};
    child.stdin?.end(JSON.stringify(extra === null ? { stop: true } : { env: extra }) + "\n");
    child.stdout?.destroy();
    if (extra === null) {
      await stop();
      throw new VerifyError("stopped before serving: LiteLLM reported errors in the config.", "config");
    }
  }
  while (Date.now() < deadline) {
    if (exit) {
      const ended = exit;
      throw startFailure(`LiteLLM exited during start-up (${ended.code !== null ? `exit code ${ended.code}` : `signal ${ended.signal}`}).`, options.logFile);
    }
    const owner = listenerOwner(port, pid);
    if (owner === "ours" || owner === "unknown" && await isLive(baseUrl)) {
      return { pid, port, baseUrl, masterKey: options.masterKey, logFile: options.logFile, startupMs: Date.now() - started, stop };
    }
    await sleep(owner === "unknown" ? POLL_MS : LISTEN_POLL_MS);
  }
  await stop();
  throw startFailure(
    `LiteLLM did not become ready within ${Math.round(options.readyTimeoutMs / 1e3)}s.`,
    options.logFile,
    `Raise ${setting("start-timeout")}; a first start compiles Python files and is slower.`
  );
}
function withOracle(command, oracle) {
  const at = command.indexOf("-c");
  if (!oracle || at < 0) return [...command];
  return [...command.slice(0, at), oracleScript(), "proxy", ...command.slice(at + 1)];
}
async function readAnswer(child, request2, deadline, exited) {
  child.stdin?.on("error", () => void 0);
  child.stdin?.write(JSON.stringify(request2) + "\n");
  let text = "";
  return new Promise((resolve) => {
    const finish = (value) => {
      clearInterval(timer);
      child.stdout?.removeListener("data", onData);
      resolve(value);
    };
    const onData = (chunk) => {
      text = (text + chunk.toString("utf8")).slice(-1024 * 1024);
      const at = text.indexOf(ORACLE_MARK);
      if (at >= 0 && text.indexOf("\n", at) > 0) finish(parseOracleOutput(text.slice(at)));
    };
    child.stdout?.on("data", onData);
    const timer = setInterval(() => {
      if (exited() || Date.now() > deadline) finish(null);
    }, POLL_MS);
  });
}
async function isLive(baseUrl) {
  try {
    const res = await (0, import_undici2.request)(`${baseUrl}/health/liveliness`, {
      dispatcher: DIRECT,
      headersTimeout: 1e3,
      bodyTimeout: 1e3,
      signal: AbortSignal.timeout(1500)
    });
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
async function stopRecordedProxy(pid, graceMs = 5e3, workDir) {
  if (!Number.isInteger(pid) || pid <= 1 || !isAlive(pid) || !looksLikeOurProxy(pid, workDir)) return "not-running";
  return stopProcessTree(pid, graceMs);
}
function looksLikeOurProxy(pid, workDir) {
  try {
    return isOurProxyCommand(fs8.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0"), workDir);
  } catch {
    return process.platform !== "linux";
  }
}
function isOurProxyCommand(args, workDir) {
  if (!args.some((a) => a.includes("litellm"))) return false;
  if (workDir === void 0) return true;
  const config = args[args.lastIndexOf("--config") + 1];
  if (args.lastIndexOf("--config") < 0 || config === void 0) return false;
  const inside = path6.relative(path6.resolve(workDir), path6.resolve(config));
  return inside !== "" && !inside.startsWith("..") && !path6.isAbsolute(inside);
}

// src/util/sanitize.ts
var ESCAPES = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[\s\S]?|\x9b[0-?]*[ -/]*[@-~]/g;
var BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;
var CONTROLS = /[\x00-\x08\x0e-\x1f\x7f-\x9f]/g;
var INVISIBLE = /[\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0]|\udb40[\udc00-\udc7f]/g;
var LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function invisibleMark(char) {
  return `<U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}>`;
}
function clean(text) {
  return text.replace(ESCAPES, "").replace(CONTROLS, "").replace(LONE_SURROGATE, "\uFFFD").replace(INVISIBLE, invisibleMark);
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

// src/litellm/wheels.ts
import crypto4 from "node:crypto";
import fs11 from "node:fs";
import path9 from "node:path";

// src/litellm/installer.ts
import crypto3 from "node:crypto";
import fs10 from "node:fs";
import os2 from "node:os";
import path8 from "node:path";

// src/litellm/index-settings.ts
function parsePipConfig(text) {
  const rank = (section) => section === ":env:" ? 3 : section === "install" ? 2 : section === "global" ? 1 : 0;
  const best = /* @__PURE__ */ new Map();
  for (const line of text.split(/\r?\n/)) {
    const m = /^(:env:|[\w-]+)\.([\w-]+)=(['"]?)(.*)\3$/.exec(line.trim());
    if (!m) continue;
    const [, section = "", key = "", , value = ""] = m;
    const r = rank(section);
    if (r === 0) continue;
    const seen = best.get(key);
    if (!seen || seen.rank <= r) best.set(key, { value, rank: r });
  }
  return new Map([...best].map(([k, v]) => [k, v.value]));
}
var words = (value) => (value ?? "").split(/\s+/).filter(Boolean);
var pipTrue = (value) => /^(1|true|yes|on)$/i.test(value ?? "");
function redactUrl(url) {
  return url.replace(/^([a-z][\w+.-]*:\/\/)[^/?#\s]*@/i, "$1***@");
}
function uvIndexSettings(pip, callerEnv) {
  const env = {};
  const args = [];
  const taken = [];
  const set = (name, value) => {
    if (callerEnv[name] === void 0) env[name] = value;
  };
  set("UV_SYSTEM_CERTS", "1");
  const index = pip.get("index-url");
  if (index) {
    set("UV_DEFAULT_INDEX", index);
    taken.push(`index-url ${redactUrl(index)}`);
  }
  for (const host of words(pip.get("trusted-host"))) args.push("--allow-insecure-host", host);
  if (pip.get("trusted-host")) taken.push(`trusted-host ${pip.get("trusted-host")}`);
  const cert = pip.get("cert");
  if (cert) {
    set("SSL_CERT_FILE", cert);
    taken.push(`cert ${cert}`);
  }
  const clientCert = pip.get("client-cert");
  if (clientCert) {
    set("SSL_CLIENT_CERT", clientCert);
    taken.push("client-cert");
  }
  const proxy = pip.get("proxy");
  const named = (n) => Object.keys(callerEnv).some((k) => k.toUpperCase() === n && callerEnv[k]);
  if (proxy && !named("HTTP_PROXY") && !named("HTTPS_PROXY") && !named("ALL_PROXY")) {
    env.HTTP_PROXY = proxy;
    env.HTTPS_PROXY = proxy;
    taken.push(`proxy ${redactUrl(proxy)}`);
  }
  if (pipTrue(pip.get("no-index"))) {
    args.push("--no-index");
    taken.push("no-index");
    const links = words(pip.get("find-links"));
    for (const link of links) args.push("--find-links", link);
    if (links.length) taken.push(`find-links ${links.map(redactUrl).join(" ")}`);
  }
  return { args, env, taken };
}
async function readPipSettings(python, env, timeoutMs, run = runCommand) {
  const result = await run(python.command, [...python.args, ISOLATED, "-m", "pip", "config", "list"], { timeoutMs: Math.min(timeoutMs, 3e4), env });
  if (result.code === 0) return parsePipConfig(result.stdout);
  const fromEnv = Object.entries(env).filter(([name]) => name.startsWith("PIP_") && !["PIP_VERSION", "PIP_HELP"].includes(name)).map(([name, value]) => `:env:.${name.slice(4).toLowerCase().replace(/_/g, "-")}=${value}`);
  return parsePipConfig(fromEnv.join("\n"));
}
var TLS_FAILURE = /invalid peer certificate|UnknownIssuer|CERTIFICATE_VERIFY_FAILED|certificate verify failed|self[- ]signed certificate|unable to get local issuer certificate/i;
function isTlsFailure(output) {
  return TLS_FAILURE.test(output);
}
var TLS_FIX = "The runner does not trust the package index's TLS certificate (a TLS-inspecting proxy's CA?). Put that CA in the system bundle, or point SSL_CERT_FILE (or pip's `cert` setting / PIP_CERT) at a CA bundle that holds it; verify-litellm hands pip's settings and the system trust store to uv, and falls back to pip.";

// src/litellm/uv-fetch.ts
import fs9 from "node:fs";
import path7 from "node:path";
function indexSources(pip) {
  const beyond = ["client-cert", "proxy", "trusted-host", "keyring-provider"].filter((k) => pip.get(k));
  if (beyond.length) return { reason: `pip's ${beyond.join(", ")} setting` };
  const words2 = (k) => (pip.get(k) ?? "").split(/\s+/).filter(Boolean);
  const noIndex = /^(1|true|yes|on)$/i.test(pip.get("no-index") ?? "");
  const indexes = noIndex ? [] : [pip.get("index-url") || "https://pypi.org/simple", ...words2("extra-index-url")];
  return { indexes, findLinks: words2("find-links"), cert: pip.get("cert") ?? "" };
}
async function uvFromIndex(job) {
  const sources = indexSources(job.pip);
  if ("reason" in sources) return { ok: false, reason: sources.reason };
  const input = JSON.stringify({ ...sources, version: job.version, hashes: [...lockHashes(job.uvLockText)], target: job.target });
  const result = await runCommand(job.python.command, [...job.python.args, ISOLATED, helperScript("index_client.py"), "uv"], {
    timeoutMs: job.timeoutMs,
    env: installerEnvironment(),
    input
  });
  return outcome(result, job.target);
}
async function uvFromWheel(wheelsDir, uvLockText, target, python, timeoutMs) {
  const hashes = lockHashes(uvLockText);
  const wheels = fs9.existsSync(wheelsDir) ? fs9.readdirSync(wheelsDir).filter((f) => /^uv-[\w.]+-.+\.whl$/.test(f)) : [];
  for (const name of wheels) {
    const file = path7.join(wheelsDir, name);
    if (!hashes.has(fileSha256(file))) continue;
    const result = await runCommand(python.command, [...python.args, ISOLATED, helperScript("index_client.py"), "wheel", file, target], {
      timeoutMs,
      env: installerEnvironment()
    });
    const got = outcome(result, target);
    if (got.ok) return { ok: true, file: name };
  }
  return { ok: false, reason: "no restored uv wheel matches the lock" };
}
function outcome(result, target) {
  if (result.timedOut) return { ok: false, reason: "timed out" };
  let said = {};
  try {
    said = JSON.parse(result.stdout.trim().split("\n").pop() ?? "");
  } catch {
  }
  if (result.code === 0 && fs9.existsSync(target)) return { ok: true, file: typeof said.file === "string" ? said.file : path7.basename(target) };
  const reason = typeof said.refused === "string" && /^[\w ,.'-]{1,120}$/.test(said.refused) ? said.refused : `exit ${result.code}`;
  return { ok: false, reason };
}

// src/litellm/install-errors.ts
function check(result, what, earlier) {
  if (result.timedOut)
    throw new VerifyError(`could not ${what}: timed out.`, "install", {
      fix: `Raise ${setting("install-timeout")}, or check the runner can reach the package index.`
    });
  if (result.code === 0) return;
  const words2 = tail(result.stderr || result.stdout, 20);
  const earlierWords = earlier ? tail(earlier.stderr || earlier.stdout, 20) : "";
  if (isTlsFailure(words2) || isTlsFailure(earlierWords)) {
    const uvPart = earlierWords ? `
uv said:
${tail(earlierWords, 6)}` : "";
    throw new VerifyError(
      `could not ${what}: the package index's TLS certificate is not trusted (exit ${result.code ?? result.signal}):
${words2}${uvPart}`,
      "install",
      {
        fix: TLS_FIX
      }
    );
  }
  const noWheel = /([A-Za-z0-9][\w.-]*)(?:\{[^}\n]*\})?==([\w.!+-]+) has no (?:wheels with a matching platform tag|usable wheels)(?: \(e\.g\., `([\w.-]+)`\))?/.exec(
    `${earlierWords}
${words2}`
  );
  if (noWheel) {
    const [, pkg = "", version = "", tag] = noWheel;
    throw new VerifyError(
      `could not ${what}: the lock has no wheel of ${pkg}==${version} this platform can use${tag ? ` (${tag})` : ""}, and verify-litellm never builds from source (a source build would run build tools the lock does not pin).`,
      "install",
      {
        fix: `Run where LiteLLM's dependencies publish wheels: Linux with glibc on x86_64 or aarch64, macOS on Apple silicon, Windows x64 (every GitHub-hosted runner). In a container job use a glibc image (e.g. python:3.12-slim, not Alpine). Dependencies publish wheels per Python version too: the shipped locks cover Python 3.10 to 3.14, so on a newer Python use actions/setup-python (python-version: '3.12') or ${setting("python")}. Or pick a release whose pins have wheels here with ${setting("litellm-version")}.`
      }
    );
  }
  const missing = /there is no version of ([\w.-]+==[\w.!+-]+)|No matching distribution found for ([\w.-]+==[\w.!+-]+)/.exec(words2);
  if (missing) {
    const pin = missing[1] ?? missing[2] ?? "";
    throw new VerifyError(
      `could not ${what}: the package index this runner uses gave no ${pin}, which it pins (exit ${result.code ?? result.signal}):
${words2}`,
      "install",
      {
        fix: `If the index has ${pin}, it could not be read (run \`pip download --no-deps ${pin}\` on the runner with \`-v\` to see why: a TLS certificate, see SSL_CERT_FILE / pip's \`cert\`, or a proxy). If it lacks it, pick a release whose pinned dependencies the index has (\`pip index versions litellm\` lists the releases; the shipped locks install from the public index), or point pip/uv at an index that mirrors them.`
      }
    );
  }
  throw new VerifyError(`could not ${what} (exit ${result.code ?? result.signal}):
${words2}`, "install", {
    fix: "Check that the runner can reach the Python package index; a hash mismatch means the downloaded file is not the locked one."
  });
}
function tail(text, lines = 3) {
  return text.trim().split(/\r?\n/).slice(-lines).join("\n");
}

// src/litellm/installer.ts
var MARKER2 = ".verify-litellm-complete";
var NO_BUILD = { uv: ["--only-binary", ":all:"], pip: "--only-binary=:all:" };
var PIP_LOCKED = ["--require-hashes", "--no-deps", NO_BUILD.pip, "--no-input", "--disable-pip-version-check", "-q"];
function installerEnv() {
  return {
    ...installerEnvironment(),
    UV_PYTHON_DOWNLOADS: "never",
    UV_NO_PROGRESS: "1",
    // No uv.toml: uv reads the user's (~/.config/uv/uv.toml, $XDG_CONFIG_HOME) and the system's (/etc/uv/uv.toml,
    // $XDG_CONFIG_DIRS) besides its arguments (docs.astral.sh/uv/concepts/configuration-files; UV_NO_CONFIG is
    // --no-config). A self-hosted runner's can stop uv 0.13.9 (`required-version`, a key from a newer uv), send the
    // install elsewhere (`[pip] target`/`prefix`) or link the venv into uv's cache (`link-mode = "symlink"`), which
    // setup-uv keeps in RUNNER_TEMP. uv follows pip's settings (index-settings.ts) and the UV_* that environment.ts passes.
    UV_NO_CONFIG: "1",
    PIP_NO_INPUT: "1",
    PIP_DISABLE_PIP_VERSION_CHECK: "1",
    // `require-virtualenv = true` in pip.conf (a common safety setting) makes the base pip refuse `install --target`
    // and `download` outside a venv ("Could not find an activated virtualenv"); both only write into our own
    // folders, never the system's site-packages, which is what that setting protects.
    PIP_REQUIRE_VIRTUALENV: "0",
    // `user = true` makes pip refuse `--target` ("Can not combine '--user' and '--target'") and any install into
    // a venv ("User site-packages are not visible in this virtualenv"): the pip fallback would always fail.
    PIP_USER: "0"
  };
}
async function installLock(job) {
  const env = installerEnv();
  let reading;
  const pipSettingsOnce = () => reading ??= readPipSettings(job.python, env, job.remaining());
  const [uv, pipSettings, bareVenv] = await Promise.all([
    bootstrapUv({ ...job, pipSettings: pipSettingsOnce }),
    job.wheelsDir ? Promise.resolve(/* @__PURE__ */ new Map()) : pipSettingsOnce(),
    runCommand(job.python.command, [...job.python.args, ISOLATED, "-m", "venv", "--without-pip", job.venvDir], { timeoutMs: job.remaining(), env })
  ]);
  let uvFailure;
  if (uv) {
    const settings = job.wheelsDir ? { args: ["--offline", "--no-index", "--find-links", job.wheelsDir], env: {}, taken: [] } : uvIndexSettings(pipSettings, env);
    if (settings.taken.length) job.log(`Package index settings from pip: ${settings.taken.join("; ")}.`);
    const uvCache = unwritableUvCache(env);
    if (uvCache) {
      settings.env.UV_NO_CACHE = "1";
      job.log(`uv's cache folder ${uvCache} cannot be written; uv runs without a cache.`);
    }
    if (bareVenv.code !== 0) {
      fs10.rmSync(job.venvDir, { recursive: true, force: true });
      check(
        await runCommand(uv, ["venv", "--quiet", "--python", job.python.executable, job.venvDir], {
          timeoutMs: job.remaining(),
          env: { ...env, ...settings.env }
        }),
        "create a virtualenv"
      );
    }
    const python = venvPython(job.venvDir, job.platform);
    const result = await runCommand(
      uv,
      ["pip", "install", "--python", python, "--require-hashes", "--no-deps", ...NO_BUILD.uv, "--no-progress", ...settings.args, "-r", job.lockFile],
      { timeoutMs: job.remaining(), env: { ...env, ...settings.env } }
    );
    if (result.code === 0) return "uv";
    if (result.timedOut || job.wheelsDir) check(result, `install ${job.what}`);
    uvFailure = result;
    job.log(`uv could not install ${job.what} (${tail(result.stderr || result.stdout, 1)}); trying the same lock with pip.`);
  }
  fs10.rmSync(job.venvDir, { recursive: true, force: true });
  const venv = await runCommand(job.python.command, [...job.python.args, ISOLATED, "-m", "venv", job.venvDir], { timeoutMs: job.remaining(), env });
  if (venv.code !== 0 && !venv.timedOut && /ensurepip/.test(`${venv.stderr}
${venv.stdout}`)) throw withoutEnsurepip(job, uvFailure);
  check(venv, "create a virtualenv", uvFailure);
  const pip = await runCommand(venvPython(job.venvDir, job.platform), [ISOLATED, "-m", "pip", "install", ...PIP_LOCKED, "-r", job.lockFile], {
    timeoutMs: job.remaining(),
    env
  });
  check(pip, `install ${job.what}`, uvFailure);
  return "pip";
}
function withoutEnsurepip(job, uvFailure) {
  const uvWords = uvFailure ? tail(uvFailure.stderr || uvFailure.stdout, 6) : "";
  const [major, minor] = job.python.version.split(".");
  return new VerifyError(
    `could not install ${job.what}: ${uvFailure ? `uv could not install it:
${uvWords}
Then ` : "uv could not be set up, and "}the pip fallback could not make a virtualenv with pip: ${job.python.executable} (Python ${job.python.version}) has no ensurepip module (Debian and Ubuntu ship it in a separate package).`,
    "install",
    {
      fix: `${isTlsFailure(uvWords) ? `${TLS_FIX} ` : ""}To let the pip fallback work: install python${major}.${minor}-venv (\`apt-get install -y python${major}.${minor}-venv\`), or use a Python that ships ensurepip (actions/setup-python before this step, or a python:3.12-slim container image), or point ${setting("python")} at one.`
    }
  );
}
function unwritableUvCache(env, platform = process.platform) {
  if (platform === "win32" || env.UV_CACHE_DIR || env.UV_NO_CACHE) return null;
  const dir = env.XDG_CACHE_HOME ? path8.join(env.XDG_CACHE_HOME, "uv") : path8.join(env.HOME || os2.homedir(), ".cache", "uv");
  try {
    fs10.mkdirSync(dir, { recursive: true });
    fs10.accessSync(dir, fs10.constants.W_OK);
    return null;
  } catch {
    return dir;
  }
}
async function bootstrapUv(job) {
  const lock = readUvLock();
  const dir = path8.join(job.cacheRoot, `uv-${lock.version}-py${job.python.version}-${lock.sha256.slice(0, 8)}`);
  const uv = venvExecutable(dir, "uv", job.platform);
  const complete = () => fs10.existsSync(path8.join(dir, MARKER2)) && fs10.existsSync(uv);
  if (complete()) return uv;
  const partial = `${dir}.partial-${process.pid}-${crypto3.randomBytes(3).toString("hex")}`;
  const forget = removeOnExit(partial);
  try {
    if (!await uvInto(partial, lock, job)) return null;
    fs10.writeFileSync(path8.join(partial, MARKER2), `${lock.version}
`);
    try {
      fs10.renameSync(partial, dir);
    } catch (error) {
      if (complete()) return uv;
      fs10.rmSync(dir, { recursive: true, force: true });
      try {
        fs10.renameSync(partial, dir);
      } catch {
        if (!complete()) throw error;
      }
    }
    return uv;
  } finally {
    fs10.rmSync(partial, { recursive: true, force: true });
    forget();
  }
}
async function uvInto(dir, lock, job) {
  const { python, platform, remaining, log } = job;
  const uv = venvExecutable(dir, "uv", platform);
  if (job.wheelsDir && (await uvFromWheel(job.wheelsDir, lock.text, uv, python, Math.min(remaining(), 6e4))).ok) return true;
  if (job.pipSettings) {
    const fetched = await uvFromIndex({
      python,
      pip: await job.pipSettings(),
      uvLockText: lock.text,
      version: lock.version,
      target: uv,
      timeoutMs: Math.min(remaining(), 12e4)
    });
    if (fetched.ok) return true;
    log(`uv ${lock.version} was not fetched directly (${fetched.reason}); installing it with pip.`);
    fs10.rmSync(dir, { recursive: true, force: true });
  }
  const pipArgs = [ISOLATED, "-m", "pip", "install", ...PIP_LOCKED, "-r", lock.file];
  if (platform !== "win32") {
    const target = await runCommand(python.command, [...python.args, ...pipArgs, "--target", dir], {
      timeoutMs: Math.min(remaining(), 18e4),
      env: installerEnv()
    });
    if (target.code === 0 && fs10.existsSync(uv)) return true;
    fs10.rmSync(dir, { recursive: true, force: true });
  }
  const venv = await runCommand(python.command, [...python.args, ISOLATED, "-m", "venv", dir], {
    timeoutMs: Math.min(remaining(), 12e4),
    env: installerEnv()
  });
  if (venv.code === 0) {
    const pip = await runCommand(venvPython(dir, platform), pipArgs, { timeoutMs: Math.min(remaining(), 18e4), env: installerEnv() });
    if (pip.code === 0 && fs10.existsSync(uv)) return true;
    log(`uv ${lock.version} could not be installed (${tail(pip.stderr || pip.stdout)}); using pip instead.`);
  } else {
    log(`Could not create a venv for uv (${tail(venv.stderr)}); using pip instead.`);
  }
  return false;
}

// src/litellm/wheels.ts
function wheelsDirFor(cacheRoot, key) {
  return path9.join(cacheRoot, `wheels-${key}`);
}
function fileSha256(file) {
  return crypto4.createHash("sha256").update(fs11.readFileSync(file)).digest("hex");
}
function lockHashes(lockText) {
  return new Set([...lockText.matchAll(/--hash=sha256:([0-9a-f]{64})/g)].map((m) => m[1]));
}
function lockBlocks(lockText) {
  const blocks = [];
  for (const line of lockText.split(/\r?\n/)) {
    if (/^[A-Za-z0-9]/.test(line)) blocks.push(line);
    else if (/^\s+--hash=/.test(line) && blocks.length) blocks[blocks.length - 1] += `
${line}`;
  }
  return blocks;
}
function keepVerifiedWheels(dir, lockText) {
  const hashes = lockHashes(lockText);
  const kept = [];
  const removed = [];
  let bytes = 0;
  for (const entry of fs11.readdirSync(dir, { withFileTypes: true })) {
    const file = path9.join(dir, entry.name);
    const ok = entry.isFile() && /\.(whl|tar\.gz|zip)$/.test(entry.name) && hashes.has(fileSha256(file));
    if (ok) {
      kept.push(entry.name);
      bytes += fs11.statSync(file).size;
    } else {
      fs11.rmSync(file, { recursive: true, force: true });
      removed.push(entry.name);
    }
  }
  return { kept, removed, bytes };
}
async function fetchCacheWheels(python, lockFile, dir, timeoutMs) {
  for (const file of [lockFile, readUvLock().file]) {
    const got = await downloadWheels(python, file, dir, timeoutMs);
    if (!got.ok) return got;
  }
  return { ok: true, detail: "downloaded" };
}
function withUvLock(lockText) {
  return `${lockText}
${readUvLock().text}`;
}
async function downloadWheels(python, lockFile, dir, timeoutMs, parallel = 3) {
  fs11.mkdirSync(dir, { recursive: true });
  const blocks = lockBlocks(fs11.readFileSync(lockFile, "utf8"));
  const parts = Array.from({ length: Math.min(parallel, blocks.length) }, (_, i) => blocks.filter((_2, j) => j % parallel === i));
  const work = fs11.mkdtempSync(path9.join(path9.dirname(dir), "wheels-download-"));
  const forget = removeOnExit(work);
  try {
    const results = await Promise.all(
      parts.map((part, i) => {
        const file = path9.join(work, `part-${i}.txt`);
        fs11.writeFileSync(file, part.join("\n") + "\n");
        const args = [
          ...python.args,
          ISOLATED,
          "-m",
          "pip",
          "download",
          ...PIP_LOCKED,
          // with NO_BUILD: pip download would otherwise build an sdist's metadata (installer.ts)
          "-d",
          dir,
          "-r",
          file
        ];
        return runCommand(python.command, args, { timeoutMs, env: installerEnv() });
      })
    );
    const failed = results.find((r) => r.code !== 0);
    return failed ? { ok: false, detail: tail(failed.stderr || failed.stdout, 2) } : { ok: true, detail: `${blocks.length} requirements` };
  } finally {
    fs11.rmSync(work, { recursive: true, force: true });
    forget();
  }
}

export {
  VerifyError,
  errorMessage,
  setting,
  renderSettings,
  renderSettingsDeep,
  baseEnvironment,
  isDenied,
  proxyEnvironment,
  asTheProxyReads,
  DIRECT,
  runCommand,
  treeSpawnOptions,
  killTree,
  stopProcessTree,
  sleep,
  stopOnExit,
  removeOnExit,
  ISOLATED,
  PROXY_MEMORY_BYTES,
  DEFAULT_LITELLM_VERSION,
  KNOWN_EXTRAS,
  locksDir,
  checkVersion,
  lockTag,
  requirementOf,
  shippedLock,
  lockForCacheKey,
  within,
  uvIndexSettings,
  readPipSettings,
  helperScript,
  check,
  tail,
  wheelsDirFor,
  keepVerifiedWheels,
  fetchCacheWheels,
  withUvLock,
  venvPython,
  findPython,
  MARKER2 as MARKER,
  NO_BUILD,
  installerEnv,
  installLock,
  unwritableUvCache,
  bootstrapUv,
  oracleEnvironment,
  askOracle,
  newMasterKey,
  startProxy,
  stopRecordedProxy,
  INVISIBLE,
  oneLine,
  safeLines,
  sanitizeDeep,
  paramName
};
