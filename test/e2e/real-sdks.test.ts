// Real clients are the judge. The bundled action verifies a route and keeps its proxy running (keep-running);
// then the real OpenAI and Anthropic Python SDKs (test/sdk-requirements.txt, hash-pinned) make an agent's first
// tool turn through that proxy, and the post step stops it. The action passes exactly when every SDK call gets
// a structured tool call back; where the SDKs fail, the action fails with the diagnosis that names their failure.
// Only the model server is a stand-in (src/standin/, each rule cited to vLLM's source); LiteLLM and the SDKs are real.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { DiagnosisCode } from '../../src/diagnose/diagnose.ts';
import { proxyEnvironment } from '../../src/litellm/environment.ts';
import { newMasterKey, startProxy } from '../../src/litellm/proxy.ts';
import type { Report } from '../../src/report/report.ts';
import { startStandin, type Standin, type StandinModel } from '../../src/standin/server.ts';
import { proxyProcesses, route, tempDir, testLiteLLM } from '../helpers/litellm.ts';
import { documentedReport } from '../helpers/readme.ts';
import { assertNoSecret, Runner, type StepRun } from '../helpers/runner.ts';
import { runSdks, sdkPython, type SdkCall, type SdkName, type SdkOutcome } from '../helpers/sdks.ts';

const KEY = 'vk-sdk-judge-2718281828';
const SERVED = 'Qwen/Qwen3-0.6B';
const ALIAS = 'agent';

interface Case {
  name: string;
  /** How the vLLM-like upstream was started. */
  upstream: Omit<StandinModel, 'id'>;
  /** The LiteLLM provider prefix of the route. */
  prefix: 'openai' | 'hosted_vllm';
  /** Which SDK calls get a structured tool call back (reality, as the SDKs report it). */
  sdkToolCall: Record<SdkName, boolean>;
  /**
   * What reached the upstream of the Anthropic SDK's /v1/messages call (the only SDK call with a token limit):
   * the endpoint LiteLLM 1.108.7 bridged it to for this prefix, and the limit it carried.
   */
  messagesUpstream: { path: '/v1/responses' | '/v1/chat/completions'; maxTokens: number };
  /** Config lines under the route (after api_base) and after model_list. */
  routeExtra?: string;
  settings?: string;
}

const CASES: Case[] = [
  {
    name: 'a healthy vLLM with a tool parser',
    upstream: {},
    prefix: 'openai',
    sdkToolCall: { 'openai.chat': true, 'openai.responses': true, 'anthropic.messages': true },
    messagesUpstream: { path: '/v1/responses', maxTokens: 32000 },
  },
  {
    // openai/: chat reaches vLLM's chat endpoint (the "auto" refusal); LiteLLM 1.108.7 sends /v1/responses and
    // Anthropic /v1/messages on to vLLM's /v1/responses, which does not refuse but returns the call as text.
    name: 'a vLLM without a tool parser',
    upstream: { tools: 'no-parser' },
    prefix: 'openai',
    sdkToolCall: { 'openai.chat': false, 'openai.responses': false, 'anthropic.messages': false },
    messagesUpstream: { path: '/v1/responses', maxTokens: 32000 },
  },
  {
    // hosted_vllm/: LiteLLM 1.108.7 bridges Anthropic /v1/messages to the upstream's /v1/chat/completions, where
    // vLLM refuses max_tokens past --max-model-len. On an openai/ route the same call is bridged to /v1/responses,
    // where vLLM clamps max_output_tokens instead of refusing (the next case), so the failure is not reachable there.
    name: 'a vLLM with an 8k context (--max-model-len 8192), hosted_vllm/ route',
    upstream: { maxModelLen: 8192 },
    prefix: 'hosted_vllm',
    sdkToolCall: { 'openai.chat': true, 'openai.responses': true, 'anthropic.messages': false },
    messagesUpstream: { path: '/v1/chat/completions', maxTokens: 32000 },
  },
  {
    name: 'a vLLM with an 8k context (--max-model-len 8192), openai/ route',
    upstream: { maxModelLen: 8192 },
    prefix: 'openai',
    sdkToolCall: { 'openai.chat': true, 'openai.responses': true, 'anthropic.messages': true },
    messagesUpstream: { path: '/v1/responses', maxTokens: 32000 },
  },
  {
    // The fix the context diagnosis names, applied: LiteLLM 1.108.7 lowers max_tokens to model_info.max_output_tokens
    // only with litellm_settings.modify_params: true; then the real Anthropic SDK's call fits the window.
    name: 'a vLLM with an 8k context, hosted_vllm/ route, the config capping max tokens',
    upstream: { maxModelLen: 8192 },
    prefix: 'hosted_vllm',
    routeExtra: '  model_info:\n    max_output_tokens: 4096\n',
    settings: 'litellm_settings:\n  modify_params: true\n',
    sdkToolCall: { 'openai.chat': true, 'openai.responses': true, 'anthropic.messages': true },
    messagesUpstream: { path: '/v1/chat/completions', maxTokens: 4096 },
  },
];

