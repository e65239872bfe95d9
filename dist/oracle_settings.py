"""What the installed LiteLLM says about a config's proxy-wide settings; loaded by oracle.py as a sibling.
Like the rest of the oracle it runs no code the config names and calls no provider."""


def master_key(config):
    """LiteLLM's own start-up verdict on a master key written literally in general_settings: since 1.104 the
    proxy refuses an empty or publicly known one (sk-1234) unless dangerously_permit_weak_or_unset_master_key is
    on (litellm/proxy/auth/master_key_boot_check.py, 1.108.7; proxy_server.py takes general_settings.master_key
    over LITELLM_MASTER_KEY). An os.environ/ key is the environment's to decide, at start. None when LiteLLM
    would start with the key, or has no such check."""
    general = config.get("general_settings")
    if not isinstance(general, dict):
        return None
    value = general.get("master_key")
    if not isinstance(value, str) or value.startswith("os.environ/"):
        return None
    try:
        from litellm.proxy.auth import master_key_boot_check as check
    except ImportError:
        return None
    if general.get(check.WEAK_OR_UNSET_MASTER_KEY_OVERRIDE_SETTING) is True:
        return None
    reason = check._unsafe_reason(value)
    if reason is None:
        return None
    return {"reason": reason.value, "headline": check._REFUSAL_HEADLINE[reason]}


def vector_store_registry(config):
    """LiteLLM's own loader for `vector_store_registry` (the proxy's load_config runs it before it serves:
    VectorStoreRegistry.load_vector_stores_from_config, litellm/vector_stores/vector_store_registry.py, 1.108.7),
    on a registry of its own: an entry it refuses (no `litellm_params.vector_store_id` or `custom_llm_provider`)
    stops the proxy at start. Returns LiteLLM's error text, or None."""
    entries = config.get("vector_store_registry")
    if not entries:
        return None
    try:
        from litellm.vector_stores.vector_store_registry import VectorStoreRegistry
    except ImportError:
        return None
    try:
        VectorStoreRegistry().load_vector_stores_from_config(entries)
    except Exception as e:
        return f"{type(e).__name__}: {e} (in vector_store_registry)"[:500]
    return None


def fallbacks(config):
    """LiteLLM's own check of the fallback lists its Router is built with (Router.__init__ calls validate_fallbacks
    on `fallbacks` and `content_policy_fallbacks`, router_settings' value over litellm_settings'; litellm/router.py,
    1.108.7): an item that is not a one-key mapping (`{model: a, fallback_models: [b]}`) raises, and the proxy does
    not start. Returns (where, LiteLLM's error text), or None."""
    try:
        from litellm.router import Router
    except ImportError:
        return None
    router = config.get("router_settings") if isinstance(config.get("router_settings"), dict) else {}
    settings = config.get("litellm_settings") if isinstance(config.get("litellm_settings"), dict) else {}
    for key in ("fallbacks", "content_policy_fallbacks"):
        section = "router_settings" if router.get(key) else "litellm_settings"
        value = router.get(key) or settings.get(key)
        if not isinstance(value, list):
            continue
        try:
            Router.validate_fallbacks(None, value)  # uses no instance state (1.108.7)
        except ValueError as e:
            return f"{section}.{key}", f"ValueError: {e} ({section}.{key})"[:500]
        except Exception:
            return None
    return None


def router_settings(config):
    """What the proxy does with each `router_settings` key: load_config hands the Router only the keys
    Router.get_valid_args() names (less ROUTER_SETTINGS_MANAGED_OUTSIDE_CONFIG), raises at start for the few it names
    as general_settings keys, and ignores the rest with a log line ("Key 'X' is not a valid argument for
    Router.__init__(). Ignoring this key."; litellm/proxy/proxy_server.py, 1.108.7). `enable_pre_call_check` for
    enable_pre_call_checks is silently not applied. Returns {"ignored", "refused", "valid"}, or None."""
    router = config.get("router_settings")
    if not isinstance(router, dict) or not router:
        return None
    try:
        import litellm
        from litellm.constants import ROUTER_SETTINGS_MANAGED_OUTSIDE_CONFIG
    except ImportError:
        return None
    valid = [x for x in litellm.Router.get_valid_args() if x not in ROUTER_SETTINGS_MANAGED_OUTSIDE_CONFIG]
    refused = refused_router_keys()
    keys = [k for k in router if isinstance(k, str)]
    return {
        "ignored": [k for k in keys if k not in valid and k not in refused],
        "refused": [k for k in keys if k not in valid and k in refused],
        "valid": sorted(valid),
    }


