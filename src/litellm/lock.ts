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

/**
 * LiteLLM's optional extras a route may need on top of `[proxy]`. `google`: every `vertex_ai/` route signs its
 * calls with google-auth, which `[proxy]` lacks; LiteLLM's own message says to install `litellm[google]`
 * (llms/vertex_ai/vertex_llm_base.py GOOGLE_IMPORT_ERROR_MESSAGE, 1.108.7), and its Docker image has it
 * (the `proxy-runtime` extra pulls google-cloud-aiplatform).
 */
export const KNOWN_EXTRAS = ['google'] as const;
export type Extra = (typeof KNOWN_EXTRAS)[number];

export interface Lock {
  version: string;
  /** LiteLLM extras installed beside `[proxy]` (sorted), each part of the lock's name and cache key. */
  extras: readonly Extra[];
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

/** The lock's name without `.txt`, also the version part of its cache key: `litellm-1.108.7`, `litellm-1.108.7-google`. */
export function lockTag(version: string, extras: readonly Extra[]): string {
  return ['litellm-' + version, ...extras].join('-');
}

/** What the lock installs, for messages: `litellm[proxy]==1.108.7`, `litellm[proxy,google]==1.108.7`. */
export function requirementOf(lock: Pick<Lock, 'version' | 'extras'>): string {
  return `litellm[${['proxy', ...lock.extras].join(',')}]==${lock.version}`;
}

/** The reviewed lock shipped for `version` (with these extras), or null: another release gets a lock resolved at run time. */
export function shippedLock(version: string, dir = locksDir(), extras: readonly Extra[] = []): Lock | null {
  checkVersion(version);
  const file = path.join(dir, `${lockTag(version, extras)}.txt`);
  return fs.existsSync(file) ? readLockFile(version, file, extras) : null;
}

/** Versions with a shipped lock, newest first (a lock with extras, or a module list, sits beside its version's lock). */
export function shippedVersions(dir = locksDir()): string[] {
  return fs
    .readdirSync(dir)
    .map((f) => /^litellm-(.+)\.txt$/.exec(f)?.[1] ?? '')
    .filter((v) => VERSION.test(v))
    .sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
}

export function readUvLock(dir = locksDir()): Lock {
  const file = path.join(dir, 'uv.txt');
  const text = fs.readFileSync(file, 'utf8');
  const version = /^uv==(\S+)/m.exec(text)?.[1] ?? 'unknown';
  return readLockFile(version, file, []);
}

function readLockFile(version: string, file: string, extras: readonly Extra[]): Lock {
  const text = fs.readFileSync(file, 'utf8');
  return { version, extras, file, text, sha256: crypto.createHash('sha256').update(text).digest('hex'), reviewed: true };
}

/**
 * The lock a cache key was made from (cacheKey ends in `-<lockTag>-<sha256 prefix>`): the shipped lock, or a
 * run-time lock this cache resolved (`<cacheRoot>/locks/<lockTag>-runtime-<prefix>.txt`). Null when neither has
 * that exact hash: the post step then saves nothing.
 */
export function lockForCacheKey(key: string, cacheRoot: string, dir = locksDir()): Lock | null {
  const m = /-litellm-(\d[\w.-]*?)((?:-[a-z]+)*)-([0-9a-f]{12})$/.exec(key);
  if (!m) return null;
  const [, version = '', suffix = '', prefix = ''] = m;
  const extras = suffix.split('-').filter(Boolean);
  if (!extras.every((e): e is Extra => (KNOWN_EXTRAS as readonly string[]).includes(e))) return null;
  const tag = lockTag(version, extras);
  const candidates = [path.join(dir, `${tag}.txt`), path.join(cacheRoot, 'locks', `${tag}-runtime-${prefix}.txt`)];
  for (const file of candidates) {
    if (!fs.existsSync(file)) continue;
    const lock = readLockFile(version, file, extras);
    if (lock.sha256.startsWith(prefix)) return file.startsWith(dir) ? lock : { ...lock, reviewed: false };
  }
  return null;
}
