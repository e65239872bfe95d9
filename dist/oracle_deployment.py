"""What the installed LiteLLM does with one deployment of a config: the provider and upstream model it
resolves, its mode, the parameters it accepts, the fate of the probe's temperature, the variables it reads
without the config naming them. Loaded by oracle.py (next to it), which passes the imported litellm.
"""

import os
import urllib.parse


def implicit_variables(litellm, model, params):
    """The environment variables LiteLLM itself names for this model (litellm.utils.validate_environment),
    asked with an empty environment so every one it would read is listed."""
    saved = dict(os.environ)
    try:
        os.environ.clear()
        found = litellm.validate_environment(model=model, api_key=params.get("api_key"), api_base=params.get("api_base"))
        return list(found.get("missing_keys") or [])
    except Exception:
        return []
    finally:
        os.environ.clear()
        os.environ.update(saved)


def key_variables(litellm, model, params, implicit):
    """Of the variables LiteLLM reads for this model, the ones an api_key replaces: asked again with a placeholder
    key, validate_environment stops listing them. Those are sent as the key itself (OPENAI_API_KEY to an openai/
    api_base); the rest are settings or credentials LiteLLM signs or exchanges (VERTEXAI_PROJECT, AWS_*), which no
    api_key stands in for and which never travel to the api_base as they are."""
    if params.get("api_key") not in (None, ""):
        return []
    with_key = implicit_variables(litellm, model, {"api_key": "placeholder", "api_base": params.get("api_base")})
    return [n for n in implicit if n not in with_key]


def own_endpoint(litellm, model, params):
    """True when the route's api_base is the provider's own endpoint: there is none (LiteLLM's default), it
    names the origin LiteLLM would use anyway (mistral/ with https://api.mistral.ai/v1), or the provider has
    no default and LiteLLM asks for a base (validate_environment lists e.g. AZURE_API_BASE). An api_base
    that overrides a provider's default (openai/ to a vLLM) is someone else's server, which must never
    receive the provider's key from the environment."""
    base = params.get("api_base")
    if base in (None, ""):
        return True
    if isinstance(base, str) and origin(base) is not None and origin(base) in default_origins(litellm, model):
        return True
    needs = implicit_variables(litellm, model, {"api_key": params.get("api_key")})
    return any(n.endswith(("_API_BASE", "_BASE_URL", "_ENDPOINT", "_API_URL")) for n in needs)


def default_origins(litellm, model):
    """Where LiteLLM itself sends this model when no api_base is given: litellm.get_api_base and the default
    get_llm_provider returns (api.openai.com, api.mistral.ai, api.groq.com, ...), asked with an empty
    environment so a *_API_BASE variable cannot make another host look like the provider's own."""
    saved = dict(os.environ)
    found = set()
    try:
        os.environ.clear()
        for ask in (lambda: litellm.get_api_base(model, {}), lambda: litellm.get_llm_provider(model)[3]):
            try:
                value = ask()
            except Exception:
                value = None
            if isinstance(value, str) and origin(value) is not None:
                found.add(origin(value))
    finally:
        os.environ.clear()
        os.environ.update(saved)
    return found


def origin(url):
    """scheme://host:port of a URL (default port filled in), or None when it has no scheme and host."""
    try:
        parts = urllib.parse.urlsplit(url.strip())
        if not parts.scheme or not parts.hostname:
            return None
        port = parts.port or {"http": 80, "https": 443}.get(parts.scheme.lower())
        return f"{parts.scheme.lower()}://{parts.hostname.lower()}:{port}"
    except ValueError:
        return None


def known_mode(litellm, mode, model, provider):
    """Whether LiteLLM has a call for this model_info.mode, and the modes it has calls for: the modes its health
    check handles (HealthCheckHelpers.get_mode_handlers, 1.108.7; it builds the calls without making them). Any
    other mode (`chat_complete`, `embeddings`) makes /health answer 'Mode X not supported'."""
    try:
        from litellm.litellm_core_utils.health_check_helpers import HealthCheckHelpers
        from litellm.types.utils import is_decisions_model_mode

        handlers = HealthCheckHelpers.get_mode_handlers(model=model, custom_llm_provider=provider, model_params={})
        return mode in handlers or bool(is_decisions_model_mode(mode)), sorted(str(k) for k in handlers)
    except Exception:
        return None, None


