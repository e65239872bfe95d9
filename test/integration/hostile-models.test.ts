// A wildcard route is probed with a model its upstream lists at /v1/models (src/probe/upstream.ts). The list is
// the upstream's text: OpenAI's and Ollama's lists hold embedding models beside chat ones, and an id may be
// anything. Through the real LiteLLM proxy: the probe must pick a model a chat request can use.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { proxyProcesses, route, runEngine } from '../helpers/litellm.ts';
import { withStandin } from '../helpers/standin.ts';

const KEY = 'vk-m0dels-3c9a61f0e8';

describe('a hostile /v1/models behind a wildcard route, through the real LiteLLM proxy', { timeout: 600_000 }, () => {
  const fixture = withStandin(
    {
      apiKey: KEY,
      models: [
        // Hostile by design: an id that is no model name (a newline and a terminal escape in it).
        { id: 'evil\n\u001b[31mred' },
        // OpenAI lists text-embedding-3-small at /v1/models with its chat models (https://platform.openai.com/docs/models);
        // Ollama's /v1/models lists every pulled model, embedding ones too (https://github.com/ollama/ollama/blob/main/docs/openai.md).
        { id: 'text-embedding-3-small', embedding: true },
        { id: 'Qwen/Qwen3-0.6B' },
      ],
    },
    'vl-models-',
  );

  it('the wildcard is probed with the first listed chat model, not an embedding model nor an id that is no name', async () => {
    const { upstream } = fixture;
    const configPath = fixture.config(['model_list:', route('openai/*', 'openai/*', upstream.url)].join('\n'));
    const report = await runEngine({ configPath, provided: { VLLM_KEY: KEY }, tempRoot: fixture.dir, startTimeoutMs: 240_000, stream: false });
    const row = report.aliases.find((a) => a.alias === 'openai/*');
    console.log(`# ${row?.status} ${row?.httpStatus} ${row?.diagnosis?.summary ?? row?.reply ?? row?.skippedReason}`);
    assert.equal(row?.status, 'pass', JSON.stringify(row));
    const chats = upstream.seen.filter((r) => r.path === '/v1/chat/completions');
    assert.ok(chats.length > 0, 'a chat request reached the upstream');
    assert.ok(
      chats.every((r) => r.body?.model === 'Qwen/Qwen3-0.6B'),
      JSON.stringify(chats.map((r) => r.body?.model)),
    );
    assert.equal(JSON.stringify(report).includes(KEY), false, 'the key never appears in the report');
    assert.deepEqual(proxyProcesses(fixture.dir), [], 'no proxy left running');
  });
});