def refused_router_keys():
    """The router_settings keys load_config raises for (`elif k in {...}: raise ValueError(...)` right after the valid
    ones), read from the installed proxy_server.py itself (importing it would start building the app); empty when the
    source has no such branch."""
    import ast
    import importlib.util
    import re

    try:
        origin = importlib.util.find_spec("litellm.proxy.proxy_server").origin
        with open(origin, encoding="utf-8") as f:
            source = f.read()
        at = source.index("for k, v in router_settings.items():")
        found = re.search(r"elif k in (\{[^}]*\}):\s*raise ValueError", source[at : at + 2000])
        return set(ast.literal_eval(found.group(1))) if found else set()
    except Exception:
        return set()


def overridden(merged, sources):
    """Top-level values an `include:` threw away: LiteLLM's merge extends lists and overrides every other value
    (resolve_includes, litellm/proxy/common_utils/config_includes.py, 1.108.7), so a `router_settings` mapping in
    two files is the later one whole, not the two merged. Each file whose value is not the one LiteLLM kept, and the
    file whose value it kept."""
    if len(sources) < 2:
        return []
    out = []
    for key, value in merged.items():
        if key == "include" or isinstance(value, list):
            continue
        holders = [(location, data[key]) for location, data in sources if isinstance(data, dict) and key in data]
        if len(holders) < 2:
            continue
        kept = next((location for location, v in reversed(holders) if v == value), None)
        for location, v in holders:
            if v != value:
                out.append({"key": str(key), "file": location, "keptFrom": kept})
    return out[:50]


def cache_setting(config):
    """What LiteLLM does with a `litellm_settings.cache` that is neither true nor false: the proxy builds a cache from
    cache_params only for `cache: true`, skips `false`, and sets every other value on the litellm module as it is
    (`setattr(litellm, key, value)`, ProxyConfig.load_config, proxy_server.py 1.108.7), so `cache: {type: redis, ...}`
    becomes litellm.cache. LiteLLM is then asked to answer one mocked call (nothing is sent anywhere) with that value
    in place, and its error, if any, is what every request to the proxy meets. Returns that error text, or None."""
    settings = config.get("litellm_settings")
    if not isinstance(settings, dict) or "cache" not in settings:
        return None
    value = settings["cache"]
    if value is True or value is False or value is None:
        return None
    try:
        import litellm
    except ImportError:
        return None
    saved = litellm.cache
    try:
        litellm.cache = value
        litellm.completion(model="openai/verify-litellm", messages=[{"role": "user", "content": "hi"}], mock_response="ok", api_key="unused")
    except Exception as e:
        return f"{type(e).__name__}: {e}"[:300]
    finally:
        litellm.cache = saved
    return None


def top_level_settings(config):
    """Top-level keys that are settings of a section: `cache:` or `callbacks:` written beside model_list
    (kndkhoa/astragate, amanmprojects/claude-vertex-bridge). The proxy reads settings only inside their sections
    (ProxyConfig.load_config, proxy_server.py 1.108.7: each litellm_settings key set on the litellm module with
    setattr, general_settings as ConfigGeneralSettings names them, router_settings as Router.get_valid_args() does),
    so such a key does nothing where it is. Returns {key: [sections that read it]}; a key no section reads is left out
    (the user's own: anchors, notes, another tool's settings)."""
    import litellm

    sections = {"model_list", "litellm_settings", "general_settings", "router_settings", "environment_variables", "include"}
    keys = [k for k in config if isinstance(k, str) and k not in sections and not k.startswith("_")]
    if not keys:
        return {}
    try:
        router = set(litellm.Router.get_valid_args())
    except Exception:
        router = set()
    try:
        from litellm.proxy._types import ConfigGeneralSettings

        general = set(ConfigGeneralSettings.model_fields)
    except Exception:
        general = set()
    out = {}
    for key in keys:
        where = [s for s, reads in (("general_settings", key in general), ("litellm_settings", module_setting(litellm, key, config[key])), ("router_settings", key in router)) if reads]
        if where:
            out[key] = where
    return out


def module_setting(litellm, key, value):
    """True when litellm_settings would set `key` on the litellm module as a setting of that shape: the module has
    it as a value (not a function, class or submodule: `proxy:` or `logging:` sections of another tool are no
    settings of LiteLLM's) and the value fits its type (litellm.logging is a flag, so a `logging: {level: info}`
    mapping is someone else's)."""
    import types

    if not hasattr(litellm, key):
        return False
    current = getattr(litellm, key)
    if current is None:
        return True
    if callable(current) or isinstance(current, types.ModuleType):
        return False
    if isinstance(current, bool):
        return isinstance(value, bool)
    if isinstance(current, (int, float)):
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if isinstance(current, str):
        return isinstance(value, str)
    if isinstance(current, (list, set, tuple)):
        return isinstance(value, (list, str))
    if isinstance(current, dict):
        return isinstance(value, dict)
    return False
