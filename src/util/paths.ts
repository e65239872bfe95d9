// Files the action reads or writes on the user's behalf (`config`, `report-file`) stay inside the workspace.
// The workspace is a checkout: a pull request can add a symbolic link named like the config pointing at
// ~/.ssh/id_rsa or /proc/self/environ (its first bytes would end up in an error), or a report-file link that
// makes the action overwrite a file outside the checkout. So: no link as the named file, and the real
// location (realpath) inside the real workspace.
import fs from 'node:fs';
import path from 'node:path';
import { setting } from '../options/settings.ts';
import { VerifyError } from './errors.ts';

function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The real path of `file`, or of its nearest existing ancestor with the rest appended (a file not written yet). */
function realLocation(file: string): string {
  const rest: string[] = [];
  let current = file;
  for (;;) {
    try {
      return path.join(fs.realpathSync(current), ...rest);
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return file;
      rest.unshift(path.basename(current));
      current = parent;
    }
  }
}

/**
 * `given` resolved against `workspace`, refused when it names a symbolic link or its real location is outside
 * the real workspace. A file that does not exist yet passes (the reader reports it missing; a writer creates it).
 */
export function confined(workspace: string, given: string, name: string): string {
  const file = path.resolve(workspace, given);
  let link = false;
  try {
    link = fs.lstatSync(file).isSymbolicLink();
  } catch {
    // does not exist (yet)
  }
  if (link) {
    throw new VerifyError(
      `${setting(name)} names a symbolic link (${given}); verify-litellm does not follow links for the files it reads or writes.`,
      'input',
      {
        fix: `Point ${setting(name)} at the file itself, inside the repository.`,
      },
    );
  }
  if (!isInside(realLocation(workspace), realLocation(file))) {
    throw new VerifyError(`${setting(name)} (${given}) is outside the workspace; verify-litellm reads and writes files only inside the checkout.`, 'input', {
      fix: `Use a path inside the repository for ${setting(name)}.`,
    });
  }
  return file;
}

/** Writes `text` to `file` without following a link put there after the check (O_NOFOLLOW where the OS has it). */
export function writeNoFollow(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const flags = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_TRUNC | (fs.constants.O_NOFOLLOW ?? 0);
  const fd = fs.openSync(file, flags, 0o644);
  try {
    fs.writeFileSync(fd, text);
  } finally {
    fs.closeSync(fd);
  }
}
