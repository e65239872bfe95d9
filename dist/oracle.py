"""Asks the installed LiteLLM how it reads a proxy config, for every deployment in one call.

Run by the venv's Python with -I from an empty private folder. It loads the file the way the proxy does
and answers with JSON; it executes no code the config names (no callback, guardrail or auth module is
imported) and calls no provider.

  python -I oracle.py answer          one request per line on stdin, one answer line each on stdout, in
                                      order, until stdin ends (lint: several configs, one import)
  python -I oracle.py proxy LAUNCHER ARGS...
                                      answer first, then read the environment to add from stdin and run
                                      the proxy launcher (src/litellm/isolation.ts, as `python -c LAUNCHER
                                      ARGS` would) in this same process, so LiteLLM's import is paid once

Request (one JSON line): {"config": "/abs/path.yaml", "temperature": 0.7 | null, "env": {...} (optional)}
  "env": the whole environment to answer in (os.environ/ references resolve from it), instead of this
  process's own; each config of a batch is read in its own environment, as its proxy would be.
Answer: one line "VERIFY-LITELLM-ORACLE <json>" on stdout (LiteLLM may print its own lines around it).
"""

import asyncio
import json
import os
import sys

MARK = "VERIFY-LITELLM-ORACLE "
_real_stdout = sys.stdout


def emit(answer):
    _real_stdout.write(MARK + json.dumps(answer, default=str) + "\n")
    _real_stdout.flush()


def load_config(path):
    """As ProxyConfig._get_config_from_file + _process_includes (litellm/proxy/proxy_server.py, 1.108.7):
    yaml.safe_load, then every `include:` merged through LiteLLM's own resolver, relative to the file
    that declares it (litellm/proxy/common_utils/config_includes.py)."""
    import yaml
    from litellm.proxy.common_utils.config_includes import resolve_include_file_path, resolve_includes

    def read(location):
        with open(location, "r") as f:
            return yaml.safe_load(f) or {}

    with open(path, "r") as f:
        config = yaml.safe_load(f)
    if config is None:
        raise ValueError("Config cannot be None or Empty.")
    if not isinstance(config, dict):
        raise ValueError("the config is not a YAML mapping")
    root = os.path.abspath(path)

    async def read_included(location):
        if not os.path.exists(location):
            raise FileNotFoundError(f"Included file not found: {location}")
        data = read(location)
        if not isinstance(data, dict):
            raise ValueError(f"Included config file is not a YAML mapping: {location}")
        return data

    return asyncio.run(
        resolve_includes(
            config=config,
            location=root,
            resolve=lambda entry, declared_in: resolve_include_file_path(entry, declared_in, root),
            read=read_included,
        )
    )


def env_refs(value, path, out, depth=0):
    """Where the proxy resolves `os.environ/NAME`: ProxyConfig._check_for_os_environ_vars walks every
    mapping, and the mappings inside lists, and resolves string values (not strings inside lists)."""
    if depth > 100:
        return
    if isinstance(value, dict):
        for k, v in value.items():
            here = f"{path}.{k}" if path else str(k)
            if isinstance(v, str) and v.startswith("os.environ/"):
                out.append({"name": v[len("os.environ/"):], "path": here})
            elif isinstance(v, dict):
                env_refs(v, here, out, depth + 1)
            elif isinstance(v, list):
                for i, item in enumerate(v):
                    if isinstance(item, dict):
                        env_refs(item, f"{here}[{i}]", out, depth + 1)


def resolve(value, get_secret, depth=0):
    """The values ProxyConfig._check_for_os_environ_vars gives (same walk; unset -> None)."""
    if depth > 100:
        return value
    if isinstance(value, dict):
        return {k: resolve_value(v, get_secret, depth) for k, v in value.items()}
    return value


def resolve_value(v, get_secret, depth):
    if isinstance(v, dict):
        return resolve(v, get_secret, depth + 1)
    if isinstance(v, list):
        return [resolve(item, get_secret, depth + 1) if isinstance(item, dict) else item for item in v]
    if isinstance(v, str) and v.startswith("os.environ/"):
        return get_secret(v)
    return v


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


def own_endpoint(litellm, model, params):
    """True when the route's api_base is the provider's own endpoint: there is none (LiteLLM's default), or
    the provider has no default and LiteLLM asks for a base (validate_environment lists e.g.
    AZURE_API_BASE). An api_base that overrides a provider's default (openai/ to a vLLM) is someone else's
    server, which must never receive the provider's key from the environment."""
    if params.get("api_base") in (None, ""):
        return True
    needs = implicit_variables(litellm, model, {"api_key": params.get("api_key")})
    return any(n.endswith(("_API_BASE", "_BASE_URL", "_ENDPOINT", "_API_URL")) for n in needs)


