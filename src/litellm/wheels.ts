// The verifiable cache: the lock's wheel files for this platform, not the venv. A venv cannot be checked
// against anything a cache writer does not also control (a planted `.pth` or an edited module looks like any
// other file), but every wheel's sha256 is in the hash lock this action ships (or resolved from the index): a
// restored wheel folder is installed with `--require-hashes --offline`, so a tampered or added file is either
// refused or never installed. The venv is rebuilt from them on a fresh runner.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { removeOnExit, runCommand } from '../util/process.ts';
import { installerEnv, PIP_LOCKED } from './installer.ts';
import { tail } from './install-errors.ts';
import { readUvLock } from './lock.ts';
import type { PythonCommand } from './python.ts';
import { ISOLATED } from './isolation.ts';

/** Where the wheels for a venv key live (next to the venv in the install cache). */
export function wheelsDirFor(cacheRoot: string, key: string): string {
  return path.join(cacheRoot, `wheels-${key}`);
}

/** A file's sha256, as a lock's `--hash=sha256:` spells it. */
export function fileSha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Every `--hash=sha256:` in a lock. */
export function lockHashes(lockText: string): Set<string> {
  return new Set([...lockText.matchAll(/--hash=sha256:([0-9a-f]{64})/g)].map((m) => m[1]!));
}

/** The lock split into requirement blocks (a requirement line and its hash lines). */
export function lockBlocks(lockText: string): string[] {
  const blocks: string[] = [];
  for (const line of lockText.split(/\r?\n/)) {
    if (/^[A-Za-z0-9]/.test(line)) blocks.push(line);
    else if (/^\s+--hash=/.test(line) && blocks.length) blocks[blocks.length - 1] += `\n${line}`;
  }
  return blocks;
}

/**
 * Keeps only files whose sha256 the lock lists; removes everything else (a planted `.pth`, a swapped wheel).
 * Returns the kept files and their total size.
 */
export function keepVerifiedWheels(dir: string, lockText: string): { kept: string[]; removed: string[]; bytes: number } {
  const hashes = lockHashes(lockText);
  const kept: string[] = [];
  const removed: string[] = [];
  let bytes = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    const ok = entry.isFile() && /\.(whl|tar\.gz|zip)$/.test(entry.name) && hashes.has(fileSha256(file));
    if (ok) {
      kept.push(entry.name);
      bytes += fs.statSync(file).size;
    } else {
      fs.rmSync(file, { recursive: true, force: true });
      removed.push(entry.name);
    }
  }
  return { kept, removed, bytes };
}

/**
 * What the remote cache holds for a lock: its wheels for this platform and uv's own wheel (locks/uv.txt), so a
 * fresh runner installs without the network (installer.ts unpacks uv from it). Off the verdict's path (the post
 * step, the bench); `keepVerifiedWheels(dir, withUvLock(lock.text))` then keeps only files either lock lists.
 */
export async function fetchCacheWheels(python: PythonCommand, lockFile: string, dir: string, timeoutMs: number): Promise<{ ok: boolean; detail: string }> {
  for (const file of [lockFile, readUvLock().file]) {
    const got = await downloadWheels(python, file, dir, timeoutMs);
    if (!got.ok) return got;
  }
  return { ok: true, detail: 'downloaded' };
}

/** A lock's text with uv's lock appended: the hashes a cached wheel folder may hold. */
export function withUvLock(lockText: string): string {
  return `${lockText}\n${readUvLock().text}`;
}

/**
 * Downloads the lock's files for this interpreter's platform with the base pip (`--require-hashes --no-deps`:
 * pip checks each file), in a few parallel pip processes. Used off the verdict's path (the post step, the bench).
 */
export async function downloadWheels(
  python: PythonCommand,
  lockFile: string,
  dir: string,
  timeoutMs: number,
  parallel = 3,
): Promise<{ ok: boolean; detail: string }> {
  fs.mkdirSync(dir, { recursive: true });
  const blocks = lockBlocks(fs.readFileSync(lockFile, 'utf8'));
  const parts = Array.from({ length: Math.min(parallel, blocks.length) }, (_, i) => blocks.filter((_, j) => j % parallel === i));
  const work = fs.mkdtempSync(path.join(path.dirname(dir), 'wheels-download-'));
  const forget = removeOnExit(work);
  try {
    const results = await Promise.all(
      parts.map((part, i) => {
        const file = path.join(work, `part-${i}.txt`);
        fs.writeFileSync(file, part.join('\n') + '\n');
        const args = [
          ...python.args,
          ISOLATED,
          '-m',
          'pip',
          'download',
          ...PIP_LOCKED, // with NO_BUILD: pip download would otherwise build an sdist's metadata (installer.ts)
          '-d',
          dir,
          '-r',
          file,
        ];
        return runCommand(python.command, args, { timeoutMs, env: installerEnv() });
      }),
    );
    const failed = results.find((r) => r.code !== 0);
    return failed ? { ok: false, detail: tail(failed.stderr || failed.stdout, 2) } : { ok: true, detail: `${blocks.length} requirements` };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
    forget();
  }
}
