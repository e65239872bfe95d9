// What a failed installer run is called: the installer's own last words, read as pip and uv print them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/litellm/installer.ts';
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

  it('uv’s "no version of" is read the same way; a TLS failure is named as such', () => {
    const e = caught(() => check(failed('  × Because there is no version of litellm-enterprise==0.1.79.post2 and ...'), 'install x'));
    assert.match(e.message, /gave no litellm-enterprise==0\.1\.79\.post2/);
    const tls = caught(() => check(failed('error: invalid peer certificate: UnknownIssuer'), 'install x'));
    assert.match(tls.message, /TLS certificate is not trusted/);
  });
});
