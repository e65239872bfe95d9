// Aliases of an already-deployed proxy, for probing it without a local config: /model/info names the
// routed model and mode (LiteLLM answers it for the master key); /v1/models, the ids only, is the fallback.
import type { Deployment, LiteLLMConfig } from '../config/types.ts';
import { httpRequest } from '../probe/http.ts';
import type { ProbeTarget } from '../probe/outcome.ts';
import { parseJson } from '../probe/replies.ts';
import { VerifyError } from '../util/errors.ts';
import { setting } from '../options/settings.ts';

interface RemoteModel {
  alias: string;
  model: string;
  apiBase: string | null;
  mode: string | null;
  /** model_info.id: LiteLLM's per-deployment id, which reaches that deployment alone. */
  modelId: string | null;
}

export function parseModelInfo(body: unknown): RemoteModel[] | null {
  const data = (body as { data?: unknown } | undefined)?.data;
  if (!Array.isArray(data)) return null;
  return data.flatMap((entry: Record<string, unknown> | null) => {
    // The proxy's text: an entry may be anything (null in a list from something that is not LiteLLM).
    if (typeof entry !== 'object' || entry === null) return [];
    const alias = entry.model_name ?? entry.id;
    if (typeof alias !== 'string') return [];
    const params = (entry.litellm_params ?? {}) as Record<string, unknown>;
    const info = (entry.model_info ?? {}) as Record<string, unknown>;
    return [
      {
        alias,
        model: typeof params.model === 'string' ? params.model : '(remote)',
        apiBase: typeof params.api_base === 'string' ? params.api_base : null,
        modelId: typeof info.id === 'string' ? info.id : null,
        mode: typeof info.mode === 'string' ? info.mode : typeof entry.mode === 'string' ? entry.mode : null,
      },
    ];
  });
}

export async function remoteDeployments(target: ProbeTarget, models: readonly string[] | 'all'): Promise<{ config: LiteLLMConfig; deployments: Deployment[] }> {
  let found: RemoteModel[] | null = null;
  for (const path of ['/v1/model/info', '/v1/models']) {
    try {
      const reply = await httpRequest(`${target.baseUrl}${path}`, {
        headers: { authorization: `Bearer ${target.masterKey}` },
        timeoutMs: target.timeoutMs,
        maxBytes: 8 * 1024 * 1024,
      });
      if (reply.status === 401 || reply.status === 403) {
        throw new VerifyError(`the proxy at ${target.baseUrl} refused the key in ${setting('proxy-key')} (HTTP ${reply.status}).`, 'input', {
          fix: `Pass a key the proxy accepts (its master key or a virtual key) as ${setting('proxy-key')}.`,
        });
      }
      if (reply.status === 200) found = parseModelInfo(parseJson(reply.text));
    } catch (error) {
      if (error instanceof VerifyError) throw error;
      throw new VerifyError(`cannot reach the proxy at ${target.baseUrl}: ${(error as Error).message}.`, 'start', {
        fix: `Check ${setting('proxy-url')} (e.g. https://litellm.example.com) and that the runner can reach it.`,
      });
    }
    if (found) break;
  }
  if (!found)
    throw new VerifyError(`the proxy at ${target.baseUrl} did not list its models (/v1/model/info, /v1/models).`, 'start', {
      fix: `Check that ${setting('proxy-url')} points at a LiteLLM proxy, or give the config (${setting('config')}).`,
    });
  const wanted = models === 'all' ? null : new Set(models);
  if (wanted) {
    const missing = [...wanted].filter((m) => !found!.some((r) => r.alias === m));
    if (missing.length)
      throw new VerifyError(
        `${setting('models')} names ${missing.join(', ')}, not served by the proxy (it serves ${found.map((r) => r.alias).join(', ') || 'nothing'}).`,
        'input',
      );
  }
  const display = `${target.baseUrl}/v1/models`;
  const deployments: Deployment[] = found
    .filter((r) => !wanted || wanted.has(r.alias))
    .map((r, index) => ({
      index,
      order: index,
      file: display,
      absoluteFile: display,
      alias: r.alias,
      model: r.model,
      provider: r.model.includes('/') ? r.model.split('/')[0]! : null,
      apiBase: r.apiBase,
      params: {},
      mode: r.mode,
      modelId: r.modelId,
      envRefs: [],
      position: { line: 0, column: 0 },
      paramPositions: {},
      litellm: null,
    }));
  const config: LiteLLMConfig = {
    displayPath: display,
    absolutePath: display,
    deployments,
    litellmSettings: {},
    generalSettings: {},
    routerSettings: {},
    environmentVariables: {},
    raw: {},
    topLevel: new Map(),
    settingPositions: {},
    text: '',
    envRefs: [],
    included: [],
    duplicateKeys: [],
  };
  return { config, deployments };
}
