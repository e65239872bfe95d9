// uv without pip (src/litellm/index_client.py): from a restored wheel, or straight from the index pip uses. Either
// way only a file whose sha256 locks/uv.txt lists is unpacked; anything else makes this return a reason, and
// bootstrapUv installs uv with pip as before. On a cold runner this saves pip's ~1.5 s of CPU spent matching
// uv's ~6,000 files against this interpreter's tags (see index_client.py).
import fs from 'node:fs';
import path from 'node:path';
import { runCommand } from '../util/process.ts';
import { helperScript } from './helper-script.ts';
import { ISOLATED } from './isolation.ts';
import { installerEnvironment } from './environment.ts';
import type { PythonInfo } from './python.ts';
import { fileSha256, lockHashes } from './wheels.ts';

export type Fetched = { ok: true; file: string } | { ok: false; reason: string };

/** The sources pip would read uv from, in the form index_client.py takes; a reason instead when only pip can follow pip's settings. */
export function indexSources(pip: Map<string, string>): { indexes: string[]; findLinks: string[]; cert: string } | { reason: string } {
  // Settings this small fetcher does not follow (a client certificate, pip's own proxy option, an unverified
  // host, keyring credentials): pip installs uv on such a runner.
  const beyond = ['client-cert', 'proxy', 'trusted-host', 'keyring-provider'].filter((k) => pip.get(k));
  if (beyond.length) return { reason: `pip's ${beyond.join(', ')} setting` };
  const words = (k: string) => (pip.get(k) ?? '').split(/\s+/).filter(Boolean);
  const noIndex = /^(1|true|yes|on)$/i.test(pip.get('no-index') ?? '');
  const indexes = noIndex ? [] : [pip.get('index-url') || 'https://pypi.org/simple', ...words('extra-index-url')];
  return { indexes, findLinks: words('find-links'), cert: pip.get('cert') ?? '' };
}

export interface UvFromIndex {
  python: PythonInfo;
  pip: Map<string, string>;
  uvLockText: string;
  version: string;
  /** Where the binary goes (<dir>/bin/uv). */
  target: string;
  timeoutMs: number;
}

export async function uvFromIndex(job: UvFromIndex): Promise<Fetched> {
  const sources = indexSources(job.pip);
  if ('reason' in sources) return { ok: false, reason: sources.reason };
  // The job (index URLs may carry credentials) goes on stdin, never on the command line (ps, /proc/<pid>/cmdline).
  const input = JSON.stringify({ ...sources, version: job.version, hashes: [...lockHashes(job.uvLockText)], target: job.target });
  const result = await runCommand(job.python.command, [...job.python.args, ISOLATED, helperScript('index_client.py'), 'uv'], {
    timeoutMs: job.timeoutMs,
    env: installerEnvironment(),
    input,
  });
  return outcome(result, job.target);
}

/** uv from a restored wheel folder, without the network: only a wheel whose sha256 locks/uv.txt lists is opened. */
export async function uvFromWheel(wheelsDir: string, uvLockText: string, target: string, python: PythonInfo, timeoutMs: number): Promise<Fetched> {
  const hashes = lockHashes(uvLockText);
  const wheels = fs.existsSync(wheelsDir) ? fs.readdirSync(wheelsDir).filter((f) => /^uv-[\w.]+-.+\.whl$/.test(f)) : [];
  for (const name of wheels) {
    const file = path.join(wheelsDir, name);
    if (!hashes.has(fileSha256(file))) continue;
    const result = await runCommand(python.command, [...python.args, ISOLATED, helperScript('index_client.py'), 'wheel', file, target], {
      timeoutMs,
      env: installerEnvironment(),
    });
    const got = outcome(result, target);
    if (got.ok) return { ok: true, file: name };
  }
  return { ok: false, reason: 'no restored uv wheel matches the lock' };
}

function outcome(result: { code: number | null; stdout: string; timedOut: boolean }, target: string): Fetched {
  if (result.timedOut) return { ok: false, reason: 'timed out' };
  let said: { file?: unknown; refused?: unknown } = {};
  try {
    said = JSON.parse(result.stdout.trim().split('\n').pop() ?? '') as typeof said;
  } catch {
    // no answer line: the reason below
  }
  if (result.code === 0 && fs.existsSync(target)) return { ok: true, file: typeof said.file === 'string' ? said.file : path.basename(target) };
  // The helper's reasons are its own fixed words; anything else it printed is not shown.
  const reason = typeof said.refused === 'string' && /^[\w ,.'-]{1,120}$/.test(said.refused) ? said.refused : `exit ${result.code}`;
  return { ok: false, reason };
}
