// The one table of defaults, as the raw text a user would write. Both front doors fall back to it; action.yml
// declares the same values (test/unit/options.test.ts checks them against each other), so a local run sends
// exactly the requests CI sends.

export const DEFAULTS = {
  mode: 'verify',
  config: 'example_configs/test-local/config-litellm.yaml',
  VLLM_KEY: '',
  models: 'all',
  prompt: 'Say hello in one short sentence.',
  temperature: '0.7',
  'max-tokens': '512',
  timeout: '60',
  'litellm-version': '', // the shipped lock (DEFAULT_LITELLM_VERSION)
  'litellm-extras': 'auto',
  'on-missing-key': 'fail',
  'report-file': '',
  concurrency: '4',
  'install-timeout': '600',
  'start-timeout': '120',
  'run-timeout': '1800',
  python: '',
  stream: 'true',
  attempts: '1',
  'max-latency-ms': '',
  latency: 'fail',
  'proxy-url': '',
  'proxy-key': '',
  'allowed-hosts': '',
  'keep-running': 'false',
  api: 'chat',
  tools: 'false',
  client: '',
  'request-params': '',
  'check-served-model': 'true',
  cache: 'true',
} as const satisfies Record<string, string>;

export type SettingName = keyof typeof DEFAULTS;
export const SETTING_NAMES = Object.keys(DEFAULTS) as SettingName[];

/** Backoff between tries of a transient failure: the same for both doors (not a setting). */
export const BACKOFF_MS = 2000;
