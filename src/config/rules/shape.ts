// Lint rules about the config's shape: keys LiteLLM does not know, values of the wrong type, keys and
// aliases written twice. None of them looks at the environment.
import { finding, settingAt, type Finding, type Rule } from '../finding.ts';
import { isPlainObject } from '../load.ts';
import type { Deployment, LiteLLMConfig, Position } from '../types.ts';
import { editDistance } from '../../util/near-miss.ts';

/**
 * Top-level sections LiteLLM's proxy reads (`config.get("...")` in litellm/proxy/proxy_server.py, 1.108.7).
 * LiteLLM ignores any other key, so only a near miss of one of these (a typo) is reported.
 */
export const KNOWN_TOP_LEVEL = new Set([
  'agents',
  'classifier_plugin',
  'default_vertex_config',
  'pass_through_endpoints',
  'plugins',
  'sandbox_tools',
  'worker_registry',
  'model_list',
  'litellm_settings',
  'general_settings',
  'router_settings',
  'environment_variables',
  'include',
  'credential_list',
  'mcp_servers',
  'mcp_tools',
  'mcp_aliases',
  'guardrails',
  'callback_settings',
  'files_settings',
  'finetune_settings',
  'assistant_settings',
  'vector_store_registry',
  'search_tools',
  'prompts',
  'agent_list',
  'model_group_settings',
  'policies',
  'policy_attachments',
]);

/** A key written twice in one mapping: PyYAML keeps the last value without a word, so the first is dead text. */
export const duplicateKey: Rule = (config) =>
  config.duplicateKeys.map((k) =>
    finding(
      config,
      'warning',
      'duplicate-key',
      k.position,
      `\`${k.key}\` is also at line ${k.firstLine}; LiteLLM (PyYAML) silently keeps only this last one.`,
      'Remove one of the two, or merge them.',
      undefined,
      k.file,
    ),
  );

/** Shapes LiteLLM expects; a string where a list belongs fails late and obscurely inside the proxy. */
export const types: Rule = (config) => {
  const out: Finding[] = [];
  const at = (key: string) => config.topLevel.get(key) ?? { line: 1, column: 1 };
  for (const key of ['litellm_settings', 'general_settings', 'router_settings', 'environment_variables']) {
    const value = config.raw[key];
    if (value !== undefined && value !== null && !isPlainObject(value)) {
      out.push(finding(config, 'error', 'type', at(key), `\`${key}\` must be a mapping; found ${Array.isArray(value) ? 'a list' : typeof value}.`));
    }
  }
  for (const d of config.deployments) {
    const p = d.params;
    const pos = (k: string) => d.paramPositions[k] ?? d.position;
    const check = (key: string, ok: (v: unknown) => boolean, expected: string) => {
      if (p[key] !== undefined && p[key] !== null && !ok(p[key]))
        out.push(
          finding(
            config,
            'error',
            'type',
            pos(key),
            `'${d.alias}': litellm_params.${key} must be ${expected}; found ${Array.isArray(p[key]) ? 'a list' : typeof p[key]} \`${preview(p[key])}\`.`,
            undefined,
            d.alias,
          ),
        );
    };
    // Scalars LiteLLM coerces itself (its pydantic LiteLLM_Params: `drop_params: "true"`, `tpm: "20000"`) are
    // left to it (the oracle reports what it refuses); only shapes no reading can make a URL or key are caught here.
    check('api_base', (v) => typeof v === 'string', 'a URL string');
    check('api_key', (v) => typeof v !== 'object', 'a string (e.g. `os.environ/VLLM_KEY`)');
  }
  const ls = config.litellmSettings;
  if (ls.additional_drop_params !== undefined && !Array.isArray(ls.additional_drop_params))
    out.push(
      finding(
        config,
        'warning',
        'type',
        settingAt(config, 'litellm_settings', 'additional_drop_params'),
        'litellm_settings.additional_drop_params must be a list, e.g. `["temperature"]`.',
      ),
    );
  return out;
};

/**
 * `model_list: []` (JinY0ung-Shin/UniBridge: models added in the admin UI): LiteLLM loads it, but a run has
 * nothing to probe and refuses it (select.ts), so the lint must not call the file clean; a missing model_list
 * is the load's own error (include.ts noModelList).
 */
export const emptyModelList: Rule = (config) =>
  config.deployments.length > 0
    ? []
    : [
        finding(
          config,
          'error',
          'yaml',
          config.topLevel.get('model_list') ?? { line: 1, column: 1 },
          'model_list is empty, so there is nothing to verify (LiteLLM accepts it and serves only models added later through its database or admin API, which verify-litellm never uses).',
          'List the routes to check as `- model_name: ...` entries, each with `litellm_params.model`.',
        ),
      ];

/** A key LiteLLM never reads where it is written: a warning, since the file still loads. */
const unknownKey = (config: LiteLLMConfig, at: Position, message: string, fix: string, d?: Deployment): Finding =>
  finding(config, 'warning', 'unknown-key', at, message, fix, d?.alias, d?.file);

export const unknownTopLevel: Rule = (config) => {
  const out: Finding[] = [];
  for (const [key, at] of config.topLevel) {
    if (KNOWN_TOP_LEVEL.has(key)) continue;
    // Anything else is ignored by LiteLLM and may be the user's own (anchors, notes): only a near miss is worth a word.
    const hint = [...KNOWN_TOP_LEVEL].find((k) => Math.abs(k.length - key.length) <= 2 && editDistance(k, key) <= 2);
    if (!hint) continue;
    const shown = key.length > 60 ? `${key.slice(0, 60)}...` : key;
    out.push(unknownKey(config, at, `unknown top-level key \`${shown}\`; LiteLLM ignores it.`, `Did you mean \`${hint}\`?`));
  }
  return out;
};

/**
 * A config section written inside a model_list entry (ferreirase/litellm-personal: `litellm_settings` with
 * `mcp_servers` under a model). LiteLLM's Router keeps an entry's extra keys and reads none of them as settings
 * (types/router.py Deployment: `extra="allow"`; the proxy reads sections from the top level only), so the settings
 * are silently not applied. Entry-level `tpm`/`rpm` are not reported: the Router's routing strategies read them.
 */
export const sectionInEntry: Rule = (config, ctx) => {
  const out: Finding[] = [];
  for (const d of ctx.deployments)
    for (const [key, at] of Object.entries(d.entryKeys ?? {})) {
      if (!KNOWN_TOP_LEVEL.has(key)) continue;
      const message = `'${d.alias}': \`${key}\` is written inside this model_list entry, where LiteLLM never reads it: none of its settings apply.`;
      out.push(unknownKey(config, at, message, `Move \`${key}:\` to the top level of the file (a section of its own, not indented under the model).`, d));
    }
  return out;
};

export const duplicateAlias: Rule = (config) => {
  const seen = new Map<string, Deployment>();
  const out: Finding[] = [];
  for (const d of config.deployments) {
    const first = seen.get(d.alias);
    if (first)
      out.push(
        finding(
          config,
          'notice',
          'duplicate-alias',
          d.position,
          `'${d.alias}' is defined again (first at line ${first.position.line}); LiteLLM load-balances between the deployments, so a client's request may reach either one; each is probed on its own.`,
          undefined,
          d.alias,
        ),
      );
    else seen.set(d.alias, d);
  }
  return out;
};

/** A short rendering of a config value for a message; never throws. */
function preview(value: unknown): string {
  try {
    return String(JSON.stringify(value)).slice(0, 40);
  } catch {
    return String(typeof value);
  }
}
