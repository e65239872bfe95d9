// A hash lock for a LiteLLM release that ships none, resolved at run time: every hash comes from the index,
// and dependency versions are those of the release date (uv's --exclude-newer at the release's upload time),
// so a dependency published later cannot change what installs. The index's yanked flag refuses the release.
// Such a lock is marked "resolved at run time, not reviewed" in the report and summary.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { VerifyError } from '../util/errors.ts';
import { removeOnExit, runCommand } from '../util/process.ts';
import { uvIndexSettings, type IndexSettings } from './index-settings.ts';
import { installerEnv, NO_BUILD, unwritableUvCache } from './installer.ts';
import { check, tail } from './install-errors.ts';
import { lockTag, requirementOf, type Extra, type Lock } from './lock.ts';
import type { PythonInfo } from './python.ts';
import { helperScript } from './helper-script.ts';
import { ISOLATED } from './isolation.ts';

export interface ReleaseInfo {
  /** Latest upload time of the release's files (ISO 8601), or null when the index does not say. */
  uploaded: string | null;
  /** The index's PEP 592 reason when every file of the release is yanked, or null. */
  yanked: string | null;
  found: boolean;
}

/** pip's own default index, used when pip names none. */
const PIP_DEFAULT_INDEX = 'https://pypi.org/simple';

/**
 * The index's PEP 691 JSON page for litellm, read by the base interpreter (index_client.py release: its TLS is the
 * system store plus pip's `cert`, so it works wherever pip does). The index URL is pip's `index-url` or pip's
 * default. An authenticated index (Artifactory, CodeArtifact, a corporate mirror) carries its credentials in the
 * URL (`https://user:token@host/simple`) or in netrc, as pip and uv read them; urllib would send neither, and the
 * release-date pin and the yanked check were once silently lost on such runners. The URL goes on stdin, never on
 * the command line, where any user of the runner can read it (/proc/<pid>/cmdline, ps).
 */
export async function releaseInfo(
  python: PythonInfo,
  version: string,
  pip: Map<string, string>,
  timeoutMs: number,
  run: typeof runCommand = runCommand,
): Promise<ReleaseInfo> {
  const index = pip.get('index-url') || PIP_DEFAULT_INDEX;
  const result = await run(python.command, [...python.args, ISOLATED, helperScript('index_client.py'), 'release'], {
    timeoutMs: Math.min(timeoutMs, 60_000),
    env: installerEnv(),
    input: JSON.stringify({ index, version, cert: pip.get('cert') ?? '' }),
  });
  try {
    if (result.code !== 0) throw new Error('the index could not be read');
    const info = JSON.parse(result.stdout.trim().split('\n').pop() ?? '') as ReleaseInfo;
    return {
      found: info.found === true,
      uploaded: typeof info.uploaded === 'string' ? info.uploaded : null,
      yanked: typeof info.yanked === 'string' ? info.yanked : null,
    };
  } catch {
    // An index without the JSON API (or unreachable): no date to pin to, and the resolver's own yanked warning still applies.
    return { found: true, uploaded: null, yanked: null };
  }
}

/** A lock line we print: requirement, hash or `# via` comment; anything else from the resolver is dropped. */
const LOCK_LINE =
  /^(?:[A-Za-z0-9][A-Za-z0-9._-]*(?:\[[\w,-]+\])?==[\w.!+-]+(?: ;[ \w.<>=!'"()]+)?(?: \\)?|\s+--hash=sha256:[0-9a-f]{64}(?: \\)?|\s+# via[\w .,[\]-]*|\s+#\s+[\w .,[\]-]*)$/;

export function printableLock(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => LOCK_LINE.test(line));
}

export interface RuntimeLockJob {
  version: string;
  extras: readonly Extra[];
  uv: string;
  python: PythonInfo;
  pip: Map<string, string>;
  /** Folder for the resolved lock (the install cache). */
  dir: string;
  remaining: () => number;
  log: (line: string) => void;
}

export async function resolveRuntimeLock(job: RuntimeLockJob): Promise<Lock> {
  const info = await releaseInfo(job.python, job.version, job.pip, job.remaining());
  if (!info.found)
    throw new VerifyError(`litellm ${job.version} is not on the package index this runner uses.`, 'input', {
      fix: "Check the version (`pip index versions litellm` lists what the index has), or use 'auto' to read it from the repository.",
    });
  if (info.yanked)
    throw new VerifyError(
      `litellm ${job.version} is refused: the index marks it yanked (${info.yanked.slice(0, 200).replace(/[^\w .,:;()'/-]/g, '')}).`,
      'input',
      {
        fix: 'Use a release that is not yanked.',
      },
    );
  fs.mkdirSync(job.dir, { recursive: true });
  const work = fs.mkdtempSync(path.join(job.dir, `resolve-${job.version}-`));
  const forget = removeOnExit(work); // a cancelled job leaves nothing in the tool cache
  try {
    const input = path.join(work, 'requirements.in');
    const output = path.join(work, 'lock.txt');
    const requirement = requirementOf(job);
    fs.writeFileSync(input, `${requirement}\n`);
    const env = installerEnv();
    const settings: IndexSettings = uvIndexSettings(job.pip, env);
    if (unwritableUvCache(env)) settings.env.UV_NO_CACHE = '1'; // uv stops when it cannot make its cache folder
    // An hour past the release's last upload: its own files and the pins its CI published with it are in; later releases are out.
    const cutoff = info.uploaded ? new Date(Date.parse(info.uploaded) + 3_600_000).toISOString() : null;
    // Wheels only here too: reading an sdist's metadata runs its build backend (installer.ts NO_BUILD).
    const args = [
      'pip',
      'compile',
      input,
      '-o',
      output,
      '--generate-hashes',
      '--no-header',
      '--quiet',
      ...NO_BUILD.uv,
      '--python',
      job.python.executable,
      ...settings.args,
    ];
    if (cutoff) args.push('--exclude-newer', cutoff);
    const result = await runCommand(job.uv, args, { timeoutMs: job.remaining(), env: { ...env, ...settings.env } });
    check(result, `resolve a lock for ${requirement}`);
    if (/is yanked/i.test(result.stderr) && /litellm==/.test(result.stderr))
      throw new VerifyError(`litellm ${job.version} is refused: the resolver reports it yanked (${tail(result.stderr, 1).slice(0, 200)}).`, 'input');
    const text = `# ${requirement} resolved at run time by verify-litellm (not reviewed); dependencies as of ${cutoff ?? 'today (the index gave no release date)'}.\n${printableLock(fs.readFileSync(output, 'utf8')).join('\n')}\n`;
    const sha256 = crypto.createHash('sha256').update(text).digest('hex');
    const file = path.join(job.dir, `${lockTag(job.version, job.extras)}-runtime-${sha256.slice(0, 12)}.txt`);
    // Whole or not at all: a later run reuses any lock it finds here (install.ts runtimeLock).
    fs.writeFileSync(path.join(work, 'final.txt'), text);
    fs.renameSync(path.join(work, 'final.txt'), file);
    return { version: job.version, extras: job.extras, file, text, sha256, reviewed: false, excludeNewer: cutoff };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
    forget();
  }
}
