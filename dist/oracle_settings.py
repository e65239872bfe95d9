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
