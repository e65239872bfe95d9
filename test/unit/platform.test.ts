// The decisions that differ between Linux, macOS and Windows, taken with the platform passed in, so they are
// checked here on any OS: venv layout, which Python to run, and how a process tree is stopped.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { explicitPython, findPython, pythonCandidates, venvExecutable, venvLayout, venvPython } from '../../src/litellm/install.ts';
import { VerifyError } from '../../src/util/errors.ts';
import {
  hasGracefulStop,
  isAlive,
  killTree,
  sleep,
  stopProcessTree,
  treeKillPlan,
  treeSpawnOptions,
  type ProcessSystem,
  type RunResult,
} from '../../src/util/process.ts';

const POSIX: NodeJS.Platform[] = ['linux', 'darwin'];

describe('venv layout', () => {
  it('keeps programs in bin/ on Linux and macOS', () => {
    for (const platform of POSIX) {
      assert.deepEqual({ ...venvLayout(platform), path: undefined }, { binDir: 'bin', exeSuffix: '', path: undefined });
      assert.equal(venvPython('/opt/cache/venv', platform), '/opt/cache/venv/bin/python');
      assert.equal(venvExecutable('/opt/cache/uv-env', 'uv', platform), '/opt/cache/uv-env/bin/uv');
    }
  });

  it('keeps programs in Scripts\\ with .exe names on Windows', () => {
    assert.equal(venvLayout('win32').binDir, 'Scripts');
    assert.equal(venvPython('C:\\hostedtoolcache\\verify-litellm\\venv', 'win32'), 'C:\\hostedtoolcache\\verify-litellm\\venv\\Scripts\\python.exe');
    assert.equal(venvExecutable('C:\\cache\\uv-env', 'uv', 'win32'), 'C:\\cache\\uv-env\\Scripts\\uv.exe');
    // A forward-slash folder (as Node sometimes reports it) still ends in the Windows layout.
    assert.equal(venvPython('D:/a/_temp/venv', 'win32'), 'D:\\a\\_temp\\venv\\Scripts\\python.exe');
  });
});

describe('which Python runs LiteLLM', () => {
  it('tries python3 first on POSIX, then python', () => {
    for (const platform of POSIX)
      assert.deepEqual(pythonCandidates(platform), [
        { command: 'python3', args: [] },
        { command: 'python', args: [] },
      ]);
  });

  it('tries python, then the py -3 launcher on Windows', () => {
    assert.deepEqual(pythonCandidates('win32'), [
      { command: 'python', args: [] },
      { command: 'py', args: ['-3'] },
    ]);
  });

  it('takes the python input as a path (spaces included) or as a command with arguments', () => {
    const none = () => false;
    assert.deepEqual(explicitPython('/usr/bin/python3.12', none), { command: '/usr/bin/python3.12', args: [] });
    assert.deepEqual(explicitPython('py -3.12', none), { command: 'py', args: ['-3.12'] });
    assert.deepEqual(explicitPython('  python3  ', none), { command: 'python3', args: [] });
    const file = 'C:\\Program Files\\Python312\\python.exe';
    assert.deepEqual(
      explicitPython(file, (f) => f === file),
      { command: file, args: [] },
    );
  });

  /** A fake runCommand: each command line answers with a version, or fails like a missing program. */
  function fakeRun(answers: Record<string, string | null>, calls: string[] = []): (command: string, args: readonly string[]) => Promise<RunResult> {
    return async (command, args) => {
      // Every probe runs isolated (-I: no working folder or PYTHONPATH on sys.path) and without site (-S: no .pth runs).
      assert.deepEqual(args.slice(args.indexOf('-c') - 2, args.indexOf('-c')), ['-I', '-S']);
      const line = [command, ...args.slice(0, args.indexOf('-c') - 2)].join(' ');
      calls.push(line);
      const version = answers[line];
      if (!version) return { code: version === null ? 9009 : null, signal: null, stdout: '', stderr: 'not found', timedOut: false };
      return { code: 0, signal: null, stdout: `${version}\r\n/somewhere/${command}\r\n`, stderr: '', timedOut: false };
    };
  }

  it('on Windows skips a missing or Store-stub python and uses py -3', async () => {
    const calls: string[] = [];
    const found = await findPython('win32', undefined, fakeRun({ python: null, 'py -3': '3.12.4' }, calls));
    assert.deepEqual(calls, ['python', 'py -3']);
    assert.deepEqual({ command: found.command, args: found.args, version: found.version }, { command: 'py', args: ['-3'], version: '3.12.4' });
    assert.equal(found.executable, '/somewhere/py', 'CRLF output is read on Windows');
  });

  it('on POSIX passes over a too-old python3 for a newer python', async () => {
    const found = await findPython('linux', undefined, fakeRun({ python3: '3.8.10', python: '3.11.7' }));
    assert.equal(found.command, 'python');
    assert.equal(found.version, '3.11.7');
  });

  it('uses only the python input when it is set', async () => {
    const calls: string[] = [];
    const found = await findPython('darwin', 'py -3.12', fakeRun({ 'py -3.12': '3.12.1', python3: '3.13.0' }, calls));
    assert.deepEqual(calls, ['py -3.12']);
    assert.deepEqual(found.args, ['-3.12']);
  });

  it('calls the interpreter it found directly afterwards, not a shim or launcher (when that file exists)', async () => {
    // A pyenv/asdf shim or the py launcher answers with the real interpreter's path; later calls use it.
    const real = process.execPath; // any existing file stands in for the interpreter the shim runs
    const run = async () => ({ code: 0, signal: null, stdout: `3.12.1\n${real}\n`, stderr: '', timedOut: false });
    const found = await findPython('linux', undefined, run);
    assert.deepEqual({ command: found.command, args: found.args, executable: found.executable }, { command: real, args: [], executable: real });
    const launcher = await findPython('linux', 'py -3.12', run);
    assert.deepEqual([launcher.command, launcher.args], [real, []]);
  });

  it('fails with the setup-python fix and what it tried when nothing fits', async () => {
    await assert.rejects(findPython('win32', undefined, fakeRun({ python: '3.9.13' })), (error: unknown) => {
      assert.ok(error instanceof VerifyError);
      assert.equal(error.stage, 'install');
      assert.match(error.message, /python is Python 3\.9\.13; py -3 \(not found\)/);
      assert.match(error.detail?.fix ?? '', /setup-python/);
      return true;
    });
  });
});