def temperature_fate(litellm, model, provider, temperature, params, settings):
    """What the completion path does with the probe's temperature: litellm.utils.get_optional_params is
    where LiteLLM drops a parameter (drop_params) or raises UnsupportedParamsError."""
    if temperature is None:
        return None, None
    drop = params.get("drop_params")
    if drop is None:
        drop = settings.get("drop_params")
    extra = params.get("additional_drop_params") or settings.get("additional_drop_params")
    if isinstance(extra, list) and "temperature" in extra:
        return "drop", None
    try:
        out = litellm.utils.get_optional_params(
            model=model, custom_llm_provider=provider, temperature=temperature, drop_params=bool(drop) if drop is not None else None
        )
    except Exception as e:  # UnsupportedParamsError: the proxy answers 400 before calling the upstream
        return "refuse", str(e).split("\n")[0][:300]
    return ("forward" if "temperature" in out else "drop"), None


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
        "mode": None,
        "modeSource": None,
        "supportedParams": None,
        "temperature": None,
        "temperatureMessage": None,
        "implicitEnv": [],
        "hasApiKey": params.get("api_key") not in (None, ""),
        "hasApiBase": params.get("api_base") not in (None, ""),
        "paramsError": None,
        "wildcard": "*" in str(model or "") or "*" in str(alias or ""),
        "ownEndpoint": None,
        "openaiCompatible": None,
    }
    raw_params = raw.get("litellm_params") if isinstance(raw, dict) and isinstance(raw.get("litellm_params"), dict) else {}
    if not isinstance(model, str) or not model:
        out["providerError"] = (
            f"litellm_params.model reads {raw_params.get('model')}, which is not set"
            if isinstance(raw_params.get("model"), str) and raw_params.get("model", "").startswith("os.environ/")
            else "litellm_params.model is missing"
        )
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
        out["providerError"] = str(e).split("\n")[0][:300]
        return out
    mode = info.get("mode")
    if isinstance(mode, str) and mode:
        out["mode"], out["modeSource"] = mode, "model_info"
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
    out["temperature"], out["temperatureMessage"] = temperature_fate(litellm, resolved_model, provider, temperature, params, settings)
    full = model if "/" in model else f"{provider}/{resolved_model}"
    out["implicitEnv"] = implicit_variables(litellm, full, params)
    out["ownEndpoint"] = own_endpoint(litellm, full, params)
    # Plain OpenAI-style servers (vLLM, llama.cpp): LiteLLM's own list of them, plus its openai providers.
    out["openaiCompatible"] = provider in ("openai", "text-completion-openai") or provider in litellm.openai_compatible_providers
    return out


def answer(request):
    result = {"schema": "verify-litellm/oracle@1", "litellmVersion": None, "error": None, "deployments": [], "envRefs": [], "callbacks": []}
    try:
        config = load_config(request["config"])
    except Exception as e:
        result["error"] = {"stage": "load", "message": f"{type(e).__name__}: {e}"[:500]}
        return result
    refs = []
    env_refs(config, "", refs)
    result["envRefs"] = refs
    settings = config.get("litellm_settings") if isinstance(config.get("litellm_settings"), dict) else {}
    for key in ("callbacks", "success_callback", "failure_callback", "service_callback"):
        value = settings.get(key)
        for cb in value if isinstance(value, list) else [value] if isinstance(value, str) else []:
            if isinstance(cb, str):
                result["callbacks"].append({"setting": key, "name": cb, "module": "." in cb})
    try:
        import time

        import litellm
        from litellm.secret_managers.main import get_secret

        # What the answer costs beyond LiteLLM's import (which the proxy pays anyway): the figure for the 0.3 s budget.
        started = time.perf_counter()

        try:
            from importlib.metadata import version

            result["litellmVersion"] = version("litellm")
        except Exception:
            pass
        resolved = resolve(config, get_secret)
        resolved_settings = resolved.get("litellm_settings") if isinstance(resolved.get("litellm_settings"), dict) else {}
        credentials = {
            c.get("credential_name"): c.get("credential_values")
            for c in (resolved.get("credential_list") if isinstance(resolved.get("credential_list"), list) else [])
            if isinstance(c, dict) and isinstance(c.get("credential_values"), dict)
        }
        models = resolved.get("model_list")
        raw_models = config.get("model_list")
        if models is not None and not isinstance(models, list):
            result["error"] = {"stage": "load", "message": "model_list is not a list"}
            return result
        for i, entry in enumerate(models or []):
            raw = raw_models[i] if isinstance(raw_models, list) and i < len(raw_models) else {}
            if not isinstance(entry, dict):
                result["deployments"].append({"index": i, "providerError": "the entry is not a mapping", "implicitEnv": []})
                continue
            result["deployments"].append(describe(litellm, i, raw, entry, request.get("temperature"), resolved_settings, credentials))
        result["computeMs"] = round((time.perf_counter() - started) * 1000)
    except Exception as e:
        result["error"] = {"stage": "oracle", "message": f"{type(e).__name__}: {e}"[:500]}
    return result


def answer_in_env(request):
    """answer() with os.environ replaced by the request's own environment, restored afterwards."""
    env = request.get("env")
    if not isinstance(env, dict):
        return answer(request)
    saved = dict(os.environ)
    try:
        os.environ.clear()
        os.environ.update({str(k): str(v) for k, v in env.items()})
        return answer(request)
    finally:
        os.environ.clear()
        os.environ.update(saved)


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else "answer"
    # LiteLLM may print while it imports; only the marked line is the answer.
    sys.stdout = sys.stderr
    if mode != "proxy":
        for line in sys.stdin:
            if line.strip():
                emit(answer_in_env(json.loads(line)))
        return
    request = json.loads(sys.stdin.readline() or "{}")
    emit(answer(request))
    # The runner decides from the answer which variables this proxy needs and sends them back.
    reply = json.loads(sys.stdin.readline() or "{}")
    if reply.get("stop"):
        return
    for name, value in (reply.get("env") or {}).items():
        os.environ[str(name)] = str(value)
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.dup2(2, 1)  # from here on the proxy writes its log where stderr goes
    sys.stdout = os.fdopen(1, "w", buffering=1)
    launcher = sys.argv[2]
    sys.argv = ["-c"] + sys.argv[3:]
    exec(compile(launcher, "<launcher>", "exec"), {"__name__": "__main__"})


if __name__ == "__main__":
    main()
