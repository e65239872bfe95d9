// Static checks on a LiteLLM config, run before anything is installed or started.
// Each rule is a small pure function: (config, context) -> findings. Add a rule by adding a function to RULES.
import { isPlainObject } from './load.ts';
import type { Deployment, LiteLLMConfig, Position } from './types.ts';
import { deniedVariables, riskyEnvironmentVariables } from './lint-security.ts';
import { setting } from '../options/settings.ts';

export type Severity = 'error' | 'warning' | 'notice';

export interface Finding {
  severity: Severity;
  rule: string;
  message: string;
  fix?: string;
  file: string;
  line: number;
  column: number;
  alias?: string;
  /** For env-unset: the variable that is missing. */
  variable?: string;
}

export interface LintContext {
  /** The deployments that will be probed (rules about routes only look at these). */
  deployments: readonly Deployment[];
  /** Looks up an environment variable the proxy will see (the VLLM_KEY input included). */
  env: (name: string) => string | undefined;
  /** Temperature the probes send, or null when omitted. */
  temperature: number | null;
  /** Names of the inputs that feed env vars, for the fix text (e.g. VLLM_KEY -> the `VLLM_KEY` input). */
  inputVariables: readonly string[];
}

type Rule = (config: LiteLLMConfig, ctx: LintContext) => Finding[];

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

export const finding = (
  config: LiteLLMConfig,
  severity: Severity,
  rule: string,
  position: Position,
  message: string,
  fix?: string,
  alias?: string,
  file?: string,
): Finding => ({
  severity,
  rule,
  message,
  fix,
  file: file ?? config.displayPath,
  line: position.line,
  column: position.column,
  alias,
});

export const envUnset: Rule = (config, ctx) => {
  const out: Finding[] = [];
  const fromConfig = config.environmentVariables; // names the config sets itself count as set
  for (const d of ctx.deployments) {
    for (const ref of d.envRefs) {
      const value = ctx.env(ref.name) ?? (typeof fromConfig[ref.name] === 'string' ? (fromConfig[ref.name] as string) : undefined);
      if (value !== undefined && value !== '') continue;
      const how = ctx.inputVariables.includes(ref.name)
        ? `pass it as ${setting(ref.name)} (in a workflow: \`${ref.name}: \${{ secrets.${ref.name} }}\`)`
        : `pass it in the step's \`env:\` (\`${ref.name}: \${{ secrets.${ref.name} }}\`) or export it before running the CLI`;
      out.push({
        ...finding(
          config,
          'error',
          'env-unset',
          ref.position,
          `'${d.alias}' reads \`os.environ/${ref.name}\` (in ${ref.param}), but ${ref.name} is ${value === '' ? 'empty' : 'not set'}. LiteLLM would silently turn it into null and the route would fail (or send another key).`,
          `Set ${ref.name}: ${how}.${ctx.inputVariables.includes(ref.name) ? ` Pull requests from forks get no secrets: set ${setting('on-missing-key')} to skip to pass such runs as skipped.` : ''}`,
          d.alias,
        ),
        variable: ref.name,
      });
    }
  }
  return out;
};

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|::1)$/i;
// Private addresses, single-label names, internal suffixes, and names whose last label is no top-level domain
// (Docker service names such as `llama-3.2-1b-instruct`): none of these cross the internet.
const PRIVATE =
  /^(10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+|[a-z0-9-]+|.*\.(local|internal|lan|svc|cluster\.local|home\.arpa)|(?!\d+\.\d+\.\d+\.\d+$).*\.[a-z0-9-]*[0-9-][a-z0-9-]*)$/i;
const DOCKER_BRIDGE = /^(172\.17\.0\.1|host\.docker\.internal)$/i;

export const apiBase: Rule = (config, ctx) => {
  const out: Finding[] = [];
  const URL_FIX = 'Write the full URL with scheme, e.g. `http://127.0.0.1:8000/v1`.';
  for (const d of ctx.deployments) {
    const raw = d.params.api_base;
    if (raw === undefined || raw === null) continue;
    const at = d.paramPositions.api_base ?? d.position;
    const flag = (severity: Severity, rule: string, message: string, fix: string) =>
      out.push(finding(config, severity, rule, at, `'${d.alias}': ${message}`, fix, d.alias));
    if (typeof raw !== 'string') {
      flag('error', 'api-base-url', `api_base must be a URL string; found ${typeof raw}.`, 'Write e.g. `api_base: http://127.0.0.1:8000/v1`.');
      continue;
    }
    // A referenced variable is checked through its value, without printing it.
    const ref = d.envRefs.find((r) => r.param === 'api_base');
    const value = ref ? ctx.env(ref.name) : raw;
    if (!value) continue;
    const shown = ref ? `(from ${ref.name}) ` : `\`${raw}\` `;
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      // WHATWG URL refuses some host names Python's httpx takes (a Docker service `nomic-embed-v1.5` reads as a bad IPv4).
      if (!/^https?:\/\/[A-Za-z0-9._~-]+(:\d{1,5})?(\/\S*)?$/.test(value)) flag('error', 'api-base-url', `api_base ${shown}is not an absolute URL.`, URL_FIX);
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      // `localhost:8000/v1` parses as scheme `localhost:`: say the scheme is missing rather than name a bogus one.
      const what = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? `uses ${url.protocol.replace(':', '')}://` : 'has no http:// or https:// scheme';
      flag('error', 'api-base-url', `api_base ${shown}${what}; LiteLLM needs an http:// or https:// URL.`, URL_FIX);
      continue;
    }
    const host = url.hostname;
    if (DOCKER_BRIDGE.test(host))
      flag(
        'warning',
        'docker-bridge',
        `api_base ${host} is the Docker bridge; on a hosted runner it reaches only a server started on that same runner.`,
        'Start the model server in an earlier step of the job, or use a reachable host.',
      );
    else if (url.protocol === 'http:' && !LOOPBACK.test(host) && !PRIVATE.test(host))
      flag(
        'warning',
        'plain-http',
        `api_base uses plain http:// to ${host}; the API key travels in clear text.`,
        'Use https:// for servers outside your network.',
      );
  }
  return out;
};

