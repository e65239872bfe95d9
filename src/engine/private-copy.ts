// The private copy of the config the proxy runs from, the folder it sits in, and the probe plan that
// decides which deployment each request reaches.
import fs from 'node:fs';
import path from 'node:path';
import { isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Deployment, LiteLLMConfig } from '../config/types.ts';
import { inlineIncludes } from './private-includes.ts';
import { probePlan } from './probe-plan.ts';

/** The api_key a pinned route gets: not a secret, so a server that checks keys answers 401 as it would without one. */
export const PINNED_KEY = 'verify-litellm-no-key';

/** litellm_settings entries that name callbacks. */
const CALLBACK_SETTINGS = ['callbacks', 'success_callback', 'failure_callback', 'service_callback'];

export interface PrivateCopy {
  text: string;
  /** The LiteLLM integrations turned off (prometheus, langfuse, ...). */
  callbacksOff: string[];
  /** Shared state detached from the run (a Redis cache or router state): `litellm_settings.cache`, `router_settings.redis_host`, ... */
  detached: string[];
}

/** Settings that attach the proxy to shared Redis state: the runner has no such server, and a probe needs none. */
const SHARED_STATE: readonly [string, string][] = [
  ['litellm_settings', 'cache'],
  ['litellm_settings', 'cache_params'],
  ['router_settings', 'redis_host'],
  ['router_settings', 'redis_port'],
  ['router_settings', 'redis_password'],
  ['router_settings', 'redis_url'],
];

/**
 * The proxy runs from a private copy so the repository's file is never touched. The copy differs from
 * the user's text only where a probe run must: the master key is ours (random, per run), no database is
 * attached (a probe needs none, and the runner has none), and deployment cooldowns are off unless the
 * config sets them (one failed probe would otherwise answer every later probe of that alias with 429
 * "All deployments for selected model are in cooldown", hiding what the route really does).
 *
 * Observability callbacks are turned off: LiteLLM's own integrations (a name without a dot, e.g.
 * `prometheus`, `langfuse`; litellm/proxy/proxy_server.py treats a dotted name as a module to import and any
 * other as its integration) need packages `litellm[proxy]` does not install and credentials of the user's
 * observability account, and a probe must not report into it. Custom callback modules (dotted names) stay:
 * they are part of what a request goes through.
 *
 * LiteLLM's own retries are left as the config has them, although they are why a refused connection takes ~5 s:
 * with no num_retries set, the router retries twice (litellm/router.py, Router.__init__: `openai.DEFAULT_MAX_RETRIES`,
 * 2) and sleeps 0.5 s, 1 s and 2 s plus up to 0.75 s of jitter each (async_function_with_retries sleeps after the
 * last failed retry too; utils.py calculate_retry_after, constants.py INITIAL_RETRY_DELAY / JITTER), all in 1.108.7.
 * A request's `num_retries: 0` would cut that to ~0.75 s, but it overrides the deployment's num_retries and the
 * retry_policy (a request's own value wins in async_function_with_retries), so a route that production rides
 * through a transient failure would fail here. Instead a route shown unreachable is probed once (engine/probe-alias.ts).
 *
 * `pins`: routes to the user's own api_base with no api_key get a placeholder key, so they cannot pick up a
 * provider key passed to the proxy for another route (LiteLLM falls back to e.g. OPENAI_API_KEY).
 */