/** The diagnosis an SDK failure calls for, read from what the SDK itself saw. */
function diagnosisFor(call: SdkCall): DiagnosisCode {
  if (call.ok) return 'tools-unsupported'; // an answer, but text instead of a structured call
  if (/"auto" tool choice requires --enable-auto-tool-choice/.test(call.message ?? '')) return 'tools-unsupported';
  if (/maximum context length is \d+ tokens/.test(call.message ?? '')) return 'context-window';
  assert.fail(`an SDK failure this test does not know how to name: ${JSON.stringify(call)}`);
}

/** Every failed probe of the alias (first probe, surfaces, clients), with its diagnosis. */
function actionFailures(report: Report): Array<{ where: string; code: DiagnosisCode | undefined; fix: string }> {
  const alias = report.aliases[0]!;
  const failures = [];
  if (alias.diagnosis) failures.push({ where: `alias (${alias.endpoint})`, code: alias.diagnosis.code, fix: alias.diagnosis.fix });
  for (const s of alias.surfaces) if (s.status === 'fail') failures.push({ where: s.api, code: s.diagnosis?.code, fix: s.diagnosis?.fix ?? '' });
  for (const c of alias.clients)
    if (c.status === 'fail') failures.push({ where: `${c.client} ${c.step}`, code: c.diagnosis?.code, fix: c.diagnosis?.fix ?? '' });
  return failures;
}

