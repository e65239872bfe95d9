// Runs the built dist/index.js and dist/post.js exactly as the runner does: INPUT_* variables,
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_STATE files, saved state handed to post as STATE_*.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startStandin, type Standin } from '../../src/standin/server.ts';
import { proxyProcesses, ROOT, route, tempDir, testLiteLLM } from '../helpers/litellm.ts';
import { documentedReport } from '../helpers/readme.ts';
import { assertNoSecret, runNode, Runner, RUNNER_NODE, type StepRun } from '../helpers/runner.ts';

const CANARY = 'vk-canary-5b1c0e2a7d';

const assertNoCanary = (run: StepRun, runner: Runner): void => assertNoSecret(run, runner, CANARY);

describe('the bundled action, run as the runner runs it', { timeout: 900_000 }, () => {
  let upstream: Standin;
  const roots: string[] = [];
  const newRunner = () => {
    const root = tempDir('vl-e2e-');
    roots.push(root);
    return new Runner(root);
  };

  before(async () => {
    assert.ok(fs.existsSync(path.join(ROOT, 'dist', 'index.js')), 'dist/ is built (npm run bundle)');
    await testLiteLLM();
    upstream = await startStandin({
      apiKey: CANARY,
      models: [
        { id: 'Qwen/Qwen3-0.6B', reasoning: true },
        { id: 'gpt-4o', servedAs: 'gpt-5-2025-08-07', temperature: 'reject-value' },
        { id: 'hang', fault: 'hang' },
      ],
    });
  });

  after(async () => {
    await upstream?.close();
    for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
  });

  it("runs the entries on the Node major that action.yml's runs.using names, as GitHub's runner does", async (t) => {
    const declared = /^\s*using:\s*'?node(\d+)'?\s*$/m.exec(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8'))?.[1];
    assert.ok(declared, 'action.yml declares runs.using: nodeNN');
    const probe = await runNode('-p', ['process.versions.node'], { env: {}, cwd: ROOT, timeoutMs: 30_000, node: RUNNER_NODE });
    const running = probe.stdout.trim().split('.')[0];
    if (running !== declared && !process.env.VERIFY_LITELLM_RUNNER_NODE) {
      // Only .ci/run provides that Node (.ci/runner-node.sh); a local run checks the entries on its own Node.
      t.skip(`node${declared} is not provided (VERIFY_LITELLM_RUNNER_NODE); the entries run on node${running} here`);
      return;
    }
    assert.equal(running, declared, `VERIFY_LITELLM_RUNNER_NODE (${RUNNER_NODE}) is node${running}, action.yml says node${declared}`);
  });

  it('passes the seed config: outputs, summary, state, post, no leak, no process left, config untouched', async () => {
    const runner = newRunner();
    const seed = `model_list:\n${route('claude-opus-4-5-20251101', 'openai/Qwen/Qwen3-0.6B', upstream.url)}`;
    const configFile = runner.writeConfig(seed);
    const main = await runner.main({ VLLM_KEY: CANARY });
    assert.equal(main.code, 0, main.stdout + main.stderr);
    assert.ok(main.stdout.includes(`::add-mask::${CANARY}`), 'the key is masked before anything else');
    assert.equal(main.outputs.result, 'pass');
    assert.equal(main.outputs['litellm-version'], '1.108.7');
    assert.equal(main.outputs.passed, '1');
    const report = JSON.parse(main.outputs.report ?? '{}');
    assert.equal(report.schema, 'verify-litellm/report@1');
    assert.equal(report.aliases[0].alias, 'claude-opus-4-5-20251101');
    assert.equal(report.aliases[0].model, 'openai/Qwen/Qwen3-0.6B');
    assert.equal(report.aliases[0].apiBaseHost, `127.0.0.1:${upstream.port}`);
    assert.equal(report.aliases[0].httpStatus, 200);
    assert.equal(typeof report.aliases[0].latencyMs, 'number');
    assert.match(main.summary, /\| Alias \| Routed to \| Result \| Latency \| Reply or diagnosis \|/);
    assert.match(main.summary, /claude-opus-4-5-20251101.*openai\/Qwen\/Qwen3-0\.6B.*pass/);
    assert.match(main.state['proxy-pid'] ?? '', /^\d+$/, 'main saved the proxy pid for post');
    assert.deepEqual(proxyProcesses(runner.temp), [], 'main stopped its proxy');

    const post = await runner.post();
    assert.equal(post.code, 0);
    assert.match(post.stdout, /already stopped/);
    assertNoCanary(main, runner);
    assertNoCanary(post, runner);
    assert.equal(fs.readFileSync(configFile, 'utf8'), seed, 'the repository config is byte-identical');
    assert.deepEqual(runner.leftovers(), [], 'nothing left under RUNNER_TEMP');
  });

  it('fails a temperature-rejecting route with an annotation on its line and the fix in the summary', async () => {
    const runner = newRunner();
    runner.writeConfig(
      ['model_list:', route('claude-opus-4-5-20251101', 'openai/Qwen/Qwen3-0.6B', upstream.url), route('gpt-4o', 'openai/gpt-4o', upstream.url)].join('\n'),
      'configs/litellm.yaml',
    );
    const main = await runner.main({ VLLM_KEY: CANARY, config: 'configs/litellm.yaml' });
    assert.equal(main.code, 1);
    assert.equal(main.outputs.result, 'fail');
    assert.equal(main.outputs.passed, '1');
    assert.equal(main.outputs.failed, '1');
    // An annotation on the alias's model_name line (line 8: each route() is five lines and a newline).
    assert.match(main.stdout, /::error title=verify-litellm%3A 'gpt-4o' failed,file=configs\/litellm\.yaml,line=8::/);
    assert.match(main.summary, /additional_drop_params/);
    assert.match(main.stdout, /::error::1 of 2 LiteLLM routes failed/);
    assertNoCanary(main, runner);
    assert.equal((await runner.post()).code, 0);
    assert.deepEqual(proxyProcesses(runner.temp), []);
  });

  it('stops before starting anything when a referenced variable is unset, pointing at the line', async () => {
    const runner = newRunner();
    runner.writeConfig(
      `model_list:\n- model_name: a\n  litellm_params:\n    model: openai/Qwen/Qwen3-0.6B\n    api_key: os.environ/VLLM_KEY\n    api_base: ${upstream.url}\n    extra_headers:\n      x-team: os.environ/TEAM_TOKEN\n`,
    );
    const main = await runner.main({ VLLM_KEY: CANARY });
    assert.equal(main.code, 1);
    assert.equal(main.outputs.result, 'fail');
    assert.match(
      main.stdout,
      /::error title=verify-litellm%3A env-unset,file=example_configs\/test-local\/config-litellm\.yaml,line=8,col=\d+::'a' reads `os\.environ\/TEAM_TOKEN`/,
    );
    assert.equal(main.state['proxy-pid'], undefined, 'no proxy was started');
    assert.equal(main.outputs['litellm-version'], '');
  });

  it('mode: lint, with no key: LiteLLM-backed findings annotated on their lines, no proxy, fails on an error finding', async () => {
    const runner = newRunner();
    // The seed with its `openai/` prefix missing: LiteLLM cannot pick a provider for Qwen/Qwen3-0.6B.
    runner.writeConfig(`model_list:\n${route('claude-opus-4-5-20251101', 'Qwen/Qwen3-0.6B', upstream.url)}`);
    const main = await runner.main({ VLLM_KEY: '', mode: 'lint' });
    assert.equal(main.code, 1, main.stdout + main.stderr);
    assert.equal(main.outputs.result, 'fail');
    assert.match(
      main.stdout,
      /::error title=verify-litellm%3A provider-prefix,file=example_configs\/test-local\/config-litellm\.yaml,line=4,col=\d+::.*LiteLLM cannot pick a provider/,
    );
    assert.match(main.stdout, /model: openai\/Qwen\/Qwen3-0\.6B/);
    const report = JSON.parse(main.outputs.report ?? '{}');
    assert.equal(report.schema, 'verify-litellm/lint@1');
    assert.match(main.summary, /verify-litellm lint/);
    assert.equal(main.state['proxy-pid'], undefined, 'no proxy was started');
  });

  it('with an empty key: fails by default with the fork explanation, skips with on-missing-key: skip', async () => {
    const runner = newRunner();
    runner.writeConfig(`model_list:\n${route('claude-opus-4-5-20251101', 'openai/Qwen/Qwen3-0.6B', upstream.url)}`);
    const failing = await runner.main({ VLLM_KEY: '' });
    assert.equal(failing.code, 1);
    assert.match(failing.stdout, /VLLM_KEY is empty/);
    assert.match(failing.stdout, /forks get no secrets/);
    const skipping = await newRunnerWithSameConfig(runner).main({ VLLM_KEY: '', 'on-missing-key': 'skip' });
    assert.equal(skipping.code, 0);
    assert.equal(skipping.outputs.result, 'skipped');
    assert.match(skipping.stdout, /::notice::verify-litellm skipped/);
    assert.equal(skipping.state['proxy-pid'], undefined, 'never starts a proxy with an empty key');
  });

  it('rejects bad inputs and refused LiteLLM versions with a clear error', async () => {
    const runner = newRunner();
    runner.writeConfig(`model_list:\n${route('a', 'openai/Qwen/Qwen3-0.6B', upstream.url)}`);
    const bad = await runner.main({ VLLM_KEY: CANARY, temperature: 'warm' });
    assert.equal(bad.code, 1);
    assert.match(bad.stdout, /::error::input 'temperature' must be a number from 0 to 2, or 'none'/);
    const refused = await newRunnerWithSameConfig(runner).main({ VLLM_KEY: CANARY, 'litellm-version': '1.82.8' });
    assert.equal(refused.code, 1);
    assert.match(refused.stdout, /litellm 1\.82\.8 is refused/);
    assert.equal(refused.state['proxy-pid'], undefined);
    const missing = await newRunner().main({ VLLM_KEY: CANARY, config: 'nope.yaml' });
    assert.equal(missing.code, 1);
    assert.match(missing.stdout, /nope\.yaml: config file not found/);
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`a cancelled job (${signal} to main) stops the proxy and removes its files; post is then harmless`, async () => {
      const runner = newRunner();
      runner.writeConfig(`model_list:\n${route('slow', 'openai/hang', upstream.url)}`);
      const child = runner.spawnMain({ VLLM_KEY: CANARY, timeout: '120' });
      let stdout = '';
      child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
      const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
      const deadline = Date.now() + 120_000;
      while (!stdout.includes('Proxy ready') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      assert.ok(stdout.includes('Proxy ready'), stdout);
      await new Promise((r) => setTimeout(r, 500)); // the probe is now waiting on the silent upstream
      assert.equal(proxyProcesses(runner.temp).length, 1, 'the proxy runs while main waits');
      child.kill(signal);
      const code = await exited;
      assert.notEqual(code, 0);
      assert.match(stdout, new RegExp(`cancelled \\(${signal}\\); the proxy was stopped`));
      assert.deepEqual(proxyProcesses(runner.temp), [], 'no orphan proxy');
      assert.deepEqual(runner.leftovers(), [], 'no private files left under RUNNER_TEMP');
      const post = await runner.post();
      assert.equal(post.code, 0);
      assert.match(post.stdout, /already stopped/);
    });
  }

  it('a job cancelled while the proxy starts says it was cancelled, not that LiteLLM failed; nothing is left', async () => {
    const runner = newRunner();
    runner.writeConfig(`model_list:\n${route('q', 'openai/Qwen/Qwen3-0.6B', upstream.url)}`);
    const child = runner.spawnMain({ VLLM_KEY: CANARY });
    let stdout = '';
    let readyBeforeSignal = false;
    child.stdout?.on('data', (c: Buffer) => {
      stdout += c.toString();
      // LiteLLM has described the config; the same process now imports the proxy: cancel at once.
      if (!child.killed && stdout.includes('Variables passed to the proxy')) {
        readyBeforeSignal = stdout.includes('Proxy ready');
        child.kill('SIGINT');
      }
    });
    const code = await new Promise<number | null>((resolve) => child.once('close', (c) => resolve(c)));
    assert.equal(readyBeforeSignal, false, 'the signal came during start-up');
    assert.notEqual(code, 0);
    assert.match(stdout, /verify-litellm was cancelled \(SIGINT\); the proxy was stopped/);
    assert.doesNotMatch(stdout, /exited during start-up/, 'the stop the guard caused is not reported as a LiteLLM failure');
    assert.doesNotMatch(fs.readFileSync(runner.files.summary, 'utf8'), /exited during start-up/);
    assert.deepEqual(proxyProcesses(runner.temp), [], 'no orphan proxy');
    assert.deepEqual(runner.leftovers(), [], 'no private files left under RUNNER_TEMP');
  });

  it('keep-running leaves a verified proxy for later steps, proxy-url probes it, report-file matches the README schema, post stops it', async () => {
    const runner = newRunner();
    const seed = `model_list:\n${route('claude-opus-4-5-20251101', 'openai/Qwen/Qwen3-0.6B', upstream.url)}`;
    runner.writeConfig(seed);
    const main = await runner.main({ VLLM_KEY: CANARY, 'keep-running': 'true', 'report-file': 'reports/verify.json' });
    // The proxy outlives main by design: if an assertion below fails, post must still stop it.
    const cleanup = () => (proxyProcesses(runner.temp).length ? runner.post() : undefined);
    try {
      await keptProxyChecks(runner, main);
    } finally {
      await cleanup();
    }
  });

  async function keptProxyChecks(runner: Runner, main: StepRun): Promise<void> {
    assert.equal(main.code, 0, main.stdout + main.stderr);
    const baseUrl = main.outputs['base-url'] ?? '';
    const apiKey = main.outputs['api-key'] ?? '';
    assert.match(baseUrl, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.match(apiKey, /^sk-/);
    assert.ok(main.stdout.includes(`::add-mask::${apiKey}`), 'the proxy key is masked');
    assert.equal(proxyProcesses(runner.temp).length, 1, 'the proxy outlives main');

    // A later step (the real client) uses the same route.
    const reply = await fetch(`${baseUrl}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'claude-opus-4-5-20251101', messages: [{ role: 'user', content: 'hi' }], temperature: 0.7 }),
      signal: AbortSignal.timeout(30_000),
    });
    assert.equal(reply.status, 200);

    // Scheduled monitoring of an already-deployed proxy: no install, no start; aliases from its model list.
    const remote = await newRunner().main({ 'proxy-url': baseUrl, 'proxy-key': apiKey, config: '' });
    assert.equal(remote.code, 0, remote.stdout + remote.stderr);
    assert.equal(remote.outputs.result, 'pass');
    assert.deepEqual(
      JSON.parse(remote.outputs.report ?? '{}').aliases.map((a: { alias: string }) => a.alias),
      ['claude-opus-4-5-20251101'],
    );
    assert.equal(remote.state['proxy-pid'], undefined, 'proxy-url mode starts nothing');

    // The report file carries exactly the documented schema (README's example, comments stripped).
    const file = JSON.parse(fs.readFileSync(path.join(runner.workspace, 'reports', 'verify.json'), 'utf8'));
    const documented = documentedReport();
    assert.deepEqual(Object.keys(file).sort(), Object.keys(documented).sort());
    assert.deepEqual(Object.keys(file.aliases[0]).sort(), Object.keys(documented.aliases[0]).sort());
    assert.deepEqual(Object.keys(file.aliases[0].stream).sort(), Object.keys(documented.aliases[0].stream).sort());
    assert.deepEqual(Object.keys(file.aliases[0].attempts[0]).sort(), Object.keys(documented.aliases[0].attempts[0]).sort());
    assert.deepEqual(file, JSON.parse(main.outputs.report ?? '{}'), 'the file and the output are the same report');
    assertNoCanary(main, runner);

    const post = await runner.post();
    assert.equal(post.code, 0, post.stdout + post.stderr);
    assert.deepEqual(proxyProcesses(runner.temp), [], 'post stopped the kept proxy');
    await assert.rejects(fetch(`${baseUrl}/v1/models`, { signal: AbortSignal.timeout(5_000) }), 'nothing answers at base-url after post');
    assert.deepEqual(runner.leftovers(), [], 'post removed the private config copy');
  }

  it('a proxy that crashes at start-up: its log tail is shown with the key masked, nothing is left behind', async () => {
    const runner = newRunner();
    // LiteLLM imports callbacks at start-up; this module name carries the key, so the crash log quotes it.
    runner.writeConfig(`model_list:\n${route('a', 'openai/Qwen/Qwen3-0.6B', upstream.url)}litellm_settings:\n  callbacks: ${CANARY}.handler\n`);
    const main = await runner.main({ VLLM_KEY: CANARY, 'start-timeout': '120' });
    assert.equal(main.code, 1, main.stdout);
    assert.equal(main.outputs.result, 'fail');
    assert.match(main.stdout, /Last lines of the proxy log/);
    assert.match(main.stdout, /Could not import handler from \*\*\*/, 'the log tail is shown, masked');
    assert.match(main.stdout, /Fix: A module the config names \(litellm_settings\.callbacks/);
    assertNoCanary(main, runner);
    assert.deepEqual(proxyProcesses(runner.temp), []);
    assert.deepEqual(runner.leftovers(), [], 'the private config copy (which holds the key here) is removed');
  });

  it(
    "an install that fails: a clear install error with the installer's words, no key, nothing started or left",
    { skip: process.platform === 'win32' },
    async () => {
      const runner = newRunner();
      runner.writeConfig(`model_list:\n${route('a', 'openai/Qwen/Qwen3-0.6B', upstream.url)}`);
      // A Python that answers the version probe, makes "venvs" holding a copy of itself, and fails every pip install
      // the way a blocked index does; it also tries to print VLLM_KEY, which the installer's environment never has.
      const fake = path.join(runner.root, 'fake-python');
      fs.writeFileSync(
        fake,
        [
          '#!/bin/sh',
          'case "$*" in',
          '  *sys.version_info*) echo 3.11.7; echo "$0" ;;',
          '  "-I -m venv "*) mkdir -p "$4/bin" && cp "$0" "$4/bin/python" ;;', // every Python runs isolated (-I)
          '  *) echo "ERROR: Could not find a version that satisfies the requirement (key: $VLLM_KEY)" >&2; exit 1 ;;',
          'esac',
          '',
        ].join('\n'),
        { mode: 0o755 },
      );
      const toolCache = path.join(runner.root, 'empty-tool-cache');
      const main = await runner.main({ VLLM_KEY: CANARY, python: fake, cache: 'false' }, { RUNNER_TOOL_CACHE: toolCache, VLLM_KEY: CANARY });
      assert.equal(main.code, 1, main.stdout);
      assert.equal(main.outputs.result, 'fail');
      assert.match(main.stdout, /could not install litellm\[proxy\]==1\.108\.7 \(exit 1\)/);
      assert.match(main.stdout, /Could not find a version that satisfies the requirement \(key: \)/, "the installer's words, and no key in its environment");
      assert.equal(main.state['proxy-pid'], undefined, 'nothing was started');
      assertNoCanary(main, runner);
      assert.deepEqual(runner.leftovers(), []);
      assert.deepEqual(
        fs.readdirSync(path.join(toolCache, 'verify-litellm')).filter((f) => f.includes('.partial-')),
        [],
        'no half-built venv is left',
      );
    },
  );

  it('post is harmless when main never started a proxy', async () => {
    const post = await newRunner().post();
    assert.equal(post.code, 0);
    assert.match(post.stdout, /nothing to stop/);
  });

  function newRunnerWithSameConfig(from: Runner): Runner {
    const runner = newRunner();
    fs.cpSync(from.workspace, runner.workspace, { recursive: true });
    return runner;
  }
});
