// Verifying someone else's proxy (proxy-url): nothing is installed or started; aliases come from the config
// when it exists, else from the proxy's own model list.
import fs from 'node:fs';
import { loadConfig } from '../config/load.ts';
import { selectDeployments } from '../config/select.ts';
import type { LiteLLMConfig } from '../config/types.ts';
import { isDenied } from '../litellm/environment.ts';
import type { AliasReport } from '../report/report.ts';
import { probePlan } from './probe-plan.ts';
import { remoteDeployments } from './remote.ts';
import type { Run } from './run.ts';
import { setting } from '../options/settings.ts';

export async function probeExistingProxy(run: Run, proxy: { url: string; key: string }): Promise<{ config: LiteLLMConfig | null; aliases: AliasReport[] }> {
  const { options } = run;
  run.masker.add(proxy.key);
  const local = fs.existsSync(options.configPath) ? loadConfig(options.configPath, options.configDisplayPath ?? options.configPath) : null;
  const target = run.target(proxy.url.replace(/\/+$/, '').replace(/\/v1$/, ''), proxy.key);
  const { config, deployments } = local
    ? { config: local, deployments: selectDeployments(local, options.models) }
    : await remoteDeployments(target, options.models);
  run.admit(local, deployments);
  const plain = insecureProxyUrl(proxy.url);
  if (plain) {
    run.addFinding({
      severity: 'warning',
      rule: 'proxy-url-http',
      message: `${setting('proxy-url')} is plain http:// to ${plain}, which is not this machine: the proxy key and every probe travel unencrypted.`,
      fix: `Use https:// for ${setting('proxy-url')} (or reach the proxy over loopback or a private tunnel).`,
      file: '',
      line: 0,
      column: 0,
    });
  }
  run.log(
    `Probing the existing proxy at ${target.baseUrl}: ${deployments.length} alias${deployments.length === 1 ? '' : 'es'} (${local ? `from ${local.displayPath}` : 'from its /v1/models'}).`,
  );
  const aliases = await run.probeAll(config, probePlan(deployments, false), target, (name) => (isDenied(name) ? undefined : run.envLookup(name)));
  return { config: local, aliases };
}

/** The host of an http:// proxy-url that is not loopback (the key would cross a network in clear), else null. */
export function insecureProxyUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    const host = parsed.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (parsed.protocol !== 'http:') return null;
    return host === 'localhost' || /^127\./.test(host) || host === '::1' ? null : host;
  } catch {
    return null;
  }
}
