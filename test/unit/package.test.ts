// What `npm publish` would ship (`npx verify-litellm`): the bundled CLI and action, the hash locks they install
// from, and the docs; never the sources, tests or caches. Read from `npm pack --dry-run`, npm's own answer.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_LITELLM_VERSION } from '../../src/litellm/lock.ts';
import { ROOT } from '../helpers/litellm.ts';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { private?: boolean; bin: Record<string, string>; files: string[] };

describe('the npm package', { timeout: 120_000 }, () => {
  const packed = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', shell: process.platform === 'win32' });
  const files: string[] = packed.status === 0 ? (JSON.parse(packed.stdout) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path) : [];

  it('can be published (not private) and `npx verify-litellm` finds its bin', () => {
    assert.equal(packed.status, 0, packed.stderr);
    assert.notEqual(pkg.private, true);
    const bin = pkg.bin['verify-litellm'];
    assert.ok(bin && files.includes(bin), `bin ${bin} is packed`);
    assert.match(fs.readFileSync(path.join(ROOT, bin), 'utf8'), /^#!\/usr\/bin\/env node\n/, 'the bin starts with a node shebang');
  });

  it('ships every bundled file, the locks it installs from, action.yml and the docs', () => {
    const dist = fs
      .readdirSync(path.join(ROOT, 'dist'), { recursive: true })
      .map(String)
      .filter((f) => fs.statSync(path.join(ROOT, 'dist', f)).isFile());
    for (const f of dist) assert.ok(files.includes(`dist/${f.split(path.sep).join('/')}`), `dist/${f} is packed`);
    for (const f of [
      'action.yml',
      'README.md',
      'LICENSE',
      'locks/uv.txt',
      `locks/litellm-${DEFAULT_LITELLM_VERSION}.txt`,
      `locks/litellm-${DEFAULT_LITELLM_VERSION}.modules.txt`,
    ])
      assert.ok(files.includes(f), `${f} is packed`);
  });

  it('ships no sources, tests, caches or CI files', () => {
    const stray = files.filter((f) => /^(src|test|bench|scripts|\.cache|\.ci|\.github|node_modules)\//.test(f));
    assert.deepEqual(stray, []);
  });
});
