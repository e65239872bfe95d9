// The bundled action's install on a fresh runner whose only trust settings are the system CA bundle and pip's
// configuration (pip.conf / PIP_*): SSL_CERT_FILE, REQUESTS_CA_BUNDLE, CURL_CA_BUNDLE and friends are absent
// from the action's environment, the tool cache and uv's/pip's caches are empty. Behind this machine's
// TLS-inspecting proxy bare uv fails there (`invalid peer certificate: UnknownIssuer`) while pip works.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startStandin, type Standin } from '../../src/standin/server.ts';
import { cacheKey } from '../../src/litellm/install.ts';
import { shippedLock, DEFAULT_LITELLM_VERSION } from '../../src/litellm/lock.ts';
import { findPython } from '../../src/litellm/python.ts';
import { downloadWheels, wheelsDirFor } from '../../src/litellm/wheels.ts';
import { runCommand } from '../../src/util/process.ts';
import { ROOT, route, tempDir, TOOL_CACHE } from '../helpers/litellm.ts';
import { Runner } from '../helpers/runner.ts';
import { HAS_OPENSSL, selfSignedCert } from '../helpers/tls.ts';

const KEY = 'vk-install-e2e-3f9a1c';
const TRUST_VARIABLES = /^(SSL_CERT_FILE|SSL_CERT_DIR|REQUESTS_CA_BUNDLE|CURL_CA_BUNDLE|PIP_CERT|UV_NATIVE_TLS|UV_SYSTEM_CERTS|NODE_EXTRA_CA_CERTS)$/;

/** Runs dist/index.js as the runner does, with only PATH and HOME from this environment plus `extra`. */
async function runMain(
  root: string,
  inputs: Record<string, string>,
  extra: Record<string, string>,
): Promise<{ code: number | null; out: string; output: string; summary: string }> {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', XDG_CACHE_HOME: path.join(root, 'xdg') }; // uv's and pip's caches start empty too
  for (const name of Object.keys({ ...env, ...extra }))
    assert.equal(TRUST_VARIABLES.test(name) && !(name in extra), false, `${name} is not in the action's environment`);
  // An empty tool cache: nothing installed before.
  const runner = new Runner(root, { env, toolCache: path.join(root, 'toolcache'), timeoutMs: 600_000 });
  const run = await runner.main(inputs, extra);
  return { code: run.code, out: run.stdout + run.stderr, output: fs.readFileSync(runner.files.output, 'utf8'), summary: run.summary };
}

