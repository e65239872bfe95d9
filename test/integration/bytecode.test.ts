// The workers that compile a fresh venv's modules beside the proxy's first start (src/litellm/bytecode.ts), run
// for real on a small venv: what they compile, what they refuse to touch, that compiling runs nothing, the marker.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BYTECODE_MARKER, moduleListFor, startPrecompile, workerCount } from '../../src/litellm/bytecode.ts';
import { findPython, venvPython } from '../../src/litellm/install.ts';
import { DEFAULT_LITELLM_VERSION, locksDir } from '../../src/litellm/lock.ts';
import { runCommand } from '../../src/util/process.ts';
import { tempDir } from '../helpers/litellm.ts';

describe('bytecode workers', { timeout: 120_000 }, () => {
  let dir: string;
  let venv: string;
  let python: string;
  let sitePackages: string;

  before(async () => {
    dir = tempDir('vl-bytecode-');
    venv = path.join(dir, 'venv');
    const base = await findPython();
    const made = await runCommand(base.command, [...base.args, '-I', '-m', 'venv', '--without-pip', venv], { timeoutMs: 60_000 });
    assert.equal(made.code, 0, made.stderr);
    python = venvPython(venv);
    const where = await runCommand(python, ['-I', '-c', "import sysconfig; print(sysconfig.get_paths()['purelib'])"], { timeoutMs: 30_000 });
    sitePackages = where.stdout.trim();
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const pycOf = (file: string) => {
    const cache = path.join(path.dirname(file), '__pycache__');
    return fs.existsSync(cache) ? fs.readdirSync(cache).filter((f) => f.startsWith(`${path.basename(file, '.py')}.`) && f.endsWith('.pyc')) : [];
  };

  it('compiles the listed modules inside site-packages, and only those, without running them', async () => {
    const pkg = path.join(sitePackages, 'pkg');
    fs.mkdirSync(pkg, { recursive: true });
    const ran = path.join(dir, 'ran');
    fs.writeFileSync(path.join(pkg, '__init__.py'), `open(${JSON.stringify(ran)}, 'w').write('imported')\n`);
    fs.writeFileSync(path.join(pkg, 'listed.py'), 'X = 1\n');
    fs.writeFileSync(path.join(pkg, 'unlisted.py'), 'Y = 2\n');
    fs.writeFileSync(path.join(pkg, 'broken.py'), 'def (:\n');
    const outside = path.join(dir, 'outside.py');
    fs.writeFileSync(outside, 'Z = 3\n');
    fs.symlinkSync(outside, path.join(pkg, 'link.py')); // inside by name, outside in fact
    const list = path.join(dir, 'modules.txt');
    fs.writeFileSync(
      list,
      [
        '# a comment line',
        'pkg/__init__.py',
        'pkg/broken.py',
        'pkg/listed.py',
        'pkg/missing.py',
        'pkg/link.py',
        '../../../../outside.py',
        outside, // absolute
        'pkg/../pkg/unlisted.py',
        'pkg/listed.txt',
      ].join('\n'),
    );
    const job = startPrecompile({ venvDir: venv, python, version: DEFAULT_LITELLM_VERSION, listFile: list, workers: 2 });
    assert.ok(job);
    assert.equal(await job.done, 'done');
    assert.equal(pycOf(path.join(pkg, '__init__.py')).length, 1);
    assert.equal(pycOf(path.join(pkg, 'listed.py')).length, 1);
    assert.equal(pycOf(path.join(pkg, 'unlisted.py')).length, 0, 'a path with .. is not followed');
    assert.equal(pycOf(path.join(pkg, 'link.py')).length, 0, 'a symlink out of site-packages is not compiled');
    assert.equal(pycOf(path.join(pkg, 'broken.py')).length, 0);
    assert.equal(pycOf(outside).length, 0);
    assert.equal(fs.existsSync(ran), false, 'compiling ran the module');
    assert.ok(fs.existsSync(path.join(venv, BYTECODE_MARKER)));

    // The importer accepts what the workers wrote: importing the package now writes no new .pyc.
    const before = fs.statSync(path.join(pkg, '__pycache__', pycOf(path.join(pkg, 'listed.py'))[0]!)).mtimeMs;
    const imported = await runCommand(python, ['-I', '-c', 'import pkg.listed'], { timeoutMs: 30_000 });
    assert.equal(imported.code, 0, imported.stderr);
    assert.equal(fs.statSync(path.join(pkg, '__pycache__', pycOf(path.join(pkg, 'listed.py'))[0]!)).mtimeMs, before);

    // With the marker there, nothing starts again.
    assert.equal(startPrecompile({ venvDir: venv, python, version: DEFAULT_LITELLM_VERSION, listFile: list }), null);
  });

  it('stops when asked, without writing the marker', async () => {
    fs.rmSync(path.join(venv, BYTECODE_MARKER), { force: true });
    const many = path.join(sitePackages, 'many');
    fs.mkdirSync(many, { recursive: true });
    const names = Array.from({ length: 3000 }, (_, i) => `m${i}.py`);
    for (const n of names) fs.writeFileSync(path.join(many, n), `VALUE = ${'[1, 2, 3] + '.repeat(200)}[0]\n`);
    const list = path.join(dir, 'many.txt');
    fs.writeFileSync(list, names.map((n) => `many/${n}`).join('\n'));
    const job = startPrecompile({ venvDir: venv, python, version: DEFAULT_LITELLM_VERSION, listFile: list, workers: 1 });
    assert.ok(job);
    await job.stop();
    const outcome = await job.done;
    // A fast machine may finish first; either way no worker is left and a stopped run leaves no marker.
    assert.ok(outcome === 'stopped' || outcome === 'done');
    assert.equal(fs.existsSync(path.join(venv, BYTECODE_MARKER)), outcome === 'done');
    const written = fs.existsSync(path.join(many, '__pycache__')) ? fs.readdirSync(path.join(many, '__pycache__')) : [];
    assert.deepEqual(
      written.filter((f) => !f.endsWith('.pyc')),
      [],
      'no temporary file is left behind',
    );
  });

  it('uses the list shipped with the lock, else the default release list; workers leave one core (two on two cores)', () => {
    assert.equal(moduleListFor(DEFAULT_LITELLM_VERSION), path.join(locksDir(), `litellm-${DEFAULT_LITELLM_VERSION}.modules.txt`));
    assert.equal(moduleListFor('1.99.1'), path.join(locksDir(), `litellm-${DEFAULT_LITELLM_VERSION}.modules.txt`));
    const shipped = fs.readFileSync(moduleListFor(DEFAULT_LITELLM_VERSION)!, 'utf8').split('\n');
    assert.ok(shipped.includes('litellm/proxy/proxy_server.py'));
    assert.deepEqual([workerCount(1), workerCount(2), workerCount(3), workerCount(4), workerCount(64)], [1, 2, 2, 3, 4]);
  });
});
