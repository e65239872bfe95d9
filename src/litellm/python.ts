// The base interpreter: which Python to run (per platform, or the `python` setting), and where a venv keeps its programs.
import fs from 'node:fs';
import path from 'node:path';
import { VerifyError } from '../util/errors.ts';
import { runCommand } from '../util/process.ts';
import { setting } from '../options/settings.ts';
import { ISOLATED } from './isolation.ts';
import { baseEnvironment } from './environment.ts';

const MIN_PYTHON: [number, number] = [3, 10];

/** Where a virtualenv keeps its programs: `bin/` on POSIX, `Scripts\` with `.exe` names on Windows. */
export function venvLayout(platform: NodeJS.Platform = process.platform): { binDir: 'bin' | 'Scripts'; exeSuffix: '' | '.exe'; path: path.PlatformPath } {
  return platform === 'win32' ? { binDir: 'Scripts', exeSuffix: '.exe', path: path.win32 } : { binDir: 'bin', exeSuffix: '', path: path.posix };
}

export function venvExecutable(venvDir: string, name: string, platform: NodeJS.Platform = process.platform): string {
  const layout = venvLayout(platform);
  return layout.path.join(venvDir, layout.binDir, `${name}${layout.exeSuffix}`);
}

/** Where a venv keeps its interpreter, per platform (Windows: Scripts\python.exe). */
export function venvPython(venvDir: string, platform: NodeJS.Platform = process.platform): string {
  return venvExecutable(venvDir, 'python', platform);
}

export interface PythonCommand {
  command: string;
  args: string[];
}

/**
 * Interpreters to try, in order. POSIX: `python3` first (many systems have no `python`, or a Python 2 one).
 * Windows: `python` (what actions/setup-python and the installers put on PATH; the Microsoft Store stub fails
 * with 9009 and is skipped), then the `py -3` launcher.
 */
export function pythonCandidates(platform: NodeJS.Platform = process.platform): PythonCommand[] {
  return platform === 'win32'
    ? [
        { command: 'python', args: [] },
        { command: 'py', args: ['-3'] },
      ]
    : [
        { command: 'python3', args: [] },
        { command: 'python', args: [] },
      ];
}

/**
 * The `python` setting: a path or command name as it is (paths may contain spaces, e.g. C:\Program Files\...),
 * or, when it names no file, a command with arguments such as `py -3.12`. A relative path (`.venv/bin/python`)
 * is the caller's working folder's (the workspace): every Python runs from a private empty folder, where it
 * would name nothing.
 */
export function explicitPython(value: string, exists: (file: string) => boolean = fs.existsSync, cwd: string = process.cwd()): PythonCommand {
  const trimmed = value.trim();
  const absolute = (command: string) => path.posix.isAbsolute(command) || path.win32.isAbsolute(command);
  const resolved = (command: string) => (/[\\/]/.test(command) && !absolute(command) ? path.resolve(cwd, command) : command);
  if (exists(resolved(trimmed)) || !/\s/.test(trimmed)) return { command: resolved(trimmed), args: [] };
  const [command = trimmed, ...args] = trimmed.split(/\s+/);
  return { command: resolved(command), args };
}

export interface PythonInfo {
  command: string;
  args: string[];
  version: string; // "3.11.7"
  executable: string;
}

/**
 * Asks an interpreter its version, its executable, and whether it has the ssl module, without importing it.
 * A Python built without OpenSSL's headers (a source build, some minimal images) runs but cannot install
 * (pip: "the ssl module in Python is not available") nor run LiteLLM (httpx and aiohttp import ssl at start).
 */
const PROBE = [
  'import os, sys, importlib.util as u',
  'print("%d.%d.%d" % sys.version_info[:3]); print(sys.executable); print("ssl" if u.find_spec("_ssl") else "no-ssl")',
  // A venv (pyvenv.cfg beside the executable or one folder up, as getpath looks for it): its base interpreter.
  'd = os.path.dirname(sys.executable)',
  'print(getattr(sys, "_base_executable", "") if any(os.path.isfile(os.path.join(p, "pyvenv.cfg")) for p in (d, os.path.dirname(d))) else "")',
].join('\n');

/** Bound on asking an interpreter its version: a `python` that hangs must not hold the run. */
const PROBE_TIMEOUT_MS = 20_000;

