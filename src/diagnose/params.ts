// Requests refused for a parameter: temperature by LiteLLM or by the upstream, or another parameter by name.
import type { Deployment, LiteLLMConfig } from '../config/types.ts';
import { paramName } from '../util/sanitize.ts';
import { host, msg, where, withCore, type Matcher } from './matcher.ts';

export const temperatureByLiteLLM: Matcher = (o, ctx) => {
  if (!/UnsupportedParamsError/.test(msg(o)) || !/temperature/i.test(msg(o))) return null;
  return {
    code: 'temperature-rejected-by-litellm',
    summary: `LiteLLM rejects temperature=${ctx.temperature ?? '?'} for \`${ctx.deployment.model}\` (it only accepts temperature=1), before anything reaches the upstream.`,
    fix: `Set \`drop_params: true\` in the litellm_params of '${ctx.deployment.alias}' (${where(ctx)}), or \`litellm_settings: {drop_params: true}\` for every alias.`,
  };
};

export const temperatureByUpstream: Matcher = (o, ctx) => {
  const m = msg(o);
  const aboutTemperature = o.error?.param === 'temperature' || /'temperature'|temperature.*(not supported|does not support|unsupported)/i.test(m);
  if (!aboutTemperature || o.status === null || o.status >= 500) return null;
  const already = dropsTemperature(ctx.config, ctx.deployment);
  return {
    code: 'temperature-rejected-by-upstream',
    summary: `the upstream at ${host(ctx.deployment)} rejects temperature=${ctx.temperature ?? '?'} for '${ctx.deployment.alias}' (a reasoning model such as GPT-5 behind \`${ctx.deployment.model}\`?).`,
    // drop_params only drops what LiteLLM believes the model cannot take; behind a name like gpt-4o it keeps temperature.
    fix: already
      ? `drop_params is on but LiteLLM still forwards temperature for \`${ctx.deployment.model}\`: add \`additional_drop_params: ["temperature"]\` to the litellm_params of '${ctx.deployment.alias}' (${where(ctx)}).`
      : `Add \`additional_drop_params: ["temperature"]\` to the litellm_params of '${ctx.deployment.alias}' (${where(ctx)}); \`drop_params: true\` drops it only when the model name says it is a reasoning model (e.g. \`openai/gpt-5\`).`,
  };
};

export const unsupportedParam: Matcher = (o, ctx) => {
  const m = msg(o);
  const listed = /does not support parameters: \[([^\]\n\r]+)\]/.exec(m)?.[1]; // LiteLLM: "openai does not support parameters: ['top_p'], for model=gpt-5"
  // Names are quoted from upstream text: only what a parameter name can hold ([\w.-]) is taken, never a line break.
  const one =
    /Unsupported (?:parameter|value): '([\w.-]+)'/.exec(m)?.[1] ??
    /doesn't support ([\w.-]+)=/.exec(m)?.[1] ??
    /Unrecognized request arguments? supplied: ([\w.-]+)/.exec(m)?.[1] ?? // OpenAI, for a parameter it does not know
    (o.error?.param && /unsupported|not supported/i.test(m) ? (paramName(o.error.param) ?? undefined) : undefined);
  const names = listed
    ? listed
        .split(',')
        .map((n) => paramName(n.trim().replace(/^['"]|['"]$/g, '')))
        .filter((n): n is string => n !== null)
    : one
      ? [one]
      : [];
  const byLiteLLM = /UnsupportedParamsError/.test(m);
  if (!names.length && !byLiteLLM) return null;
  const d = ctx.deployment;
  const named = names.map((n) => `\`${n}\``).join(', ');
  const drop = `\`additional_drop_params: [${names.map((n) => `"${n}"`).join(', ')}]\``;
  if (!names.length) {
    return {
      code: 'unsupported-param',
      summary: `LiteLLM rejects a request parameter for \`${d.model}\`${withCore(o)}.`,
      fix: `Set \`drop_params: true\` in the litellm_params of '${d.alias}' (${where(ctx)}).`,
    };
  }
  return {
    code: 'unsupported-param',
    summary: byLiteLLM
      ? `LiteLLM rejects the request parameter${names.length > 1 ? 's' : ''} ${named} for \`${d.model}\`, before anything reaches the upstream.`
      : `the upstream at ${host(d)} rejects the request parameter${names.length > 1 ? 's' : ''} ${named} for '${d.alias}'.`,
    fix: byLiteLLM
      ? `Set \`drop_params: true\` (or ${drop}) in the litellm_params of '${d.alias}' (${where(ctx)}), or stop sending ${named}.`
      : `Add ${drop} to the litellm_params of '${d.alias}' (${where(ctx)}) (\`drop_params: true\` drops only what LiteLLM knows the model cannot take), or stop sending ${named}.`,
  };
};

/** True when LiteLLM will remove temperature from requests to this deployment. */
function dropsTemperature(config: LiteLLMConfig, d: Deployment): boolean {
  const lists = [d.params.additional_drop_params, config.litellmSettings.additional_drop_params];
  if (lists.some((l) => Array.isArray(l) && l.includes('temperature'))) return true;
  // LiteLLM ors the two (utils.py get_optional_params: `litellm.drop_params is True or drop_params is True`, 1.108.7),
  // each through normalize_drop_params, pydantic's bool: a false in the deployment does not undo the global one.
  const on = (v: unknown) => v === true || v === 1 || (typeof v === 'string' && /^(1|on|t|true|y|yes)$/i.test(v.trim()));
  return on(d.params.drop_params) || on(config.litellmSettings.drop_params);
}
