// The parsers behind every setting, shared by both front doors. Each error names the setting with
// `setting(name)` (rendered by the door as input 'x' or --x), says what is accepted and quotes what was found.
import { CLIENT_NAMES, parseClients, type ClientName } from '../probe/clients/profile.ts';
import { parse as parseYaml } from 'yaml';
import { SURFACES, type Surface } from '../probe/surfaces.ts';
import { VerifyError } from '../util/errors.ts';
import { KNOWN_EXTRAS, type Extra } from '../litellm/lock.ts';
import { setting } from './settings.ts';

export function parseUrl(name: string, raw: string): string | undefined {
  const text = raw.trim();
  if (!text) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new VerifyError(`${setting(name)} must be an absolute http(s) URL like https://litellm.example.com; found '${raw}'.`, 'input');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new VerifyError(`${setting(name)} must use http:// or https://; found '${url.protocol}'.`, 'input');
  // `https://user:token@host`: the HTTP client drops them without a word (nothing is sent), while the URL is
  // printed in the log, the report and error messages, where no masking knows them. Refused, never quoted.
  if (url.username || url.password)
    throw new VerifyError(
      `${setting(name)} carries credentials (user:password@ before the host); they are never sent, and would be printed with the URL.`,
      'input',
      { fix: `Remove them from ${setting(name)}; the proxy's key goes in ${setting('proxy-key')} (sent as \`Authorization: Bearer\`).` },
    );
  return text;
}

/** Comma- or newline-separated; empty or `all` means every alias. */
export function parseList(raw: string): string[] | 'all' {
  const items = raw
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length === 0 || (items.length === 1 && items[0] === 'all') ? 'all' : [...new Set(items)];
}

export function parseTemperature(raw: string, name = 'temperature'): number | null {
  const text = raw.trim();
  if (text === '') return 0.7;
  if (/^(none|null|omit)$/i.test(text)) return null;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || value > 2) {
    throw new VerifyError(`${setting(name)} must be a number from 0 to 2, or 'none' to omit it; found '${raw}'.`, 'input');
  }
  return value;
}

/** A whole number within bounds (every numeric input counts something: tokens, seconds, tries, ms). */
export function parseNumber(name: string, raw: string, fallback: number, min: number, max: number): number {
  if (raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new VerifyError(`${setting(name)} must be a whole number from ${min} to ${max}; found '${raw}'.`, 'input');
  }
  return value;
}

/** `api`: which proxy endpoints each alias is probed through, e.g. `chat,messages`. */
export function parseApis(raw: string, name = 'api'): Surface[] {
  const items = raw
    .split(/[,\s]+/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (items.length === 0) return ['chat'];
  const unknown = items.filter((i) => !(SURFACES as readonly string[]).includes(i));
  if (unknown.length) throw new VerifyError(`${setting(name)} takes ${SURFACES.join(', ')} (comma-separated); found '${unknown.join(', ')}'.`, 'input');
  return [...new Set(items)] as Surface[];
}

/** `client`: client profiles, comma- or newline-separated (claude-code, codex, openai); empty means none. */
export function parseClientList(raw: string, name = 'client'): ClientName[] {
  const { clients, unknown } = parseClients(raw.toLowerCase());
  if (unknown.length) throw new VerifyError(`${setting(name)} takes ${CLIENT_NAMES.join(', ')} (comma-separated); found '${unknown.join(', ')}'.`, 'input');
  return clients;
}

/** Keys a probe sets itself; a request-params value for them would make the probe something else. */
const RESERVED_PARAMS = ['model', 'messages', 'input', 'stream', 'tools', 'tool_choice'];

/** `request-params`: a JSON or YAML mapping merged into every probe request, e.g. `{"top_p": 0.9}`. */
export function parseRequestParams(raw: string, name = 'request-params'): Record<string, unknown> {
  if (!raw.trim()) return {};
  let value: unknown;
  try {
    value = parseYaml(raw, { maxAliasCount: 0 });
  } catch (error) {
    throw new VerifyError(
      `${setting(name)} must be a JSON or YAML mapping like {"top_p": 0.9}; it does not parse: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      'input',
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new VerifyError(
      `${setting(name)} must be a mapping of parameter names to values, like {"top_p": 0.9, "reasoning_effort": "low"}; found ${Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'nothing' : `a ${typeof value}`}.`,
      'input',
    );
  }
  const reserved = Object.keys(value).filter((k) => RESERVED_PARAMS.includes(k));
  if (reserved.length)
    throw new VerifyError(
      `${setting(name)} may not set ${reserved.join(', ')}: the probe sets ${reserved.length > 1 ? 'them' : 'it'} (use ${['models', 'prompt', 'stream', 'tools'].map(setting).join(', ')}).`,
      'input',
    );
  if ('temperature' in value) throw new VerifyError(`${setting(name)} may not set temperature: use ${setting('temperature')}.`, 'input');
  return value as Record<string, unknown>;
}

/** Host names (`example.com`, `*.example.com`, an IP): lower-cased; empty means no restriction (null). */
export function parseHosts(raw: string, name = 'allowed-hosts'): string[] | null {
  const hosts = raw
    .split(/[\s,]+/)
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  for (const host of hosts) {
    if (!/^(\*\.)?[a-z0-9_]([a-z0-9_.-]*[a-z0-9_])?$|^\[?[0-9a-f:.]+\]?$/.test(host)) {
      throw new VerifyError(`${setting(name)}: '${host.slice(0, 80)}' is not a host name (e.g. api.example.com, *.example.com, 10.0.0.5).`, 'input');
    }
  }
  return hosts.length ? hosts : null;
}

export function parseBoolean(name: string, raw: string, fallback: boolean): boolean {
  const text = raw.trim().toLowerCase();
  if (text === '') return fallback;
  if (['true', 'yes', 'on', '1'].includes(text)) return true;
  if (['false', 'no', 'off', '0'].includes(text)) return false;
  throw new VerifyError(`${setting(name)} must be true or false; found '${raw}'.`, 'input');
}

export function parseChoice<T extends string>(name: string, raw: string, choices: readonly T[], fallback: T): T {
  const text = raw.trim().toLowerCase();
  if (text === '') return fallback;
  if ((choices as readonly string[]).includes(text)) return text as T;
  throw new VerifyError(`${setting(name)} must be one of ${choices.join(', ')}; found '${raw}'.`, 'input');
}

/** `litellm-extras`: `auto` (from the routes' providers), `none`, or LiteLLM extras to install beside `[proxy]`. */
export function parseExtras(raw: string, name = 'litellm-extras'): 'auto' | Extra[] {
  const items = raw
    .split(/[,\n]/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (items.length === 0 || (items.length === 1 && items[0] === 'auto')) return 'auto';
  if (items.length === 1 && items[0] === 'none') return [];
  for (const item of items)
    if (!(KNOWN_EXTRAS as readonly string[]).includes(item))
      throw new VerifyError(
        `${setting(name)}: '${item.slice(0, 80)}' is not a LiteLLM extra verify-litellm installs; use auto, none, or ${KNOWN_EXTRAS.join(', ')}.`,
        'input',
      );
  return [...new Set(items as Extra[])].sort();
}
