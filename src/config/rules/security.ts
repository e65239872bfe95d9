// Lint rules about what a config can make the proxy send where: a config may come from a pull request.
import { isDenied } from '../../litellm/environment.ts';
import { setting } from '../../options/settings.ts';
import type { Finding, LintContext } from '../finding.ts';
import type { LiteLLMConfig } from '../types.ts';

/**
 * Variables that redirect or weaken the proxy's connections, or change what its interpreter loads. Set
 * through `environment_variables`, LiteLLM exports them into its own process before any request
 * (litellm/proxy/proxy_server.py, ProxyConfig._load_environment_variables): an HTTPS_PROXY there sends every
 * key through another host while the report shows the real api_base. LiteLLM itself blocks only PATH,
 * LD_PRELOAD, LD_LIBRARY_PATH, DYLD_*, PYTHONPATH/STARTUP/HOME, HOME, USER, SHELL, LOGNAME and NO_PROXY.
 */
const RISKY = /^(HTTPS?_PROXY|ALL_PROXY|NO_PROXY|SSL_.*|REQUESTS_CA_BUNDLE|CURL_CA_BUNDLE|LD_.*|DYLD_.*|PYTHON.*)$/i;

export function riskyEnvironmentVariables(config: LiteLLMConfig): Finding[] {
  const names = Object.keys(config.environmentVariables).filter((n) => RISKY.test(n));
  const at = config.topLevel.get('environment_variables') ?? { line: 1, column: 1 };
  return names.map((name) => ({
    severity: 'error' as const,
    rule: 'env-risky',
    message: `\`environment_variables\` sets ${name}: it changes where the proxy connects, which certificates it trusts or what its interpreter loads, for every route (a key could be sent through another host while the report shows the real api_base).`,
    fix: `Remove ${name} from \`environment_variables\`; set proxy and certificate settings in the runner's environment, where the workflow (not the config) decides them.`,
    file: config.displayPath,
    line: at.line,
    column: at.column,
  }));
}

/** A probed route that reads a runner credential (GITHUB_TOKEN, ACTIONS_*, RUNNER_*, INPUT_*) or the proxy's master key. */
export function deniedVariables(config: LiteLLMConfig, ctx: LintContext): Finding[] {
  return ctx.deployments.flatMap((d) =>
    d.envRefs
      .filter((ref) => isDenied(ref.name))
      .map((ref) => ({
        severity: 'error' as const,
        rule: 'env-denied',
        message: `'${d.alias}' reads \`os.environ/${ref.name}\` (in ${ref.param}): the runner's own credentials and variables (ACTIONS_*, GITHUB_*, RUNNER_*, INPUT_*) and LITELLM_MASTER_KEY are never passed to the proxy.`,
        fix: `Read the upstream's key from a variable of its own (e.g. \`os.environ/VLLM_KEY\`), or leave '${d.alias}' out of ${setting('models')} to verify the other routes.`,
        file: config.displayPath,
        line: ref.position.line,
        column: ref.position.column,
        alias: d.alias,
      })),
  );
}
