// The hash locks shipped with the action, and the versions it refuses to install.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { VerifyError } from '../util/errors.ts';
import { setting } from '../options/settings.ts';

/** The LiteLLM version whose lock ships in `locks/`: the newest LTS release whose `[proxy]` extra fully resolves. */
export const DEFAULT_LITELLM_VERSION = '1.108.7';

/** Releases that must never be installed, whatever the user asks for. */
export const REFUSED_VERSIONS: Readonly<Record<string, string>> = {
  '1.82.7': 'published on 2026-03-24 with a credential stealer',
  '1.82.8': 'published on 2026-03-24 with a credential stealer (a .pth file that runs on every Python start)',
};

const VERSION = /^\d+\.\d+\.\d+([.-]?(post|rc|a|b|dev)\d+)?$/;

export interface Lock {
  version: string;
  file: string;
  text: string;
  /** sha256 of the lock, part of every cache key: a refreshed lock never reuses an old venv. */
  sha256: string;
  /** Shipped in locks/ and reviewed in this repository, or resolved at run time (not reviewed). */
  reviewed: boolean;
  /** For a run-time lock: the dependency cut-off (the release date), or null when the index gave none. */
  excludeNewer?: string | null;
}

/** Finds the `locks/` folder shipped next to the code, from `src/litellm/` (tests) or `dist/` (the action). */
export function locksDir(from = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, 'locks');
    if (fs.existsSync(path.join(candidate, 'uv.txt'))) return candidate;
    dir = path.dirname(dir);
  }
  throw new VerifyError(`cannot find the locks/ folder that ships with verify-litellm (looked upwards from ${from}).`, 'internal');
}

/** Checks a requested version before anything is downloaded. */
export function checkVersion(version: string): void {
  const refused = REFUSED_VERSIONS[version];
  if (refused) {
    throw new VerifyError(
      `litellm ${version} is refused: it was ${refused}. Use ${DEFAULT_LITELLM_VERSION} (the default) or any release without a known compromise.`,
      'input',
      {
        fix: `Remove ${setting('litellm-version')} to use ${DEFAULT_LITELLM_VERSION}.`,
      },
    );
  }
  if (!VERSION.test(version)) {
    throw new VerifyError(
      `${setting('litellm-version')} must be an exact release like ${DEFAULT_LITELLM_VERSION}; found '${version}'. Ranges are not accepted: the install is hash-locked.`,
      'input',
    );
  }
}

/** The reviewed lock shipped for `version`, or null: another release gets a lock resolved at run time. */
export function shippedLock(version: string, dir = locksDir()): Lock | null {
  checkVersion(version);
  const file = path.join(dir, `litellm-${version}.txt`);
  return fs.existsSync(file) ? readLockFile(version, file) : null;
}

/** Versions with a shipped lock, newest first. */
export function shippedVersions(dir = locksDir()): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^litellm-.+\.txt$/.test(f) && !f.endsWith('.modules.txt')) // a lock's module list sits beside it (bytecode.ts)
    .map((f) => f.slice('litellm-'.length, -'.txt'.length))
    .sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
}

export function readUvLock(dir = locksDir()): Lock {
  const file = path.join(dir, 'uv.txt');
  const text = fs.readFileSync(file, 'utf8');
  const version = /^uv==(\S+)/m.exec(text)?.[1] ?? 'unknown';
  return readLockFile(version, file);
}

function readLockFile(version: string, file: string): Lock {
  const text = fs.readFileSync(file, 'utf8');
  return { version, file, text, sha256: crypto.createHash('sha256').update(text).digest('hex'), reviewed: true };
}

/**
 * The lock a cache key was made from (cacheKey ends in `-litellm-<version>-<sha256 prefix>`): the shipped lock, or
 * a run-time lock this cache resolved (`<cacheRoot>/locks/litellm-<version>-runtime-<prefix>.txt`). Null when
 * neither has that exact hash: the post step then saves nothing.
 */
export function lockForCacheKey(key: string, cacheRoot: string, dir = locksDir()): Lock | null {
  const m = /-litellm-(\d[\w.-]*?)-([0-9a-f]{12})$/.exec(key);
  if (!m) return null;
  const [, version = '', prefix = ''] = m;
  const candidates = [path.join(dir, `litellm-${version}.txt`), path.join(cacheRoot, 'locks', `litellm-${version}-runtime-${prefix}.txt`)];
  for (const file of candidates) {
    if (!fs.existsSync(file)) continue;
    const lock = readLockFile(version, file);
    if (lock.sha256.startsWith(prefix)) return file.startsWith(dir) ? lock : { ...lock, reviewed: false };
  }
  return null;
}