export async function findPython(
  platform: NodeJS.Platform = process.platform,
  explicit?: string,
  run: typeof runCommand = runCommand,
  probeTimeoutMs = PROBE_TIMEOUT_MS,
): Promise<PythonInfo> {
  const candidates = explicit ? [explicitPython(explicit)] : pythonCandidates(platform);
  const tried: Array<{ shown: string; why: string }> = [];
  for (const candidate of candidates) {
    const shown = [candidate.command, ...candidate.args].join(' ');
    // -S, and the basic variables only: the python first on PATH may be a venv the workflow made and activated
    // (astral-sh/setup-uv `activate-environment` puts .venv/bin on PATH, src/setup-uv.ts), holding what the pull
    // request's dependencies installed; its .pth files run at every start of that interpreter, even under -I
    // (site.py processes site-packages .pth files; -S skips the site module). This probe is the one run that
    // would carry the step's whole environment, the inputs (INPUT_VLLM_KEY) included.
    const result = await run(candidate.command, [...candidate.args, ISOLATED, '-S', '-c', PROBE], {
      timeoutMs: probeTimeoutMs,
      env: baseEnvironment(),
    });
    const [version, found, ssl, venvBase] = result.stdout.trim().split(/\r?\n/);
    // Everything after runs the venv's base interpreter, never the venv (its site-packages, its .pth files): ours
    // is made from the base anyway (python -m venv follows sys._base_executable).
    const executable = venvBase && path.isAbsolute(venvBase) && fs.existsSync(venvBase) ? venvBase : found;
    if (result.code !== 0 || !version || !executable || !/^\d+\.\d+\.\d+$/.test(version)) {
      tried.push({ shown, why: notAPython(candidate.command, result, probeTimeoutMs) });
      continue;
    }
    const [major = 0, minor = 0] = version.split('.').map(Number);
    if (major < MIN_PYTHON[0] || (major === MIN_PYTHON[0] && minor < MIN_PYTHON[1])) {
      tried.push({ shown, why: `is Python ${version}` });
      continue;
    }
    if (ssl === 'no-ssl') {
      tried.push({ shown, why: `is Python ${version} without the ssl module (built without OpenSSL)` });
      continue;
    }
    // Later runs call the interpreter itself, not the command that found it: a version manager's shim (pyenv,
    // asdf, mise) is a shell script run on every call (~0.1 s each here, several on the install's critical path),
    // and it could pick another Python in another folder. The venv is keyed on this executable too.
    const direct = path.isAbsolute(executable) && fs.existsSync(executable);
    return direct ? { command: executable, args: [], version, executable } : { ...candidate, version, executable };
  }
  if (explicit)
    throw new VerifyError(
      `${setting('python')} is \`${tried[0]!.shown}\`, which ${tried[0]!.why}; LiteLLM needs Python ${MIN_PYTHON.join('.')} or newer, with ssl.`,
      'input',
      {
        fix: `Point ${setting('python')} at a Python ${MIN_PYTHON.join('.')}+ interpreter (an absolute path, or one relative to the workspace; actions/setup-python's \`python-path\` output), or leave it empty to use ${pythonCandidates(platform)[0]!.command} from PATH.`,
      },
    );
  throw new VerifyError(
    `LiteLLM needs Python ${MIN_PYTHON.join('.')} or newer, with ssl; found none (${tried.map((t) => `${t.shown} ${t.why === 'was not found' ? '(not found)' : t.why}`).join('; ')}).`,
    'install',
    {
      fix: `Add 'actions/setup-python' with python-version: '3.12' before this step, or set ${setting('python')}.`,
    },
  );
}

/** Why a command did not answer as a Python: said plainly, since "not found" for a folder or a hang misleads. */
function notAPython(command: string, result: { code: number | null; timedOut: boolean; stderr: string }, timeoutMs: number): string {
  if (result.timedOut) return `did not answer within ${timeoutMs / 1000}s (stopped)`;
  if (/[\\/]/.test(command)) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(command);
    } catch {
      return 'is no such file';
    }
    if (stat.isDirectory()) return 'is a folder, not a program';
  }
  if (/EACCES/.test(result.stderr)) return 'is not executable';
  if (result.code === null) return 'was not found'; // the spawn itself failed: no such command on PATH
  const last = result.stderr.trim().split(/\r?\n/).pop()?.slice(0, 200);
  return `is not a working Python (exit ${result.code}${last ? `: "${last}"` : ''})`;
}
