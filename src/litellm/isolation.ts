// Every Python the action starts runs isolated from the repository it checks. A pull request can add a
// `litellm/` or `pip/` package to the workspace: Python puts the working folder (and PYTHONPATH, and the user's
// site-packages) on sys.path, so `python -m pip` or `python -m litellm...` would run the pull request's code
// with the runner's secrets one /proc/<ppid>/environ away. So: `-I` (isolated mode: no working or script
// folder on sys.path, PYTHON* variables ignored, no user site-packages; Python >= 3.4), and a private empty
// working folder (runCommand's default; the proxy gets one in its private folder).

/** Isolated mode, before any other interpreter argument (`python -I -m pip ...`, `py -3 -I -c ...`). */
export const ISOLATED = '-I';

/**
 * Starts the proxy as `python -m litellm.proxy.proxy_cli` would, with what isolated mode cannot express:
 * - the config's own folder at the *end* of sys.path. LiteLLM imports custom callbacks and custom auth
 *   (`litellm_settings.callbacks: custom_callbacks.handler`) from the folder of the config it is given
 *   (litellm/proxy/types_utils/utils.py get_instance_fn), but it is given our private copy; appended last,
 *   those modules still resolve, and nothing there can shadow LiteLLM or any installed package.
 * - a ceiling on the address space (RLIMIT_AS) where the OS has one: LiteLLM reads whole upstream bodies
 *   into memory, and a hostile upstream can send gigabytes. Children inherit it.
 * - no HTTP redirect followed, so no credential is re-sent to another origin (see below).
 * argv: [-c, <module dir or ''>, <memory bytes or 0>, ...proxy_cli arguments]
 */
export const PROXY_LAUNCHER = [
  'import os, runpy, sys',
  '_, extra, limit, *rest = sys.argv',
  'if extra: sys.path.append(extra)',
  'if int(limit):',
  "    os.environ.setdefault('OPENBLAS_NUM_THREADS', '1')  # OpenBLAS reserves buffers per core at import",
  '    try:',
  '        import resource',
  '        resource.setrlimit(resource.RLIMIT_AS, (int(limit), int(limit)))',
  '    except (ImportError, ValueError, OSError):',
  '        pass',
  // No redirect is followed: LiteLLM's HTTP clients (litellm/llms/custom_httpx/http_handler.py, 1.108.7) are
  // httpx clients with follow_redirects=True, and httpx drops only `Authorization` on a cross-origin redirect,
  // so an upstream answering 307 to another host received the route's `x-api-key` (anthropic/) there too.
  'import httpx',
  'for _client in (httpx.Client, httpx.AsyncClient):',
  '    def _init(self, *args, _original=_client.__init__, **kwargs):',
  "        kwargs['follow_redirects'] = False",
  '        _original(self, *args, **kwargs)',
  '    _client.__init__ = _init',
  '    def _send(self, request, *args, _original=_client.send, **kwargs):',
  "        kwargs['follow_redirects'] = False  # a per-request override too",
  '        return _original(self, request, *args, **kwargs)',
  '    _client.send = _send',
  "sys.argv = ['litellm', *rest]",
  "runpy.run_module('litellm.proxy.proxy_cli', run_name='__main__', alter_sys=True)",
].join('\n');

/**
 * The proxy's address-space ceiling: a normal run peaks near 0.9 GB of address space (LiteLLM 1.108.7, measured
 * with VmPeak; 0.39 GB resident); threads and malloc arenas add to it under load. 4 GiB leaves room for that
 * and stops a hostile upstream's gigabyte body from taking the runner's memory (an 800 MB body took it to 2.9 GB).
 */
export const PROXY_MEMORY_BYTES = 4 * 1024 ** 3;

/** Interpreter arguments that start the proxy: isolated, unbuffered (a crash shows in the log as it happens), UTF-8 stdio. */
export function proxyCommand(moduleDir: string | null, memoryBytes: number, cliArgs: readonly string[]): string[] {
  return [ISOLATED, '-u', '-X', 'utf8', '-c', PROXY_LAUNCHER, moduleDir ?? '', String(Math.max(0, Math.floor(memoryBytes))), ...cliArgs];
}