// A provider prefix and enough characters to be a real key (`sk-1234`, `sk-uj6F` are placeholders), or a long token.
const KEY_LIKE = /^(sk-|sk_|key-|gsk_|xai-|AIza|hf_|pk-|Bearer )[A-Za-z0-9_\-.]{16,}$|^[A-Za-z0-9_\-.]{32,}$/;

export const literalKey: Rule = (config, ctx) => {
  const out: Finding[] = [];
  for (const d of ctx.deployments) {
    const key = d.params.api_key;
    if (typeof key !== 'string' || key.startsWith('os.environ/') || !KEY_LIKE.test(key)) continue;
    out.push(
      finding(
        config,
        'warning',
        'literal-key',
        d.paramPositions.api_key ?? d.position,
        `'${d.alias}': api_key is a literal secret committed in the config.`,
        'Rotate the key and read it from the environment: `api_key: os.environ/VLLM_KEY`.',
        d.alias,
      ),
    );
  }
  return out;
};

export const masterKeyPlacement: Rule = (config) => {
  const at = config.settingPositions['litellm_settings.master_key'];
  if (!at) return [];
  return [
    finding(
      config,
      'warning',
      'master-key-placement',
      at,
      '`master_key` under `litellm_settings` is ignored by LiteLLM: the proxy runs without the key you meant to set.',
      'Move it to `general_settings: {master_key: os.environ/LITELLM_MASTER_KEY}`.',
    ),
  ];
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

/** True when LiteLLM will remove temperature from requests to this deployment. */
export function dropsTemperature(config: LiteLLMConfig, d: Deployment): boolean {
  const lists = [d.params.additional_drop_params, config.litellmSettings.additional_drop_params];
  if (lists.some((l) => Array.isArray(l) && l.includes('temperature'))) return true;
  const on = (v: unknown) => v === true || (typeof v === 'string' && /^(true|yes|1)$/i.test(v)); // as LiteLLM's pydantic reads it
  return on(d.params.drop_params) || (d.params.drop_params === undefined && on(config.litellmSettings.drop_params));
}

export const unknownTopLevel: Rule = (config) => {
  const out: Finding[] = [];
  for (const [key, at] of config.topLevel) {
    if (KNOWN_TOP_LEVEL.has(key)) continue;
    // Anything else is ignored by LiteLLM and may be the user's own (anchors, notes): only a near miss is worth a word.
    const hint = [...KNOWN_TOP_LEVEL].find((k) => Math.abs(k.length - key.length) <= 2 && editDistance(k, key) <= 2);
    if (!hint) continue;
    out.push(
      finding(
        config,
        'warning',
        'unknown-key',
        at,
        `unknown top-level key \`${key.length > 60 ? `${key.slice(0, 60)}...` : key}\`; LiteLLM ignores it.`,
        `Did you mean \`${hint}\`?`,
      ),
    );
  }
  return out;
};

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
        config.settingPositions['litellm_settings.additional_drop_params'] ?? at('litellm_settings'),
        'litellm_settings.additional_drop_params must be a list, e.g. `["temperature"]`.',
      ),
    );
  return out;
};

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

export const RULES: readonly Rule[] = [
  duplicateKey,
  types,
  unknownTopLevel,
  envUnset,
  apiBase,
  literalKey,
  masterKeyPlacement,
  duplicateAlias,
  deniedVariables,
  riskyEnvironmentVariables,
];

/** Findings kept per rule: a config with thousands of junk keys must not flood the annotations and summary. */
export const MAX_FINDINGS_PER_RULE = 50;

export function lintConfig(config: LiteLLMConfig, ctx: LintContext): Finding[] {
  const order: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };
  return RULES.flatMap((rule) => capped(rule(config, ctx))).sort((a, b) => order[a.severity] - order[b.severity] || a.line - b.line);
}

function capped(findings: Finding[]): Finding[] {
  if (findings.length <= MAX_FINDINGS_PER_RULE) return findings;
  const kept = findings.slice(0, MAX_FINDINGS_PER_RULE);
  const last = kept[kept.length - 1]!;
  return [
    ...kept,
    {
      ...last,
      alias: undefined,
      variable: undefined,
      message: `... and ${findings.length - kept.length} more like these (${last.rule}); fix the ones above and run again.`,
      fix: undefined,
    },
  ];
}

/** A short rendering of a config value for a message; never throws. */
function preview(value: unknown): string {
  try {
    return String(JSON.stringify(value)).slice(0, 40);
  } catch {
    return String(typeof value);
  }
}

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) dp[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) dp[i]![j] = Math.min(dp[i - 1]![j]! + 1, dp[i]![j - 1]! + 1, dp[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return dp[a.length]![b.length]!;
}
