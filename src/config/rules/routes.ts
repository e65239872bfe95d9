// Lint rules about what each probed route needs to reach its upstream safely: the variables it reads set,
// an api_base that is a usable URL, its key read from the environment, the master key where LiteLLM reads it.
import { agreedHost } from '../../util/url-host.ts';
import { finding, settingAt, type Finding, type Rule, type Severity } from '../finding.ts';
import { setting } from '../../options/settings.ts';

export const envUnset: Rule = (config, ctx) => {
  const out: Finding[] = [];
  // `environment_variables` set in the config do not count: the proxy resolves every os.environ/ of the model list
  // in get_config and applies environment_variables afterwards, in load_config (proxy_server.py, 1.108.7; a
  // deployment reading a name only environment_variables sets gets api_key None, checked against the installed proxy).
  const fromConfig = config.environmentVariables;
  // `general_settings.key_management_system` (0poiu789/llm-access-gateway: hashicorp_vault): the real proxy asks that
  // secret manager for os.environ/ names and falls back to the environment when it cannot (LiteLLM 1.108.7
  // secret_managers/main.py get_secret); verify-litellm's proxy has no access to it, so the environment is what counts.
  const manager = config.generalSettings.key_management_system;
  const viaManager =
    typeof manager === 'string' && manager
      ? ` The config reads its secrets through ${manager.slice(0, 40)} (general_settings.key_management_system); verify-litellm's proxy cannot reach it, and LiteLLM then falls back to the environment.`
      : '';
  for (const d of ctx.deployments) {
    // `mock_response` (ShivSingh96/litellm-gateway-demo: every route): LiteLLM 1.108.7 returns the mock before it
    // calls the provider (litellm/main.py completion: `if mock_response or mock_tool_calls or mock_timeout: return
    // mock_completion(...)`), so the key and api_base it would have read are never used.
    if (answersWithMock(d.params.mock_response)) continue;
    for (const ref of d.envRefs) {
      const value = ctx.env(ref.name);
      if (value !== undefined && value !== '') continue;
      const late =
        ref.name in fromConfig
          ? ` The config's \`environment_variables\` sets ${ref.name}, but only after LiteLLM has read the model list, so it does not reach this route.`
          : '';
      const how = ctx.inputVariables.includes(ref.name)
        ? `pass it as ${setting(ref.name)} (in a workflow: \`${ref.name}: \${{ secrets.${ref.name} }}\`)`
        : `pass it in the step's \`env:\` (\`${ref.name}: \${{ secrets.${ref.name} }}\`) or export it before running the CLI`;
      out.push({
        ...finding(
          config,
          'error',
          'env-unset',
          ref.position,
          `'${d.alias}' reads \`os.environ/${ref.name}\` (in ${ref.param}), but ${ref.name} is ${value === '' ? 'empty' : 'not set'}. LiteLLM would silently turn it into null: ${unsetEffect(ref.param)}.${late}${viaManager}`,
          `Set ${ref.name}: ${how}.${ctx.inputVariables.includes(ref.name) ? ` Pull requests from forks get no secrets: set ${setting('on-missing-key')} to skip to pass such runs as skipped.` : ''}`,
          d.alias,
        ),
        variable: ref.name,
      });
    }
  }
  return out;
};

/**
 * What a null in place of the param does to the route. A key or header fails the call (or LiteLLM reads the provider's
 * key variable instead); any other setting falls back to LiteLLM's default or its own variable, and the route still runs:
 * `organization: os.environ/OPENAI_ORG_ID` (Gapminder/gapminder-ai) is sent as the OpenAI client's organization=None,
 * `api_version` as LiteLLM's default Azure version.
 */
function unsetEffect(param: string): string {
  if (param === 'model' || param === 'model_name') return 'the route has no model and fails';
  if (param === 'api_base') return "the route goes to the provider's default endpoint instead (or fails, where the provider has none)";
  if (/key|token|secret|password|credential|auth|header/i.test(param)) return 'the route would fail (or send another key)';
  return `the route runs without ${param} (LiteLLM's default, or what it reads from its own environment, takes its place), not as configured`;
}

/**
 * A route that answers with `mock_response` (ShivSingh96/litellm-gateway-demo, LukeHollandDev/litellm-claude-code):
 * LiteLLM returns that text without calling the model, so the probe passes whatever the upstream would do.
 */
