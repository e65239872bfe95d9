"""Asks the installed LiteLLM how it reads a proxy config, for every deployment in one call.

Run by the venv's Python with -I from an empty private folder. It loads the file the way the proxy does
and answers with JSON; it executes no code the config names (no callback, guardrail or auth module is
imported) and calls no provider.

  python -I oracle.py answer          one request per line on stdin, one answer line each on stdout, in
                                      order, until stdin ends (lint: several configs, one import)
  python -I oracle.py hosts           one line: for every provider LiteLLM lists, the hosts it sends a route
                                      with no api_base to (scripts/provider-hosts.ts writes them next to the lock)
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
import contextlib
import json
import os
import sys
import threading

MARK = "VERIFY-LITELLM-ORACLE "
_real_stdout = sys.stdout


def sibling(name):
    """A helper module next to this file, loaded by its path: -I keeps this folder off sys.path, and so do we."""
    import importlib.util

    here = os.path.dirname(os.path.abspath(__file__))
    spec = importlib.util.spec_from_file_location(f"verify_litellm_{name}", os.path.join(here, f"{name}.py"))
    module = importlib.util.module_from_spec(spec)
    # No __pycache__ in the action's folder; LiteLLM's own imports (later, in proxy mode) still cache theirs.
    saved, sys.dont_write_bytecode = sys.dont_write_bytecode, True
    try:
        spec.loader.exec_module(module)
    finally:
        sys.dont_write_bytecode = saved
    return module


def emit(answer):
    _real_stdout.write(MARK + json.dumps(answer, default=str) + "\n")
    _real_stdout.flush()


def load_config(path, sources=None):
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
    if sources is not None:  # every file merged, as read: the including file first
        sources.append((root, config))

    async def read_included(location):
        if not os.path.exists(location):
            raise FileNotFoundError(f"Included file not found: {location}")
        data = read(location)
        if not isinstance(data, dict):
            raise ValueError(f"Included config file is not a YAML mapping: {location}")
        if sources is not None:
            sources.append((os.path.abspath(location), data))
        return data

    return asyncio.run(
        resolve_includes(
            config=config,
            location=root,
            resolve=lambda entry, declared_in: resolve_include_file_path(entry, declared_in, root),
            read=read_included,
        )
    )


@contextlib.contextmanager
def custom_providers(litellm, value):
    """The providers `litellm_settings.custom_provider_map` registers, known while the deployments are read.
    The proxy imports each handler and adds its provider to litellm.provider_list (ProxyConfig.load_config
    calls litellm.utils.custom_llm_setup, 1.108.7), so `claude-code-sdk/sonnet` routes to it. The oracle runs no
    code the config names: it adds the names only, and takes them out again (the next config is read in this process)."""
    names = [i["provider"] for i in value if isinstance(i, dict) and isinstance(i.get("provider"), str)] if isinstance(value, list) else []
    saved = (list(litellm.provider_list), list(litellm._custom_providers))
    try:
        for name in names:
            if name not in litellm.provider_list:
                litellm.provider_list.append(name)
            if name not in litellm._custom_providers:
                litellm._custom_providers.append(name)
        yield
    finally:
        litellm.provider_list[:] = saved[0]
        litellm._custom_providers[:] = saved[1]


def answer(request):
    result = {"schema": "verify-litellm/oracle@1", "litellmVersion": None, "error": None, "deployments": [], "envRefs": [], "callbacks": []}
    sources = []
    try:
        config = load_config(request["config"], sources)
    except Exception as e:
        result["error"] = {"stage": "load", "message": f"{type(e).__name__}: {e}"[:500]}
        return result
    result["overridden"] = sibling("oracle_settings").overridden(config, sources)
    environ = sibling("oracle_env")
    environ.env_refs(config, "", result["envRefs"])
    settings = config.get("litellm_settings") if isinstance(config.get("litellm_settings"), dict) else {}
    for key in ("callbacks", "success_callback", "failure_callback", "service_callback"):
        value = settings.get(key)
        for cb in value if isinstance(value, list) else [value] if isinstance(value, str) else []:
            if isinstance(cb, str):
                result["callbacks"].append({"setting": key, "name": cb, "module": "." in cb})
    try:
        result["masterKey"] = sibling("oracle_settings").master_key(config)
    except Exception:  # a release whose check is shaped differently: no answer, not a failed one
        result["masterKey"] = None
    try:
        import time

        import litellm
        from litellm.secret_managers.main import get_secret

        describe = sibling("oracle_deployment").describe

        # What the answer costs beyond LiteLLM's import (which the proxy pays anyway): the figure for the 0.3 s budget.
        started = time.perf_counter()

        try:
            from importlib.metadata import version

            result["litellmVersion"] = version("litellm")
        except Exception:
            pass
        resolved = environ.resolve(config, get_secret)
        # Sections the proxy hands to LiteLLM's own loaders at start, which refuse what they cannot use.
        refused = sibling("oracle_settings").vector_store_registry(resolved)
        if refused:
            result["error"] = {"stage": "load", "message": refused, "at": "vector_store_registry"}
            return result
        refused = sibling("oracle_settings").fallbacks(resolved)
        if refused:
            result["error"] = {"stage": "load", "message": refused[1], "at": refused[0]}
            return result
        result["cacheError"] = sibling("oracle_settings").cache_setting(resolved)
        result["routerSettings"] = sibling("oracle_settings").router_settings(resolved)
        result["topLevelSettings"] = sibling("oracle_settings").top_level_settings(resolved)
        for key in (result["routerSettings"] or {}).get("refused", []):
            result["error"] = {
                "stage": "load",
                "message": f"ValueError: '{key}' is NOT a valid router_settings parameter. Please move it to 'general_settings'.",
                "at": f"router_settings.{key}",
            }
            return result
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
        def describe_all():
            with custom_providers(litellm, resolved_settings.get("custom_provider_map")):
                for i, entry in enumerate(models or []):
                    raw = raw_models[i] if isinstance(raw_models, list) and i < len(raw_models) else {}
                    if not isinstance(entry, dict):
                        result["deployments"].append({"index": i, "providerError": "the entry is not a mapping", "implicitEnv": [], "keyEnv": []})
                        continue
                    result["deployments"].append(describe(litellm, i, raw, entry, request.get("temperature"), resolved_settings, credentials))

        off_main_thread(describe_all)
        result["computeMs"] = round((time.perf_counter() - started) * 1000)
    except Exception as e:
        result["error"] = {"stage": "oracle", "message": f"{type(e).__name__}: {e}"[:500]}
    return result


def off_main_thread(fn):
    """Runs fn in a worker thread, as the proxy runs LiteLLM's calls (inside its event loop). LiteLLM then refuses
    what would wait for a human: GitHub Copilot's device-code login (litellm/llms/github_copilot/authenticator.py,
    1.108.7, checks can_block_current_thread()) raises its own "needs a human" message at once, where on the main
    thread get_llm_provider would ask github.com for a device code and poll it for minutes
    (jonmagic/litellm-copilot)."""
    box = {}

    def run():
        try:
            box["value"] = fn()
        except BaseException as e:  # re-raised on the caller's thread
            box["error"] = e

    worker = threading.Thread(target=run, name="verify-litellm-oracle", daemon=True)
    worker.start()
    worker.join()
    if "error" in box:
        raise box["error"]
    return box.get("value")


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


def provider_hosts():
    """Where LiteLLM sends a route of each provider that sets no api_base: oracle_deployment.default_origins
    (litellm.get_api_base, then get_llm_provider's default, asked with an empty environment) for a
    `<provider>/<model>` of every provider in litellm.provider_list; providers it gives no answer for are left out."""
    import urllib.parse
    from importlib.metadata import version

    import litellm

    default_origins = sibling("oracle_deployment").default_origins
    hosts = {}

    def ask_all():  # off the main thread, as answer() asks: no provider's login flow waits for a human
        for provider in sorted({str(getattr(p, "value", p)) for p in litellm.provider_list}):
            names = sorted({urllib.parse.urlsplit(o).hostname for o in default_origins(litellm, f"{provider}/verify-litellm-probe")} - {None})
            if names:
                hosts[provider] = names

    off_main_thread(ask_all)
    return {"schema": "verify-litellm/hosts@1", "litellmVersion": version("litellm"), "hosts": hosts}


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else "answer"
    # LiteLLM may print while it imports; only the marked line is the answer.
    sys.stdout = sys.stderr
    if mode == "hosts":
        emit(provider_hosts())
        return
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
