// Findings only the installed LiteLLM can give (its answers come from src/litellm/oracle.py): a provider it
// cannot pick, a temperature it refuses, params its Router refuses, a key variable it would send elsewhere.
// Each rule reads LiteLLM's answer for a deployment; none keeps a table of providers or models.
import type { OracleAnswer } from '../../litellm/oracle.ts';
import { finding, type Finding } from '../finding.ts';
import { nearMiss } from '../../util/near-miss.ts';
import type { Deployment, LiteLLMConfig } from '../types.ts';
import { settingsFindings } from './litellm-settings.ts';
import { setting } from '../../options/settings.ts';

export interface LiteLLMLintContext {
  /** The deployments that will be probed, with `litellm` filled in from the answer. */
  deployments: readonly Deployment[];
  /** Temperature the probes send, or null when omitted. */
  temperature: number | null;
}

/** Attaches LiteLLM's answer to each deployment (by LiteLLM's merged order); the answer wins over the static reading. */
export function attachAnswers(config: LiteLLMConfig, answer: OracleAnswer): void {
  for (const d of config.deployments) {
    const a = answer.deployments[d.order];
    if (!a) continue;
    d.litellm = a;
    if (a.provider) d.provider = a.provider;
    if (a.mode) d.mode = a.mode;
    // `model_name: os.environ/X` and `model: os.environ/Y`: the proxy serves (and is probed with) what they resolve to.
    if (d.alias.startsWith('os.environ/') && a.alias !== null && a.alias !== '') d.alias = String(a.alias);
    if (d.model.startsWith('os.environ/') && a.model) d.model = a.model;
  }
}

