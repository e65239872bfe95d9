// A real Python with parts of its standard library missing, the way some runners' Pythons are: Debian and Ubuntu
// ship ensurepip apart (python3-venv), a source build without OpenSSL's headers has no _ssl. Made from this
// machine's Python: its binary copied (Python finds its prefix from where the binary sits: the `lib/pythonX.Y/os.py`
// landmark), its lib folder linked entry by entry except what is left out. POSIX only; null where the copy does
// not come up as a Python of its own (a layout this trick does not fit).
import fs from 'node:fs';
import path from 'node:path';
import { runCommand } from '../../src/util/process.ts';
import type { PythonInfo } from '../../src/litellm/python.ts';

/**
 * `libFromEnv`: the copy's run path (where the loader looks for libpython) is overwritten, so libpython is found only
 * through LD_LIBRARY_PATH=<dir>/lib: the shape of actions/setup-python's Python on a runner whose tool cache is not
 * /opt/hostedtoolcache (self-hosted, container jobs): actions/python-versions links it with
 * `-Wl,--rpath=<that path>/lib` (builders/ubuntu-python-builder.psm1) and setup-python exports LD_LIBRARY_PATH.
 */
export async function trimmedPython(base: PythonInfo, dir: string, leaveOut: string[], options: { libFromEnv?: boolean } = {}): Promise<string | null> {
  const where = await runCommand(
    base.executable,
    ['-I', '-c', 'import os, sys, sysconfig; print(os.path.realpath(sys.executable)); print(sysconfig.get_paths()["stdlib"]); print(sys.base_prefix)'],
    { timeoutMs: 30_000 },
  );
  const [binary, stdlib, prefix] = where.stdout.trim().split('\n');
  if (where.code !== 0 || !binary || !stdlib || !prefix || process.platform === 'win32') return null;
  const libName = path.basename(stdlib); // python3.11
  const bin = path.join(dir, 'bin', path.basename(binary));
  fs.mkdirSync(path.dirname(bin), { recursive: true });
  fs.copyFileSync(binary, bin);
  fs.chmodSync(bin, 0o755);
  if (options.libFromEnv) {
    // Same length, so the ELF layout is untouched: the run path entry now names a folder that does not exist.
    const bytes = fs.readFileSync(bin);
    const runpath = Buffer.from(path.join(prefix, 'lib'));
    const nowhere = Buffer.from('/nonexistent'.padEnd(runpath.length, '_'));
    if (runpath.length < nowhere.length || bytes.indexOf(runpath) < 0) return null; // not linked that way
    for (let at = bytes.indexOf(runpath); at >= 0; at = bytes.indexOf(runpath, at + 1)) nowhere.copy(bytes, at);
    // And a library name of its own (same length), linked to the real one in <dir>/lib only: a system libpython of
    // the same version (Debian's libpython3.11) must not stand in for it from the loader's default folders.
    const needed = /libpython[\d.]+[a-z]*\.so[\d.]*/.exec(bytes.toString('latin1'));
    if (!needed) return null;
    const renamed = `${needed[0].slice(0, -1)}L`;
    bytes.write(renamed, needed.index, 'latin1');
    fs.writeFileSync(bin, bytes);
    fs.mkdirSync(path.join(dir, 'lib'), { recursive: true });
    fs.symlinkSync(path.join(path.dirname(stdlib), needed[0]), path.join(dir, 'lib', renamed));
  }
  // Shared libraries next to the stdlib folder (libpython3.11.so found through $ORIGIN/../lib on some builds).
  const lib = path.join(dir, 'lib');
  fs.mkdirSync(path.join(lib, libName, 'lib-dynload'), { recursive: true });
  for (const entry of fs.readdirSync(path.dirname(stdlib)))
    if (entry !== libName) fs.symlinkSync(path.join(path.dirname(stdlib), entry), path.join(lib, entry));
  const skipped = (name: string) => leaveOut.some((m) => name === m || name === `${m}.py` || name.startsWith(`${m}.`));
  for (const entry of fs.readdirSync(stdlib)) {
    if (entry === 'lib-dynload' || entry === 'site-packages' || skipped(entry)) continue;
    fs.symlinkSync(path.join(stdlib, entry), path.join(lib, libName, entry));
  }
  fs.mkdirSync(path.join(lib, libName, 'site-packages'));
  const dynload = path.join(stdlib, 'lib-dynload');
  if (fs.existsSync(dynload))
    for (const entry of fs.readdirSync(dynload)) if (!skipped(entry)) fs.symlinkSync(path.join(dynload, entry), path.join(lib, libName, 'lib-dynload', entry));
  const env = options.libFromEnv ? { ...process.env, LD_LIBRARY_PATH: lib } : undefined;
  if (options.libFromEnv && (await runCommand(bin, ['-I', '-c', ''], { timeoutMs: 30_000 })).code === 0) return null; // found it anyway
  const check = await runCommand(bin, ['-I', '-c', 'import sys; print(sys.prefix)'], { timeoutMs: 30_000, env });
  return check.code === 0 && check.stdout.trim() === fs.realpathSync(dir) ? bin : null;
}
