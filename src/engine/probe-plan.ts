// Which probe reaches which deployment: by alias, or by model_info.id when an alias is load-balanced.
import type { Deployment } from '../config/types.ts';

/** One probe target: a deployment, and the id that reaches it alone when its alias is load-balanced. */
export interface ProbePlan {
  deployment: Deployment;
  deploymentId: string | null;
}

/**
 * What to probe. An alias defined once is probed by its name. An alias defined several times is
 * load-balanced by LiteLLM, so a probe by name reaches one deployment at random; when the proxy is ours,
 * each deployment is probed by its model_info.id instead (the private copy gives one to those without).
 * On someone else's proxy that works where the id is known (its /v1/model/info lists them); else the alias.
 */
export function probePlan(deployments: readonly Deployment[], ownProxy: boolean): ProbePlan[] {
  const count = new Map<string, number>();
  for (const d of deployments) count.set(d.alias, (count.get(d.alias) ?? 0) + 1);
  const seen = new Set<string>();
  const plan: ProbePlan[] = [];
  for (const d of deployments) {
    if ((count.get(d.alias) ?? 0) > 1 && (ownProxy || d.modelId)) plan.push({ deployment: d, deploymentId: d.modelId ?? generatedId(d) });
    else if (!seen.has(d.alias)) plan.push({ deployment: d, deploymentId: null });
    seen.add(d.alias);
  }
  return plan;
}

const generatedId = (d: Deployment) => `verify-litellm-${d.order + 1}`;