export function litellmFindings(config: LiteLLMConfig, answer: OracleAnswer, ctx: LiteLLMLintContext): Finding[] {
  if (answer.error)
    return [
      finding(
        config,
        'error',
        'litellm-load',
        errorAt(config, answer.error.at),
        `LiteLLM ${answer.litellmVersion ?? ''} cannot load this config (the proxy would not start): ${answer.error.message}`.replace('  ', ' '),
        'Fix what LiteLLM names above.',
      ),
    ];
  const out: Finding[] = [];
  out.push(...settingsFindings(config, answer));
  for (const d of ctx.deployments) {
    const a = d.litellm;
    if (!a) continue;
    const at = d.paramPositions.model ?? d.position;
    const add = (severity: Finding['severity'], rule: string, message: string, fix?: string, position = at) =>
      out.push(finding(config, severity, rule, position, message, fix, d.alias, d.file));
    // `model: os.environ/X` with X unset (cee-mnitin/gpu-inference-stack, in a lint or a fork's pull request without
    // secrets): the variable's value decides the provider, so env-unset's finding is the one to give, not a prefix.
    if (a.providerError && a.modelUnset) continue;
    if (a.providerError) {
      const base = a.hasApiBase;
      // github_copilot/ with no device-code login (jonmagic/litellm-copilot): the prefix is right; what fails is
      // what LiteLLM names, so "prefix the model with a provider" would send the user after the wrong thing.
      if (a.providerKnown) {
        add(
          'error',
          'provider-prefix',
          `'${d.alias}' routes to \`${a.model ?? d.model}\`: LiteLLM knows that provider but cannot set the route up: ${a.providerError}`,
          `Do what LiteLLM's message asks; if the route needs a login a CI runner cannot do, leave '${d.alias}' out of ${setting('models')} to verify the other routes.`,
        );
        continue;
      }
      add(
        'error',
        'provider-prefix',
        `'${d.alias}' routes to \`${a.model ?? d.model}\`, and LiteLLM cannot pick a provider for it: ${a.providerError}`,
        base
          ? `For an OpenAI-compatible server (vLLM, llama.cpp, ...) write \`model: openai/${a.model ?? d.model}\` (or set \`custom_llm_provider: openai\`).`
          : 'Prefix the model with a provider LiteLLM knows (`openai/`, `anthropic/`, `bedrock/`, ...; see litellm.provider_list).',
      );
      continue;
    }
    // A model_info.mode LiteLLM has no call for: its /health answers 'Mode X not supported' for the route
    // (litellm/main.py ahealth_check, 1.108.7), and verify-litellm cannot tell how to probe it.
    if (a.modeKnown === false && a.mode)
      add(
        'warning',
        'unknown-mode',
        `'${d.alias}': model_info.mode '${a.mode}' is no mode LiteLLM ${answer.litellmVersion ?? ''} has a call for: its /health answers "Mode ${a.mode} not supported" for this route, and verify-litellm does not probe it.`.replace(
          '  ',
          ' ',
        ),
        unknownModeFix(a.mode, a.knownModes ?? null, answer.litellmVersion),
        d.position,
      );
    // `mode: embedding` written beside the model (Sebastian-Landl/infrastructure): LiteLLM takes a route's mode from
    // model_info only (litellm/proxy/health_check.py: model_info.mode, else the provider's native mode, else its
    // model map; 1.108.7), so the route keeps the mode LiteLLM answered, and it is probed that way.
    const written = d.params.mode;
    if (typeof written === 'string' && written && a.modeSource !== 'model_info' && written !== a.mode)
      add(
        'warning',
        'mode-placement',
        `'${d.alias}': \`mode: ${written.slice(0, 40)}\` is under litellm_params, where LiteLLM does not read it (it reads model_info.mode); it treats the route as ${a.mode ? `a ${a.mode} model` : 'a model of no known mode'}, and verify-litellm probes it that way.`,
        `Move it under model_info: \`model_info: {mode: ${written.slice(0, 40)}}\`.`,
        d.paramPositions.mode ?? d.position,
      );
    // `vertex_credentials: "/app/service_account.json"` (Firefox-AI/litellm-proxy): a file the Docker image mounts.
    // LiteLLM reads it only when the route is called (vertex_llm_base.py load_auth, 1.108.7) and fails the call
    // if it cannot; the proxy starts either way, so only the lint says so before a probe fails.
    if (a.credentialsProblem) {
      const ref = d.envRefs.find((r) => r.param === 'vertex_credentials');
      const raw = d.params.vertex_credentials;
      const what = ref
        ? `the vertex_credentials that os.environ/${ref.name} gives`
        : a.credentialsProblem.file && typeof raw === 'string'
          ? `vertex_credentials \`${raw.slice(0, 120)}\``
          : 'its vertex_credentials';
      add(
        'warning',
        'vertex-credentials',
        `'${d.alias}': LiteLLM ${answer.litellmVersion ?? ''} cannot use ${what} where its proxy runs (${a.credentialsProblem.reason}), so the route fails when called${a.credentialsProblem.file ? ' ("Unable to load the vertex credentials file")' : ''}.`.replace(
          '  ',
          ' ',
        ),
        a.credentialsProblem.file
          ? "Make the file exist where the proxy runs (a relative path is read from the proxy's working folder), or give the credentials JSON through the environment: `vertex_credentials: os.environ/VERTEX_CREDENTIALS`."
          : 'Give the service-account JSON itself, or a path to it: `vertex_credentials: os.environ/VERTEX_CREDENTIALS`.',
        d.paramPositions.vertex_credentials ?? d.position,
      );
    }
    if (a.paramsError)
      add(
        'warning',
        'litellm-params',
        `'${d.alias}': LiteLLM's Router does not accept these litellm_params: ${a.paramsError}`,
        'Fix the value LiteLLM names.',
        d.position,
      );
    // Only a chat-style probe carries the temperature: an embedding route gets `{model, input}` and other modes are
    // not probed (engine/probe-alias.ts), so LiteLLM refusing a temperature there is nothing any probe or client of
    // that route meets (PurpleAILAB/Decepticon: `voyage/voyage-3` with `model_info.mode: embedding`).
    if (a.temperature === 'refuse' && ctx.temperature !== null && sendsTemperature(d.mode))
      add(
        'warning',
        'reasoning-temperature',
        `'${d.alias}' routes to \`${a.model}\`, and LiteLLM ${answer.litellmVersion ?? ''} refuses temperature=${ctx.temperature} for it with nothing set to drop it: ${a.temperatureMessage ?? 'UnsupportedParamsError'}`.replace(
          '  ',
          ' ',
        ),
        "Add `drop_params: true` to this deployment's litellm_params (or `litellm_settings: {drop_params: true}`).",
      );
    // A route to someone else's server (api_base overrides the provider's endpoint) with no api_key: LiteLLM
    // reads the provider's key variable and sends it there, or fails without one. A key the config names
    // (`api_key: os.environ/X`) that is only unset here is env-unset's finding, not a missing key. Only the
    // variables an api_key stands in for (keyEnv): Vertex's VERTEXAI_PROJECT / LOCATION or Bedrock's AWS_* are
    // read too, but no api_key replaces them and they are not what reaches the api_base (Beyond-the-Loop's
    // vertex_ai/ routes on a regional aiplatform api_base).
    const keyFromEnv = d.envRefs.some((r) => r.param === 'api_key');
    const keyEnv = a.keyEnv ?? a.implicitEnv;
    if (!a.hasApiKey && !keyFromEnv && a.ownEndpoint === false && keyEnv.length)
      add(
        'warning',
        'missing-key',
        `'${d.alias}': ${a.model} on ${d.apiBase ?? 'its api_base'} has no api_key, so LiteLLM reads ${keyEnv.join(', ')} from its environment and sends it to that server (or fails without it). verify-litellm never passes it for this route.`,
        'Add `api_key: os.environ/VLLM_KEY` (any non-empty value such as `api_key: none` when the server has no --api-key).',
        d.position,
      );
  }
  return out;
}

