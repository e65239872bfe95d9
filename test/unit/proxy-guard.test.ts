// The guard both front doors put around the proxy: a signal stops the proxy's tree and removes its folder
// before the door's own cancellation ends the process; once released it watches nothing.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { guardProxy } from '../../src/util/proxy-guard.ts';
import { tempDir } from '../helpers/litellm.ts';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** A stand-in for the proxy: a detached process group, as the engine spawns it. */
function fakeProxy() {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { detached: process.platform !== 'win32', stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { pid: child.pid!, exited };
}

describe('guardProxy', { timeout: 30_000 }, () => {
  it('on SIGTERM stops the proxy, removes its folder, then calls the cancellation with what it did', async () => {
    const before = process.listenerCount('SIGTERM');
    const proxy = fakeProxy();
    const workDir = tempDir('vl-guard-');
    let told: [string, boolean] | undefined;
    const cancelled = new Promise<void>((resolve) => {
      const guard = guardProxy((signal, stopped) => {
        told = [signal, stopped];
        guard.release();
        resolve();
      }, 500);
      guard.started({ pid: proxy.pid, workDir });
    });
    process.emit('SIGTERM', 'SIGTERM');
    await cancelled;
    await proxy.exited;
    assert.deepEqual(told, ['SIGTERM', true]);
    assert.equal(alive(proxy.pid), false);
    assert.equal(fs.existsSync(workDir), false);
    assert.equal(process.listenerCount('SIGTERM'), before, 'released: no listener left');
  });

  it('a signal with no proxy started still ends through the cancellation, saying nothing was stopped', async () => {
    let told: [string, boolean] | undefined;
    await new Promise<void>((resolve) => {
      const guard = guardProxy((signal, stopped) => {
        told = [signal, stopped];
        guard.release();
        resolve();
      });
      process.emit('SIGINT', 'SIGINT');
    });
    assert.deepEqual(told, ['SIGINT', false]);
  });

  it('after handOver (keep-running) the proxy is no longer its to stop, on exit or on a signal', () => {
    const before = process.listenerCount('exit');
    const guard = guardProxy(() => assert.fail('not cancelled'));
    guard.started({ pid: 999_999, workDir: '/nonexistent' });
    assert.equal(process.listenerCount('exit'), before + 1, 'an exit hook while the proxy is ours');
    guard.handOver();
    assert.equal(process.listenerCount('exit'), before);
    guard.release();
  });
});
