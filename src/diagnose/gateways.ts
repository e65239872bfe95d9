// Gates in front of the upstream that are not the model server: Cloudflare's browser check, a reverse proxy asking
// for HTTP Basic credentials, and credentials written into api_base. None of them looked at the key, so "check the
// key" would send the user the wrong way.
import { host, msg, paramAt, type Matcher } from './matcher.ts';

/**
 * Cloudflare answered a browser check (403 "Just a moment...", `cf-mitigated: challenge`) instead of passing the
 * request on: no key was looked at, and no HTTP client without a browser gets past it. LiteLLM relays the
 * upstream's header as llm_provider-cf-mitigated (src/standin/hostile.ts, `cloudflare-challenge`).
 */
export const challenged: Matcher = (o, ctx) => {
  if (!o.challenge) return null;
  const where = o.challenge === 'upstream' ? `in front of the upstream at ${host(ctx.deployment)}` : 'in front of the proxy';
  return {
    code: 'upstream-blocked',
    summary: `Cloudflare ${where} answered '${ctx.deployment.alias}' with a browser check (HTTP ${o.status ?? '?'}, cf-mitigated: challenge) instead of passing the request on; no key was looked at.`,
    fix: `Let API clients through at Cloudflare for that host: a WAF rule that skips the challenge for the API path (or for the runner's addresses), or a Cloudflare Access service token; no HTTP client without a browser (${o.challenge === 'upstream' ? "LiteLLM's" : "verify-litellm's"} included) passes a browser check.`,
  };
};

/**
 * A 401 whose WWW-Authenticate asks for another scheme than the Bearer key LiteLLM sends: nginx's auth_basic in front
 * of the server (src/standin/hostile.ts, `basic-auth`). LiteLLM relays the header as llm_provider-www-authenticate.
 * LiteLLM 1.108.7 sends `litellm_params.headers: {Authorization: ...}` in place of the key, `os.environ/NAME` resolved
 * (test/integration/hostile-replies.test.ts passes so).
 */
export const basicAuthAsked: Matcher = (o, ctx) => {
  if (!o.authScheme || /^bearer$/i.test(o.authScheme)) return null;
  const basic = /^basic$/i.test(o.authScheme);
  return {
    code: 'auth',
    summary: `the server at ${host(ctx.deployment)} asks for HTTP ${o.authScheme} credentials (WWW-Authenticate: ${o.authScheme}) for '${ctx.deployment.alias}' (HTTP ${o.status ?? '?'}): a reverse proxy in front of the model server, which does not take the Bearer key LiteLLM sends.`,
    fix: basic
      ? `Send the reverse proxy's credentials: add \`headers: {Authorization: os.environ/NAME}\` to the litellm_params at ${paramAt(ctx, 'api_base')}, NAME holding "Basic <base64 of user:password>" (LiteLLM sends that header in place of the key; a user and password inside api_base make its client fail).`
      : `The reverse proxy wants ${o.authScheme} authentication, which LiteLLM does not do: let API requests through it with a Bearer key, or point api_base past it.`,
  };
};

/** aiohttp refuses to send credentials from the URL beside the Authorization header the api_key makes; nothing was sent. */
export const credentialsInApiBase: Matcher = (o, ctx) =>
  /Cannot combine AUTHORIZATION header with AUTH argument or credentials encoded in URL/.test(msg(o))
    ? {
        code: 'auth',
        summary: `api_base for '${ctx.deployment.alias}' carries a user and password, and LiteLLM's HTTP client will not send them beside the Authorization header of the api_key ("Cannot combine AUTHORIZATION header with ... credentials encoded in URL"): no request reached ${host(ctx.deployment)}.`,
        fix: `Take user:password out of api_base at ${paramAt(ctx, 'api_base')} and send them as \`headers: {Authorization: os.environ/NAME}\` in the same litellm_params, NAME holding "Basic <base64 of user:password>".`,
      }
    : null;
