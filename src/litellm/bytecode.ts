// A fresh venv has no bytecode (uv installs without compiling), so the proxy's first start compiles every module
// it imports, about 4,000 files and 6 s of one core, on top of running them. Here, beside that start, worker
// processes compile exactly those modules, in the order the proxy imports them: the proxy then finds most `.pyc`
// files already written and only runs its modules. The list of modules ships next to each reviewed lock
// (locks/litellm-<version>.modules.txt, made by scripts/module-list.ts from a real first start); a release
// without one uses the default release's list (most modules are the same; missing files are skipped).
// Compiling never runs the code it compiles, and the `.pyc` files are made here from the venv's own sources,
// which the hash lock checked: nothing compiled comes from a cache. Workers and the importer may write the same
// `.pyc` at once: both write a temporary file and rename it, so either complete file wins.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { killTree, stopOnExit, treeSpawnOptions } from '../util/process.ts';
import { baseEnvironment } from './environment.ts';
import { ISOLATED } from './isolation.ts';
import { DEFAULT_LITELLM_VERSION, locksDir } from './lock.ts';

/** Written into the venv once every listed module has its `.pyc`: later runs start no workers. */
export const BYTECODE_MARKER = '.verify-litellm-bytecode';

/** A list longer than this is not one we made (1.108.7's has about 4,000 lines). */
export const MAX_MODULES = 20_000;

/**
 * Worker: argv = list file, worker index, worker count. Takes every count-th path from the list, from its own
 * index on, so all workers advance through the import order together. Only relative `.py` paths that resolve
 * to a file inside the venv's site-packages are compiled; anything else in the list is skipped. SIGINT ends it
 * cleanly (py_compile removes its temporary file on the KeyboardInterrupt).
 */
export const COMPILE_WORKER = [
  'import importlib.util, os, py_compile, sys, sysconfig',
  'listfile, index, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])',
  "root = os.path.realpath(sysconfig.get_paths()['purelib'])",
  'mode = py_compile.PycInvalidationMode.TIMESTAMP  # what the importer itself writes',
  'try:',
  "    with open(listfile, encoding='utf-8', errors='replace') as f:",
  `        names = f.read(8 * 1024 * 1024).splitlines()[:${MAX_MODULES}]`,
  '    for i, rel in enumerate(names):',
  '        if i % count != index:',
  '            continue',
  "        parts = rel.strip().split('/')",
  "        if not rel.endswith('.py') or not parts[0] or any(p in ('', '.', '..') or '\\\\' in p or ':' in p for p in parts):",
  '            continue',
  '        source = os.path.join(root, *parts)',
  '        if not os.path.realpath(source).startswith(root + os.sep) or not os.path.isfile(source):',
  '            continue',
  '        target = importlib.util.cache_from_source(source)',
  '        if os.path.exists(target):',
  '            continue  # the importer (or another worker) was first',
  '        try:',
  '            py_compile.compile(source, cfile=target, doraise=True, invalidation_mode=mode, quiet=2)',
  '        except Exception:',
  '            pass  # a file the importer cannot compile either: it reports that itself',
  'except KeyboardInterrupt:',
  '    sys.exit(130)',
].join('\n');

/** The shipped list for `version`, else the default release's; null when neither ships. */
export function moduleListFor(version: string, dir = locksDir()): string | null {
  for (const v of [version, DEFAULT_LITELLM_VERSION]) {
    const file = path.join(dir, `litellm-${v}.modules.txt`);
    if (fs.existsSync(file)) return file;
  }
  return null;
}

/**
 * Workers to run beside the proxy: one core is left to the proxy itself, but two cores get two workers. The proxy's
 * import is the critical path and one worker compiles at about its pace, so the proxy kept catching up and
 * compiling modules itself; with two workers the list stays ahead of it (a fresh venv's first start on 2 cores,
 * 3 runs each, 27 November: 8.6, 8.8, 8.9 s against 9.2, 9.2, 9.8 s, and 1.5 s less CPU). One core: one.
 */
export function workerCount(cores = os.availableParallelism?.() ?? os.cpus().length): number {
  return cores <= 1 ? 1 : Math.min(4, Math.max(2, cores - 1));
}

export interface Precompile {
  /** Settles when every worker has ended: 'done' (and the marker written), 'stopped' or 'failed'. */
  done: Promise<'done' | 'stopped' | 'failed'>;
  /** Ends the workers that are still running (SIGINT, then SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Starts the workers for a venv that has not been compiled yet; null when it has (the marker) or no list ships.
 * The caller stops them once the proxy has served its probes: what is left is what this run never imports.
 */
export function startPrecompile(o: { venvDir: string; python: string; version: string; listFile?: string | null; workers?: number }): Precompile | null {
  const marker = path.join(o.venvDir, BYTECODE_MARKER);
  const listFile = o.listFile === undefined ? moduleListFor(o.version) : o.listFile;
  if (!listFile || fs.existsSync(marker)) return null;
  const count = o.workers ?? workerCount();
  let stopping = false;
  const children: ChildProcess[] = [];
  const ended = Array.from({ length: count }, (_, index) => {
    // A bounded command (its own process group on POSIX), no stdin, output dropped: a worker has nothing to say.
    // Isolated mode and the basic variables only: it reads nothing from the workspace, no secret is in its environment.
    const child = spawn(o.python, [ISOLATED, '-c', COMPILE_WORKER, listFile, String(index), String(count)], {
      cwd: os.tmpdir(),
      stdio: 'ignore',
      env: baseEnvironment(),
      ...treeSpawnOptions(process.platform),
    });
    children.push(child);
    const release = child.pid ? stopOnExit(child.pid) : () => undefined;
    return new Promise<boolean>((resolve) => {
      child.once('error', () => (release(), resolve(false)));
      child.once('exit', (code) => (release(), resolve(code === 0)));
    });
  });
  const done = Promise.all(ended).then((oks) => {
    if (stopping) return 'stopped' as const;
    if (!oks.every(Boolean)) return 'failed' as const;
    try {
      fs.writeFileSync(marker, `${path.basename(listFile)}\n`);
      return 'done' as const;
    } catch {
      return 'failed' as const; // the venv went away meanwhile: nothing to mark, and never a rejection here
    }
  });
  return {
    done,
    stop: async (graceMs = 2000) => {
      stopping = true;
      const live = children.filter((c) => c.pid && c.exitCode === null && c.signalCode === null);
      for (const c of live) killTree(c.pid!, 'SIGINT');
      const timer = setTimeout(() => live.forEach((c) => killTree(c.pid!, 'SIGKILL')), graceMs);
      await done;
      clearTimeout(timer);
    },
  };
}