describe('installing on a runner with only the system trust store and pip.conf', { timeout: 900_000, skip: process.platform === 'win32' }, () => {
  let upstream: Standin;
  const roots: string[] = [];
  const newRoot = () => {
    const root = tempDir('vl-install-e2e-');
    roots.push(root);
    const config = path.join(root, 'workspace', 'config.yaml');
    fs.mkdirSync(path.dirname(config), { recursive: true });
    fs.writeFileSync(config, `model_list:\n${route('claude-opus-4-5-20251101', 'openai/Qwen/Qwen3-0.6B', upstream.url)}`);
    return root;
  };

  before(async () => {
    assert.ok(fs.existsSync(path.join(ROOT, 'dist', 'index.js')), 'dist/ is built (npm run bundle)');
    upstream = await startStandin({ apiKey: KEY, models: [{ id: 'Qwen/Qwen3-0.6B', reasoning: true }] });
  });

  after(async () => {
    await upstream?.close();
    for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
  });

  // Each of these writes only its own tool cache or its own part of the shared one, and mostly waits on the
  // package index and the installer, so they run side by side; the rehearsal below needs what auto installs.
  describe('cold and offline installs, side by side', { concurrency: 3 }, () => {
    it('installs from an empty tool cache and caches, passes the seed config; bare uv on the same runner fails on TLS', async () => {
      const root = newRoot();
      const run = await runMain(root, { config: 'config.yaml', vllm_key: KEY, cache: 'false' }, {});
      assert.equal(run.code, 0, run.out);
      assert.match(run.output, /^result(=|<<.*\n)pass$/m);
      assert.match(run.out, /Installing litellm\[proxy\]==1\.108\.7 from the hash lock/);

      // The premise, checked with the uv the action just bootstrapped: without pip's settings and the system
      // store it cannot reach the index from here (on a runner without a TLS-inspecting proxy it can, and this says so).
      const uvDir = fs.readdirSync(path.join(root, 'toolcache', 'verify-litellm')).find((d) => d.startsWith('uv-'));
      assert.ok(uvDir, 'uv was bootstrapped into the tool cache');
      const requirements = path.join(root, 'requirements.in');
      fs.writeFileSync(requirements, 'six==1.16.0\n');
      const bare = await runCommand(
        path.join(root, 'toolcache', 'verify-litellm', uvDir, 'bin', 'uv'),
        ['pip', 'compile', '--no-header', '--no-cache', requirements],
        { timeoutMs: 120_000, env: { PATH: process.env.PATH, HOME: process.env.HOME, UV_PYTHON_DOWNLOADS: 'never' } },
      );
      if (bare.code !== 0) {
        assert.match(bare.stderr, /invalid peer certificate|UnknownIssuer|certificate/i, bare.stderr);
        assert.match(run.out, /Package index settings from pip: .*cert /, 'the action handed pip.conf to uv');
      } else console.log('# bare uv reaches the index from here: no TLS-inspecting proxy to reproduce');
    });

    it('a certificate the runner does not trust is diagnosed as TLS, naming SSL_CERT_FILE and the CA bundle', { skip: !HAS_OPENSSL }, async () => {
      const root = newRoot();
      const { certFile } = selfSignedCert(root); // a CA bundle that does not hold the index's CA
      const run = await runMain(
        root,
        { config: 'config.yaml', vllm_key: KEY, cache: 'false' },
        // One retry instead of pip's five: the retry warning that carries the SSL error is still printed (with
        // none pip says only "no matching distribution"), and the backoff between retries is not waited out three times.
        { PIP_CERT: certFile, SSL_CERT_FILE: certFile, UV_SYSTEM_CERTS: 'false', PIP_CONFIG_FILE: '/dev/null', PIP_RETRIES: '1' },
      );
      assert.equal(run.code, 1, run.out);
      assert.match(run.out, /TLS certificate is not trusted/);
      assert.match(run.out, /SSL_CERT_FILE/);
      assert.match(run.out, /CA bundle/);
      assert.doesNotMatch(run.out.replace(`::add-mask::${KEY}`, ''), new RegExp(KEY));
    });

    it('litellm-version 1.106.11 (no shipped lock) installs from a lock resolved at run time, runs, and is marked so', async () => {
      const root = newRoot();
      // A fresh tool cache; uv's own cache is the machine's (what a second job on a self-hosted runner sees).
      const run = await runMain(
        root,
        { config: 'config.yaml', vllm_key: KEY, cache: 'false', 'litellm-version': '1.106.11' },
        { XDG_CACHE_HOME: process.env.XDG_CACHE_HOME ?? path.join(process.env.HOME ?? '', '.cache') },
      );
      assert.equal(run.code, 0, run.out);
      assert.match(run.out, /No reviewed lock ships for litellm 1\.106\.11; resolving a hash lock at run time/);
      assert.match(run.out, /::group::Hash lock for litellm\[proxy\]==1\.106\.11, resolved at run time, not reviewed \(dependencies as of 2026-/);
      assert.match(run.out, /^litellm==1\.106\.11 \\$/m, 'the lock is printed inside the group');
      assert.match(run.out, /::endgroup::/);
      assert.match(run.summary, /LiteLLM 1\.106\.11 \(lock resolved at run time, not reviewed\)/);
      const report = JSON.parse(/^report<<(.+)\n([\s\S]*?)\n\1$/m.exec(run.output)?.[2] ?? '{}');
      assert.equal(report.litellmVersion, '1.106.11');
      assert.equal(report.litellmLock.reviewed, false);
      assert.equal(report.result, 'pass');
    });

    it('restored wheels are installed only as the lock says: a planted .pth never runs, a swapped wheel is refused', async () => {
      const python = await findPython();
      const lock = shippedLock(DEFAULT_LITELLM_VERSION)!;
      const shared = path.join(TOOL_CACHE, 'wheels-download-test');
      if (!fs.existsSync(path.join(shared, '.complete'))) {
        fs.rmSync(shared, { recursive: true, force: true });
        const got = await downloadWheels(python, lock.file, shared, 600_000);
        assert.ok(got.ok, got.detail);
        fs.writeFileSync(path.join(shared, '.complete'), '');
      }
      for (const tamper of ['planted-pth', 'swapped-wheel'] as const) {
        const root = newRoot();
        const marker = path.join(root, 'planted-code-ran');
        const cacheRoot = path.join(root, 'toolcache', 'verify-litellm');
        const wheels = wheelsDirFor(cacheRoot, cacheKey(lock, python, process.platform, process.arch));
        fs.cpSync(shared, wheels, { recursive: true });
        fs.rmSync(path.join(wheels, '.complete'));
        const payload = `import os; open(${JSON.stringify(marker)}, 'w').close()\n`;
        if (tamper === 'planted-pth') fs.writeFileSync(path.join(wheels, 'zz-planted.pth'), payload);
        else {
          // The smallest wheel gets a .pth added: a valid wheel whose hash is no longer the lock's.
          const smallest = fs.readdirSync(wheels).sort((a, b) => fs.statSync(path.join(wheels, a)).size - fs.statSync(path.join(wheels, b)).size)[0]!;
          const add = await runCommand(
            python.command,
            ['-c', 'import sys, zipfile; zipfile.ZipFile(sys.argv[1], "a").writestr("zz_planted.pth", sys.argv[2])', path.join(wheels, smallest), payload],
            { timeoutMs: 30_000 },
          );
          assert.equal(add.code, 0, add.stderr);
        }
        const run = await runMain(
          root,
          { config: 'config.yaml', vllm_key: KEY, cache: 'false' },
          { XDG_CACHE_HOME: process.env.XDG_CACHE_HOME ?? path.join(process.env.HOME ?? '', '.cache') },
        );
        assert.equal(run.code, 0, run.out);
        if (tamper === 'planted-pth') assert.match(run.out, /Installed LiteLLM 1\.108\.7 from the cached wheels/);
        else assert.match(run.out, /The cached wheels could not be installed .*; installing from the index instead/);
        assert.equal(fs.existsSync(marker), false, `${tamper}: the planted code ran`);
        const installed = fs.readdirSync(cacheRoot).find((d) => d.startsWith('verify-litellm-') && !d.includes('.partial'))!;
        const site = path.join(cacheRoot, installed, 'lib', `python${python.version.split('.').slice(0, 2).join('.')}`, 'site-packages');
        assert.deepEqual(
          fs.readdirSync(site).filter((f) => f.includes('planted')),
          [],
          `${tamper}: nothing planted is in the venv`,
        );
      }
    });

    it(
      'a lock candidate (the lock-refresh workflow sets VERIFY_LITELLM_LOCK_CANDIDATE) installs from its shipped lock and passes',
      { skip: !process.env.VERIFY_LITELLM_LOCK_CANDIDATE },
      async () => {
        const version = process.env.VERIFY_LITELLM_LOCK_CANDIDATE!;
        const run = await runMain(newRoot(), { config: 'config.yaml', vllm_key: KEY, cache: 'false', 'litellm-version': version }, {});
        assert.equal(run.code, 0, run.out);
        assert.doesNotMatch(run.summary, /not reviewed/);
        assert.match(run.output, new RegExp(`^litellm-version(=|<<.*\\n)${version.replace(/\./g, '\\.')}$`, 'm'));
      },
    );

    it('litellm-version auto runs the release a compose file pins (a shipped lock: reviewed)', async () => {
      const root = newRoot();
      fs.writeFileSync(path.join(root, 'workspace', 'compose.yaml'), 'services:\n  litellm:\n    image: ghcr.io/berriai/litellm:main-v1.106.12\n');
      const run = await runMain(
        root,
        { config: 'config.yaml', vllm_key: KEY, cache: 'false', 'litellm-version': 'auto' },
        { RUNNER_TOOL_CACHE: TOOL_CACHE, XDG_CACHE_HOME: process.env.XDG_CACHE_HOME ?? path.join(process.env.HOME ?? '', '.cache') },
      );
      assert.equal(run.code, 0, run.out);
      assert.match(run.out, /input 'litellm-version' auto: 1\.106\.12 from image berriai\/litellm:main-v1\.106\.12 at compose\.yaml:3\./);
      assert.match(run.output, /^litellm-version(=|<<.*\n)1\.106\.12$/m);
      assert.doesNotMatch(run.summary, /not reviewed/);
    });
  });

  it('an upgrade rehearsal (litellm-version: 1.108.7, 1.106.12) runs the same probes on each and says where they differ', async () => {
    const root = newRoot();
    const run = await runMain(
      root,
      { config: 'config.yaml', vllm_key: KEY, cache: 'false', 'litellm-version': '1.108.7, 1.106.12' },
      { RUNNER_TOOL_CACHE: TOOL_CACHE, XDG_CACHE_HOME: process.env.XDG_CACHE_HOME ?? path.join(process.env.HOME ?? '', '.cache') },
    );
    assert.equal(run.code, 0, run.out);
    assert.match(run.out, /Upgrade rehearsal 1\/2: LiteLLM 1\.108\.7[\s\S]*Upgrade rehearsal 2\/2: LiteLLM 1\.106\.12/);
    assert.match(run.out, /Every alias has the same outcome on 1\.108\.7, 1\.106\.12\./);
    assert.match(run.summary, /### Upgrade rehearsal/);
    assert.match(run.summary, /\| `claude-opus-4-5-20251101` \| ✅ pass \| ✅ pass \|/);
    const report = JSON.parse(/^report<<(.+)\n([\s\S]*?)\n\1$/m.exec(run.output)?.[2] ?? '{}');
    assert.deepEqual(
      report.rehearsal.versions.map((v: { version: string; result: string }) => [v.version, v.result]),
      [
        ['1.108.7', 'pass'],
        ['1.106.12', 'pass'],
      ],
    );
  });
});