export function privateCopy(config: LiteLLMConfig, options: { pins?: readonly Deployment[] } = {}): PrivateCopy {
  const doc = parseDocument(config.text, { version: '1.1', uniqueKeys: false });
  keepLastOfRepeatedKeys(doc.contents);
  // Included files are merged in (so the clean-up below covers them): the merged model_list then holds every
  // deployment at its load order, the file's own ones first, as LiteLLM merges them.
  inlineIncludes(doc, config.included);
  // Deployments of a repeated alias without a model_info.id get one, so each can be probed on its own.
  for (const { deployment: d, deploymentId } of probePlan(config.deployments, true)) {
    if (deploymentId === null || d.modelId !== null) continue;
    const info = doc.getIn(['model_list', d.order, 'model_info'], true);
    if (isMap(info)) info.set('id', deploymentId);
    else doc.setIn(['model_list', d.order, 'model_info'], doc.createNode({ ...(isAlias(info) ? (info.resolve(doc)?.toJSON() ?? {}) : {}), id: deploymentId }));
  }
  for (const d of options.pins ?? []) {
    const params = doc.getIn(['model_list', d.order, 'litellm_params'], true);
    if (isMap(params)) params.set('api_key', PINNED_KEY);
  }
  for (const key of ['master_key', 'database_url']) if (doc.hasIn(['general_settings', key])) doc.deleteIn(['general_settings', key]);
  // The same database through environment_variables (LiteLLM exports them before it connects).
  for (const key of ['DATABASE_URL', 'DIRECT_URL']) if (doc.hasIn(['environment_variables', key])) doc.deleteIn(['environment_variables', key]);
  const router = doc.get('router_settings');
  if (router === undefined || router === null) doc.set('router_settings', doc.createNode({ disable_cooldowns: true }));
  else if (isMap(router) && !router.has('disable_cooldowns')) router.set('disable_cooldowns', true);

  const callbacksOff: string[] = [];
  const settings = doc.get('litellm_settings', true);
  if (isMap(settings)) {
    for (const key of CALLBACK_SETTINGS) {
      const list = settings.get(key, true);
      if (isSeq(list)) {
        list.items = list.items.filter((item) => {
          const name = isScalar(item) ? item.value : null;
          if (typeof name === 'string' && !name.includes('.')) callbacksOff.push(name);
          return !(typeof name === 'string' && !name.includes('.'));
        });
      } else if (isScalar(list) && typeof list.value === 'string' && !list.value.includes('.')) {
        callbacksOff.push(list.value);
        settings.delete(key);
      }
    }
  }
  // Like the database: the production cache and the router's shared Redis state are not the route, and the
  // runner cannot reach them (LiteLLM exits at start-up when Redis refuses the connection).
  const detached: string[] = [];
  for (const [section, key] of SHARED_STATE)
    if (doc.hasIn([section, key])) {
      // Only `cache: true` builds a cache (and connects to Redis at start); any other value is set on the litellm module
      // as it is and fails every request (NLNtv/multi-tenant-openwebui-litellm's mapping): kept, so the run meets what
      // the user's proxy meets, and LiteLLM's answer on it (the litellm-cache finding) stops the run.
      if (section === 'litellm_settings' && key === 'cache' && doc.getIn([section, key]) !== true && doc.getIn([section, key]) !== false) continue;
      doc.deleteIn([section, key]);
      detached.push(`${section}.${key}`);
    }
  return { text: doc.toString(), callbacksOff: [...new Set(callbacksOff)], detached };
}

/** A key written twice: PyYAML reads the last, so the copy keeps only that one (and edits reach what LiteLLM reads). */
function keepLastOfRepeatedKeys(node: unknown, depth = 0): void {
  if (depth > 100) return;
  if (isMap(node)) {
    const last = new Map<string, number>();
    node.items.forEach((pair, i) => {
      if (isScalar(pair.key) && typeof pair.key.value !== 'symbol' && pair.key.value !== '<<') last.set(String(pair.key.value), i);
    });
    node.items = node.items.filter(
      (pair, i) => !(isScalar(pair.key) && typeof pair.key.value !== 'symbol' && pair.key.value !== '<<' && last.get(String(pair.key.value)) !== i),
    );
    for (const pair of node.items) keepLastOfRepeatedKeys(pair.value, depth + 1);
  } else if (isSeq(node)) for (const item of node.items) keepLastOfRepeatedKeys(item, depth + 1);
}

/** Entries of the config's folder mirrored next to the private copy at most (a config at a repository root). */
const MAX_LINKS = 2000;

/**
 * The folder the proxy reads its config from: the private copy, next to links to everything beside the
 * user's file, so `include:` files and custom callback modules (LiteLLM imports them from the config's
 * folder: get_instance_fn in litellm/proxy/types_utils/utils.py) resolve as when LiteLLM runs the file in place.
 * Returns the path of the private copy (it is written by the caller).
 */
export function privateFolder(config: LiteLLMConfig, workDir: string, log: (line: string) => void): string {
  const folder = path.join(workDir, 'config');
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  const name = path.basename(config.absolutePath);
  const source = path.dirname(config.absolutePath);
  let entries: string[] = [];
  try {
    entries = fs.readdirSync(source).filter((e) => e !== name);
  } catch {
    // an unreadable folder: the copy runs on its own
  }
  let failed = 0;
  for (const entry of entries.slice(0, MAX_LINKS)) {
    try {
      fs.symlinkSync(path.join(source, entry), path.join(folder, entry));
    } catch {
      failed++; // e.g. Windows without the symlink privilege
    }
  }
  if (failed) log(`Could not link ${failed} file(s) next to the private config copy; modules or includes beside the config may not resolve.`);
  return path.join(folder, name);
}
