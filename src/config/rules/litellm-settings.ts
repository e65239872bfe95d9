// What LiteLLM's answer says about the config's settings sections (not its routes): a master key it refuses at start,
// Router settings it ignores, settings written at the top level, a cache setting that fails every request, and
// sections an `include:` replaces whole. Each is asked of the installed LiteLLM (src/litellm/oracle*.py).
import type { OracleAnswer } from '../../litellm/oracle.ts';
import { nearMiss } from '../../util/near-miss.ts';
import { finding, settingAt, type Finding } from '../finding.ts';
import { isPlainObject } from '../load.ts';
import type { LiteLLMConfig } from '../types.ts';
import { KNOWN_TOP_LEVEL } from './shape.ts';

export function settingsFindings(config: LiteLLMConfig, answer: OracleAnswer): Finding[] {
  const out: Finding[] = [];
  // A literal master key LiteLLM refuses at start (heisenbergye/aws-llm-apigateway: `master_key: sk-1234`). The run
  // replaces it with a random key of its own (engine/private-copy.ts), so the run passes where the user's proxy,
  // on the same release, exits: only the lint can say so.
  if (answer.masterKey)
    out.push(
      finding(
        config,
        'warning',
        'master-key-refused',
        settingAt(config, 'general_settings', 'master_key'),
        `LiteLLM ${answer.litellmVersion ?? ''} refuses to start with this general_settings.master_key ("LiteLLM proxy refused to start: ${answer.masterKey.headline}"). verify-litellm starts its proxy with a random key of its own, so its run passes where a proxy started from this file would not.`.replace(
          '  ',
          ' ',
        ),
        'Read the key from the environment (`master_key: os.environ/LITELLM_MASTER_KEY`, a random `sk-...` value); for local development only, `general_settings.dangerously_permit_weak_or_unset_master_key: true` lets LiteLLM start anyway.',
      ),
    );
  // `enable_pre_call_check` (onestack), `model_aliases`, `enable_cooldowns`: keys LiteLLM's Router has no argument for.
  // The proxy hands its Router only Router.get_valid_args() and logs "Key 'X' is not a valid argument for
  // Router.__init__(). Ignoring this key." for the rest (proxy_server.py load_config, 1.108.7): the setting silently
  // does nothing.
  for (const key of answer.routerSettings?.ignored ?? []) {
    const meant = nearMiss(key, answer.routerSettings?.valid ?? []);
    const shown = key.length > 60 ? `${key.slice(0, 60)}...` : key;
    out.push(
      finding(
        config,
        'warning',
        'unknown-key',
        settingAt(config, 'router_settings', key),
        `\`router_settings.${shown}\` is no setting of LiteLLM ${answer.litellmVersion ?? ''}'s Router: the proxy ignores it (its log says "Key '${shown}' is not a valid argument for Router.__init__(). Ignoring this key.").`.replace(
          '  ',
          ' ',
        ),
        meant ? `Did you mean \`${meant}\`?` : 'Remove it, or move it to the section that reads it (`litellm_settings` or `general_settings`).',
      ),
    );
  }
  // `cache:` or `callbacks:` at the top level, beside model_list (kndkhoa/astragate, amanmprojects/claude-vertex-bridge):
  // the proxy reads a setting only inside its section (oracle_settings.py top_level_settings), so it silently does nothing.
  for (const [key, sections] of Object.entries(answer.topLevelSettings ?? {})) {
    const at = config.topLevel.get(key);
    if (!at || KNOWN_TOP_LEVEL.has(key) || !Array.isArray(sections) || !sections.length) continue;
    const shown = key.length > 60 ? `${key.slice(0, 60)}...` : key;
    const where = sections.map((s) => `\`${s}\``).join(' or ');
    const cacheMapping = key === 'cache' && isPlainObject(config.raw.cache);
    out.push(
      finding(
        config,
        'warning',
        'unknown-key',
        at,
        `\`${shown}\` is written at the top level, where LiteLLM ${answer.litellmVersion ?? ''} never reads it: it is a setting of ${where}, so it does not apply.`.replace(
          '  ',
          ' ',
        ),
        cacheMapping
          ? 'Move it under `litellm_settings:` as `cache: true`, with these settings as `cache_params:` (`type`, `host`, `port`, ...).'
          : `Move it under ${sections.length > 1 ? 'the section that should read it' : where}: \`${sections[0]}: {${shown}: ...}\`.`,
      ),
    );
  }
  // `cache: {type: redis, host: ...}` (NLNtv/multi-tenant-openwebui-litellm): the proxy starts, sets litellm.cache to the
  // mapping, and every request fails ("'dict' object has no attribute 'cache'", LiteLLM's own answer to a mocked call).
  // verify-litellm's run detaches the cache (engine/private-copy.ts), so only this finding can say it: it stops the run.
  if (answer.cacheError)
    out.push(
      finding(
        config,
        'error',
        'litellm-cache',
        settingAt(config, 'litellm_settings', 'cache'),
        `\`litellm_settings.cache\` is neither true nor false: LiteLLM ${answer.litellmVersion ?? ''} sets it on the litellm module as it is (only \`cache: true\` builds a cache from \`cache_params\`), and then fails every request: ${answer.cacheError}`.replace(
          '  ',
          ' ',
        ),
        'Write `cache: true` and move the cache settings under `litellm_settings.cache_params` (`type`, `host`, `port`, ...).',
      ),
    );
  // `router_settings` in the including file and in included ones (madpin's onestack: routing_strategy, redis_url and
  // retries in config.yaml, fallbacks in six model files): LiteLLM's include merge extends lists and overrides every
  // other value (proxy/common_utils/config_includes.py resolve_includes, 1.108.7), so only the last file's mapping
  // applies, whole. Asked of LiteLLM's own merge (oracle.py `overridden`).
  for (const o of answer.overridden ?? []) {
    const source = o.file === config.absolutePath ? { displayPath: config.displayPath, topLevel: config.topLevel } : config.includedFiles?.[o.file];
    if (!source) continue;
    const kept =
      o.keptFrom === config.absolutePath ? config.displayPath : ((o.keptFrom && config.includedFiles?.[o.keptFrom]?.displayPath) ?? 'a file it includes');
    const key = o.key.length > 60 ? `${o.key.slice(0, 60)}...` : o.key;
    out.push(
      finding(
        config,
        'warning',
        'include-override',
        source.topLevel.get(o.key) ?? { line: 1, column: 1 },
        `\`${key}\` here is replaced whole by the one in ${kept}: LiteLLM's \`include:\` extends lists and overrides every other value, so nothing in this \`${key}\` applies.`,
        `Write \`${key}\` once (in ${kept} or here), with everything it should hold.`,
        undefined,
        source.displayPath,
      ),
    );
  }
  return out;
}
