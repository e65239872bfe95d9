// What a failed installer run is called: the installer's own last words, read as pip and uv print them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/litellm/install-errors.ts';
import { VerifyError } from '../../src/util/errors.ts';

const failed = (stderr: string) => ({ code: 1, signal: null, stdout: '', stderr, timedOut: false });
const caught = (f: () => void): VerifyError => {
  try {
    f();
  } catch (error) {
    if (error instanceof VerifyError) return error;
    throw error;
  }
  assert.fail('no error');
};

describe('check (a failed install)', () => {
  it('pip’s "no matching distribution" names the pin and both causes: the index lacks it, or could not be read', () => {
    // pip 24's words with PIP_RETRIES=0 behind an untrusted certificate: the TLS failure itself is never printed.
    const e = caught(() =>
      check(
        failed(
          'ERROR: Could not find a version that satisfies the requirement aiohappyeyeballs==2.7.1 (from versions: none)\nERROR: No matching distribution found for aiohappyeyeballs==2.7.1',
        ),
        'install litellm[proxy]==1.108.7',
      ),
    );
    assert.match(e.message, /gave no aiohappyeyeballs==2\.7\.1, which it pins/);
    assert.match(e.detail?.fix ?? '', /pip download --no-deps aiohappyeyeballs==2\.7\.1/);
    assert.match(e.detail?.fix ?? '', /SSL_CERT_FILE/);
    assert.match(e.detail?.fix ?? '', /pick a release whose pinned dependencies the index has/);
  });

  it('a lock with no wheel for this platform (Alpine, an unusual CPU) says so, from uv’s words, even after pip’s vaguer ones', () => {
    // uv 0.13.9's words for the 1.108.7 lock on musl x86_64 (`uv pip install --python-platform x86_64-unknown-linux-musl
    // --only-binary :all: --require-hashes --no-deps -r locks/litellm-1.108.7.txt`, 2026-11-27), verbatim.
    const uv = failed(
      "error: No solution found when resolving dependencies\n  cause: Because pyroscope-io{sys_platform != 'win32'}==0.8.16 has no wheels with a matching platform tag (e.g., `musllinux_1_2_x86_64`) and you require pyroscope-io{sys_platform != 'win32'}==0.8.16, we can conclude that your requirements are unsatisfiable.\n\nhint: Wheels are available for `pyroscope-io` (v0.8.16) on the following platforms: `manylinux_2_17_aarch64`, `manylinux_2_17_x86_64`",
    );
    const pip = failed(
      'ERROR: Could not find a version that satisfies the requirement pyroscope-io==0.8.16 (from versions: 1.0.3)\nERROR: No matching distribution found for pyroscope-io==0.8.16',
    );
    const e = caught(() => check(pip, 'install litellm[proxy]==1.108.7', uv));
    assert.equal(
      e.message,
      'could not install litellm[proxy]==1.108.7: the lock has no wheel of pyroscope-io==0.8.16 this platform can use (musllinux_1_2_x86_64), and verify-litellm never builds from source (a source build would run build tools the lock does not pin).',
    );
    assert.match(e.detail?.fix ?? '', /glibc image \(e\.g\. python:3\.12-slim, not Alpine\)/);
    // uv's words when a package has wheels, none of them for this platform, and building is off.
    const none = caught(() =>
      check(
        failed(
          '  cause: Because cryptography==50.0.2 has no usable wheels and you require cryptography==50.0.2, we can conclude that your requirements are unsatisfiable.',
        ),
        'install x',
      ),
    );
    assert.match(none.message, /no wheel of cryptography==50\.0\.2 this platform can use, and verify-litellm never builds/);
    // A Python newer than the pins' wheels (3.15 on a runner): uv 0.13.9's words for the 1.108.7 lock with
    // `--python-version 3.15` (2026-11-27), verbatim. The fix must name the Python version, not only the platform.
    const newer = caught(() =>
      check(
        failed(
          'error: No solution found when resolving dependencies\n  cause: Because fastuuid==0.14.0 has no usable wheels and you require fastuuid==0.14.0, we can conclude that your requirements are unsatisfiable.\n\nhint: Wheels are required for `fastuuid` because building from source is disabled for all packages (i.e., with `--no-build`)',
        ),
        'install litellm[proxy]==1.108.7',
      ),
    );
    assert.match(newer.message, /no wheel of fastuuid==0\.14\.0 this platform can use/);
    assert.match(newer.detail?.fix ?? '', /Python 3\.10 to 3\.14, so on a newer Python use actions\/setup-python \(python-version: '3\.12'\)/);
  });

  it('uv’s "no version of" is read the same way; a TLS failure is named as such', () => {
    const e = caught(() => check(failed('  × Because there is no version of litellm-enterprise==0.1.79.post2 and ...'), 'install x'));
    assert.match(e.message, /gave no litellm-enterprise==0\.1\.79\.post2/);
    const tls = caught(() => check(failed('error: invalid peer certificate: UnknownIssuer'), 'install x'));
    assert.match(tls.message, /TLS certificate is not trusted/);
  });
});
