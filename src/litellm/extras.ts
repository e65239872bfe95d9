// Which of LiteLLM's optional extras the probed routes need beside `[proxy]`, and a finding when LiteLLM's own
// answer shows a route that needs one the install lacks. Today one extra matters: `google` (lock.ts KNOWN_EXTRAS).
import type { Deployment, LiteLLMConfig } from '../config/types.ts';
import { finding, type Finding } from '../config/finding.ts';
import { setting } from '../options/settings.ts';
import type { Extra } from './lock.ts';
import type { OracleAnswer } from './oracle.ts';

/**
 * LiteLLM signs every Vertex AI call (`vertex_ai`, `vertex_ai_beta`, partner models on Vertex) with google-auth,
 * imported when the route is called; without it the call fails with "Google Cloud SDK not found. Install it with:
 * pip install 'litellm[google]'" (llms/vertex_ai/vertex_llm_base.py, 1.108.7). `gemini/` (AI Studio) takes an
 * API key and needs none of it.
 */
export const signsWithGoogleAuth = (provider: string | null | undefined): boolean => typeof provider === 'string' && /^vertex_ai(_|$)/.test(provider);
const needsGoogle = signsWithGoogleAuth;

/**
 * Before anything is installed, the extras the probed routes name: the model's provider prefix or
 * `custom_llm_provider`. A bare model name LiteLLM maps to Vertex itself (`text-embedding-004`) is only known
 * once LiteLLM answers; `missingExtras` says so then.
 */
export function extrasFor(deployments: readonly Deployment[]): Extra[] {
  const named = (d: Deployment) => (typeof d.params.custom_llm_provider === 'string' ? d.params.custom_llm_provider : d.provider);
  return deployments.some((d) => needsGoogle(named(d))) ? ['google'] : [];
}

/** Probed routes LiteLLM resolves to a provider whose extra is not installed: each fails inside LiteLLM when called. */
export function missingExtras(config: LiteLLMConfig, answer: OracleAnswer, probed: readonly Deployment[], installed: readonly Extra[]): Finding[] {
  if (installed.includes('google')) return [];
  const indices = new Set(probed.map((d) => d.index));
  return answer.deployments
    .filter((a) => indices.has(a.index) && needsGoogle(a.provider))
    .map((a) => {
      const d = probed.find((p) => p.index === a.index)!;
      return finding(
        config,
        'warning',
        'litellm-extra-missing',
        d.paramPositions.model ?? d.position,
        `'${d.alias}' is a Vertex AI route (LiteLLM resolves \`${d.model}\` to ${a.provider}), which LiteLLM signs with google-auth from its \`google\` extra; this run installed litellm[proxy] without it, so LiteLLM fails the route before calling Vertex AI.`,
        `Set ${setting('litellm-extras')} to \`google\` (or \`auto\` with a \`vertex_ai/\` prefix on the model), as LiteLLM's Docker image has it.`,
        d.alias,
      );
    });
}