/**
 * Attaches LiteLLM's answer and returns its findings, and the config error that stops the run: only a file
 * LiteLLM cannot load. A deployment it cannot route (an unknown provider) does not stop the proxy from
 * serving the others, so it does not stop the run either: its probe fails with LiteLLM's own answer.
 */
export function applyAnswer(
  config: LiteLLMConfig,
  answer: OracleAnswer,
  probed: readonly Deployment[],
  temperature: number | null,
): { findings: Finding[]; error: { stage: 'config'; message: string; fix: string | null } | null } {
  attachAnswers(config, answer);
  const findings = litellmFindings(config, answer, { deployments: probed, temperature });
  // What the proxy refuses at start, and a cache setting that fails every request (the run detaches the cache, so its
  // probes would pass where the proxy's requests fail).
  const errors = findings.filter((f) => f.severity === 'error' && (f.rule === 'litellm-load' || f.rule === 'litellm-cache'));
  const first = errors[0];
  return {
    findings,
    error: first
      ? {
          stage: 'config',
          message:
            `${errors.length} error${errors.length > 1 ? 's' : ''} in ${config.displayPath} (as LiteLLM ${answer.litellmVersion ?? ''} reads it); first: ${first.file}:${first.line}: ${first.message}`.replace(
              '  ',
              ' ',
            ),
          fix: first.fix ?? null,
        }
      : null,
  };
}

/** Where the setting or section LiteLLM refused is written, else the top of the file. */
function errorAt(config: LiteLLMConfig, at: string | undefined): { line: number; column: number } {
  if (!at) return { line: 1, column: 1 };
  return config.settingPositions[at] ?? config.topLevel.get(at.split('.')[0]!) ?? { line: 1, column: 1 };
}

/** Modes whose probe is a chat-style request (the ones that carry a temperature); null is probed as chat. */
export function sendsTemperature(mode: string | null): boolean {
  return mode === null || mode === 'chat' || mode === 'responses';
}

/** The modes LiteLLM itself lists for the route (its health check's handlers), and the one the value most likely meant. */
export function unknownModeFix(mode: string, known: readonly string[] | null, version: string | null): string {
  if (!known?.length) return 'Write a mode LiteLLM has a call for (its health check lists them: `chat`, `embedding`, ...).';
  const meant = nearMiss(mode, known);
  const list = known.map((m) => `\`${m}\``).join(', ');
  return `${meant ? `Did you mean \`${meant}\`? ` : ''}The modes LiteLLM${version ? ` ${version}` : ''} has a call for: ${list}.`;
}