def vertex_credentials_problem(provider, params):
    """Why LiteLLM cannot use this route's `vertex_credentials` where the proxy runs, or None. Asked of LiteLLM's own
    loader (litellm/llms/vertex_ai/credentials_source.py load_vertex_credentials_source, 1.108.7), which its Vertex
    routes call at request time (vertex_llm_base.py load_auth): a path is read then, relative to the proxy's working
    folder, and a file it cannot read or parse fails the call ("Unable to load the vertex credentials file")."""
    value = params.get("vertex_credentials")
    if not isinstance(value, str) or not value.strip() or not str(provider or "").startswith("vertex_ai"):
        return None
    try:
        from litellm.llms.vertex_ai import credentials_source as cs

        source = cs.load_vertex_credentials_source(value)
    except Exception:
        return None
    if isinstance(source, cs.VertexCredentialsJson):
        return None
    # Never the value itself: it may be the credentials JSON. A file's path is the value only when it names a file.
    return {
        "kind": type(source).__name__,
        "file": isinstance(source, (cs.VertexCredentialsFileUnreadable, cs.VertexCredentialsFileInvalid)),
        "reason": str(getattr(source, "reason", None) or getattr(source, "problem", None) or getattr(source, "detail", ""))[:200],
    }


def temperature_fate(litellm, model, provider, temperature, params, settings, info=None):
    """What the completion path does with the probe's temperature: litellm.utils.get_optional_params is
    where LiteLLM drops a parameter (drop_params) or raises UnsupportedParamsError. The proxy's completion passes
    the deployment's model_info and its base_model too (litellm/main.py, 1.108.7): an Azure deployment named
    `__AZURE_DEPLOYMENT_OPUS__` with `base_model: azure/gpt-5` is refused temperature=0.7 as gpt-5 is."""
    if temperature is None:
        return None, None
    extra = params.get("additional_drop_params") or settings.get("additional_drop_params")
    if isinstance(extra, list) and "temperature" in extra:
        return "drop", None
    # As the proxy has it: litellm_settings.drop_params becomes litellm.drop_params (proxy_server.py load_config,
    # drop_params_flag), and the deployment's own value reaches get_optional_params as written, where LiteLLM
    # normalizes it (a list or the text "false" is off) and ors it with the global (utils.py, 1.108.7).
    saved = litellm.drop_params
    litellm.drop_params = global_drop_params(settings.get("drop_params"))
    try:
        out = litellm.utils.get_optional_params(
            model=model,
            custom_llm_provider=provider,
            temperature=temperature,
            drop_params=params.get("drop_params"),
            **deployment_info(litellm.utils.get_optional_params, info),
        )
    except Exception as e:  # UnsupportedParamsError: the proxy answers 400 before calling the upstream
        return "refuse", str(e).split("\n")[0][:300]
    finally:
        litellm.drop_params = saved
    return ("forward" if "temperature" in out else "drop"), None


def global_drop_params(value):
    """litellm.drop_params as the proxy sets it from litellm_settings.drop_params: LiteLLM's own drop_params_flag
    where the release has it, else the value itself when it is a boolean (older releases set it as written)."""
    try:
        from litellm.litellm_core_utils.core_helpers import drop_params_flag
    except ImportError:
        return value is True
    import logging

    quiet = logging.getLogger("verify-litellm-oracle.drop_params")  # its "not a flag value" warning is no answer
    if not quiet.handlers:  # asked once per deployment: one handler, not one per call
        quiet.addHandler(logging.NullHandler())
    quiet.propagate = False
    return drop_params_flag(value, "litellm_settings.drop_params", quiet)


def deployment_info(fn, info):
    """The base_model / model_info arguments the proxy's completion hands get_optional_params, for a release whose
    get_optional_params takes them (older ones do not)."""
    import inspect

    if not isinstance(info, dict) or not info:
        return {}
    try:
        names = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return {}
    out = {}
    if "base_model" in names and isinstance(info.get("base_model"), str):
        out["base_model"] = info["base_model"]
    if "model_info" in names:
        out["model_info"] = info
    return out