/** Records what killTree and friends would do to the OS; `alive` decides what kill(pid, 0) reports. */
class FakeSystem implements ProcessSystem {
  readonly calls: string[] = [];
  constructor(
    public alive: (pid: number) => boolean,
    private readonly groups = true,
  ) {}
  kill(pid: number, signal: NodeJS.Signals | 0): void {
    if (signal !== 0) this.calls.push(`kill ${pid} ${signal}`);
    const target = Math.abs(pid);
    if ((pid < 0 && !this.groups) || !this.alive(target)) throw Object.assign(new Error('ESRCH'), { code: 'ESRCH' });
  }
  run(command: string, args: readonly string[]): boolean {
    this.calls.push([command, ...args].join(' '));
    return true;
  }
}

describe('stopping the proxy and its children', () => {
  it('spawns children as process-group leaders on POSIX', () => {
    for (const platform of POSIX) {
      assert.deepEqual(treeSpawnOptions(platform), { detached: true, windowsHide: true });
      assert.deepEqual(treeSpawnOptions(platform, 'service'), { detached: true, windowsHide: true });
    }
  });

  it('on Windows lets only the proxy outlive the action process (keep-running), not an installer', () => {
    assert.deepEqual(treeSpawnOptions('win32', 'bounded'), { detached: false, windowsHide: true }, 'an installer dies with the action');
    assert.deepEqual(treeSpawnOptions('win32'), { detached: false, windowsHide: true });
    assert.deepEqual(treeSpawnOptions('win32', 'service'), { detached: true, windowsHide: true }, 'the proxy survives until the post step');
  });

  it('on Windows ends the whole tree with taskkill /T /F, whatever the signal', () => {
    for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
      assert.deepEqual(treeKillPlan(4242, signal, 'win32'), { kind: 'taskkill', command: 'taskkill', args: ['/PID', '4242', '/T', '/F'] });
    }
    const system = new FakeSystem(() => true);
    assert.equal(killTree(4242, 'SIGTERM', 'win32', system), true);
    assert.deepEqual(system.calls, ['taskkill /PID 4242 /T /F']);
    assert.equal(hasGracefulStop('win32'), false);
  });

  it('on POSIX signals the process group, and the process alone when it leads none', () => {
    assert.deepEqual(treeKillPlan(4242, 'SIGTERM', 'linux'), { kind: 'signal', group: -4242, pid: 4242, signal: 'SIGTERM' });
    const grouped = new FakeSystem(() => true);
    assert.equal(killTree(4242, 'SIGTERM', 'darwin', grouped), true);
    assert.deepEqual(grouped.calls, ['kill -4242 SIGTERM']);
    const alone = new FakeSystem(() => true, false);
    assert.equal(killTree(4242, 'SIGKILL', 'linux', alone), true);
    assert.deepEqual(alone.calls, ['kill -4242 SIGKILL', 'kill 4242 SIGKILL']);
    assert.equal(killTree(4242, 'SIGTERM', 'linux', new FakeSystem(() => false)), false, 'nothing to signal');
    assert.equal(killTree(undefined, 'SIGTERM', 'linux', grouped), false);
    assert.equal(hasGracefulStop('linux'), true);
  });

  it('counts a process it may not signal (EPERM) as alive', () => {
    const system: ProcessSystem = {
      kill: () => {
        throw Object.assign(new Error('EPERM'), { code: 'EPERM' });
      },
      run: () => false,
    };
    assert.equal(isAlive(1, system), true);
  });

  it('on POSIX asks with SIGTERM first and reports a clean exit', async () => {
    let alive = true;
    const system = new FakeSystem(() => alive);
    const originalKill = system.kill.bind(system);
    system.kill = (pid, signal) => {
      originalKill(pid, signal);
      if (signal === 'SIGTERM') alive = false; // the proxy exits on SIGTERM
    };
    assert.equal(await stopProcessTree(4242, 1000, { platform: 'linux', system }), 'terminated');
    assert.equal(system.calls[0], 'kill -4242 SIGTERM');
    assert.equal(system.calls[1], 'kill -4242 SIGKILL', 'then SIGKILL for stragglers left in the group');
  });

  it('on POSIX falls back to SIGKILL when SIGTERM is ignored', async () => {
    let alive = true;
    const system = new FakeSystem(() => alive);
    const originalKill = system.kill.bind(system);
    system.kill = (pid, signal) => {
      originalKill(pid, signal);
      if (signal === 'SIGKILL') alive = false;
    };
    assert.equal(await stopProcessTree(4242, 120, { platform: 'darwin', system }), 'killed');
    assert.deepEqual(system.calls, ['kill -4242 SIGTERM', 'kill -4242 SIGKILL']);
  });

  // A 60 s grace period waited out would overrun the test's 20 s timeout: that is the check, no stopwatch.
  it('on Windows forces the tree at once, without waiting out the grace period', { timeout: 20_000 }, async () => {
    let alive = true;
    const system = new FakeSystem(() => alive);
    system.run = (command, args) => {
      system.calls.push([command, ...args].join(' '));
      alive = false;
      return true;
    };
    assert.equal(await stopProcessTree(4242, 60_000, { platform: 'win32', system }), 'killed');
    assert.deepEqual(system.calls, ['taskkill /PID 4242 /T /F']);
  });

  // A process that is not our child and whose parent never reaps it (the post step's view of a kept proxy in a
  // container job, where PID 1 may be a shell) stays a zombie: signal 0 still reaches it, yet it is gone.
  it(
    'counts a dead process that waits to be reaped as gone, and stops it without waiting out the grace',
    { skip: process.platform !== 'linux', timeout: 20_000 },
    async () => {
      // `exec sleep` replaces the shell, and sleep never reaps the background child it inherited.
      const parent = spawn('sh', ['-c', 'sleep 30 & echo $!; exec sleep 30'], { stdio: ['ignore', 'pipe', 'ignore'], detached: true });
      try {
        const pid = Number((await once(parent.stdout, 'data'))[0].toString().trim());
        assert.ok(pid > 1);
        // Until the exec, the shell itself would reap the child it started.
        while (fs.readFileSync(`/proc/${parent.pid}/comm`, 'utf8').trim() !== 'sleep') await sleep(10);
        assert.equal(isAlive(pid), true, 'running');
        assert.equal(await stopProcessTree(pid, 60_000), 'terminated', 'SIGTERM ended it; the zombie left behind is not waited for');
        assert.doesNotThrow(() => process.kill(pid, 0), 'still in the process table, unreaped');
        assert.equal(isAlive(pid), false);
      } finally {
        killTree(parent.pid, 'SIGKILL');
      }
    },
  );

  it('does nothing to a process that is already gone', async () => {
    const system = new FakeSystem(() => false);
    for (const platform of ['linux', 'win32'] as const) assert.equal(await stopProcessTree(4242, 1000, { platform, system }), 'not-running');
    assert.deepEqual(system.calls, []);
  });
});
