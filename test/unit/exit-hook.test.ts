// An unexpected error right after the proxy starts must not leave it running (issue 12, item 8): the exit hook
// kills its process group however this process ends, except by SIGKILL (RUNNER_TRACKING_ID covers that).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { isAlive, sleep } from '../../src/util/process.ts';

const PROCESS_TS = new URL('../../src/util/process.ts', import.meta.url).href;

/** A step that starts a long-running child group, arms the hook, and then dies the given way. */
function dyingStep(how: string): Promise<{ code: number | null; childPid: number }> {
  const script = `
    import { spawnDetached, stopOnExit } from ${JSON.stringify(PROCESS_TS)};
    const child = spawnDetached('sleep', ['60'], { stdio: 'ignore' });
    child.unref();
    stopOnExit(child.pid);
    process.stdout.write(String(child.pid) + '\\n');
    setTimeout(() => { ${how} }, 50);
  `;
  return new Promise((resolve, reject) => {
    const step = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    step.stdout.on('data', (c: Buffer) => (out += c.toString()));
    step.once('error', reject);
    step.once('close', (code) => resolve({ code, childPid: Number(out.trim()) }));
  });
}

describe('stopOnExit', { skip: process.platform === 'win32' }, () => {
  for (const [name, how] of [
    ['an uncaught exception', "throw new Error('boom')"],
    ['an unhandled rejection', "Promise.reject(new Error('boom'))"],
    ['a stray process.exit', 'process.exit(3)'],
  ] as const) {
    it(`stops the child's group on ${name}`, async () => {
      const { code, childPid } = await dyingStep(how);
      assert.notEqual(code, 0);
      assert.ok(childPid > 1, 'the step printed its child');
      for (let i = 0; i < 40 && isAlive(childPid); i++) await sleep(50);
      assert.equal(isAlive(childPid), false, 'the child was stopped with the step');
    });
  }
});

describe('removeOnExit', () => {
  it('removes a folder when the process ends early, and arms one exit listener for any number of hooks', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vl-exit-'));
    const partial = path.join(dir, 'venv.partial');
    const kept = path.join(dir, 'released');
    const script = `
      import fs from 'node:fs';
      import { removeOnExit, stopOnExit } from ${JSON.stringify(PROCESS_TS)};
      const before = process.listenerCount('exit');
      for (const d of [${JSON.stringify(partial)}, ${JSON.stringify(kept)}]) fs.mkdirSync(d + '/lib', { recursive: true }), fs.writeFileSync(d + '/lib/x', 'x');
      removeOnExit(${JSON.stringify(partial)});
      removeOnExit(${JSON.stringify(kept)})();
      const releases = Array.from({ length: 20 }, (_, i) => stopOnExit(999000 + i));
      process.stdout.write(String(process.listenerCount('exit') - before));
      releases.forEach((r) => r());
      process.exit(4);
    `;
    const run = await new Promise<{ code: number | null; out: string; err: string }>((resolve, reject) => {
      const step = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      step.stdout.on('data', (c: Buffer) => (out += c.toString()));
      step.stderr.on('data', (c: Buffer) => (err += c.toString()));
      step.once('error', reject);
      step.once('close', (code) => resolve({ code, out, err }));
    });
    try {
      assert.equal(run.code, 4, run.err);
      assert.equal(run.out, '1', 'one exit listener');
      assert.doesNotMatch(run.err, /MaxListenersExceeded/);
      assert.equal(fs.existsSync(partial), false, 'the armed folder is removed');
      assert.equal(fs.existsSync(kept), true, 'a released folder is left alone');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
