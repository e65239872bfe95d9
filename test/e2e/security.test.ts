// The attacks of issue 12, each reproduced against the bundled action (dist/) as the runner runs it.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startStandin, type Standin } from '../../src/standin/server.ts';
import { proxyProcesses, ROOT, route, tempDir, testLiteLLM } from '../helpers/litellm.ts';
import { logCommands, logCommandState, Runner } from '../helpers/runner.ts';

const CANARY = 'vk-canary-sec-7f3e9a1c55';
/** The key as an upstream may echo it: URL-encoded, hex, base64 at offsets 1 and 2, split across lines, and in part. */
const ENCODED_FORMS = {
  url: [...Buffer.from(CANARY)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join(''),
  hex: Buffer.from(CANARY).toString('hex').toUpperCase(),
  b64: Buffer.from(`u${CANARY}!`).toString('base64'),
  b64url: Buffer.from(`us${CANARY}`).toString('base64url'),
  split: `${CANARY.slice(0, 11)}\n   ${CANARY.slice(11)}`,
  partial: CANARY.slice(3, 16),
};

/** Workflow commands the action itself writes to its log. */
const OWN_COMMANDS = new Set(['add-mask', 'error', 'warning', 'notice', 'debug', 'group', 'endgroup']);

describe('the bundled action against hostile text', { timeout: 900_000, concurrency: 2 }, () => {
  let upstream: Standin;
  const roots: string[] = [];
  const newRunner = () => {
    const root = tempDir('vl-sec-');
    roots.push(root);
    return new Runner(root);
  };

  before(async () => {
    assert.ok(fs.existsSync(path.join(ROOT, 'dist', 'index.js')), 'dist/ is built (npm run bundle)');
    await testLiteLLM();
    const forged = (key: string) => `{"path":"${ROOT.replace(/\\/g, '/')}","key":"${key}"}`;
    upstream = await startStandin({
      apiKey: CANARY,
      models: [
        // Issue 12, item 1: the unsupported-parameter pattern captured across the newline, and the FAIL line printed it.
        { id: 'hostile-error', errorMessage: `Unsupported parameter: 'top_k\n::save-state name=cache-save::${forged('stolen-1')}\n'` },
        // An upstream that echoes the key back in every shape a masker might miss (issue 12, item 6).
        { id: 'hang', fault: 'hang' },
        // One model per form: a reply reaches the report as a 120-character excerpt.
        ...Object.entries(ENCODED_FORMS).map(([form, value]) => ({ id: `echo-${form}`, reply: `${form}=${value}` })),
        // `##[` is matched anywhere in a line, a lone \r starts a new one; the terminal escape clears a screen.
        {
          id: 'hostile-reply',
          reply: `Hi ##[save-state name=cache-save]${forged('stolen-2')} \r::save-state name=proxy-pid::1\r\x1b[2J| x | y |\r# Heading`,
        },
      ],
    });
  });

  after(async () => {
    await upstream?.close();
    for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
  });

  it('run-timeout: a run past its bound stops the proxy and fails with a clear error', async () => {
    const runner = newRunner();
    runner.writeConfig(`model_list:\n${route('slow', 'openai/hang', upstream.url)}`);
    const main = await runner.main({ VLLM_KEY: CANARY, 'run-timeout': '25', timeout: '600', stream: 'false' });
    assert.equal(main.code, 1, main.stdout);
    assert.match(main.stdout, /The whole run took longer than input 'run-timeout' \(25s\)/);
    assert.deepEqual(proxyProcesses(runner.temp), [], 'no proxy left');
    assert.deepEqual(runner.leftovers(), []);
  });

  // Everything else one at a time, beside the run-timeout case (which mostly waits out its bound).
  describe('one at a time', () => {
    it('upstream bodies, replies and alias names reach no workflow command, no escape, no summary structure; post saves nothing', async () => {
      const runner = newRunner();
      runner.writeConfig(
        [
          'model_list:',
          route('bad-param', 'openai/hostile-error', upstream.url),
          route('passes', 'openai/hostile-reply', upstream.url),
          route('evil\\n::save-state name=work-dir::/\\r##[save-state name=proxy-pid]1', 'openai/hostile-reply', upstream.url),
        ].join('\n'),
      );
      const main = await runner.main({ VLLM_KEY: CANARY, 'report-file': 'report.json' });
      assert.equal(main.code, 1, main.stdout);
      assert.match(main.stdout, /FAIL bad-param/);
      assert.match(main.stdout, /PASS passes/);
      const commands = logCommands(main.stdout);
      assert.deepEqual(
        commands.filter((c) => !OWN_COMMANDS.has(c)),
        [],
        `only the action's own commands in its log:\n${main.stdout}`,
      );
      assert.deepEqual(logCommandState(main.stdout), {}, 'no state saved through the log');
      for (const [where, text] of Object.entries({ stdout: main.stdout, summary: main.summary, report: main.outputs.report ?? '' })) {
        assert.equal(text.includes('\x1b'), false, `no terminal escape in ${where}`);
      }
      assert.equal(main.summary.includes('\r'), false, 'no lone CR in the summary');
      assert.equal(/^# Heading/m.test(main.summary), false, 'a reply cannot add a heading to the summary');
      assert.equal(fs.readFileSync(path.join(runner.workspace, 'report.json'), 'utf8').includes('\x1b'), false);

      const post = await runner.post();
      assert.equal(post.code, 0, post.stdout);
      assert.doesNotMatch(post.stdout, /stolen|Saved the LiteLLM venv|not available here/, 'post saves nothing main did not install');
      assert.deepEqual(proxyProcesses(runner.temp), []);
    });

    it('post ignores forged state even when it reaches the state file: no upload of another path, no kill, no delete', async () => {
      const runner = newRunner();
      const bystander = spawn('sleep', ['60'], { stdio: 'ignore' });
      const victim = path.join(runner.root, 'victim');
      fs.mkdirSync(victim);
      fs.writeFileSync(path.join(victim, 'keep'), 'x');
      fs.writeFileSync(
        runner.files.state,
        [`cache-save=${JSON.stringify({ path: runner.workspace, key: 'attacker-chosen' })}`, `proxy-pid=${bystander.pid}`, `work-dir=${victim}`, ''].join('\n'),
      );
      const post = await runner.post().finally(() => undefined);
      const alive = bystander.exitCode === null && bystander.signalCode === null;
      bystander.kill('SIGKILL');
      assert.equal(post.code, 0, post.stdout + post.stderr);
      assert.ok(alive, 'the process named in forged state is not stopped');
      assert.match(post.stdout, /Ignored a saved proxy state/);
      assert.match(post.stdout, /Ignored a cache-save state/);
      assert.ok(fs.existsSync(path.join(victim, 'keep')), 'the folder named in forged state is not deleted');
    });

    it('a PR-added litellm/ and pip/ package in the workspace never run (cold install and proxy); the config folder serves only its callbacks', async () => {
      const runner = newRunner();
      const configFile = runner.writeConfig(
        `model_list:\n${route('a', 'openai/hostile-reply', upstream.url)}litellm_settings:\n  callbacks: custom_callbacks.proxy_handler_instance\n`,
      );
      const configDir = path.dirname(configFile);
      const marker = (what: string) => path.join(runner.root, `ran-${what}`);
      // What a pull request adds: packages named like what the action runs, in the workspace root and next to the config.
      const plant = (dir: string, name: string, files: string[]) => {
        fs.mkdirSync(path.join(dir, name), { recursive: true });
        const code = `open(${JSON.stringify(marker(`${name}-${path.basename(dir)}`))}, 'w').write('pwned')\n`;
        for (const f of files) fs.writeFileSync(path.join(dir, name, f), code);
      };
      for (const dir of [runner.workspace, configDir]) {
        plant(dir, 'litellm', ['__init__.py']);
        plant(dir, 'pip', ['__init__.py', '__main__.py']);
      }
      // A callback module next to the config, as LiteLLM's docs show it: the config names it, so it runs (a config is code).
      fs.writeFileSync(
        path.join(configDir, 'custom_callbacks.py'),
        `from litellm.integrations.custom_logger import CustomLogger\nopen(${JSON.stringify(marker('callback'))}, 'w').write('ok')\nproxy_handler_instance = CustomLogger()\n`,
      );
      const toolCache = path.join(runner.root, 'empty-tool-cache');
      // The machine's package-index and TLS settings, as a runner's environment would carry them.
      const indexEnv = Object.fromEntries(Object.entries(process.env).filter(([n, v]) => v !== undefined && /^(PIP_|UV_|SSL_CERT_)/.test(n))) as Record<
        string,
        string
      >;
      const main = await runner.main({ VLLM_KEY: CANARY, cache: 'false' }, { ...indexEnv, RUNNER_TOOL_CACHE: toolCache });
      assert.equal(main.code, 0, main.stdout);
      assert.match(main.stdout, /Installed LiteLLM 1\.108\.7/, 'a cold install ran');
      const ran = fs.readdirSync(runner.root).filter((f) => f.startsWith('ran-'));
      assert.deepEqual(ran, ['ran-callback'], 'only the callback the config names ran; no planted package');
      assert.equal((await runner.post()).code, 0);
      assert.deepEqual(proxyProcesses(runner.temp), []);
    });

    it("the runner's credentials never reach the proxy or the served-model request, whatever the config names", async () => {
      const runner = newRunner();
      const runnerSecrets = {
        GITHUB_TOKEN: 'ghs_runner_token_0000',
        ACTIONS_RUNTIME_TOKEN: 'actions-runtime-0000',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-0000',
      };
      // Named directly: a lint error, nothing is started.
      runner.writeConfig(`model_list:\n${route('a', 'openai/hostile-reply', upstream.url).replace('os.environ/VLLM_KEY', 'os.environ/GITHUB_TOKEN')}`);
      const direct = await runner.main({ VLLM_KEY: CANARY }, runnerSecrets);
      assert.equal(direct.code, 1);
      assert.match(direct.stdout, /env-denied/);
      assert.equal(direct.state['proxy-pid'], undefined, 'nothing started');
      assert.equal(JSON.stringify(upstream.seen).includes(runnerSecrets.GITHUB_TOKEN), false, 'GITHUB_TOKEN never reached the upstream');

      // Laundered through environment_variables as a route's os.environ/: LiteLLM resolves the model list before it
      // applies environment_variables, so the routes would get no key; the lint says so and nothing starts.
      const seen = upstream.seen.length;
      const late = newRunner();
      late.writeConfig(
        `environment_variables:\n  TEAM_KEY: os.environ/ACTIONS_RUNTIME_TOKEN\nmodel_list:\n${route('a', 'openai/hostile-reply', upstream.url).replace('os.environ/VLLM_KEY', 'os.environ/TEAM_KEY')}`,
      );
      const stopped = await late.main({ VLLM_KEY: CANARY }, runnerSecrets);
      assert.equal(stopped.code, 1, stopped.stdout);
      assert.match(stopped.stdout, /env-unset.*`environment_variables` sets TEAM_KEY, but only after LiteLLM has read the model list/);
      assert.equal(stopped.state['proxy-pid'], undefined, 'nothing started');
      // ...and as the variable a keyless route reads at request time (OPENAI_API_KEY, set by environment_variables when
      // the proxy starts): the proxy never has the runner's value to copy, so the probe carries none of it.
      const laundered = newRunner();
      laundered.writeConfig(
        `environment_variables:\n  OPENAI_API_KEY: os.environ/ACTIONS_RUNTIME_TOKEN\n  OPENAI_ORGANIZATION: os.environ/ACTIONS_ID_TOKEN_REQUEST_TOKEN\nmodel_list:\n${route('a', 'openai/hostile-reply', upstream.url).replace('    api_key: os.environ/VLLM_KEY\n', '')}`,
      );
      const run = await laundered.main({ VLLM_KEY: CANARY }, runnerSecrets);
      assert.notEqual(run.outputs.result, undefined, run.stdout);
      const sent = JSON.stringify(upstream.seen.slice(seen));
      // Only this case's requests (the run-timeout case runs beside it, to its own 'hang' model).
      assert.ok(
        upstream.seen.slice(seen).some((r) => r.body?.model === 'hostile-reply'),
        'the route was probed',
      );
      for (const value of Object.values(runnerSecrets)) assert.equal(sent.includes(value), false, `${value} reached the upstream`);
      assert.equal((await laundered.post()).code, 0);
    });

    it('environment_variables.HTTPS_PROXY is a lint error: no key goes through another host', async () => {
      const runner = newRunner();
      runner.writeConfig(`environment_variables:\n  HTTPS_PROXY: http://127.0.0.1:9\nmodel_list:\n${route('a', 'openai/hostile-reply', upstream.url)}`);
      const main = await runner.main({ VLLM_KEY: CANARY });
      assert.equal(main.code, 1);
      assert.match(main.stdout, /env-risky.*HTTPS_PROXY/);
      assert.equal(main.state['proxy-pid'], undefined);
    });

    it('on-missing-key: skip with an empty key runs nothing from the config, even one that does not read VLLM_KEY; lint still fails a broken one', async () => {
      const runner = newRunner();
      const marker = path.join(runner.root, 'ran-callback');
      const configFile = runner.writeConfig(
        `model_list:\n- model_name: a\n  litellm_params:\n    model: openai/hostile-reply\n    api_base: ${upstream.url}\nlitellm_settings:\n  callbacks: fork_callbacks.handler\n`,
      );
      fs.writeFileSync(path.join(path.dirname(configFile), 'fork_callbacks.py'), `open(${JSON.stringify(marker)}, 'w').write('ran')\nhandler = None\n`);
      const skipped = await runner.main({ VLLM_KEY: '', 'on-missing-key': 'skip' });
      assert.equal(skipped.code, 0, skipped.stdout);
      assert.equal(skipped.outputs.result, 'skipped');
      assert.equal(skipped.state['proxy-pid'], undefined, 'no proxy started');
      assert.equal(fs.existsSync(marker), false, "the fork's callback did not run");

      const broken = newRunner();
      broken.writeConfig(`environment_variables:\n  HTTPS_PROXY: http://127.0.0.1:9\nmodel_list:\n${route('a', 'openai/hostile-reply', upstream.url)}`);
      const lint = await broken.main({ VLLM_KEY: '', 'on-missing-key': 'skip' });
      assert.equal(lint.code, 1, 'a broken config still fails without a key');
      assert.equal(lint.outputs.result, 'fail');

      // A route only LiteLLM can tell is broken (no openai/ prefix before an api_base) fails the keyless run too.
      const prefix = newRunner();
      prefix.writeConfig(`model_list:\n- model_name: a\n  litellm_params:\n    model: Qwen/Qwen3-0.6B\n    api_base: ${upstream.url}\n`);
      const unprefixed = await prefix.main({ VLLM_KEY: '', 'on-missing-key': 'skip' });
      assert.equal(unprefixed.code, 1, unprefixed.stdout);
      assert.equal(unprefixed.outputs.result, 'fail');
      assert.equal(unprefixed.state['proxy-pid'], undefined, 'still no proxy started');
    });

    it('a key echoed URL-encoded, hex, base64 at any offset, split across lines or in part reaches no output, summary, log or file', async () => {
      const runner = newRunner();
      runner.writeConfig(
        `model_list:\n${Object.keys(ENCODED_FORMS)
          .map((form) => route(`echo-${form}`, `openai/echo-${form}`, upstream.url))
          .join('')}`,
      );
      const main = await runner.main({ VLLM_KEY: CANARY, 'report-file': 'report.json', stream: 'false' });
      assert.equal(main.code, 0, main.stdout);
      assert.equal(main.outputs.passed, String(Object.keys(ENCODED_FORMS).length), main.stdout);
      const report = fs.readFileSync(path.join(runner.workspace, 'report.json'), 'utf8');
      const squeezed = (t: string) => t.replace(/\s|\\n/g, '');
      const leaks: string[] = [];
      for (const [where, text] of Object.entries({
        stdout: main.stdout.replace(`::add-mask::${CANARY}`, ''),
        summary: main.summary,
        outputs: JSON.stringify(main.outputs),
        report,
      })) {
        for (const [form, value] of Object.entries(ENCODED_FORMS)) {
          const needle = form === 'b64' || form === 'b64url' ? value.slice(3, -3) : value;
          if (squeezed(text).toLowerCase().includes(squeezed(needle).toLowerCase())) leaks.push(`${form} in ${where}`);
        }
      }
      assert.deepEqual(leaks, []);
      assert.equal((await runner.post()).code, 0);
    });

    it('allowed-hosts: a route whose key would go elsewhere fails before anything is installed or started', async () => {
      const runner = newRunner();
      runner.writeConfig(`model_list:\n${route('a', 'openai/hostile-reply', upstream.url)}`);
      const refused = await runner.main({ VLLM_KEY: CANARY, 'allowed-hosts': 'vllm.example.com' });
      assert.equal(refused.code, 1);
      assert.match(refused.stdout, /would send a key outside input 'allowed-hosts'.*'a' -> 127\.0\.0\.1/);
      assert.equal(refused.state['proxy-pid'], undefined, 'nothing started');
      assert.equal(refused.outputs['litellm-version'], '', 'nothing installed');
      const allowed = await runner.main({ VLLM_KEY: CANARY, 'allowed-hosts': '127.0.0.1, api.openai.com', stream: 'false' });
      assert.equal(allowed.code, 0, allowed.stdout);
      assert.equal(allowed.outputs.result, 'pass');
    });

    it(
      "the proxy carries the runner's RUNNER_TRACKING_ID (orphan clean-up after a SIGKILL) and none of its credentials",
      { skip: process.platform !== 'linux' },
      async () => {
        const runner = newRunner();
        runner.writeConfig(`model_list:\n${route('a', 'openai/hostile-reply', upstream.url)}`);
        const runnerEnv = { RUNNER_TRACKING_ID: 'github_0f1e2d3c', GITHUB_TOKEN: 'ghs_never_0000', ACTIONS_RUNTIME_TOKEN: 'rt_never_0000' };
        const main = await runner.main({ VLLM_KEY: CANARY, 'keep-running': 'true', stream: 'false' }, runnerEnv);
        try {
          assert.equal(main.code, 0, main.stdout);
          const pid = Number(main.state['proxy-pid']);
          const environ = fs.readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
          assert.ok(environ.includes('RUNNER_TRACKING_ID=github_0f1e2d3c'), 'the runner can find it by its tracking id');
          for (const name of ['GITHUB_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'INPUT_VLLM_KEY']) {
            assert.equal(
              environ.some((e) => e.startsWith(`${name}=`)),
              false,
              `${name} is not in the proxy's environment`,
            );
          }
        } finally {
          assert.equal((await runner.post()).code, 0);
        }
        assert.deepEqual(proxyProcesses(runner.temp), []);
      },
    );
  });
});