export const mockResponse: Rule = (config, ctx) =>
  ctx.deployments
    .filter((d) => answersWithMock(d.params.mock_response))
    .map((d) =>
      finding(
        config,
        'notice',
        'mock-response',
        d.paramPositions.mock_response ?? d.position,
        `'${d.alias}' answers with \`mock_response\`: LiteLLM returns that text without calling \`${d.model}\`, so its pass says nothing about the upstream.`,
        'Remove `mock_response` to verify the real route.',
        d.alias,
      ),
    );

/** A mock_response LiteLLM answers with as written (a variable may resolve to nothing, so it is no mock here). */
function answersWithMock(mock: unknown): boolean {
  if (typeof mock === 'string') return mock !== '' && !mock.startsWith('os.environ/');
  return mock !== undefined && mock !== null && mock !== false && mock !== 0;
}

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|::1)$/i;
// Private addresses, single-label names (Compose service names may hold underscores: `swap_manager` in
// AnnaPakir/gpudisp), internal suffixes, and names whose last label is no top-level domain (Docker service names
// such as `llama-3.2-1b-instruct`): none of these cross the internet.
const PRIVATE =
  /^(10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+|[a-z0-9_-]+|.*\.(local|internal|lan|svc|cluster\.local|home\.arpa)|(?!\d+\.\d+\.\d+\.\d+$).*\.[a-z0-9-]*[0-9-][a-z0-9-]*)$/i;
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
    if (placeholder(raw)) continue; // envPlaceholder says what it is
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
    const agreed = agreedHost(value);
    if (agreed && 'disagree' in agreed) {
      // src/util/url-host.ts: LiteLLM sends the key to the host Python reads, while every check here reads Node's.
      flag(
        'error',
        'api-base-url',
        `api_base ${shown}names two hosts: ${agreed.disagree[0]} as Node and browsers read it, ${agreed.disagree[1]} as LiteLLM's HTTP client reads it (a backslash or a character URL parsers disagree on), so the key goes to ${agreed.disagree[1]}.`,
        URL_FIX,
      );
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
// Lowercase words joined by - _ . after the prefix (`sk-no-auth-required`, TheFermiSea/beefcake-swarm's placeholder
// for a keyless vLLM): no key a provider issues is spelled in words; theirs are random with digits or capitals.
const WORDS = /^(?:sk-|sk_|key-|gsk_|xai-|hf_|pk-)?[a-z]+(?:[-_.][a-z]+)+$/;

export const literalKey: Rule = (config, ctx) => {
  const out: Finding[] = [];
  for (const d of ctx.deployments) {
    const key = d.params.api_key;
    if (typeof key !== 'string' || key.startsWith('os.environ/') || !KEY_LIKE.test(key) || WORDS.test(key)) continue;
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

/**
 * Variable syntax of shells, compose files and templates (`${X}`, `${X:-d}`, `$X`, `env("X")`, `os.getenv("X")`,
 * `{{ X }}`, `${{ secrets.X }}`), and `env/X` written for `os.environ/X` (CentroGeo/sigic-n8n). LiteLLM expands none
 * of them: ProxyConfig resolves only `os.environ/NAME` (1.108.7, checked with get_config: `api_key: ${OPENAI_API_KEY}`
 * and `api_key: env/GEMINI_API_KEY` stay that text; get_secret knows only the `os.environ/` and `oidc/` prefixes), so
 * the text itself is sent.
 */
const PLACEHOLDER =
  /^(?:\$\{\{\s*([\w.]+)\s*\}\}|\$\{\s*([A-Za-z_]\w*)\s*(?:[:?=+-][^}]*)?\}|\$([A-Za-z_]\w*)|(?:os\.)?(?:env|getenv|environ\.get)\(\s*["']?([A-Za-z_]\w*)["']?\s*(?:,[^)]*)?\)|\{\{\s*([\w.]+)\s*\}\}|(?:env|environ|os\.env)\/([A-Za-z_]\w*))$/;

/** The variable a placeholder names (`secrets.X` -> X), or null when the value is no placeholder. */
function placeholder(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 120) return null;
  const m = PLACEHOLDER.exec(value.trim());
  return m ? (m.slice(1).find((g) => g !== undefined) ?? '').split('.').pop()! : null;
}

export const envPlaceholder: Rule = (config, ctx) => {
  const out: Finding[] = [];
  for (const d of ctx.deployments)
    for (const [param, value] of Object.entries(d.params)) {
      // `model: ollama_chat/${LOCAL_PRIMARY_MODEL}` (Achiral-AI/harp): the placeholder after the provider prefix is
      // sent as the model name. os.environ/ resolves only a whole value, so the variable must hold `provider/model`.
      const whole = placeholder(value);
      // Only `${X}`, `$X` and `{{ X }}` there: `openai/env/x` may well be a model's own name.
      const tail = param === 'model' && typeof value === 'string' ? value.slice(value.indexOf('/') + 1) : '';
      const afterPrefix = whole === null && /^[${]/.test(tail) ? placeholder(tail) : null;
      const name = whole ?? afterPrefix;
      if (name === null) continue;
      out.push(
        finding(
          config,
          param === 'api_base' || param === 'model' ? 'error' : 'warning',
          'env-placeholder',
          d.paramPositions[param] ?? d.position,
          `'${d.alias}': ${param} is the text \`${String(value).trim()}\`, which LiteLLM does not expand (it reads a variable only through \`os.environ/NAME\`), so it uses that text as the ${param}.`,
          afterPrefix !== null
            ? `Write \`model: os.environ/${name}\` with the whole \`${String(value).slice(0, String(value).indexOf('/'))}/<model>\` in ${name} (LiteLLM resolves only a whole value), unless something substitutes the file before LiteLLM reads it.`
            : `Write \`${param}: os.environ/${name}\`, unless something substitutes the file before LiteLLM reads it.`,
          d.alias,
        ),
      );
    }
  // `model_name: "{{PROMPT_AGENT_MODEL_ALIAS}}"` (cmw2/openwebui-litellm, a file a deploy step renders): LiteLLM serves the
  // route under that text (it resolves only `os.environ/` in model_name), so a client asking for the name meant gets
  // "Invalid model name"; verify-litellm probes the text and passes, so only the lint can say it.
  for (const d of ctx.deployments) {
    const name = placeholder(d.alias);
    if (name === null) continue;
    out.push(
      finding(
        config,
        'warning',
        'env-placeholder',
        d.position,
        `'${d.alias}': model_name is the text \`${d.alias.trim().slice(0, 80)}\`, which LiteLLM does not expand: the proxy serves the route under that text, and clients asking for the name you meant are answered "Invalid model name".`,
        `Write \`model_name: os.environ/${name}\` (LiteLLM resolves it there too), unless something substitutes the file before LiteLLM reads it.`,
        d.alias,
      ),
    );
  }
  // `master_key: ${LITELLM_MASTER_KEY}` (Achiral-AI/harp): the proxy's key becomes that text (master_key_boot_check.py
  // refuses only unset, empty and publicly known keys), so every client sending the real key gets 401. verify-litellm
  // starts its proxy with a key of its own, so only the lint can say it.
  const masterKey = placeholder(config.generalSettings.master_key);
  if (masterKey !== null)
    out.push(
      finding(
        config,
        'warning',
        'env-placeholder',
        settingAt(config, 'general_settings', 'master_key'),
        `general_settings.master_key is the text \`${String(config.generalSettings.master_key).trim().slice(0, 80)}\`, which LiteLLM does not expand: the proxy's master key is that text, and clients sending the key you meant are refused (401).`,
        `Write \`master_key: os.environ/${masterKey}\` (or leave it out: LiteLLM reads LITELLM_MASTER_KEY itself), unless something substitutes the file before LiteLLM reads it.`,
      ),
    );
  // `environment_variables: {OPENAI_API_KEY: ${OPENAI_API_KEY}}` (Kode-Rex/insight-mesh): the proxy sets the variable to
  // that text (proxy_server.py _load_environment_variables: os.environ[key] = str(value)), replacing the real value for
  // everything that reads it afterwards (a route with no api_key reads its provider's variable at request time).
  for (const [name, value] of Object.entries(config.environmentVariables)) {
    const inner = placeholder(value);
    if (inner === null) continue;
    out.push(
      finding(
        config,
        'warning',
        'env-placeholder',
        settingAt(config, 'environment_variables', name),
        `environment_variables sets ${name.slice(0, 80)} to the text \`${String(value).trim().slice(0, 80)}\`, which LiteLLM does not expand: the proxy's ${name.slice(0, 80)} becomes that text, in place of the value it had.`,
        `Remove the entry (the proxy already has ${name.slice(0, 80)} from its environment), or write \`${name.slice(0, 80)}: os.environ/${inner}\`.`,
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
