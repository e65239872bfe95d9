// A folder the run must write to (the LiteLLM cache, the temp folder) that the runner does not let it write:
// a read-only or missing HOME (a service account whose home is /nonexistent), a TMPDIR or RUNNER_TEMP that is a
// file, a full disk. Node says `EACCES: permission denied, mkdir '...'`; this says which folder that is,
// where its location comes from, and what to change.
import os from 'node:os';
import path from 'node:path';
import { VerifyError } from '../util/errors.ts';

const FOLDER_CODES = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'ENOENT', 'ENOSPC', 'EEXIST', 'EDQUOT']);

function inside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The run's failure to write one of its own folders as an error the user can act on; null for any other error. */
export function folderError(error: unknown, roots: { cacheRoot: string; tempRoot?: string }): VerifyError | null {
  const { code, path: where, message } = (error ?? {}) as NodeJS.ErrnoException;
  if (!code || !FOLDER_CODES.has(code) || typeof where !== 'string') return null;
  const cause = message.split(', ')[0] ?? code; // "EACCES: permission denied"
  if (inside(roots.cacheRoot, where))
    return new VerifyError(`the LiteLLM cache folder ${roots.cacheRoot} cannot be written (${cause}, at ${where}).`, 'input', {
      fix: 'Make it writable, or keep the cache elsewhere: the action uses RUNNER_TOOL_CACHE (else ~/.cache), the CLI --cache-dir (else XDG_CACHE_HOME or ~/.cache); check HOME when it is the home folder.',
    });
  const temps = [...new Set([roots.tempRoot, os.tmpdir()].filter((t): t is string => Boolean(t)))];
  const temp = temps.find((t) => inside(t, where));
  if (temp)
    return new VerifyError(`the temporary folder ${temp} cannot be written (${cause}, at ${where}).`, 'input', {
      fix: 'Point TMPDIR (and, in the action, RUNNER_TEMP) at a writable folder; the proxy runs from a private folder made there.',
    });
  return null;
}
