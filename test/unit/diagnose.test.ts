// Every diagnosis, driven by what the real LiteLLM proxy answered (test/fixtures/proxy-errors/). The captured
// bodies are replayed byte for byte by a local server, so each one goes through the same probe code
// (http.ts, chat.ts, stream.ts) as in a real run before it reaches diagnose().
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseConfig } from '../../src/config/load.ts';
import type { LiteLLMConfig } from '../../src/config/types.ts';
import {
  connectedYetBroken,
  connectionCauseIn,
  diagnose as realDiagnose,
  messageCore,
  possibleConnectionCauses,
  unreachableBecause,
  type DiagnoseContext,
  type Diagnosis,
  type DiagnosisCode,
} from '../../src/diagnose/diagnose.ts';
import { probeAlias, type AliasProbeOptions } from '../../src/engine/probe-alias.ts';
import { interpretChat, probeChat } from '../../src/probe/chat.ts';
import { transportOutcome } from '../../src/probe/send.ts';
import { HttpFailure, withUpstreamRetryAfter } from '../../src/probe/http.ts';
import type { ProbeOutcome, ProbeTarget } from '../../src/probe/outcome.ts';
import { probeStream } from '../../src/probe/stream.ts';
import { ROOT, runEngine, tempDir, writeConfig } from '../helpers/litellm.ts';
import { setting } from '../../src/options/settings.ts';

interface Captured {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  text?: string;
  apiBase?: string;
  model?: string;
}
interface FixtureFile {
  litellmVersion: string;
  responses: Record<string, Captured>;
  logCauses?: Record<string, string | null>;
  upstreamKey?: string;
}

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'proxy-errors');
const readFixture = (name: string) => JSON.parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8')) as FixtureFile;
const main = readFixture('litellm-1.108.7.json');
const faults = readFixture('litellm-1.108.7-faults.json');
const UPSTREAM = 'http://127.0.0.1:8000/v1';

/** Bodies no LiteLLM run produced, each for a case the proxy cannot be made to show here (named as such). */
const synthesized: Record<string, Captured> = {
  // The proxy URL itself points at a web page (existing-proxy mode): 200 with HTML.
  'html-200': { status: 200, headers: { 'content-type': 'text/html' }, text: '<html><body>Welcome to nginx!</body></html>' },
  // A stream cut before [DONE]: one content delta, then the connection ends.
  'cut-stream': { status: 200, headers: { 'content-type': 'text/event-stream' }, text: 'data: {"choices":[{"index":0,"delta":{"content":"Hel"}}]}\n\n' },
  // What LiteLLM 1.108.7's proxy streamed (captured verbatim) for an upstream whose content filter withheld the
  // answer (src/standin/hostile.ts, `content-filter`, as Azure OpenAI does).
  'filtered-stream': {
    status: 200,
    headers: { 'content-type': 'text/event-stream' },
    text:
      'data: {"id":"chatcmpl-filtered","object":"chat.completion.chunk","created":1795831647,"model":"filtered","choices":[{"index":0,"delta":{"role":"assistant","content":""}}]}\n\n' +
      'data: {"id":"chatcmpl-filtered","object":"chat.completion.chunk","created":1795831647,"model":"filtered","choices":[{"index":0,"delta":{},"finish_reason":"content_filter"}]}\n\n' +
      'data: [DONE]\n\n',
  },
  // OpenAI's wording for o-series models refusing max_tokens, in the envelope LiteLLM gave the captured 'new-gpt' answer.
  'upstream-rejects-max-tokens': {
    status: 400,
    body: {
      error: {
        message:
          "litellm.BadRequestError: OpenAIException - Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.\n\nLiteLLM: model group 'o-model' failed with the error above. No fallback was attempted.",
        type: 'invalid_request_error',
        param: 'max_tokens',
        code: '400',
      },
    },
  },
  // The proxy's own retry-after next to the upstream's forwarded one.
  'rl-both-headers': {
    status: 429,
    headers: { 'content-type': 'application/json', 'retry-after': '2', 'llm_provider-retry-after': '7' },
    body: faults.responses.rl?.body,
  },
  // The same slow reply the captured 'ok-qwen-reasoning' is, sent after a delay (see SLOW_MS).
  slow: main.responses['ok-qwen-reasoning']!,
};
const SLOW_MS = 400;

// One replayable answer per alias; `<alias>:stream` for the answer to stream: true.
const replies = new Map<string, Captured>();
for (const [name, c] of [...Object.entries(main.responses), ...Object.entries(faults.responses), ...Object.entries(synthesized)]) {
  assert.ok(!replies.has(name), `fixture name ${name} is unique`);
  replies.set(name, c);
}
// 'se-stream' was captured with stream: true; without it the same upstream answers like any healthy one.
replies.set('se-stream:stream', faults.responses['se-stream']!);
replies.set('se-stream', main.responses['ok-qwen-reasoning']!);
replies.set('cut-stream:stream', synthesized['cut-stream']!);
replies.set('cut-stream', main.responses['ok-qwen-reasoning']!);
replies.set('filtered-stream:stream', synthesized['filtered-stream']!);
replies.set('filtered-stream', main.responses['ok-qwen-reasoning']!);

/** The deployments the fixtures were captured with (the faults file records its own api_base and model). */
function deploymentYaml(alias: string, model: string, apiBase: string | null, extra = '', key: string | null = 'os.environ/VLLM_KEY'): string {
  return `- model_name: "${alias}"\n  litellm_params:\n    model: ${model}\n${key ? `    api_key: ${key}\n` : ''}${apiBase ? `    api_base: ${apiBase}\n` : ''}${extra}`;
}
const yaml = [
  'model_list:',
  deploymentYaml('litellm-rejects-temperature-gpt5', 'openai/gpt-5', UPSTREAM),
  deploymentYaml('upstream-rejects-temperature', 'openai/gpt-4o', UPSTREAM),
  deploymentYaml('upstream-rejects-temperature-despite-drop-params', 'openai/gpt-4o', UPSTREAM, '    drop_params: true\n'),
  deploymentYaml('auth-wrong-key', 'openai/Qwen/Qwen3-0.6B', UPSTREAM, '', 'os.environ/OTHER_KEY'),
  deploymentYaml('auth-unset-env-key', 'openai/Qwen/Qwen3-0.6B', UPSTREAM, '', 'os.environ/UNSET_KEY'),
  deploymentYaml('upstream-model-not-found', 'openai/Qwen/Qwen9', UPSTREAM),
  deploymentYaml('connection-refused', 'openai/Qwen/Qwen3-0.6B', 'http://127.0.0.1:9/v1'),
  // The same "Connection error." body, here with a Docker Compose service name as the host.
  deploymentYaml('dns-failure', 'openai/Qwen/Qwen3-0.6B', 'http://vllm:8000/v1'),
  deploymentYaml('no-provider-prefix', 'Qwen/Qwen3-0.6B', UPSTREAM),
  deploymentYaml('rate-limit-429', 'openai/rl', UPSTREAM),
  deploymentYaml('upstream-500', 'openai/se', UPSTREAM),
  deploymentYaml('upstream-not-json', 'openai/nj', UPSTREAM),
  deploymentYaml('ok-empty-content', 'openai/em', UPSTREAM),
  deploymentYaml('upstream-echoes-key', 'openai/ek', UPSTREAM),
  deploymentYaml('upstream-timeout', 'openai/hang', UPSTREAM, '    timeout: 3\n'),
  deploymentYaml('unknown-alias', 'openai/Qwen/Qwen3-0.6B', UPSTREAM),
  ...Object.entries(faults.responses).map(([alias, c]) =>
    deploymentYaml(alias, c.model!, c.apiBase!, alias === 'hang' ? '    timeout: 3\n' : '', alias === 'keyless' ? null : 'os.environ/VLLM_KEY'),
  ),
  deploymentYaml('html-200', 'openai/Qwen/Qwen3-0.6B', UPSTREAM),
  deploymentYaml('cut-stream', 'openai/Qwen/Qwen3-0.6B', UPSTREAM),
  deploymentYaml('filtered-stream', 'openai/Qwen/Qwen3-0.6B', UPSTREAM),
  deploymentYaml('upstream-rejects-max-tokens', 'openai/o-model', UPSTREAM),
  deploymentYaml('rl-both-headers', 'openai/rl', UPSTREAM),
  deploymentYaml('slow', 'openai/Qwen/Qwen3-0.6B', UPSTREAM),
  deploymentYaml('provider-default', 'openai/gpt-4o', null),
  deploymentYaml('https-host', 'openai/Qwen/Qwen3-0.6B', 'https://models.internal.example.com/v1'),
].join('\n');
const config: LiteLLMConfig = parseConfig(yaml, '/work/config.yaml', 'config.yaml');

