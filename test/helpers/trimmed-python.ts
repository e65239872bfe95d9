// A real Python with parts of its standard library missing, the way some runners' Pythons are: Debian and Ubuntu
// ship ensurepip apart (python3-venv), a source build without OpenSSL's headers has no _ssl. Made from this
// machine's Python: its binary copied (Python finds its prefix from where the binary sits: the `lib/pythonX.Y/os.py`
// landmark), its lib folder linked entry by entry except what is left out. POSIX only; null where the copy does
// not come up as a Python of its own (a layout this trick does not fit).
import fs from 'node:fs';
import path from 'node:path';
import { runCommand } from '../../src/util/process.ts';
import type { PythonInfo } from '../../src/litellm/python.ts';

export async function trimmedPython(base: PythonInfo, dir: string, leaveOut: string[]): Promise<string | null> {
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
  const check = await runCommand(bin, ['-I', '-c', 'import sys; print(sys.prefix)'], { timeoutMs: 30_000 });
  return check.code === 0 && check.stdout.trim() === fs.realpathSync(dir) ? bin : null;
}
