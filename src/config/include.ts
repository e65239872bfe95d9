// `include:` as the proxy merges it: the files a config names, read and folded into one config.
import fs from 'node:fs';
import path from 'node:path';
import type { LiteLLMConfig } from './types.ts';
import { MAX_CONFIG_BYTES } from './yaml.ts';
import { VerifyError } from '../util/errors.ts';

/** Most files one config may pull in through `include:` (nested ones included). */
const MAX_INCLUDES = 50;

export function readIncluded(file: string, shown: string): Buffer {
  try {
    const stat = fs.statSync(file);
    if (stat.size > MAX_CONFIG_BYTES) throw new Error(`${stat.size} bytes`);
    return fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new VerifyError(
      `${shown}: ${code === 'ENOENT' ? 'included file not found' : `cannot read the included file (${code ?? (error as Error).message})`}; LiteLLM would not start.`,
      'config',
      { file: shown, fix: 'Fix the path under `include:`; LiteLLM reads it relative to the file that names it.' },
    );
  }
}

/**
 * Merges the files named under `include:` as the proxy does (litellm/proxy/common_utils/config_includes.py,
 * 1.108.7): each path relative to the file that names it, breadth-first, a file read once; list values
 * (model_list) are extended, other top-level values replaced.
 */
export function withIncludes(root: LiteLLMConfig, read: (absolute: string, shown: string) => LiteLLMConfig): LiteLLMConfig {
  const entriesOf = (c: LiteLLMConfig): string[] => {
    const list = c.raw.include;
    if (list === undefined) return [];
    if (!Array.isArray(list) || !list.every((e) => typeof e === 'string'))
      throw new VerifyError(`${c.displayPath}: \`include\` must be a list of file paths; LiteLLM refuses anything else.`, 'config', {
        file: c.displayPath,
        line: c.topLevel.get('include')?.line,
      });
    return list as string[];
  };
  const pending = entriesOf(root).map((entry) => ({ entry, from: root }));
  const loaded = new Set([path.resolve(root.absolutePath)]);
  const merged: LiteLLMConfig = {
    ...root,
    deployments: [...root.deployments],
    envRefs: [...root.envRefs],
    duplicateKeys: [...root.duplicateKeys],
    included: [],
    includedFiles: {},
  };
  let hasModelList = root.raw.model_list !== undefined;
  while (pending.length) {
    const { entry, from } = pending.shift()!;
    const absolute = path.resolve(path.dirname(from.absolutePath), entry);
    if (loaded.has(absolute)) continue;
    if (loaded.size > MAX_INCLUDES)
      throw new VerifyError(`${root.displayPath}: more than ${MAX_INCLUDES} included files.`, 'config', { file: root.displayPath });
    loaded.add(absolute);
    const shown = path.join(path.dirname(from.displayPath), entry);
    const inc = read(absolute, shown);
    merged.included.push(absolute);
    merged.includedFiles![absolute] = { displayPath: inc.displayPath, topLevel: inc.topLevel };
    for (const d of inc.deployments) merged.deployments.push({ ...d, order: merged.deployments.length });
    merged.envRefs.push(...inc.envRefs);
    merged.duplicateKeys.push(...inc.duplicateKeys);
    if (inc.raw.model_list !== undefined) hasModelList = true;
    for (const key of ['litellm_settings', 'general_settings', 'router_settings', 'environment_variables'] as const) {
      if (inc.raw[key] === undefined) continue;
      const field = (
        {
          litellm_settings: 'litellmSettings',
          general_settings: 'generalSettings',
          router_settings: 'routerSettings',
          environment_variables: 'environmentVariables',
        } as const
      )[key];
      merged[field] = inc[field];
    }
    for (const [key, at] of inc.topLevel) if (!merged.topLevel.has(key)) merged.topLevel.set(key, at);
    pending.push(...entriesOf(inc).map((e) => ({ entry: e, from: inc })));
  }
  if (!hasModelList)
    throw new VerifyError(`${root.displayPath}:1:1: ${noModelList(merged.generalSettings, root.raw)}`, 'config', {
      file: root.displayPath,
      line: 1,
      column: 1,
    });
  return merged;
}

/**
 * LiteLLM itself starts without a model_list (its models then come from the database or the admin API), but
 * such a file gives verify-litellm nothing to probe.
 */
export function noModelList(generalSettings: Record<string, unknown>, raw: Record<string, unknown> = {}): string {
  const wrapped = embeddedConfig(raw);
  if (wrapped)
    return `no \`model_list:\` at the top level: this file is a Kubernetes ${wrapped.kind} and the LiteLLM config is the text under \`data.${wrapped.key}\`. LiteLLM reads only the top level of the file it is given (it would start with no model), so there is nothing to verify; save that text as its own file (what the pod mounts) and point the config at it.`;
  const nested = nestedConfig(raw);
  if (nested)
    return `no \`model_list:\` at the top level: the LiteLLM config is the mapping under \`${nested}:\`${nested === 'proxy_config' ? " (Helm values: LiteLLM's chart renders `proxy_config` as the proxy's config.yaml)" : ''}. LiteLLM reads only the top level of the file it is given (it would start with no model), so there is nothing to verify; save that mapping as its own file (what the pod mounts) and point the config at it.`;
  const fromDb = generalSettings.store_model_in_db === true;
  return `no \`model_list:\` found, so there is nothing to verify${fromDb ? ' (with store_model_in_db: true LiteLLM reads its models from the database, which verify-litellm never uses)' : ''}; list the routes to check as \`- model_name: ...\` entries, each with \`litellm_params.model\`.`;
}

/**
 * A Kubernetes manifest holding the config as text (faisalbasha1982/deploy-vllm-llmLite's ConfigMap: `kind:
 * ConfigMap`, `data: {config.yaml: "model_list: ..."}`): the kind and the data key whose text names model_list.
 */
function embeddedConfig(raw: Record<string, unknown>): { kind: string; key: string } | null {
  const data = raw.data ?? raw.stringData;
  if (typeof raw.kind !== 'string' || typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const key = Object.keys(data).find((k) => {
    const text = (data as Record<string, unknown>)[k];
    return typeof text === 'string' && /^model_list\s*:/m.test(text);
  });
  return key === undefined ? null : { kind: raw.kind.slice(0, 40), key: key.slice(0, 80) };
}

/**
 * Helm values holding the config as a mapping (girishn/rag-platform-eks, rstuhlmuller/homelab: `proxy_config:
 * {model_list: ...}`, which BerriAI/litellm deploy/charts/litellm-helm/templates/configmap-litellm.yaml renders
 * as config.yaml; jcserv/homelab's own chart uses `config:`): the top-level key whose mapping holds model_list.
 */
function nestedConfig(raw: Record<string, unknown>): string | null {
  const key = Object.keys(raw).find((k) => {
    const value = raw[k];
    return typeof value === 'object' && value !== null && !Array.isArray(value) && 'model_list' in value;
  });
  return key === undefined ? null : key.slice(0, 80);
}
