// A job cancelled while LiteLLM installs. The runner sends SIGINT to the step's node process only (not its process
// group), then SIGTERM 7.5 s later, and kills the process tree only if the step is still alive after both
// (actions/runner src/Runner.Sdk/ProcessInvoker.cs CancelAndKillProcessTree). The action ends itself on the first
// signal, so whatever it started must end with it: the installers run in process groups of their own and the
// runner's end-of-job orphan clean-up does not see them. On a self-hosted runner the tool cache persists too.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { bootstrapUv } from '../../src/litellm/installer.ts';
import { cacheKey } from '../../src/litellm/install.ts';
import { DEFAULT_LITELLM_VERSION, shippedLock } from '../../src/litellm/lock.ts';
import { findPython } from '../../src/litellm/python.ts';
import { isAlive, sleep } from '../../src/util/process.ts';
import { processesMentioning, ROOT, route, TEST_CACHE_ROOT, tempDir } from '../helpers/litellm.ts';
import { Runner } from '../helpers/runner.ts';

describe('a job cancelled mid-install, or while post fetches the wheels to cache', { timeout: 300_000, skip: process.platform !== 'linux' }, () => {
  let root: string;
  let index: net.Server;
  const sockets = new Set<net.Socket>();
  let asked = () => {};
  const nextAsk = () => new Promise<void>((resolve) => (asked = resolve));
  const indexUrl = () => `http://127.0.0.1:${(index.address() as net.AddressInfo).port}/simple`;

  before(async () => {
    assert.ok(fs.existsSync(path.join(ROOT, 'dist', 'index.js')), 'dist/ is built (npm run bundle)');
    root = tempDir('vl-cancel-install-');
    // A package index that accepts connections and never answers: the install is then reliably under way, in uv,
    // when the job is cancelled.
    index = net.createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined);
      asked();
    });
    await new Promise<void>((resolve) => index.listen(0, '127.0.0.1', resolve));
    // uv already in this runner's tool cache (as after an earlier run), so the cancelled step is uv's install.
    const python = await findPython();
    const uv = await bootstrapUv({ cacheRoot: TEST_CACHE_ROOT, python, platform: process.platform, remaining: () => 300_000, log: () => undefined });
    assert.ok(uv, 'uv is bootstrapped in the shared test cache');
    const uvDir = path.dirname(path.dirname(uv));
    fs.cpSync(uvDir, path.join(root, 'toolcache', 'verify-litellm', path.basename(uvDir)), { recursive: true });
  });

  after(async () => {
    for (const pid of processesMentioning(root)) if (isAlive(pid)) process.kill(pid, 'SIGKILL'); // only when the test failed
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => index.close(() => resolve()));
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('SIGINT while uv installs: no installer process outlives the step, no partial venv or private folder is left', async () => {
    const temp = path.join(root, 'tmp');
    fs.mkdirSync(temp);
    const toolCache = path.join(root, 'toolcache');
    const runner = new Runner(root, {
      env: {
        PATH: process.env.PATH,
        HOME: path.join(root, 'home'),
        XDG_CACHE_HOME: path.join(root, 'xdg'), // uv's cache starts empty: it must ask the index
        TMPDIR: temp,
        PIP_INDEX_URL: indexUrl(),
      },
      toolCache,
    });
    runner.writeConfig(`model_list:\n${route('q', 'openai/Qwen/Qwen3-0.6B', 'http://127.0.0.1:9/v1')}`);
    const indexAsked = nextAsk();
    const child = runner.spawnMain({ VLLM_KEY: 'vk-cancel-install', cache: 'false' });
    let stdout = '';
    child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
    await Promise.race([indexAsked, exited]);
    assert.match(stdout, /Installing litellm\[proxy\]==/, 'the install is under way');
    const cacheRoot = path.join(toolCache, 'verify-litellm');
    assert.ok(
      fs.readdirSync(cacheRoot).some((f) => f.includes('.partial-')),
      'a partial venv exists',
    );
    assert.ok(processesMentioning(cacheRoot).length > 0, 'uv is running');
    child.kill('SIGINT');
    const code = await exited;
    assert.notEqual(code, 0);
    assert.match(stdout, /verify-litellm was cancelled \(SIGINT\)/);
    // Processes killed with the step are gone once their parent (init here) reaps them: wait for that, bounded.
    for (let i = 0; i < 100 && processesMentioning(root).length; i++) await sleep(100);
    const left = processesMentioning(root).map((pid) => fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').slice(0, 200));
    assert.deepEqual(left, [], 'no process the step started is still running');
    assert.deepEqual(
      fs.readdirSync(cacheRoot).filter((f) => f.includes('.partial-')),
      [],
      'no partial venv is left in the tool cache',
    );
    assert.deepEqual(fs.readdirSync(temp), [], 'no private working folder is left');
  });

  it("SIGINT while post downloads the lock's wheels: no pip outlives it, no half-filled wheels folder is left", async () => {
    const sub = path.join(root, 'post');
    const temp = path.join(sub, 'tmp');
    fs.mkdirSync(temp, { recursive: true });
    const toolCache = path.join(sub, 'toolcache');
    const cacheRoot = path.join(toolCache, 'verify-litellm');
    // What main records after a fresh install: the venv (post only checks it is a folder) under its key.
    const python = await findPython();
    const key = cacheKey(shippedLock(DEFAULT_LITELLM_VERSION)!, python, process.platform, process.arch);
    fs.mkdirSync(path.join(cacheRoot, key), { recursive: true });
    const runner = new Runner(sub, {
      env: { PATH: process.env.PATH, HOME: path.join(sub, 'home'), TMPDIR: temp, PIP_INDEX_URL: indexUrl() },
      toolCache,
    });
    fs.writeFileSync(runner.files.state, `cache-save=${JSON.stringify({ path: path.join(cacheRoot, key), key })}\n`);
    const indexAsked = nextAsk();
    // The cache service is "there" (post downloads before it talks to it); the download then waits on the index.
    const child = runner.spawnPost({ ACTIONS_CACHE_URL: 'http://127.0.0.1:9/' });
    let stdout = '';
    child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
    await Promise.race([indexAsked, exited]);
    assert.ok(
      fs.readdirSync(cacheRoot).some((f) => f.startsWith('wheels-')),
      `the download is under way\n${stdout}`,
    );
    child.kill('SIGINT');
    await exited;
    for (let i = 0; i < 100 && processesMentioning(sub).length; i++) await sleep(100);
    assert.deepEqual(processesMentioning(sub), [], 'no process post started is still running');
    assert.deepEqual(
      fs.readdirSync(cacheRoot).filter((f) => f.startsWith('wheels-')),
      [],
      'no wheels folder, whole or half, is left in the tool cache',
    );
  });
});