describe('real SDKs judge the action: a kept proxy, an agent’s first tool turn, post stops it', { timeout: 1_200_000 }, () => {
  const upstreams: Standin[] = [];
  const roots: string[] = [];

  before(async () => {
    assert.ok(fs.existsSync(new URL('../../dist/index.js', import.meta.url)), 'dist/ is built (npm run bundle)');
    await Promise.all([testLiteLLM(), sdkPython()]);
  });
  after(async () => {
    for (const u of upstreams) await u.close();
    for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
  });

  for (const c of CASES) {
    it(c.name, async (t) => {
      const upstream = await startStandin({ apiKey: KEY, models: [{ id: SERVED, ...c.upstream }] });
      upstreams.push(upstream);
      const root = tempDir('vl-sdks-');
      roots.push(root);
      const runner = new Runner(root);
      const configFile = runner.writeConfig(`model_list:\n${route(ALIAS, `${c.prefix}/${SERVED}`, upstream.url, c.routeExtra)}${c.settings ?? ''}`);
      const main = await runner.main({
        VLLM_KEY: KEY,
        'keep-running': 'true',
        tools: 'true',
        api: 'chat,messages,responses',
        // The profiles of the clients these SDK calls stand for: OpenAI agents (chat), Codex (responses), Claude Code (messages).
        client: 'openai,codex,claude-code',
      });
      const before = upstream.seen.length;
      let sdks: SdkOutcome | undefined;
      let postOut = '';
      assertNoSecret(main, runner, KEY); // the client profiles' bodies and errors pass the same masked sinks
      try {
        if (main.outputs.result === 'pass') {
          assert.equal(proxyProcesses(runner.temp).length, 1, 'the verified proxy outlives main');
          sdks = await runSdks(main.outputs['base-url'] ?? '', main.outputs['api-key'] ?? '', ALIAS);
        } else {
          // action.yml, keep-running: "Not kept when a route failed." The SDKs then go through the same config on
          // the same LiteLLM, started here the way the engine starts it. (Either way a wrong verdict shows: a false
          // PASS hands the SDKs the kept proxy, a false FAIL hands them this one.)
          assert.equal(main.outputs['base-url'] ?? '', '', 'a failed route leaves no base-url');
          assert.deepEqual(proxyProcesses(runner.temp), [], 'main stopped the proxy of a failed route');
          sdks = await throughSameConfig(configFile, path.join(root, 'sdk-proxy'));
        }
      } finally {
        const post = await runner.post();
        postOut = post.stdout + post.stderr;
        assert.equal(post.code, 0, postOut);
      }
      assert.deepEqual(proxyProcesses(runner.temp), [], `post stopped the kept proxy: ${postOut}`);
      assert.deepEqual(proxyProcesses(path.join(root, 'sdk-proxy')), [], 'the test stopped its own proxy');
      if (main.outputs['base-url']) {
        await assert.rejects(fetch(`${main.outputs['base-url']}/v1/models`, { signal: AbortSignal.timeout(5_000) }), 'nothing answers at base-url after post');
      }
      judge(c, main, sdks);
      // What reached the upstream after main: of the SDK calls only Anthropic's carries a token limit.
      const limited = upstream.seen
        .slice(before)
        .map((r) => ({ path: r.path, maxTokens: r.body?.max_tokens ?? r.body?.max_output_tokens ?? r.body?.max_completion_tokens }))
        .filter((r) => r.maxTokens !== undefined);
      assert.deepEqual(limited, [c.messagesUpstream], 'LiteLLM bridged /v1/messages as the comment on this case says');
      t.diagnostic(verdicts(main, sdks));
    });
  }

  /** The SDKs through a proxy on the same config and LiteLLM, started as the engine starts one; stopped after. */
  async function throughSameConfig(configFile: string, dir: string): Promise<SdkOutcome> {
    fs.mkdirSync(dir, { recursive: true });
    const masterKey = newMasterKey();
    const proxy = await startProxy({
      python: (await testLiteLLM()).python,
      configFile,
      env: proxyEnvironment({ source: { PATH: process.env.PATH, HOME: process.env.HOME }, referenced: ['VLLM_KEY'], provided: { VLLM_KEY: KEY }, masterKey }),
      masterKey,
      logFile: path.join(dir, 'proxy.log'),
      cwd: fs.mkdtempSync(path.join(dir, 'cwd-')),
      readyTimeoutMs: 120_000,
    });
    try {
      return await runSdks(proxy.baseUrl, masterKey, ALIAS);
    } finally {
      await proxy.stop();
    }
  }

  /** One line for the log: each SDK call's outcome and the action's verdict with its diagnoses. */
  function verdicts(main: StepRun, sdks: SdkOutcome): string {
    const report = JSON.parse(main.outputs.report ?? '{}') as Report;
    const sdk = (['openai.chat', 'openai.responses', 'anthropic.messages'] as const).map((name) => {
      const call = sdks[name];
      return `${name}: ${call.ok ? (call.toolCall ? 'tool call' : `text "${call.reply?.slice(0, 40)}"`) : `${call.errorClass} ${call.status}`}`;
    });
    const failures = actionFailures(report).map((f) => `${f.where}=${f.code}`);
    return `SDKs ${sdks.versions.openai}/${sdks.versions.anthropic}: ${sdk.join('; ')} | action: ${main.outputs.result}${failures.length ? ` (${failures.join(', ')})` : ''}`;
  }

  function judge(c: Case, main: StepRun, sdks: SdkOutcome): void {
    const report = JSON.parse(main.outputs.report ?? '{}') as Report;
    const calls = Object.entries(sdks).filter(([name]) => name !== 'versions') as Array<[SdkName, SdkCall]>;
    const seen = JSON.stringify({ sdks, action: actionFailures(report) }, null, 1);
    // Reality first: what the SDKs got (a test double that drifted from vLLM would show here).
    assert.deepEqual(Object.fromEntries(calls.map(([name, call]) => [name, call.ok && call.toolCall])), c.sdkToolCall, seen);
    // The verdicts agree.
    const sdksPass = calls.every(([, call]) => call.ok && call.toolCall);
    assert.equal(main.outputs.result, sdksPass ? 'pass' : 'fail', seen);
    assert.equal(main.code, sdksPass ? 0 : 1, seen);
    // And where they fail, they fail for the same reason: the action's diagnoses are exactly those the SDK failures call for.
    const expected = [...new Set(calls.filter(([, call]) => !(call.ok && call.toolCall)).map(([, call]) => diagnosisFor(call)))].sort();
    const failures = actionFailures(report);
    assert.deepEqual([...new Set(failures.map((f) => f.code))].sort(), expected, seen);
    for (const f of failures) {
      if (f.code === 'tools-unsupported') assert.match(f.fix, /--enable-auto-tool-choice --tool-call-parser/, f.where);
      if (f.code === 'context-window') assert.match(f.fix, /--max-model-len[\s\S]*max_output_tokens|max_output_tokens[\s\S]*--max-model-len/, f.where);
    }
    // The report carries the client rows the README documents.
    const documented = documentedReport();
    assert.deepEqual(Object.keys(report.aliases[0]!.clients[0]!).sort(), Object.keys(documented.aliases[0].clients[0]).sort());
    assert.deepEqual(
      report.aliases[0]!.clients.map((r) => r.client),
      ['openai', 'codex', 'claude-code'],
    );
  }
});
