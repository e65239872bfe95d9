// pip's settings handed to uv: what `pip config list` prints is parsed in pip's precedence and becomes uv's
// environment and arguments; the caller's own UV_* win; TLS failures are recognised in both installers' words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isTlsFailure, parsePipConfig, readPipSettings, redactUrl, uvIndexSettings } from '../../src/litellm/index-settings.ts';
import { findPython, venvPython } from '../../src/litellm/python.ts';
import { runCommand } from '../../src/util/process.ts';

// Verbatim `pip config list` output of this machine's pip 23.2.1 (pip.conf in /etc and ~/.config, PIP_* set).
const THIS_MACHINE = `:env:.cert='/etc/ssl/certs/ca-certificates.crt'
:env:.default-timeout='180'
:env:.disable-pip-version-check='1'
:env:.find-links='/opt/wheels'
global.cert='/etc/ssl/certs/ca-certificates.crt'
global.constraint='/etc/xdg/pip/constraints.txt'
global.extra-index-url='file:///opt/pypi/simple file:///opt/pypi-more/simple'
global.find-links='/opt/wheels'
`;

describe('pip settings for uv', () => {
  it('parses pip config list with the environment over [install] over [global]', () => {
    const pip = parsePipConfig(
      `global.index-url='https://a.example/simple'\ninstall.index-url='https://b.example/simple'\nglobal.cert='/g.pem'\n:env:.cert='/e.pem'\nfreeze.timeout='3'\n`,
    );
    assert.equal(pip.get('index-url'), 'https://b.example/simple');
    assert.equal(pip.get('cert'), '/e.pem');
    assert.equal(pip.has('timeout'), false, 'another command section is not install');
  });

  it("turns this machine's settings into uv's: system certs and pip's CA bundle; extra indexes and find-links stay pip's", () => {
    const s = uvIndexSettings(parsePipConfig(THIS_MACHINE), {});
    assert.deepEqual(s.env, { UV_SYSTEM_CERTS: '1', SSL_CERT_FILE: '/etc/ssl/certs/ca-certificates.crt' });
    assert.deepEqual(s.args, []);
  });

  it('maps index-url, trusted hosts, client cert and no-index; hides index credentials from the log', () => {
    const s = uvIndexSettings(
      parsePipConfig(
        `global.index-url='https://ci:s3cret@mirror.corp/simple'\nglobal.trusted-host='mirror.corp other.corp'\nglobal.client-cert='/c.pem'\nglobal.no-index='true'\n`,
      ),
      {},
    );
    assert.equal(s.env.UV_DEFAULT_INDEX, 'https://ci:s3cret@mirror.corp/simple', 'uv needs the credentials');
    assert.equal(s.env.SSL_CLIENT_CERT, '/c.pem');
    assert.deepEqual(s.args, ['--allow-insecure-host', 'mirror.corp', '--allow-insecure-host', 'other.corp', '--no-index']);
    assert.doesNotMatch(s.taken.join(' '), /s3cret/);
    assert.equal(redactUrl('https://u:p@h/x'), 'https://***@h/x');
    // pip takes everything up to the last '@' of the host part as credentials (pip/_internal/utils/misc.py split_auth_from_netloc: rsplit('@', 1)).
    assert.equal(redactUrl('https://u:p@ss@w0rd@mirror.corp/simple'), 'https://***@mirror.corp/simple');
    assert.equal(redactUrl('https://mirror.corp/simple/a@b'), 'https://mirror.corp/simple/a@b');
  });

  it('hands find-links to uv only with no-index (a wheelhouse as the one source), credentials out of the log', () => {
    const airGapped = uvIndexSettings(parsePipConfig(`:env:.no-index='1'\n:env:.find-links='/srv/wheels https://ci:s3cret@files.corp/wheels/'\n`), {});
    assert.deepEqual(airGapped.args, ['--no-index', '--find-links', '/srv/wheels', '--find-links', 'https://ci:s3cret@files.corp/wheels/']);
    assert.doesNotMatch(airGapped.taken.join(' '), /s3cret/);
    assert.deepEqual(uvIndexSettings(parsePipConfig(`global.find-links='/srv/wheels'\n`), {}).args, [], "beside an index they stay pip's");
  });

  it("hands pip's proxy setting to uv as HTTP(S)_PROXY, unless the environment names a proxy already", () => {
    const pip = parsePipConfig(`global.proxy='http://ci:s3cret@proxy.corp:3128'\n`);
    const s = uvIndexSettings(pip, {});
    assert.equal(s.env.HTTPS_PROXY, 'http://ci:s3cret@proxy.corp:3128');
    assert.equal(s.env.HTTP_PROXY, 'http://ci:s3cret@proxy.corp:3128');
    assert.deepEqual(s.taken, ['proxy http://***@proxy.corp:3128']);
    for (const own of [{ https_proxy: 'http://mine:1' }, { ALL_PROXY: 'http://mine:1' }]) {
      const kept = uvIndexSettings(pip, own);
      assert.equal(kept.env.HTTPS_PROXY, undefined, JSON.stringify(own));
      assert.equal(kept.env.HTTP_PROXY, undefined, JSON.stringify(own));
    }
  });

  it("keeps the caller's own uv settings", () => {
    const s = uvIndexSettings(parsePipConfig(`global.index-url='https://pip.example/simple'\nglobal.cert='/pip.pem'`), {
      UV_DEFAULT_INDEX: 'https://uv.example/simple',
      SSL_CERT_FILE: '/mine.pem',
    });
    assert.equal(s.env.UV_DEFAULT_INDEX, undefined);
    assert.equal(s.env.SSL_CERT_FILE, undefined);
  });

  it('recognises TLS failures in uv and pip words (and not other failures)', () => {
    assert.ok(isTlsFailure('  cause: invalid peer certificate: UnknownIssuer'));
    assert.ok(
      isTlsFailure(
        "SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)'))",
      ),
    );
    assert.equal(isTlsFailure('ERROR: No matching distribution found for litellm-enterprise==0.1.79.post2'), false);
  });

  it("reads the real pip's settings on this machine", async () => {
    const r = await runCommand('python3', ['-m', 'pip', 'config', 'list'], { timeoutMs: 30_000, env: { PATH: process.env.PATH, HOME: process.env.HOME } });
    if (r.code !== 0) return; // no pip in this Python: nothing to compare
    const pip = parsePipConfig(r.stdout);
    for (const line of r.stdout.split('\n').filter((l) => /^global\.cert=/.test(l))) assert.equal(pip.get('cert'), line.split('=')[1]!.replace(/'/g, ''));
  });

  // A Python without pip, as Ubuntu's python3 without python3-pip is: a real venv made --without-pip.
  it(
    'reads PIP_* as pip would when the base Python has no pip to ask, so uv still uses the runner’s index',
    { skip: process.platform === 'win32' },
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vl-nopip-'));
      try {
        const base = await findPython();
        const made = await runCommand(base.command, [...base.args, '-I', '-m', 'venv', '--without-pip', path.join(dir, 'venv')], { timeoutMs: 60_000 });
        assert.equal(made.code, 0, made.stderr);
        const python = { command: venvPython(path.join(dir, 'venv')), args: [] };
        const env = {
          PATH: process.env.PATH ?? '',
          PIP_INDEX_URL: 'https://mirror.corp.example/simple',
          PIP_TRUSTED_HOST: 'mirror.corp.example',
          PIP_CERT: '/etc/corp-ca.pem',
        };
        const asked = await runCommand(python.command, ['-I', '-m', 'pip', 'config', 'list'], { timeoutMs: 30_000, env });
        assert.match(asked.stderr, /No module named pip/, 'this Python has no pip');
        const s = uvIndexSettings(await readPipSettings(python, env, 30_000), {});
        assert.equal(s.env.UV_DEFAULT_INDEX, 'https://mirror.corp.example/simple');
        assert.equal(s.env.SSL_CERT_FILE, '/etc/corp-ca.pem');
        assert.deepEqual(s.args, ['--allow-insecure-host', 'mirror.corp.example']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
