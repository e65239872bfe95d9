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
