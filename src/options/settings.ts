// Engine and parser text names a setting without knowing which front door the user came through: it writes
// `setting('install-timeout')`, and each door renders that in its own words (input 'install-timeout' in the
// action, --install-timeout in the CLI). The marker is plain text so it survives errors, reports and logs.

export type Door = 'action' | 'cli';

const OPEN = '\u27e6'; // ⟦
const CLOSE = '\u27e7'; // ⟧
const MARKER = new RegExp(`${OPEN}([A-Za-z0-9_-]+)${CLOSE}`, 'g');

/** A reference to a setting (its action input name) inside a message or a fix. */
export const setting = (name: string): string => `${OPEN}${name}${CLOSE}`;

/** Settings the CLI spells differently from the action (the rest are `--<input name>`). */
const CLI_SPELLING: Readonly<Record<string, string>> = {
  VLLM_KEY: 'the VLLM_KEY environment variable',
  'proxy-key': 'the LITELLM_PROXY_KEY environment variable',
  'check-served-model': "option '--no-served-model-check'",
  cache: "option '--cache-dir'",
  mode: "the 'lint' subcommand",
};

/** How a door names a setting in a sentence. */
export function settingName(name: string, door: Door): string {
  if (door === 'action') return name === 'VLLM_KEY' ? "the 'VLLM_KEY' input" : `input '${name}'`;
  return CLI_SPELLING[name] ?? `option '--${name}'`;
}

/** Renders every setting reference in `text` in the door's words. */
export const renderSettings = (text: string, door: Door): string => text.replace(MARKER, (_, name: string) => settingName(name, door));

/** The same over every string of a JSON-like value (a report). */
export function renderSettingsDeep<T>(value: T, door: Door): T {
  if (typeof value === 'string') return renderSettings(value, door) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => renderSettingsDeep(v, door)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renderSettingsDeep(v as unknown, door)])) as T;
  return value;
}
