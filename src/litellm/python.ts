// The base interpreter: which Python to run (per platform, or the `python` setting), and where a venv keeps its programs.
import fs from 'node:fs';
import path from 'node:path';
import { VerifyError } from '../util/errors.ts';
import { runCommand } from '../util/process.ts';
import { setting } from '../options/settings.ts';
import { ISOLATED } from './isolation.ts';

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
 * or, when it names no file, a command with arguments such as `py -3.12`.
 */
export function explicitPython(value: string, exists: (file: string) => boolean = fs.existsSync): PythonCommand {
  const trimmed = value.trim();
  if (exists(trimmed) || !/\s/.test(trimmed)) return { command: trimmed, args: [] };
  const [command = trimmed, ...args] = trimmed.split(/\s+/);
  return { command, args };
}

export interface PythonInfo {
  command: string;
  args: string[];
  version: string; // "3.11.7"
  executable: string;
}

export async function findPython(platform: NodeJS.Platform = process.platform, explicit?: string, run: typeof runCommand = runCommand): Promise<PythonInfo> {
  const candidates = explicit ? [explicitPython(explicit)] : pythonCandidates(platform);
  const tried: string[] = [];
  for (const candidate of candidates) {
    const result = await run(
      candidate.command,
      [...candidate.args, ISOLATED, '-c', 'import sys; print("%d.%d.%d" % sys.version_info[:3]); print(sys.executable)'],
      {
        timeoutMs: 20_000,
      },
    );
    const [version, executable] = result.stdout.trim().split(/\r?\n/);
    if (result.code !== 0 || !version || !executable) {
      tried.push(`${[candidate.command, ...candidate.args].join(' ')} (not found)`);
      continue;
    }
    const [major = 0, minor = 0] = version.split('.').map(Number);
    if (major < MIN_PYTHON[0] || (major === MIN_PYTHON[0] && minor < MIN_PYTHON[1])) {
      tried.push(`${[candidate.command, ...candidate.args].join(' ')} is Python ${version}`);
      continue;
    }
    return { ...candidate, version, executable };
  }
  throw new VerifyError(`LiteLLM needs Python ${MIN_PYTHON.join('.')} or newer; found none (${tried.join('; ')}).`, 'install', {
    fix: `Add 'actions/setup-python' with python-version: '3.12' before this step, or set ${setting('python')}.`,
  });
}
