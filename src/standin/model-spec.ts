// `--model ID[:trait...]` of the stand-in's command line, parsed into a StandinModel; an unknown trait is an
// error (a typo must not silently serve a healthy model the user meant to break).
import type { StandinFault, StandinModel } from './server.ts';
import { HOSTILE_FAULTS } from './hostile.ts';
import { nearMiss } from '../util/near-miss.ts';

export const FAULTS: readonly StandinFault[] = [
  'hang',
  'rate-limit',
  'server-error',
  'not-json',
  'empty',
  'drop',
  'echo-key',
  'stream-error',
  'flaky',
  ...HOSTILE_FAULTS,
];
export const TRAITS = [
  'reject-temperature',
  'reasoning',
  'reasoning-content',
  'embedding',
  'no-tool-parser',
  'tool-parser-mismatch',
  'bad-tool-arguments',
  'max-model-len=N',
  'served-as=NAME',
  ...FAULTS,
] as const;

/** A `:`-part that names a trait (with its `=value` for the ones that take one). */
function isTrait(part: string): boolean {
  const name = part.includes('=') ? `${part.slice(0, part.indexOf('='))}=` : part;
  return TRAITS.some((t) => (t.endsWith('=N') || t.endsWith('=NAME') ? t.slice(0, t.indexOf('=') + 1) === name : t === part));
}

export function parseModelSpec(spec: string): StandinModel {
  // Model ids hold '/' (Qwen/Qwen3-0.6B) and, in Ollama's names, a ':tag' (llama3.2:3b, qwen3:0.6b; ollama/ollama
  // docs/api.md, "Conventions: Model names": `model:tag`, the tag optional): the id runs up to the first part that
  // is a trait. A part after the id that is neither, yet looks like a mistyped trait or `name=value`, is refused.
  const parts = spec.split(':');
  let end = parts.findIndex((p, i) => i > 0 && isTrait(p));
  if (end < 0) end = parts.length;
  for (const p of parts.slice(1, end))
    if (
      p.includes('=') ||
      nearMiss(
        p,
        TRAITS.map((t) => t.replace(/=.*$/, '')),
      )
    )
      throw new Error(`--model '${spec}': unknown trait '${p}'; known: ${TRAITS.join(', ')}.`);
  const id = parts.slice(0, end).join(':');
  const traits = parts.slice(end);
  if (!id || parts[0] === '') throw new Error(`--model '${spec}': the model id is empty; expected ID[:trait...].`);
  const model: StandinModel = { id };
  for (const trait of traits) {
    if (trait === 'reject-temperature') model.temperature = 'reject-value';
    else if (trait === 'reasoning') model.reasoning = true;
    else if (trait === 'embedding') model.embedding = true;
    else if (trait === 'reasoning-content') model.reasoningField = 'reasoning_content';
    else if (trait === 'no-tool-parser') model.tools = 'no-parser';
    else if (trait === 'tool-parser-mismatch') model.tools = 'ignore';
    else if (trait === 'bad-tool-arguments') model.tools = 'bad-arguments';
    else if (trait.startsWith('max-model-len=')) {
      const n = Number(trait.slice('max-model-len='.length));
      if (!Number.isInteger(n) || n < 1) throw new Error(`--model '${spec}': max-model-len must be a positive whole number of tokens.`);
      model.maxModelLen = n;
    } else if (trait.startsWith('served-as=') && trait.length > 'served-as='.length) model.servedAs = trait.slice('served-as='.length);
    else if ((FAULTS as readonly string[]).includes(trait)) model.fault = trait as StandinFault;
    else throw new Error(`--model '${spec}': unknown trait '${trait}'; known: ${TRAITS.join(', ')}.`);
  }
  return model;
}