function ctx(alias: string, overrides: Partial<DiagnoseContext> = {}): DiagnoseContext {
  const deployment = config.deployments.find((d) => d.alias === alias);
  assert.ok(deployment, `deployment ${alias} in the test config`);
  return { config, deployment, temperature: 0.7, timeoutMs: 30_000, ...overrides };
}
const lineOf = (alias: string, param: string) => {
  const d = ctx(alias).deployment;
  return (d.paramPositions[param] ?? d.position).line;
};

/** Every code a test here produced; the last test checks none is left untested. */
const seen = new Set<DiagnosisCode>();
const diagnose = (o: ProbeOutcome, c: DiagnoseContext): Diagnosis => {
  const d = realDiagnose(o, c);
  seen.add(d.code);
  return d;
};

describe('diagnose', () => {
  let server: http.Server;
  let target: ProbeTarget;

  before(async () => {
    server = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      req.on('end', () => {
        const body = JSON.parse(raw || '{}') as { model?: string; stream?: boolean };
        const alias = String(body.model);
        const captured = (body.stream ? replies.get(`${alias}:stream`) : undefined) ?? replies.get(alias);
        if (!captured) {
          res.writeHead(500).end(`no fixture for ${alias}`);
          return;
        }
        const send = () => {
          const text = captured.text ?? JSON.stringify(captured.body);
          res.writeHead(captured.status, { 'content-type': 'application/json', ...captured.headers, 'content-length': Buffer.byteLength(text) });
          res.end(text);
        };
        if (alias === 'slow') setTimeout(send, SLOW_MS);
        else send();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    target = { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, masterKey: 'sk-replay', timeoutMs: 10_000, maxBytes: 1 << 20 };
  });
  after(() => server.close());

  const probe = (alias: string, opts: { stream?: boolean; temperature?: number | null } = {}) => {
    const request = { alias, prompt: 'Say hello.', temperature: opts.temperature === undefined ? 0.7 : opts.temperature, maxTokens: 64 };
    return opts.stream ? probeStream(target, request) : probeChat(target, request);
  };
  /** Replays the captured answer for `alias` through the probe and diagnoses what came back. */
  const replay = async (alias: string, opts: { stream?: boolean; context?: Partial<DiagnoseContext> } = {}) => {
    const outcome = await probe(alias, opts);
    assert.equal(outcome.ok, false, `${alias} fails`);
    return { outcome, diagnosis: diagnose(outcome, ctx(alias, opts.context)) };
  };

  it('replays fixtures captured from LiteLLM 1.108.7', () => {
    assert.equal(main.litellmVersion, '1.108.7');
    assert.equal(faults.litellmVersion, '1.108.7');
  });

  describe('temperature', () => {
    it('LiteLLM UnsupportedParamsError for a gpt-5 name: temperature-rejected-by-litellm, fix drop_params', async () => {
      const { outcome, diagnosis } = await replay('litellm-rejects-temperature-gpt5');
      assert.equal(outcome.status, 400);
      assert.equal(diagnosis.code, 'temperature-rejected-by-litellm');
      assert.match(diagnosis.summary, /temperature=0\.7/);
      assert.match(diagnosis.summary, /openai\/gpt-5/);
      assert.match(diagnosis.fix, /drop_params: true/);
      assert.match(diagnosis.fix, new RegExp(`config\\.yaml:${ctx('litellm-rejects-temperature-gpt5').deployment.position.line}\\b`));
    });

    it("the upstream's 400 (OpenAI's wording, relayed by LiteLLM): temperature-rejected-by-upstream, fix additional_drop_params", async () => {
      const { diagnosis } = await replay('upstream-rejects-temperature');
      assert.equal(diagnosis.code, 'temperature-rejected-by-upstream');
      assert.match(diagnosis.summary, /rejects temperature=0\.7/);
      assert.match(diagnosis.fix, /additional_drop_params: \["temperature"\]/);
      assert.doesNotMatch(diagnosis.fix, /drop_params is on/);
    });

    it('says drop_params is not enough when it is already on', async () => {
      const { diagnosis } = await replay('upstream-rejects-temperature-despite-drop-params');
      assert.equal(diagnosis.code, 'temperature-rejected-by-upstream');
      assert.match(diagnosis.fix, /drop_params is on but LiteLLM still forwards temperature/);
    });

    it('drop_params read as LiteLLM reads it: litellm_settings or the deployment, each normalized (a list is off, "on" is on)', async () => {
      // utils.py get_optional_params (1.108.7): `litellm.drop_params is True or drop_params is True`, the deployment's value
      // through normalize_drop_params (pydantic's bool: a list is no flag); a false in the deployment does not undo the global.
      const base = ctx('upstream-rejects-temperature');
      const as = async (value: unknown, global?: unknown) => {
        const deployment = { ...base.deployment, params: { ...base.deployment.params, drop_params: value } };
        const settings = global === undefined ? config.litellmSettings : { ...config.litellmSettings, drop_params: global };
        const { diagnosis } = await replay('upstream-rejects-temperature', { context: { deployment, config: { ...config, litellmSettings: settings } } });
        return /drop_params is on/.test(diagnosis.fix);
      };
      assert.equal(await as(false, true), true);
      assert.equal(await as(['temperature']), false);
      assert.equal(await as('on'), true);
      assert.equal(await as('false', 'yes'), true);
    });

    it("OpenAI's newer wording (\"Unsupported parameter: 'temperature'\", code null) is the same diagnosis", async () => {
      const { outcome, diagnosis } = await replay('new-gpt');
      assert.equal(outcome.error?.param, 'temperature');
      assert.equal(diagnosis.code, 'temperature-rejected-by-upstream');
    });
  });

  describe('another unsupported parameter, named', () => {
    it("LiteLLM's UnsupportedParamsError for top_p on gpt-5 names top_p", async () => {
      const { diagnosis } = await replay('gpt5-top-p');
      assert.equal(diagnosis.code, 'unsupported-param');
      assert.match(diagnosis.summary, /LiteLLM rejects the request parameter `top_p` for `openai\/gpt-5`/);
      assert.match(diagnosis.fix, /drop_params: true/);
      assert.match(diagnosis.fix, /additional_drop_params: \["top_p"\]/);
    });

    it("an upstream's \"Unsupported parameter: 'max_tokens'\" names max_tokens, not temperature", async () => {
      const { diagnosis } = await replay('upstream-rejects-max-tokens');
      assert.equal(diagnosis.code, 'unsupported-param');
      assert.match(diagnosis.summary, /upstream .* rejects the request parameter `max_tokens`/);
      assert.match(diagnosis.fix, /additional_drop_params: \["max_tokens"\]/);
    });

    it('OpenAI\'s "Unrecognized request argument supplied" names the argument', () => {
      const message =
        "litellm.BadRequestError: OpenAIException - Unrecognized request argument supplied: frequency_penalty\n\nLiteLLM: model group 'picky' failed with the error above. No fallback was attempted.";
      const d = diagnose(
        { endpoint: 'chat', ok: false, status: 400, latencyMs: 1, error: { message, type: 'invalid_request_error', param: null, code: '400' } },
        ctx('upstream-rejects-max-tokens'),
      );
      assert.equal(d.code, 'unsupported-param');
      assert.match(d.fix, /additional_drop_params: \["frequency_penalty"\]/);
    });

    it('lists every parameter LiteLLM names', () => {
      const message =
        "litellm.UnsupportedParamsError: openai does not support parameters: ['top_p', 'logprobs'], for model=gpt-5. To drop these, set `litellm.drop_params=True`";
      const d = diagnose(
        { endpoint: 'chat', ok: false, status: 400, latencyMs: 1, error: { message, type: 'invalid_request_error', param: null, code: '400' } },
        ctx('gpt5-top-p'),
      );
      assert.equal(d.code, 'unsupported-param');
      assert.match(d.fix, /additional_drop_params: \["top_p", "logprobs"\]/);
    });
  });

  describe('auth', () => {
    it('401 from the upstream: names the variable holding the key', async () => {
      const { outcome, diagnosis } = await replay('auth-wrong-key');
      assert.equal(outcome.status, 401);
      assert.equal(diagnosis.code, 'auth');
      assert.match(diagnosis.summary, /refused the key .* \(HTTP 401\)/);
      assert.match(diagnosis.fix, /OTHER_KEY/);
    });

    it('401 with an unset os.environ/ variable', async () => {
      const { diagnosis } = await replay('auth-unset-env-key');
      assert.equal(diagnosis.code, 'auth');
      assert.match(diagnosis.fix, /UNSET_KEY/);
    });

    it('403 from the upstream', async () => {
      const { outcome, diagnosis } = await replay('forbidden');
      assert.equal(outcome.status, 403);
      assert.equal(diagnosis.code, 'auth');
      assert.match(diagnosis.summary, /HTTP 403/);
    });

    it('LiteLLM\'s 500 "Missing credentials" for a deployment with no api_key: says to set one', async () => {
      const { outcome, diagnosis } = await replay('keyless');
      assert.equal(outcome.status, 500);
      assert.equal(diagnosis.code, 'auth');
      assert.match(diagnosis.summary, /no API key .* sets no api_key/);
      assert.match(diagnosis.fix, /Set api_key for 'keyless'/);
    });

    it('the proxy refusing its own caller\'s key ("No connected db.") is not blamed on the upstream', async () => {
      const { outcome, diagnosis } = await replay('wrong-proxy-key');
      assert.equal(outcome.status, 400);
      assert.equal(diagnosis.code, 'auth');
      assert.match(diagnosis.summary, /the proxy refused the key verify-litellm called it with/);
      assert.match(diagnosis.fix, /master key/);
    });
  });

  describe('routing', () => {
    it('unknown alias at the proxy', async () => {
      const { diagnosis } = await replay('unknown-alias');
      assert.equal(diagnosis.code, 'unknown-alias');
      assert.match(diagnosis.fix, /model_name/);
    });

    it('no provider prefix: no-deployment, fix names openai/', async () => {
      const { diagnosis } = await replay('no-provider-prefix');
      assert.equal(diagnosis.code, 'no-deployment');
      assert.match(diagnosis.fix, /openai\/Qwen\/Qwen3-0\.6B/);
    });

    it("vLLM's 404 for a model it does not serve: upstream-model-not-found", async () => {
      const { outcome, diagnosis } = await replay('upstream-model-not-found');
      assert.equal(outcome.status, 404);
      assert.equal(diagnosis.code, 'upstream-model-not-found');
      assert.match(diagnosis.summary, /does not serve `Qwen\/Qwen9`/);
      assert.match(diagnosis.fix, /--served-model-name/);
    });

    it("an auto_router alias's failure is the alias it routed to, not a model id of its own (Fast-Editor/Lynkr)", () => {
      // The message LiteLLM 1.108.7's proxy answered for `smart-router` (auto_router/complexity_router) when the tier it
      // picked (ollama_chat/) got a 404; the full run is in test/integration/real-config-findings.test.ts.
      const router = parseConfig(
        'model_list:\n  - model_name: smart-router\n    litellm_params:\n      model: auto_router/complexity_router\n',
        '/work/router.yaml',
        'router.yaml',
      );
      const deployment = router.deployments[0]!;
      deployment.litellm = { provider: 'auto_router' } as NonNullable<typeof deployment.litellm>;
      const message = `litellm.NotFoundError: Ollama_chatException - {"detail":"Not Found"}\n\nLiteLLM: model group 'smart-router' failed with the error above. No fallback was attempted.`;
      const d = diagnose(
        { endpoint: 'chat', ok: false, status: 404, latencyMs: 5, error: { message, type: null, param: null, code: '404' } },
        { config: router, deployment, temperature: 0.7, timeoutMs: 30_000 },
      );
      assert.equal(d.code, 'routed-alias-failed');
      assert.match(d.summary, /'smart-router' is a LiteLLM auto router: .* that one failed: \{"detail":"Not Found"\}/);
      assert.doesNotMatch(d.summary, /complexity_router/);
      assert.match(d.fix, /have rows of their own/);
    });

    it('a bare 404 (api_base without /v1) points at the path first', async () => {
      const { outcome, diagnosis } = await replay('no-v1');
      assert.equal(outcome.status, 404);
      assert.equal(diagnosis.code, 'upstream-model-not-found');
      assert.match(diagnosis.summary, /404 without naming a model/);
      // Conditional: llama.cpp and GitHub Models serve at the root, vLLM under /v1.
      assert.match(diagnosis.fix, new RegExp(`If the server serves under /v1 .*end api_base at config\\.yaml:${lineOf('no-v1', 'api_base')} with /v1`));
    });
  });

  describe('connection: LiteLLM 1.108.7 answers "Connection error." for refused, DNS and TLS alike', () => {
    it('the captured bodies really are identical apart from the alias', () => {
      const bare = (alias: string) => (faults.responses[alias]?.body as { error: { message: string } }).error.message.replace(`'${alias}'`, "'X'");
      for (const alias of ['dns', 'tls', 'https-to-http', 'http-to-https', 'drop']) assert.equal(bare(alias), bare('refused'), alias);
    });

    it('refused (plain http to an IP): says the connection was refused or closed; fix is about the server and port', async () => {
      const { outcome, diagnosis } = await replay('refused');
      assert.equal(outcome.status, 500);
      assert.equal(diagnosis.code, 'connection');
      const port = new URL(faults.responses.refused!.apiBase!).port;
      assert.match(diagnosis.summary, new RegExp(`connection to 127\\.0\\.0\\.1:${port} for 'refused' was refused, or closed before an answer`));
      assert.match(diagnosis.fix, /must be running and listening on 127\.0\.0\.1/);
      assert.match(diagnosis.fix, new RegExp(`config\\.yaml:${lineOf('refused', 'api_base')}`));
      assert.doesNotMatch(diagnosis.fix, /SSL_CERT_FILE|resolve/);
    });

    it('"Connection error." while the runner connects to a plain-http api_base: the server is up, the exchange broke', async () => {
      const { outcome } = await replay('refused');
      const d = connectedYetBroken(outcome, ctx('refused'));
      assert.equal(d?.code, 'connection');
      assert.match(d?.summary ?? '', /the runner connects to 127\.0\.0\.1:\d+, yet LiteLLM's exchange with it for 'refused' failed/);
      assert.match(d?.fix ?? '', new RegExp(`config\\.yaml:${lineOf('refused', 'api_base')}`));
      assert.doesNotMatch(d?.fix ?? '', /must be running and listening/);
      // https: Node's trust store is not the proxy's, so a handshake that works from the runner proves nothing.
      assert.equal(connectedYetBroken((await replay('tls')).outcome, ctx('tls')), null);
      // A message that names its own cause keeps its own diagnosis.
      assert.equal(connectedYetBroken({ ...outcome, error: { ...outcome.error!, message: 'Connection refused [Errno 111]' } }, ctx('refused')), null);
    });

    it('a route is unreachable for every surface only when the runner cannot connect either, or the message names why', async () => {
      const { outcome, diagnosis } = await replay('refused'); // LiteLLM 1.108.7: only "Connection error."
      assert.equal(unreachableBecause(outcome, diagnosis, 'connect ECONNREFUSED 127.0.0.1:9 (ECONNREFUSED)'), 'nothing accepts connections there');
      assert.equal(unreachableBecause(outcome, diagnosis, 'getaddrinfo: getaddrinfo ENOTFOUND x.invalid (ENOTFOUND)'), 'its host name does not resolve');
      assert.equal(unreachableBecause(outcome, diagnosis, 'wrong version number (ERR_SSL_WRONG_VERSION_NUMBER)'), 'the TLS handshake with it fails');
      assert.equal(
        unreachableBecause(outcome, diagnosis, 'through the outbound proxy http://proxy:3128: the proxy answered 403 to CONNECT x:443'),
        'the runner cannot reach it either',
      );
      // A server is there: what broke may be this one exchange, which another surface may not meet.
      assert.equal(unreachableBecause(outcome, diagnosis, 'connected'), null);
      // The runner's check timed out: only a message naming its cause decides.
      assert.equal(unreachableBecause(outcome, diagnosis, null), null);
      const named = {
        ...outcome,
        error: { ...outcome.error!, message: "Cannot connect to host 127.0.0.1:9 ssl:default [Connect call failed ('127.0.0.1', 9)]" },
      };
      assert.equal(unreachableBecause(named, diagnosis, null), 'nothing accepts connections there');
      // Anything but a connection failure is some request's own.
      assert.equal(unreachableBecause(outcome, { ...diagnosis, code: 'timeout' }, 'connect ECONNREFUSED 127.0.0.1:9'), null);
    });

    it('DNS (a .invalid host): says the name does not resolve; fix is about the host name', async () => {
      const { diagnosis } = await replay('dns');
      assert.equal(diagnosis.code, 'connection');
      assert.match(diagnosis.summary, /cannot resolve the host name `no-such-host\.invalid`/);
      assert.match(diagnosis.fix, /`no-such-host\.invalid` must resolve from the runner/);
      assert.doesNotMatch(diagnosis.fix, /SSL_CERT_FILE|listening/);
    });

    it('TLS (https to an IP with a self-signed certificate): refused or TLS, with the certificate fixes', async () => {
      const { diagnosis } = await replay('tls');
      assert.equal(diagnosis.code, 'connection');
      assert.match(diagnosis.summary, /nothing accepts connections on that port, or the TLS handshake fails/);
      assert.match(diagnosis.summary, /LiteLLM says only "Connection error\."/);
      assert.match(diagnosis.fix, /SSL_CERT_FILE/);
      assert.match(diagnosis.fix, /ssl_verify: false/);
      assert.doesNotMatch(diagnosis.fix, /must resolve/);
    });

    it('a service name host (the older capture): DNS or refused, and the service-name hint', async () => {
      const { diagnosis } = await replay('dns-failure');
      assert.equal(diagnosis.code, 'connection');
      assert.match(diagnosis.summary, /host name does not resolve from the runner, or nothing accepts connections/);
      assert.match(diagnosis.fix, /`vllm` looks like a Docker Compose or Kubernetes service name/);
      assert.doesNotMatch(diagnosis.fix, /SSL_CERT_FILE/);
    });

    it('the older refused capture still says refused', async () => {
      const { diagnosis } = await replay('connection-refused');
      assert.equal(diagnosis.code, 'connection');
      assert.match(diagnosis.summary, /127\.0\.0\.1:9 .* was refused/);
    });

    it('an upstream that drops the connection mid-body gets the same honest "refused, or closed"', async () => {
      const { diagnosis } = await replay('drop');
      assert.equal(diagnosis.code, 'connection');
      assert.match(diagnosis.summary, /refused, or closed before an answer/);
    });

    it('which causes an api_base allows', () => {
      assert.deepEqual(possibleConnectionCauses('http://127.0.0.1:9/v1'), ['refused']);
      assert.deepEqual(possibleConnectionCauses('http://localhost:8000/v1'), ['refused']);
      assert.deepEqual(possibleConnectionCauses('http://[::1]:8000/v1'), ['refused']);
      assert.deepEqual(possibleConnectionCauses('https://127.0.0.1:8443/v1'), ['refused', 'tls']);
      assert.deepEqual(possibleConnectionCauses('http://vllm:8000/v1'), ['dns', 'refused']);
      assert.deepEqual(possibleConnectionCauses('https://api.example.invalid/v1'), ['dns']);
      assert.deepEqual(possibleConnectionCauses('https://models.internal.example.com/v1'), ['dns', 'refused', 'tls']);
      assert.deepEqual(possibleConnectionCauses(null), ['dns', 'refused', 'tls']);
      assert.deepEqual(possibleConnectionCauses('os.environ/VLLM_BASE'), ['dns', 'refused', 'tls']);
    });

    it('no memory address from aiohttp’s SSL context in the summary (native deepseek/, kndkhoa/astragate, runner without DNS)', () => {
      // The words LiteLLM 1.108.7 relayed through the real proxy for `deepseek/deepseek-chat` with no network: the repr
      // differs on every run, so two reports of the same failure differed, and it tells the user nothing.
      const message =
        "litellm.InternalServerError: InternalServerError: DeepseekException - Cannot connect to host api.deepseek.com:443 ssl:<ssl.SSLContext object at 0x7f00e0ed9d00> [Name or service not known]\n\nLiteLLM: model group 'verify-litellm-2' failed with the error above. No fallback was attempted.";
      const d = diagnose(
        { endpoint: 'chat', ok: false, status: 500, latencyMs: 1, error: { message, type: null, param: null, code: '500' } },
        ctx('provider-default'),
      );
      assert.equal(d.code, 'connection');
      assert.doesNotMatch(d.summary, /SSLContext|0x[0-9a-f]+/);
      assert.match(d.summary, /Cannot connect to host api\.deepseek\.com:443 \[Name or service not known\]/);
    });

    it('the provider default (no api_base): every cause, without a made-up host name', () => {
      const message = (faults.responses.refused!.body as { error: { message: string } }).error.message;
      const d = diagnose(
        { endpoint: 'chat', ok: false, status: 500, latencyMs: 1, error: { message, type: 'internal_server_error', param: null, code: '500' } },
        ctx('provider-default'),
      );
      assert.equal(d.code, 'connection');
      assert.match(d.summary, /could not connect to the provider's endpoint|could not connect to \w+'s endpoint/);
      assert.match(d.fix, /has no api_base, so LiteLLM used the provider's own endpoint/);
      assert.doesNotMatch(d.fix, /api_base at /, 'no api_base line to point at');
    });
  });

  describe('connection: the cause where a message names it (the proxy log, /health, other releases, Node)', () => {
    const causes = faults.logCauses!;
    it('the proxy logged each cause in its own words', () => {
      assert.match(causes.refused ?? '', /^ConnectionRefusedError: \[Errno 111\]/);
      assert.match(causes.dns ?? '', /^socket\.gaierror: \[Errno -2\] Name or service not known/);
      assert.match(causes.tls ?? '', /CERTIFICATE_VERIFY_FAILED.*self-signed certificate/);
      assert.match(causes['wrong-scheme'] ?? '', /WRONG_VERSION_NUMBER/);
    });

    it('connectionCauseIn reads Python, aiohttp, httpx and Node wordings', () => {
      assert.equal(connectionCauseIn(causes.refused!), 'refused');
      assert.equal(connectionCauseIn(causes.dns!), 'dns');
      assert.equal(connectionCauseIn(causes.tls!), 'tls');
      assert.equal(connectionCauseIn(causes['wrong-scheme']!), 'tls');
      // aiohttp's ClientConnectorError names "ssl:default" for plain failures: that is not a TLS failure.
      assert.equal(connectionCauseIn('Cannot connect to host no-such-host.invalid:80 ssl:default [Name or service not known]'), 'dns');
      assert.equal(connectionCauseIn("Cannot connect to host 127.0.0.1:9 ssl:default [Connect call failed ('127.0.0.1', 9)]"), 'refused');
      assert.equal(connectionCauseIn('[Errno -3] Temporary failure in name resolution'), 'dns');
      assert.equal(connectionCauseIn('[Errno 8] nodename nor servname provided, or not known'), 'dns');
      assert.equal(connectionCauseIn('getaddrinfo ENOTFOUND vllm'), 'dns');
      assert.equal(connectionCauseIn('connect ECONNREFUSED 127.0.0.1:9'), 'refused');
      assert.equal(connectionCauseIn('[Errno 111] Connection refused'), 'refused');
      assert.equal(connectionCauseIn('self-signed certificate; DEPTH_ZERO_SELF_SIGNED_CERT'), 'tls');
      assert.equal(connectionCauseIn('unable to get local issuer certificate'), 'tls');
      assert.equal(connectionCauseIn('Connection error.'), null);
    });

    const withCause = (line: string): ProbeOutcome => {
      const message = (faults.responses.refused!.body as { error: { message: string } }).error.message.replace('Connection error.', line);
      return { endpoint: 'chat', ok: false, status: 500, latencyMs: 1, error: { message, type: 'internal_server_error', param: null, code: '500' } };
    };

    it('a named DNS failure on an https host name says DNS, not "maybe TLS"', () => {
      const d = diagnose(withCause(causes.dns!), ctx('https-host'));
      assert.equal(d.code, 'connection');
      assert.match(d.summary, /cannot resolve the host name `models\.internal\.example\.com`.*DNS/);
      assert.doesNotMatch(d.fix, /SSL_CERT_FILE/);
    });

    it('a DNS failure where api_base is an address is another host’s: a huggingface/ route’s hub lookup (cee-mnitin/gpu-inference-stack)', () => {
      // `huggingface/BAAI/bge-m3` on a TEI server at an address: LiteLLM asks huggingface.co for the model's task first,
      // and on a runner that cannot resolve it answers this (captured through the real proxy, LiteLLM 1.108.7, embedding
      // probe). The diagnosis said "cannot resolve the host name `127.0.0.1`", which needs no lookup.
      const message =
        "litellm.APIConnectionError: HuggingfaceException - [Errno -2] Name or service not known\n\nLiteLLM: model group 'bge-m3-native' failed with the error above. No fallback was attempted.";
      const tei = parseConfig(
        'model_list:\n  - model_name: bge-m3-native\n    litellm_params:\n      model: huggingface/BAAI/bge-m3\n      api_base: http://127.0.0.1:8082\n    model_info:\n      mode: embedding\n',
        '/work/tei.yaml',
        'tei.yaml',
      );
      const d = diagnose(
        { endpoint: 'embeddings', ok: false, status: 500, latencyMs: 1, error: { message, type: null, param: null, code: '500' } },
        { config: tei, deployment: tei.deployments[0]!, temperature: null, timeoutMs: 30_000 },
      );
      assert.equal(d.code, 'connection');
      assert.doesNotMatch(d.summary, /cannot resolve the host name `127\.0\.0\.1`/);
      assert.match(d.summary, /`127\.0\.0\.1` is an address that needs none: .*https:\/\/huggingface\.co/);
      assert.match(d.fix, /reach huggingface\.co .*`openai\/<model>` with api_base ending in \/v1/);
    });

    it('a named refusal says refused', () => {
      const d = diagnose(withCause(causes.refused!), ctx('https-host'));
      assert.match(d.summary, /nothing accepted LiteLLM's connection to models\.internal\.example\.com.*connection refused/);
    });

    it('a named certificate failure says TLS, with the certificate fixes', () => {
      const d = diagnose(withCause(causes.tls!), ctx('tls'));
      assert.match(d.summary, /TLS handshake with 127\.0\.0\.1:\d+ failed .*CERTIFICATE_VERIFY_FAILED/);
      assert.match(d.fix, /SSL_CERT_FILE/);
    });

    it('https:// to a plain-HTTP port (WRONG_VERSION_NUMBER): use http://', () => {
      const d = diagnose(withCause(causes['wrong-scheme']!), ctx('https-to-http'));
      assert.match(d.summary, /TLS handshake/);
      assert.match(d.fix, /does not speak TLS on that port: use http:\/\//);
    });
  });

  describe('runtime faults', () => {
    it("timeout: LiteLLM's 408 names the timeout it applied and where it is set", async () => {
      const { outcome, diagnosis } = await replay('hang');
      assert.equal(outcome.status, 408);
      assert.equal(diagnosis.code, 'timeout');
      assert.match(diagnosis.summary, /within LiteLLM's timeout of 3s/);
      assert.match(diagnosis.fix, new RegExp(`litellm_params\\.timeout at config\\.yaml:${lineOf('hang', 'timeout')}`));
    });

    it('timeout: no answer from the proxy within the probe timeout', () => {
      const d = diagnose(transportOutcome('chat', new HttpFailure('no complete answer within 30s', 'timeout', 30_000)), ctx('slow'));
      assert.equal(d.code, 'timeout');
      assert.match(d.summary, /within 30s/);
    });

    it("rate limit: 429 with the upstream's retry-after, which LiteLLM forwards as llm_provider-retry-after", async () => {
      assert.equal(faults.responses.rl!.headers!['llm_provider-retry-after'], '7');
      assert.equal(faults.responses.rl!.headers!['retry-after'], undefined);
      const { outcome, diagnosis } = await replay('rl');
      assert.equal(outcome.status, 429);
      assert.equal(outcome.retryAfter, '7');
      assert.equal(diagnosis.code, 'rate-limit');
      assert.match(diagnosis.summary, /rate-limiting 'rl' \(retry after 7s\)/);
    });

    it('rate limit without retry-after says none', async () => {
      const { outcome, diagnosis } = await replay('rate-limit-429');
      assert.equal(outcome.retryAfter, undefined);
      assert.equal(diagnosis.code, 'rate-limit');
      assert.doesNotMatch(diagnosis.summary, /retry after/);
    });

    it("the proxy's own retry-after wins over the forwarded one; an HTTP date is shown as a date", async () => {
      const { outcome } = await replay('rl-both-headers');
      assert.equal(outcome.retryAfter, '2');
      assert.deepEqual(withUpstreamRetryAfter({ 'llm_provider-retry-after': '7' }), { 'llm_provider-retry-after': '7', 'retry-after': '7' });
      const date = 'Wed, 21 Oct 2026 07:28:00 GMT';
      const d = diagnose({ ...outcome, retryAfter: date }, ctx('rl'));
      assert.match(d.summary, /\(retry after Wed, 21 Oct 2026 07:28:00 GMT\)/);
    });

    it('a redirect LiteLLM relays as a 500 "Error code: 307" is upstream-redirect, with the Location it forwarded', () => {
      const message = "litellm.APIError: APIError: OpenAIException - Error code: 307\n\nLiteLLM: model group 'slow' failed with the error above.";
      const reply = (headers: Record<string, string>) => ({
        status: 500,
        headers,
        text: JSON.stringify({ error: { message, type: null, param: null, code: '500' } }),
        truncated: false,
        latencyMs: 5,
      });
      const o = interpretChat(reply({ 'llm_provider-location': 'https://api.example.com/v1/chat/completions' }));
      const d = diagnose(o, ctx('slow'));
      assert.equal(d.code, 'upstream-redirect');
      assert.match(d.summary, /with a redirect \(HTTP 307\) to https:\/\/api\.example\.com\/v1\/chat\/completions;/);
      assert.match(d.fix, /^Set api_base/);
      // A Location that is no URL (or a page of text) is not repeated.
      assert.equal(interpretChat(reply({ 'llm_provider-location': `https://x ::warning::${'Z'.repeat(400)}` })).location, undefined);
    });

    it('a chat 200 with choices: [] is invalid-response, not an empty reply to fix with max-tokens', () => {
      const o = interpretChat({ status: 200, headers: {}, text: '{"id":"x","object":"chat.completion","choices":[]}', truncated: false, latencyMs: 5 });
      assert.equal(o.problem, 'no-choices');
      const d = diagnose(o, ctx('slow'));
      assert.equal(d.code, 'invalid-response');
      assert.doesNotMatch(d.fix, /max-tokens/);
    });

    it('an error body cut at the size limit still yields its message, not the raw envelope', () => {
      const text = `{"error":{"message":"litellm.BadRequestError: OpenAIException - Bad \\"x\\" ${'C'.repeat(5000)}\\u00`;
      const o = interpretChat({ status: 400, headers: {}, text, truncated: true, latencyMs: 5 });
      assert.match(o.error?.message ?? '', /^litellm\.BadRequestError: OpenAIException - Bad "x" CCC/);
      assert.ok((o.error?.message ?? '').endsWith('…'));
      assert.ok((o.error?.message.length ?? 0) <= 2001);
    });

    it('retry-after reaches the diagnosis only as seconds or an HTTP date, never as free text', () => {
      const reply = (retry: string) =>
        interpretChat({
          status: 429,
          headers: { 'llm_provider-retry-after': retry, ...withUpstreamRetryAfter({ 'llm_provider-retry-after': retry }) },
          text: '{"error":{"message":"slow down"}}',
          truncated: false,
          latencyMs: 5,
        });
      assert.equal(reply('7').retryAfter, '7');
      assert.equal(reply('Wed, 21 Oct 2026 07:28:00 GMT').retryAfter, 'Wed, 21 Oct 2026 07:28:00 GMT');
      assert.equal(reply(`soon ##[error]x ${'Z'.repeat(3000)}`).retryAfter, undefined);
      assert.doesNotMatch(diagnose(reply(`soon ${'Z'.repeat(3000)}`), ctx('slow')).summary, /ZZZ/);
    });

    it("upstream 5xx: upstream-error with the upstream's own words", async () => {
      const se = await replay('se');
      assert.equal(se.diagnosis.code, 'upstream-error');
      assert.match(se.diagnosis.summary, /failed with HTTP 500: CUDA out of memory\./);
      const gateway = await replay('bad-gateway');
      assert.equal(gateway.outcome.status, 502);
      assert.equal(gateway.diagnosis.code, 'upstream-error');
      assert.match(gateway.diagnosis.summary, /HTTP 502/);
    });

    it('the exchange with the proxy broke (a transport failure): upstream-error', () => {
      const d = diagnose(transportOutcome('chat', new HttpFailure('UND_ERR_SOCKET: other side closed', 'body', 5)), ctx('slow'));
      assert.equal(d.code, 'upstream-error');
      assert.match(d.summary, /the exchange with the proxy broke: UND_ERR_SOCKET/);
    });

    it('a reply that is not JSON: LiteLLM\'s 500 "Empty or invalid response" is invalid-response', async () => {
      const { outcome, diagnosis } = await replay('nj');
      assert.equal(outcome.status, 500);
      assert.equal(diagnosis.code, 'invalid-response');
      assert.match(diagnosis.fix, /ending in \/v1/);
    });

    it("a 200 cut mid-JSON (LiteLLM relays Python's json error as a 500) is invalid-response, not an upstream failure", () => {
      const message =
        "litellm.InternalServerError: InternalServerError: OpenAIException - Unterminated string starting at: line 1 column 125 (char 124)\n\nLiteLLM: model group 'slow' failed with the error above. No fallback was attempted.";
      const d = diagnose({ endpoint: 'chat', ok: false, status: 500, latencyMs: 5, error: { message, type: null, param: null, code: '500' } }, ctx('slow'));
      assert.equal(d.code, 'invalid-response');
      assert.match(d.summary, /LiteLLM could not parse it: Unterminated string starting at: line 1 column 125/);
    });

    it("JSON nested past Python's recursion limit (LiteLLM relays the decoder's RecursionError as a 500) is invalid-response", () => {
      // As LiteLLM 1.108.7 answered for a 200 body of `[` 100,000 deep (hostile by design).
      const message =
        "litellm.InternalServerError: InternalServerError: OpenAIException - maximum recursion depth exceeded while decoding a JSON array from a unicode string\n\nLiteLLM: model group 'slow' failed with the error above. No fallback was attempted.";
      const d = diagnose({ endpoint: 'chat', ok: false, status: 500, latencyMs: 5, error: { message, type: null, param: null, code: '500' } }, ctx('slow'));
      assert.equal(d.code, 'invalid-response');
      assert.doesNotMatch(d.fix, /server-side failure/);
    });

    it('"Invalid response object" (a 200 LiteLLM could not convert) is invalid-response, as a 500 and as the 400 with a traceback', () => {
      // Both as LiteLLM 1.108.7 answered (test/integration/hostile-replies.test.ts drives them through the proxy).
      const plain = 'litellm.InternalServerError: InternalServerError: OpenAIException - Invalid response object';
      const traced =
        "Invalid request format: litellm.InternalServerError: InternalServerError: OpenAIException - Invalid response object Traceback (most recent call last):\n  File \"/x/litellm/litellm_core_utils/llm_response_utils/convert_dict_to_response.py\", line 762, in convert_to_model_response_object\nAttributeError: 'NoneType' object has no attribute 'get'";
      for (const [status, message] of [
        [500, plain],
        [400, traced],
      ] as const) {
        const d = diagnose(
          { endpoint: 'chat', ok: false, status, latencyMs: 5, error: { message, type: null, param: null, code: String(status) } },
          ctx('slow'),
        );
        assert.equal(d.code, 'invalid-response', message);
        assert.match(d.summary, /answered 200 with a chat completion LiteLLM could not read/);
        assert.doesNotMatch(d.summary, /Traceback|rejected as invalid/);
      }
    });

    it('the proxy\'s bare text/plain 500 "Internal Server Error" (its own unhandled failure) is proxy-error; LiteLLM\'s wrapped one stays upstream-error', () => {
      // As LiteLLM 1.108.7 answered for a reply it could not encode (test/integration/hostile-replies.test.ts).
      const bare = interpretChat({
        status: 500,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        text: 'Internal Server Error',
        truncated: false,
        latencyMs: 5,
      });
      const d = diagnose(bare, ctx('slow'));
      assert.equal(d.code, 'proxy-error');
      assert.doesNotMatch(d.fix, /model server's logs/);
      const wrapped = JSON.stringify({
        error: { message: 'litellm.InternalServerError: InternalServerError: OpenAIException - Internal Server Error', type: null, param: null, code: '500' },
      });
      const upstream = interpretChat({ status: 500, headers: { 'content-type': 'application/json' }, text: wrapped, truncated: false, latencyMs: 5 });
      assert.equal(diagnose(upstream, ctx('slow')).code, 'upstream-error');
    });

    it("a Cloudflare challenge (cf-mitigated: challenge) in front of the proxy itself is upstream-blocked, named as the proxy's", () => {
      // --proxy-url behind Cloudflare: the header comes straight, not as LiteLLM's llm_provider-cf-mitigated.
      const page = '<!DOCTYPE html><html><head><title>Just a moment...</title></head><body></body></html>';
      const outcome = interpretChat({
        status: 403,
        headers: { 'cf-mitigated': 'challenge', 'content-type': 'text/html' },
        text: page,
        truncated: false,
        latencyMs: 5,
      });
      assert.equal(outcome.challenge, 'proxy');
      const d = diagnose(outcome, ctx('slow'));
      assert.equal(d.code, 'upstream-blocked');
      assert.match(d.summary, /Cloudflare in front of the proxy answered 'slow' with a browser check \(HTTP 403/);
    });

    it('a reply past the size limit is named as such, on every endpoint (not unknown)', () => {
      const chat = diagnose({ endpoint: 'chat', ok: false, status: 200, latencyMs: 5, problem: 'truncated' }, ctx('slow'));
      assert.equal(chat.code, 'invalid-response');
      assert.match(chat.summary, /ran past the size verify-litellm reads of one reply/);
      const stream = diagnose({ endpoint: 'stream', ok: false, status: 200, latencyMs: 5, problem: 'truncated' }, ctx('slow'));
      assert.equal(stream.code, 'stream-broken');
      assert.match(stream.summary, /the stream ran past the size verify-litellm reads of one reply without ending/);
    });

    it('a stream that stalled after its 200 is stream-broken, saying what had arrived', () => {
      const stalled = (reply?: string) =>
        diagnose(
          {
            endpoint: 'stream',
            ok: false,
            status: 200,
            latencyMs: 5,
            problem: 'stalled-stream',
            reply,
            transport: { kind: 'timeout', message: 'no complete answer within 30s' },
          },
          ctx('slow'),
        );
      assert.equal(stalled().code, 'stream-broken');
      assert.match(stalled().summary, /the stream opened \(HTTP 200\) but sent no content and did not end within \d+s/);
      assert.match(stalled('Hello wor').summary, /stopped after "Hello wor" and did not end/);
    });

    it('a 200 that is not JSON (the proxy URL is a web page) is invalid-response too', async () => {
      const { outcome, diagnosis } = await replay('html-200');
      assert.equal(outcome.problem, 'not-json');
      assert.equal(diagnosis.code, 'invalid-response');
    });

    it('an empty reply (200, content "") is empty-reply', async () => {
      for (const alias of ['em', 'ok-empty-content']) {
        const { outcome, diagnosis } = await replay(alias);
        assert.equal(outcome.status, 200);
        assert.equal(outcome.problem, 'empty-reply');
        assert.equal(diagnosis.code, 'empty-reply');
        assert.ok(diagnosis.fix.startsWith(`Raise ${setting('max-tokens')} `), diagnosis.fix);
      }
    });

    it("a 400 nothing more specific explains: bad-request, with the upstream's words", async () => {
      const { diagnosis } = await replay('upstream-echoes-key');
      assert.equal(diagnosis.code, 'bad-request');
      assert.match(diagnosis.summary, /rejected as invalid: Bad request from/);
    });
  });

  describe('streaming', () => {
    it("an error event inside a 200 stream (LiteLLM's mid-stream APIConnectionError) is stream-broken, not connection", async () => {
      const { outcome, diagnosis } = await replay('se-stream', { stream: true });
      assert.equal(outcome.status, 200);
      assert.match(outcome.error?.message ?? '', /APIConnectionError/);
      assert.equal(diagnosis.code, 'stream-broken');
      assert.match(diagnosis.summary, /error event: model crashed mid-stream/);
    });

    it('a stream cut before [DONE] is stream-broken', async () => {
      const { outcome, diagnosis } = await replay('cut-stream', { stream: true });
      assert.equal(outcome.problem, 'unterminated-stream');
      assert.equal(diagnosis.code, 'stream-broken');
      assert.match(diagnosis.summary, /without \[DONE\]/);
    });

    it('a stream a content filter stopped (finish_reason "content_filter", no content) names the filter, not max-tokens nor SSE buffering', async () => {
      const { outcome, diagnosis } = await replay('filtered-stream', { stream: true });
      assert.equal(outcome.problem, 'empty-reply');
      assert.equal(outcome.finishReason, 'content_filter');
      assert.equal(diagnosis.code, 'stream-broken');
      assert.match(diagnosis.summary, /a content filter withheld it \(finish_reason "content_filter"\)/);
      assert.doesNotMatch(diagnosis.fix, /max-tokens|buffering/);
    });

    it('an empty answer cut by max_tokens says so (finish_reason "length")', () => {
      const d = diagnose({ endpoint: 'chat', ok: false, status: 200, latencyMs: 5, problem: 'empty-reply', finishReason: 'length' }, ctx('slow'));
      assert.equal(d.code, 'empty-reply');
      assert.match(d.summary, /finish_reason "length": max_tokens ran out before any content/);
      assert.ok(d.fix.startsWith(`Raise ${setting('max-tokens')} `), d.fix);
    });

    it('probeAlias: the non-streaming request passes, the stream fails: the alias fails with stream-broken', async () => {
      const report = await probeAlias(config, ctx('se-stream').deployment, target, options({ stream: true }));
      assert.equal(report.status, 'fail');
      assert.equal(report.httpStatus, 200);
      assert.equal(report.stream?.status, 'fail');
      assert.equal(report.diagnosis?.code, 'stream-broken');
      seen.add(report.diagnosis!.code);
    });
  });

  describe('a proxy that stopped answering', () => {
    it(
      'probeAlias: a timeout where not even /health/liveliness answers is proxy-unresponsive; with liveliness up it stays timeout',
      { timeout: 30_000 },
      async () => {
        const held: http.ServerResponse[] = [];
        const blocked = http.createServer((req, res) => {
          if (req.url === '/up/health/liveliness') return void res.writeHead(200).end("I'm alive!");
          held.push(res); // the blocked proxy (or, under /up, a slow upstream): nothing comes back
        });
        await new Promise<void>((r) => blocked.listen(0, '127.0.0.1', r));
        const base = `http://127.0.0.1:${(blocked.address() as AddressInfo).port}`;
        try {
          const probe = (prefix: string) =>
            probeAlias(config, ctx('slow').deployment, { ...target, baseUrl: `${base}${prefix}`, timeoutMs: 300 }, options({ timeoutMs: 300 }));
          const stuck = await probe('/down');
          assert.equal(stuck.diagnosis?.code, 'proxy-unresponsive', JSON.stringify(stuck.diagnosis));
          assert.match(stuck.diagnosis?.summary ?? '', /the LiteLLM proxy itself stopped answering/);
          seen.add(stuck.diagnosis!.code);
          assert.equal((await probe('/up')).diagnosis?.code, 'timeout');
        } finally {
          blocked.closeAllConnections();
          blocked.close();
        }
      },
    );
  });

  describe('slow', () => {
    it('probeAlias: a passing alias over max-latency-ms fails as slow', async () => {
      const report = await probeAlias(config, ctx('slow').deployment, target, options({ maxLatencyMs: SLOW_MS / 4 }));
      assert.equal(report.status, 'fail');
      assert.equal(report.latencyExceeded, true);
      assert.equal(report.diagnosis?.code, 'slow');
      assert.ok(report.diagnosis?.summary.endsWith(`ms; ${setting('max-latency-ms')} is 100.`), report.diagnosis?.summary);
      seen.add(report.diagnosis!.code);
    });

    it('with latency-policy warn it passes and only flags the latency', async () => {
      const report = await probeAlias(config, ctx('slow').deployment, target, options({ maxLatencyMs: SLOW_MS / 4, latencyPolicy: 'warn' }));
      assert.equal(report.status, 'pass');
      assert.equal(report.latencyExceeded, true);
      assert.equal(report.diagnosis, null);
    });
  });

  describe("unknown: no guess, the proxy's own words", () => {
    it('409 and 422 match no diagnosis: unknown, with the message core in the summary', async () => {
      for (const [alias, status] of [
        ['conflict', 409],
        ['unprocessable', 422],
      ] as const) {
        const { outcome, diagnosis } = await replay(alias);
        assert.equal(outcome.status, status);
        assert.equal(diagnosis.code, 'unknown', alias);
        assert.match(diagnosis.summary, new RegExp(`failed with HTTP ${status}: the server answered ${status}`));
        assert.doesNotMatch(diagnosis.summary, /LiteLLM: model group|OpenAIException/);
        assert.match(diagnosis.fix, /verbatim/);
      }
    });

    it("messageCore strips LiteLLM's class prefixes and trailer, nothing else", () => {
      const message = (faults.responses.conflict!.body as { error: { message: string } }).error.message;
      assert.equal(messageCore(message), `the server answered 409; caller key ${faults.upstreamKey}`);
      assert.equal(messageCore('No connected db.'), 'No connected db.');
      assert.equal(
        messageCore('/chat/completions: Invalid model name passed in model=x. Call `/v1/models`'),
        '/chat/completions: Invalid model name passed in model=x. Call `/v1/models`',
      );
    });

    it('through the engine: the report keeps the whole message verbatim, with the secret masked (summary too)', async () => {
      const dir = tempDir();
      try {
        const configPath = writeConfig(dir, ['model_list:', deploymentYaml('conflict', 'openai/x409', UPSTREAM)].join('\n'));
        const secret = faults.upstreamKey!;
        const report = await runEngine({
          configPath,
          provided: { VLLM_KEY: secret },
          existingProxy: { url: target.baseUrl, key: 'sk-replay-proxy-key' },
          stream: false,
        });
        const alias = report.aliases.find((a) => a.alias === 'conflict');
        assert.ok(alias, JSON.stringify(report, null, 2));
        const original = (faults.responses.conflict!.body as { error: { message: string } }).error.message;
        assert.ok(original.includes(secret));
        assert.equal(alias.error, original.split(secret).join('***'));
        assert.equal(alias.diagnosis?.code, 'unknown');
        assert.match(alias.diagnosis?.summary ?? '', /HTTP 409: the server answered 409; caller key \*\*\*/);
        assert.equal(JSON.stringify(report).includes(secret), false, 'the secret never appears in the report');
        seen.add(alias.diagnosis!.code);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  it('every diagnosis code src/diagnose/ and the alias probe produce is tested here', () => {
    const read = (...parts: string[]) => fs.readFileSync(path.join(ROOT, 'src', ...parts), 'utf8');
    const union = /export type DiagnosisCode =([^;]+);/.exec(read('diagnose', 'matcher.ts'))?.[1] ?? '';
    const codes = [...union.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]!);
    assert.ok(codes.length >= 15, `parsed ${codes.length} codes`);
    // The matchers this file tests, and the alias probe (tools.ts and context.ts have test files of their own).
    const producers = ['diagnose.ts', 'params.ts', 'connection.ts', 'provider.ts']
      .map((f) => read('diagnose', f))
      .concat(['probe-alias.ts', 'refused-param.ts', 'client-probe.ts'].map((f) => read('engine', f)))
      .join('\n');
    const produced = codes.filter((c) => producers.includes(`code: '${c}'`));
    assert.deepEqual(
      produced.filter((c) => !seen.has(c as DiagnosisCode)),
      [],
      'codes without a test',
    );
  });
});

function options(overrides: Partial<AliasProbeOptions> = {}): AliasProbeOptions {
  return {
    prompt: 'Say hello.',
    temperature: 0.7,
    maxTokens: 64,
    timeoutMs: 10_000,
    attempts: 1,
    backoffMs: 10,
    stream: false,
    maxLatencyMs: null,
    latencyPolicy: 'fail',
    ...overrides,
  };
}
