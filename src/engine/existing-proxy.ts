// Verifying someone else's proxy (proxy-url): nothing is installed or started; aliases come from the config
// when it exists, else from the proxy's own model list.
import fs from 'node:fs';
import { loadConfig, selectDeployments, type LiteLLMConfig } from '../config/load.ts';
import { isDenied } from '../litellm/environment.ts';
import type { AliasReport } from '../report/report.ts';
import { probePlan } from './probe-plan.ts';
import { remoteDeployments } from './remote.ts';
import type { Run } from './run.ts';

export async function probeExistingProxy(run: Run, proxy: { url: string; key: string }): Promise<{ config: LiteLLMConfig | null; aliases: AliasReport[] }> {
  const { options } = run;
  run.masker.add(proxy.key);
  const local = fs.existsSync(options.configPath) ? loadConfig(options.configPath, options.configDisplayPath ?? options.configPath) : null;
  const target = run.target(proxy.url.replace(/\/+$/, '').replace(/\/v1$/, ''), proxy.key);
  const { config, deployments } = local
    ? { config: local, deployments: selectDeployments(local, options.models) }
    : await remoteDeployments(target, options.models);
  run.log(
    `Probing the existing proxy at ${target.baseUrl}: ${deployments.length} alias${deployments.length === 1 ? '' : 'es'} (${local ? `from ${local.displayPath}` : 'from its /v1/models'}).`,
  );
  const aliases = await run.probeAll(config, probePlan(deployments, false), target, (name) => (isDenied(name) ? undefined : run.envLookup(name)));
  return { config: local, aliases };
}