def describe(litellm, index, raw, entry, temperature, settings, credentials):
    params = entry.get("litellm_params") if isinstance(entry.get("litellm_params"), dict) else {}
    # `litellm_credential_name`: the Router resolves it from credential_list and lets its values win
    # (credentials.update(credential_values) in litellm/router.py, 1.108.7).
    named = credentials.get(params.get("litellm_credential_name")) if isinstance(params.get("litellm_credential_name"), str) else None
    if isinstance(named, dict):
        params = {**params, **{k: v for k, v in named.items() if v is not None}}
    info = entry.get("model_info") if isinstance(entry.get("model_info"), dict) else {}
    model = params.get("model")
    alias = entry.get("model_name")
    out = {
        "index": index,
        "alias": alias if isinstance(alias, (str, int, float)) else None,
        "model": model if isinstance(model, str) else None,
        "provider": None,
        "upstreamModel": None,
        "providerError": None,
        "providerKnown": None,
        "mode": None,
        "modeSource": None,
        "modeKnown": None,
        "knownModes": None,
        "supportedParams": None,
        "temperature": None,
        "temperatureMessage": None,
        "implicitEnv": [],
        "keyEnv": [],
        "hasApiKey": params.get("api_key") not in (None, ""),
        "hasApiBase": params.get("api_base") not in (None, ""),
        "paramsError": None,
        "wildcard": "*" in str(model or "") or "*" in str(alias or ""),
        "ownEndpoint": None,
        "openaiCompatible": None,
        "credentialsProblem": None,
    }
    raw_params = raw.get("litellm_params") if isinstance(raw, dict) and isinstance(raw.get("litellm_params"), dict) else {}
    if not isinstance(model, str) or not model:
        unset = isinstance(raw_params.get("model"), str) and raw_params.get("model", "").startswith("os.environ/")
        out["providerError"] = f"litellm_params.model reads {raw_params.get('model')}, which is not set" if unset else "litellm_params.model is missing"
        # The variable is what is missing, not a provider prefix (its value decides the provider).
        out["modelUnset"] = raw_params["model"][len("os.environ/") :] if unset else None
        return out
    try:  # the Router validates each deployment's litellm_params with this model (litellm/types/router.py)
        from litellm.types.router import LiteLLM_Params

        LiteLLM_Params(**params)
    except Exception as e:
        out["paramsError"] = str(e).split("\n")[0:3]
        out["paramsError"] = " ".join(x.strip() for x in out["paramsError"])[:300]
    try:
        resolved_model, provider, _key, _base = litellm.get_llm_provider(
            model=model, custom_llm_provider=params.get("custom_llm_provider"), api_base=params.get("api_base")
        )
        out["provider"] = provider
        out["upstreamModel"] = resolved_model
    except Exception as e:
        out["providerError"] = str(e).split("\n")[0][:600]
        # A provider LiteLLM lists (github_copilot with no login) fails for another reason than a missing prefix.
        named = params.get("custom_llm_provider") or (model.split("/", 1)[0] if "/" in model else None)
        out["providerKnown"] = isinstance(named, str) and named in [str(getattr(p, "value", p)) for p in litellm.provider_list]
        return out
    mode = info.get("mode")
    if isinstance(mode, str) and mode:
        out["mode"], out["modeSource"] = mode, "model_info"
        known, modes = known_mode(litellm, mode, resolved_model, provider)
        out["modeKnown"] = known
        if known is False:
            out["knownModes"] = modes
    else:
        for name in (info.get("base_model"), resolved_model, model):
            if not isinstance(name, str) or not name:
                continue
            try:
                found = litellm.get_model_info(model=name, custom_llm_provider=provider).get("mode")
            except Exception:
                found = None
            if found:
                out["mode"], out["modeSource"] = found, "model_map"
                break
    try:
        out["supportedParams"] = litellm.get_supported_openai_params(model=resolved_model, custom_llm_provider=provider)
    except Exception:
        pass
    out["temperature"], out["temperatureMessage"] = temperature_fate(litellm, resolved_model, provider, temperature, params, settings, info)
    full = model if "/" in model else f"{provider}/{resolved_model}"
    out["implicitEnv"] = implicit_variables(litellm, full, params)
    out["keyEnv"] = key_variables(litellm, full, params, out["implicitEnv"])
    out["ownEndpoint"] = own_endpoint(litellm, full, params)
    out["credentialsProblem"] = vertex_credentials_problem(provider, params)
    # Plain OpenAI-style servers (vLLM, llama.cpp): LiteLLM's own list of them, plus its openai providers.
    out["openaiCompatible"] = provider in ("openai", "text-completion-openai") or provider in litellm.openai_compatible_providers
    return out
