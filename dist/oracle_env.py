"""Where and how the proxy reads a config's `os.environ/NAME` references; loaded by oracle.py as a sibling.
ProxyConfig._check_for_os_environ_vars (litellm/proxy/proxy_server.py, 1.108.7) walks every mapping, and the
mappings inside lists, and resolves string values (not strings inside lists)."""


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
