// An installer's failure as an install error the user can act on: its last words, and what they mean (a TLS
// certificate, a lock with no wheel for this platform, a pin the index lacks, a timeout).
import { VerifyError } from '../util/errors.ts';
import type { RunResult } from '../util/process.ts';
import { isTlsFailure, TLS_FIX } from './index-settings.ts';
import { setting } from '../options/settings.ts';

/** Turns a failed installer run into an install error with the installer's last words; a TLS failure is named as such. */
export function check(result: RunResult, what: string, earlier?: RunResult): void {
  if (result.timedOut)
    throw new VerifyError(`could not ${what}: timed out.`, 'install', {
      fix: `Raise ${setting('install-timeout')}, or check the runner can reach the package index.`,
    });
  if (result.code === 0) return;
  const words = tail(result.stderr || result.stdout, 20);
  const earlierWords = earlier ? tail(earlier.stderr || earlier.stdout, 20) : '';
  if (isTlsFailure(words) || isTlsFailure(earlierWords)) {
    const uvPart = earlierWords ? `\nuv said:\n${tail(earlierWords, 6)}` : '';
    throw new VerifyError(
      `could not ${what}: the package index's TLS certificate is not trusted (exit ${result.code ?? result.signal}):\n${words}${uvPart}`,
      'install',
      {
        fix: TLS_FIX,
      },
    );
  }
  // uv's words when the lock has no wheel this platform can use (NO_BUILD: sdists are never built), e.g. on
  // Alpine: "pyroscope-io{sys_platform != 'win32'}==0.8.16 has no wheels with a matching platform tag (e.g.,
  // `musllinux_1_2_x86_64`)". pip only says "No matching distribution", so uv's words (earlier) are read too.
  const noWheel =
    /([A-Za-z0-9][\w.-]*)(?:\{[^}\n]*\})?==([\w.!+-]+) has no (?:wheels with a matching platform tag|usable wheels)(?: \(e\.g\., `([\w.-]+)`\))?/.exec(
      `${earlierWords}\n${words}`,
    );
  if (noWheel) {
    const [, pkg = '', version = '', tag] = noWheel;
    throw new VerifyError(
      `could not ${what}: the lock has no wheel of ${pkg}==${version} this platform can use${tag ? ` (${tag})` : ''}, and verify-litellm never builds from source (a source build would run build tools the lock does not pin).`,
      'install',
      {
        fix: `Run where LiteLLM's dependencies publish wheels: Linux with glibc on x86_64 or aarch64, macOS on Apple silicon, Windows x64 (every GitHub-hosted runner). In a container job use a glibc image (e.g. python:3.12-slim, not Alpine). Dependencies publish wheels per Python version too: the shipped locks cover Python 3.10 to 3.14, so on a newer Python use actions/setup-python (python-version: '3.12') or ${setting('python')}. Or pick a release whose pins have wheels here with ${setting('litellm-version')}.`,
      },
    );
  }
  const missing = /there is no version of ([\w.-]+==[\w.!+-]+)|No matching distribution found for ([\w.-]+==[\w.!+-]+)/.exec(words);
  if (missing) {
    const pin = missing[1] ?? missing[2] ?? '';
    // pip says "no matching distribution" too when it could not read the index at all: with PIP_RETRIES=0 a
    // certificate or proxy failure is never printed, only this line. So the fix names both causes.
    throw new VerifyError(
      `could not ${what}: the package index this runner uses gave no ${pin}, which it pins (exit ${result.code ?? result.signal}):\n${words}`,
      'install',
      {
        fix: `If the index has ${pin}, it could not be read (run \`pip download --no-deps ${pin}\` on the runner with \`-v\` to see why: a TLS certificate, see SSL_CERT_FILE / pip's \`cert\`, or a proxy). If it lacks it, pick a release whose pinned dependencies the index has (\`pip index versions litellm\` lists the releases; the shipped locks install from the public index), or point pip/uv at an index that mirrors them.`,
      },
    );
  }
  throw new VerifyError(`could not ${what} (exit ${result.code ?? result.signal}):\n${words}`, 'install', {
    fix: 'Check that the runner can reach the Python package index; a hash mismatch means the downloaded file is not the locked one.',
  });
}

export function tail(text: string, lines = 3): string {
  return text.trim().split(/\r?\n/).slice(-lines).join('\n');
}
