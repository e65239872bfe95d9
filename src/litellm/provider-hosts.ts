// The hosts LiteLLM sends a route to when the route sets no api_base, per provider: LiteLLM's own answer
// (src/litellm/oracle.py `hosts`), recorded next to each reviewed lock as locks/litellm-<version>.hosts.json by
// `npm run hosts:litellm`, because `allowed-hosts` is checked before anything is installed.
import fs from 'node:fs';
import path from 'node:path';
import { runCommand } from '../util/process.ts';
import { DEFAULT_LITELLM_VERSION, locksDir } from './lock.ts';
import { ORACLE_MARK, oracleEnvironment, oracleScript } from './oracle.ts';

export interface ProviderHosts {
  schema: 'verify-litellm/hosts@1';
  litellmVersion: string;
  /** provider (as litellm.provider_list names it) -> the hostnames LiteLLM sends its requests to. */
  hosts: Record<string, string[]>;
}

const read = new Map<string, ProviderHosts | null>();

/** The recorded answer for `version`, else the default release's; null when neither ships. */
export function shippedProviderHosts(version: string, dir = locksDir()): ProviderHosts | null {
  for (const v of [version, DEFAULT_LITELLM_VERSION]) {
    const file = path.join(dir, `litellm-${v}.hosts.json`);
    if (!read.has(file)) read.set(file, fs.existsSync(file) ? parseProviderHosts(fs.readFileSync(file, 'utf8')) : null);
    const found = read.get(file);
    if (found) return found;
  }
  return null;
}

export function parseProviderHosts(text: string): ProviderHosts | null {
  try {
    const value = JSON.parse(text) as ProviderHosts;
    if (value?.schema !== 'verify-litellm/hosts@1' || typeof value.hosts !== 'object' || value.hosts === null) return null;
    const hosts: Record<string, string[]> = {};
    for (const [provider, names] of Object.entries(value.hosts))
      if (Array.isArray(names) && names.every((n) => typeof n === 'string')) hosts[provider] = names.map((n) => n.toLowerCase());
    return { schema: value.schema, litellmVersion: String(value.litellmVersion), hosts };
  } catch {
    return null;
  }
}

/** Asks the installed LiteLLM (a venv's Python), as `npm run hosts:litellm` and its test do. */
export async function askProviderHosts(python: string, timeoutMs: number): Promise<ProviderHosts> {
  const result = await runCommand(python, ['-I', oracleScript(), 'hosts'], {
    env: oracleEnvironment(process.env, {}),
    timeoutMs,
    maxCapture: 4 * 1024 * 1024,
  });
  const line = result.stdout.split('\n').find((l) => l.startsWith(ORACLE_MARK));
  const parsed = line ? parseProviderHosts(line.slice(ORACLE_MARK.length)) : null;
  if (!parsed) throw new Error(`LiteLLM did not list its provider hosts (exit ${result.code ?? '-'}): ${result.stderr.trim().split('\n').slice(-3).join(' ')}`);
  return parsed;
}
