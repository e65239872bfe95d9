import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { editDistance, nearMiss } from '../../src/util/near-miss.ts';
import { unknownModeFix } from '../../src/config/rules/litellm.ts';

// The modes LiteLLM 1.108.7's health check handles for an openai/ route, as the oracle lists them
// (HealthCheckHelpers.get_mode_handlers(model='Qwen/Qwen3-0.6B', custom_llm_provider='openai', model_params={})).
const MODES = [
  'anthropic_messages',
  'audio_speech',
  'audio_transcription',
  'batch',
  'chat',
  'completion',
  'decisions',
  'embedding',
  'image_edit',
  'image_generation',
  'ocr',
  'realtime',
  'rerank',
  'responses',
  'video_generation',
];

describe('near misses', () => {
  it('counts edits', () => {
    assert.equal(editDistance('embeddings', 'embedding'), 1);
    assert.equal(editDistance('model_lst', 'model_list'), 1);
    assert.equal(editDistance('chat', 'rerank'), 5);
  });
  it('names the nearest known word, or the one a value extends at an underscore, else nothing', () => {
    assert.equal(nearMiss('embeddings', MODES), 'embedding');
    assert.equal(nearMiss('Chat', MODES), 'chat');
    assert.equal(nearMiss('chat_complete', MODES), 'chat');
    assert.equal(nearMiss('image_generation_v2', MODES), 'image_generation');
    assert.equal(nearMiss('tts', MODES), null);
    assert.equal(nearMiss('chatty', []), null);
  });
  it('the unknown-mode fix lists what LiteLLM lists, with the likely one first; without a list it says where they come from', () => {
    assert.equal(
      unknownModeFix('embeddings', ['chat', 'embedding'], '1.108.7'),
      'Did you mean `embedding`? The modes LiteLLM 1.108.7 has a call for: `chat`, `embedding`.',
    );
    assert.equal(unknownModeFix('tts', ['audio_speech', 'chat'], null), 'The modes LiteLLM has a call for: `audio_speech`, `chat`.');
    assert.match(unknownModeFix('x', null, '1.108.7'), /health check lists them/);
  });
});
