// LiteLLM answers an Anthropic Messages request for an `openai/` route through the upstream's Responses API
// (1.108.7: `_RESPONSES_API_PROVIDERS = {"openai"}` in llms/anthropic/pass_through/messages/handler.py), and its
// translation back (responses_adapters/transformation.py) drops why a response gave up: status "failed" becomes
// an empty `end_turn`, "incomplete" an empty `max_tokens` whether a content filter or the token limit stopped it.
// So an empty Messages reply on such a route is asked again as the Responses request LiteLLM sent.
import type { Deployment } from '../config/types.ts';
import type { Diagnosis } from '../diagnose/diagnose.ts';
import type { ProbeOutcome } from '../probe/outcome.ts';

/** The providers whose Messages requests LiteLLM 1.108.7 sends to the upstream's Responses API. */
const BRIDGED_PROVIDERS = new Set(['openai']);

/**
 * `o` itself, unless it is an empty Messages reply on a bridged route and the Responses request (`ask`) says why:
 * then that outcome, marked `bridged`, stands for it.
 */
export async function throughBridge(
  o: ProbeOutcome,
  d: Deployment,
  ask: (surface: 'responses' | 'responses-tools') => Promise<ProbeOutcome>,
): Promise<ProbeOutcome> {
  const messages = o.endpoint === 'messages' || o.endpoint === 'messages-tools';
  if (!messages || o.problem !== 'empty-reply' || !BRIDGED_PROVIDERS.has(d.litellm?.provider ?? d.provider ?? '')) return o;
  const r = await ask(o.endpoint === 'messages' ? 'responses' : 'responses-tools');
  const says = r.problem === 'failed-response' || (r.problem === 'empty-reply' && r.finishReason);
  return says ? { ...r, endpoint: o.endpoint, latencyMs: o.latencyMs, bridged: 'responses' } : o;
}

/** The diagnosis of a bridged outcome says where its words come from. */
export function bridgeNoted(d: Diagnosis, o: ProbeOutcome): Diagnosis {
  if (o.bridged !== 'responses') return d;
  return {
    ...d,
    summary: `${d.summary.replace(/\.$/, '')} (LiteLLM's Messages API answered an empty reply: it sends this route's Messages requests to the server's Responses API, and the same request there says this).`,
  };
}
