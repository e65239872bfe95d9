// The hash locks shipped in locks/ and the version checks made before anything is downloaded.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import {
  checkVersion,
  DEFAULT_LITELLM_VERSION,
  locksDir,
  readUvLock,
  REFUSED_VERSIONS,
  requirementOf,
  shippedLock,
  shippedVersions,
} from '../../src/litellm/lock.ts';
import { VerifyError } from '../../src/util/errors.ts';
import { ROOT, tempDir } from '../helpers/litellm.ts';
import { setting } from '../../src/options/settings.ts';

const LOCKS = path.join(ROOT, 'locks');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Requirements of a pip lock: `name==version \` followed by its `--hash=` lines. */
function requirements(text: string): Array<{ name: string; version: string; hashes: string[] }> {
  const out: Array<{ name: string; version: string; hashes: string[] }> = [];
  for (const line of text.split('\n')) {
    const req = /^([A-Za-z0-9][A-Za-z0-9._-]*(?:\[[^\]]+\])?)==(\S+?)\s*(?:;.*?)?\\?$/.exec(line);
    if (req) out.push({ name: req[1]!.toLowerCase(), version: req[2]!, hashes: [] });
    const hash = /^\s+--hash=(\S+)/.exec(line);
    if (hash) out.at(-1)?.hashes.push(hash[1]!);
  }
  return out;
}

describe('checkVersion', () => {
  it('accepts exact releases, including post, rc and dev releases', () => {
    for (const v of [DEFAULT_LITELLM_VERSION, '1.80.0', '1.74.0rc1', '1.74.0.post1', '1.74.0-rc1', '1.74.0.dev2', '10.0.0a1'])
      assert.doesNotThrow(() => checkVersion(v), v);
  });

  it('rejects ranges, tags and partial versions with the reason', () => {
    for (const v of ['', 'latest', '>=1.80.0', '~=1.80', '1.80', '1.80.0.0', 'v1.80.0', '1.80.0 ', ' 1.80.0', '1.80.*', '1.80.0+local']) {
      assert.throws(
        () => checkVersion(v),
        (e: unknown) =>
          e instanceof VerifyError &&
          e.stage === 'input' &&
          e.message.includes(`found '${v}'`) &&
          /exact release/.test(e.message) &&
          /hash-locked/.test(e.message),
        JSON.stringify(v),
      );
    }
  });

  it('refuses 1.82.7 and 1.82.8 (published with a credential stealer), naming the default as the fix', () => {
    assert.deepEqual(Object.keys(REFUSED_VERSIONS).sort(), ['1.82.7', '1.82.8']);
    for (const v of ['1.82.7', '1.82.8']) {
      assert.throws(
        () => checkVersion(v),
        (e: unknown) => {
          assert.ok(e instanceof VerifyError);
          assert.equal(e.stage, 'input');
          assert.match(e.message, new RegExp(`^litellm ${escape(v)} is refused: it was published on 2026-03-24 with a credential stealer`));
          assert.ok(e.message.includes(DEFAULT_LITELLM_VERSION));
          assert.equal(e.detail?.fix, `Remove ${setting('litellm-version')} to use ${DEFAULT_LITELLM_VERSION}.`);
          return true;
        },
      );
    }
  });

  it('the neighbours of the refused releases are not refused', () => {
    for (const v of ['1.82.6', '1.82.9', '1.82.70', '11.82.7']) assert.doesNotThrow(() => checkVersion(v), v);
  });
});

describe('the shipped locks', () => {
  it('locksDir finds locks/ from the source folder and from dist/', () => {
    assert.equal(locksDir(), LOCKS);
    assert.equal(locksDir(path.join(ROOT, 'dist')), LOCKS);
    assert.equal(locksDir(path.join(ROOT, 'src', 'litellm')), LOCKS);
  });

  it('locksDir says where it looked when there is no locks/ folder', () => {
    const root = tempDir('vl-nolocks-');
    // Deeper than the five folders locksDir walks up, so a stray locks/ in the system's temp folder cannot answer.
    const dir = path.join(root, 'a', 'b', 'c', 'd', 'e');
    fs.mkdirSync(dir, { recursive: true });
    try {
      assert.throws(
        () => locksDir(dir),
        (e: unknown) => e instanceof VerifyError && e.stage === 'internal' && e.message.includes(dir),
      );
      // ...and one that sits within reach is found.
      fs.mkdirSync(path.join(root, 'a', 'b', 'locks'));
      fs.writeFileSync(path.join(root, 'a', 'b', 'locks', 'uv.txt'), '');
      assert.equal(locksDir(dir), path.join(root, 'a', 'b', 'locks'));
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('shippedLock(default): the file, its text and its sha256', () => {
    const lock = shippedLock(DEFAULT_LITELLM_VERSION)!;
    const file = path.join(LOCKS, `litellm-${DEFAULT_LITELLM_VERSION}.txt`);
    assert.equal(lock.version, DEFAULT_LITELLM_VERSION);
    assert.equal(lock.file, file);
    assert.equal(lock.text, fs.readFileSync(file, 'utf8'));
    assert.equal(lock.sha256, crypto.createHash('sha256').update(lock.text).digest('hex'));
  });

  it(`the ${DEFAULT_LITELLM_VERSION} lock pins litellm itself and every dependency by version and sha256`, () => {
    const reqs = requirements(shippedLock(DEFAULT_LITELLM_VERSION)!.text);
    assert.ok(reqs.length > 20, `a full dependency tree (${reqs.length} requirements)`);
    const text = shippedLock(DEFAULT_LITELLM_VERSION)!.text;
    assert.equal(reqs.length, text.split('\n').filter((l) => /^[A-Za-z]/.test(l)).length, 'every requirement line was read');
    const litellm = reqs.filter((r) => r.name === 'litellm' || r.name.startsWith('litellm['));
    assert.equal(litellm.length, 1, 'litellm appears once');
    assert.equal(litellm[0]!.version, DEFAULT_LITELLM_VERSION);
    for (const r of reqs) {
      assert.ok(r.hashes.length > 0, `${r.name}==${r.version} has hashes`);
      for (const h of r.hashes) assert.match(h, /^sha256:[0-9a-f]{64}$/, `${r.name}: ${h}`);
    }
    // No line installs something unpinned (a range, a URL or an editable path).
    for (const line of text.split('\n')) {
      if (!line.trim() || line.trim().startsWith('#') || line.trim().startsWith('--hash=')) continue;
      assert.match(line, /^[A-Za-z0-9][A-Za-z0-9._\-[\],]*==/, `pinned: ${line}`);
    }
  });

  it('no shipped lock is for a refused release', () => {
    for (const f of fs.readdirSync(LOCKS)) {
      const text = fs.readFileSync(path.join(LOCKS, f), 'utf8');
      for (const v of Object.keys(REFUSED_VERSIONS))
        assert.equal(new RegExp(`^litellm(\\[[^\\]]*\\])?==${escape(v)}\\b`, 'm').test(text), false, `${f} installs litellm ${v}`);
      assert.equal(f.includes('1.82.7') || f.includes('1.82.8'), false, f);
    }
  });

  it('readUvLock: the uv installer, pinned and hashed', () => {
    const uv = readUvLock();
    assert.match(uv.version, /^\d+\.\d+\.\d+$/);
    const reqs = requirements(uv.text);
    assert.deepEqual(
      reqs.map((r) => `${r.name}==${r.version}`),
      [`uv==${uv.version}`],
    );
    assert.ok(reqs[0]!.hashes.length > 0);
    assert.equal(uv.sha256, crypto.createHash('sha256').update(uv.text).digest('hex'));
  });
});

describe('shippedLock on other versions', () => {
  const dirs: string[] = [];
  after(() => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });
  const fakeLocks = (files: Record<string, string>): string => {
    const dir = tempDir('vl-locks-');
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    return dir;
  };

  it('a version without a shipped lock has none here (its lock is resolved at run time); shipped versions are listed newest first', () => {
    assert.equal(shippedLock('1.80.0'), null);
    const dir = fakeLocks({ 'uv.txt': 'uv==0.1.0\n', 'litellm-1.70.0.txt': 'a\n', 'litellm-1.100.0.txt': 'b\n', 'litellm-1.71.0.txt': 'c\n' });
    assert.deepEqual(shippedVersions(dir), ['1.100.0', '1.71.0', '1.70.0']);
    assert.equal(shippedLock('1.72.0', dir), null);
    assert.equal(shippedLock('1.71.0', dir)?.reviewed, true);
  });

  it('ships reviewed locks for the newest release that installs here and for the 1.106 line', () => {
    assert.deepEqual(shippedVersions().slice(0, 2), ['1.108.7', '1.106.12']);
  });

  it('a lock with an extra sits beside its version: not a version of its own, found only when the extra is asked for', () => {
    const dir = fakeLocks({ 'uv.txt': '', 'litellm-1.70.0.txt': 'a\n', 'litellm-1.70.0-google.txt': 'b\n', 'litellm-1.70.0.modules.txt': 'm\n' });
    assert.deepEqual(shippedVersions(dir), ['1.70.0']);
    assert.equal(shippedLock('1.70.0', dir)?.text, 'a\n');
    const google = shippedLock('1.70.0', dir, ['google']);
    assert.deepEqual([google?.text, google?.extras, google?.version], ['b\n', ['google'], '1.70.0']);
    assert.equal(requirementOf(google!), 'litellm[proxy,google]==1.70.0');
    assert.equal(shippedLock('1.71.0', fakeLocks({ 'uv.txt': '', 'litellm-1.71.0.txt': 'a\n' }), ['google']), null, 'the run-time path then resolves one');
  });

  it("every shipped version has a google lock that keeps the [proxy] lock's pins and adds google-auth", () => {
    for (const version of shippedVersions()) {
      const plain = requirements(shippedLock(version)!.text);
      const google = shippedLock(version, locksDir(), ['google']);
      assert.ok(google, `locks/litellm-${version}-google.txt`);
      assert.match(google.text, new RegExp(`^# litellm\\[proxy,google\\]==${escape(version)} `));
      const pins = new Map(requirements(google.text).map((r) => [`${r.name} ${r.version}`, r.hashes]));
      for (const r of plain) assert.deepEqual(pins.get(`${r.name} ${r.version}`), r.hashes, `${r.name}==${r.version} kept, with the same hashes`);
      assert.ok([...pins.keys()].some((k) => k.startsWith('google-auth ')));
      assert.ok(
        [...pins.keys()].some((k) => k.startsWith('google-cloud-aiplatform ')),
        "LiteLLM's `google` extra",
      );
    }
  });

  it('a refused release is refused even when a lock file for it exists', () => {
    const dir = fakeLocks({ 'uv.txt': 'uv==0.1.0\n', 'litellm-1.82.8.txt': 'litellm==1.82.8 --hash=sha256:00\n' });
    assert.throws(() => shippedLock('1.82.8', dir), /litellm 1\.82\.8 is refused/);
  });

  it('a bad version is rejected before any file is looked up', () => {
    assert.throws(() => shippedLock('../../etc/passwd', fakeLocks({ 'uv.txt': '' })), /exact release/);
  });

  it('the sha256 follows the lock text, so a refreshed lock gets a new cache key', () => {
    const a = shippedLock('1.70.0', fakeLocks({ 'uv.txt': '', 'litellm-1.70.0.txt': 'litellm==1.70.0\n' }));
    const b = shippedLock('1.70.0', fakeLocks({ 'uv.txt': '', 'litellm-1.70.0.txt': 'litellm==1.70.0\n# refreshed\n' }));
    assert.notEqual(a!.sha256, b!.sha256);
    assert.equal(a!.version, '1.70.0');
  });
});
