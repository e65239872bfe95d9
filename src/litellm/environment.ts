// The proxy (and the installer) get an environment built from an allow-list, never the runner's whole
// environment: a stray OPENAI_API_KEY would otherwise be sent by LiteLLM to a custom api_base.

/** System basics a Python process needs, on every platform. Names are matched case-insensitively (Windows). */
const BASICS = [
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'SHELL',
  'LANG',
  'LANGUAGE',
  'TZ',
  'TMPDIR',
  'TEMP',
  'TMP',
  'SYSTEMROOT',
  'WINDIR',
  'COMSPEC',
  'PATHEXT',
  'USERPROFILE',
  'APPDATA',
  'LOCALAPPDATA',
  'PROGRAMDATA',
  'HOMEDRIVE',
  'HOMEPATH',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'REQUESTS_CA_BUNDLE',
  'CURL_CA_BUNDLE',
  // The runner's outbound proxy, which LiteLLM's HTTP client (1.108.7 aiohttp_transport.py: `getproxies()`, then
  // the scheme's entry or "all"), pip (requests) and uv all follow, ALL_PROXY included. Matched case-insensitively.
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'ALL_PROXY',
  'NO_PROXY',
  'XDG_CACHE_HOME',
  // Where actions/setup-python's Python finds libpython when its tool cache is not /opt/hostedtoolcache (self-hosted
  // runners, container jobs): python-versions links it with `--rpath=<that path>/lib` (builders/ubuntu-python-builder.psm1)
  // and setup-python exports LD_LIBRARY_PATH=<install>/lib (src/find-python.ts). Without it the interpreter cannot start.
  'LD_LIBRARY_PATH',
];
/** What pip and uv need besides the basics: index mirrors (which may carry credentials), caches, TLS. The proxy never gets these. */
const INSTALLER = [
  'UV_CACHE_DIR',
  'PIP_INDEX_URL',
  'PIP_EXTRA_INDEX_URL',
  'PIP_CONFIG_FILE',
  'UV_INDEX_URL',
  'UV_EXTRA_INDEX_URL',
  'UV_DEFAULT_INDEX',
  'UV_INDEX',
  'PIP_CERT',
  'PIP_CLIENT_CERT',
  'PIP_TRUSTED_HOST',
  'PIP_FIND_LINKS',
  'PIP_NO_INDEX',
  'PIP_DEFAULT_TIMEOUT',
  'PIP_RETRIES',
  'PIP_PROXY',
  'UV_NATIVE_TLS',
  'UV_SYSTEM_CERTS',
  'UV_INSECURE_HOST',
  'UV_INDEX_STRATEGY',
  'UV_FIND_LINKS',
  // Where pip (requests) and uv read index credentials besides the URL; ~/.netrc comes with HOME.
  'NETRC',
  'PIP_KEYRING_PROVIDER',
  'UV_KEYRING_PROVIDER',
];
const INSTALLER_SET = new Set(INSTALLER);
/** uv's credentials for an index named in UV_INDEX (`UV_INDEX=corp=https://...` with UV_INDEX_CORP_USERNAME / _PASSWORD). */
const UV_NAMED_INDEX_CREDENTIAL = /^UV_INDEX_[A-Z0-9_]+_(USERNAME|PASSWORD)$/;
const BASIC_PREFIXES = ['LC_'];
const BASIC_SET = new Set(BASICS.map((n) => n.toUpperCase()));

export function isBasic(name: string): boolean {
  return BASIC_SET.has(name.toUpperCase()) || BASIC_PREFIXES.some((p) => name.startsWith(p));
}

/** Basics only: what the proxy and helper processes get. */
export function baseEnvironment(source: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(source)) if (value !== undefined && isBasic(name)) env[name] = value;
  return env;
}

/** Basics plus the package-index settings pip and uv read: what the installer gets. */
export function installerEnvironment(source: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const env = baseEnvironment(source);
  for (const [name, value] of Object.entries(source))
    if (value !== undefined && (INSTALLER_SET.has(name.toUpperCase()) || UV_NAMED_INDEX_CREDENTIAL.test(name.toUpperCase()))) env[name] = value;
  return env;
}

export interface ProxyEnvironmentInput {
  /** The caller's environment (the runner's, the shell's). */
  source: NodeJS.ProcessEnv;
  /** Variables the config references through `os.environ/NAME`. */
  referenced: readonly string[];
  /** Values that come from inputs rather than the environment (e.g. VLLM_KEY from the action input). */
  provided: Readonly<Record<string, string>>;
  masterKey: string;
}

/**
 * Never passed to the proxy nor read for a request the action sends, whatever a config references: the
 * runner's own credentials and plumbing (ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_TOKEN, GITHUB_TOKEN,
 * the inputs, post's saved state) and the proxy's master key. A config from a pull request could otherwise
 * name one as an api_key and have it sent to any api_base. Applied last, over every other rule here.
 */
const DENIED_PREFIXES = ['ACTIONS_', 'GITHUB_', 'RUNNER_', 'INPUT_', 'STATE_', 'VERIFY_LITELLM_'];
const DENIED_NAMES = new Set(['LITELLM_MASTER_KEY']);

export function isDenied(name: string): boolean {
  const upper = name.toUpperCase();
  return DENIED_NAMES.has(upper) || DENIED_PREFIXES.some((p) => upper.startsWith(p));
}

/** Basics + exactly the referenced variables + LiteLLM's switches for a quick, quiet, self-contained start. */
export function proxyEnvironment(input: ProxyEnvironmentInput): Record<string, string> {
  const env = baseEnvironment(input.source);
  for (const name of input.referenced) {
    const value = input.provided[name] ?? input.source[name];
    if (value !== undefined) env[name] = value;
  }
  for (const name of Object.keys(env)) if (isDenied(name)) delete env[name];
  return {
    ...env,
    // The runner stops every process carrying its job's tracking id when the job ends (orphan clean-up).
    ...(input.source.RUNNER_TRACKING_ID ? { RUNNER_TRACKING_ID: input.source.RUNNER_TRACKING_ID } : {}),
    LITELLM_MASTER_KEY: input.masterKey,
    LITELLM_LOCAL_MODEL_COST_MAP: 'True', // no fetch of the remote cost map at start-up
    LITELLM_MODE: 'PRODUCTION', // no stray .env loaded from above the install folder
    NO_COLOR: '1',
  };
}

/**
 * What a variable holds in the running proxy: the config's `environment_variables` first (LiteLLM exports them in
 * load_config, resolving their own `os.environ/` references), then the environment it was started with. Not what a
 * route's `os.environ/NAME` resolves to: the proxy resolves the model list in get_config, before environment_variables
 * are applied (proxy_server.py, 1.108.7), so those read the environment alone.
 */
export function asTheProxyReads(
  read: (name: string) => string | undefined,
  fromConfig: Readonly<Record<string, unknown>>,
): (name: string) => string | undefined {
  return (name) => {
    const set = fromConfig[name];
    if (typeof set === 'string') return set.startsWith('os.environ/') ? read(set.slice('os.environ/'.length)) : set;
    if (typeof set === 'boolean') return set ? 'True' : 'False'; // Python's str()
    if (typeof set === 'number') return String(set);
    return read(name);
  };
}
