// The runner's pip settings, handed to uv. uv reads neither pip.conf nor PIP_* and, unless told, not the
// system trust store: on a runner behind a TLS-inspecting proxy whose CA is only in the system bundle and in
// pip's `cert`, pip works and uv fails with `invalid peer certificate: UnknownIssuer`. pip itself answers
// what its settings are (`pip config list` merges pip.conf, user/site files and PIP_* in pip's own order).
import { runCommand } from '../util/process.ts';
import { ISOLATED } from './isolation.ts';

export interface IndexSettings {
  /** Extra uv arguments (repeated options). */
  args: string[];
  /** uv environment variables (set only when the caller has not set the uv variable itself). */
  env: Record<string, string>;
  /** What was taken from pip, for the log (URLs without credentials). */
  taken: string[];
}

/** Parses `pip config list` lines: `global.index-url='https://...'`, `:env:.cert='/etc/ssl/...'`, `install.trusted-host='a b'`. */
export function parsePipConfig(text: string): Map<string, string> {
  // pip's precedence: the environment over a command's section over [global] (files are already merged).
  const rank = (section: string) => (section === ':env:' ? 3 : section === 'install' ? 2 : section === 'global' ? 1 : 0);
  const best = new Map<string, { value: string; rank: number }>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^(:env:|[\w-]+)\.([\w-]+)=(['"]?)(.*)\3$/.exec(line.trim());
    if (!m) continue;
    const [, section = '', key = '', , value = ''] = m;
    const r = rank(section);
    if (r === 0) continue;
    const seen = best.get(key);
    if (!seen || seen.rank <= r) best.set(key, { value, rank: r });
  }
  return new Map([...best].map(([k, v]) => [k, v.value]));
}

const words = (value: string | undefined) => (value ?? '').split(/\s+/).filter(Boolean);
const pipTrue = (value: string | undefined) => /^(1|true|yes|on)$/i.test(value ?? '');

/** Drops `user:password@` from a URL for the log: up to the last `@` before the path, as pip splits it (`rsplit('@', 1)`), so a raw `@` in a token hides nothing of it. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][\w+.-]*:\/\/)[^/?#\s]*@/i, '$1***@');
}

/** Turns pip's settings into uv's. `callerEnv` is the installer's environment: a UV_* the caller set wins. */
export function uvIndexSettings(pip: Map<string, string>, callerEnv: Record<string, string | undefined>): IndexSettings {
  const env: Record<string, string> = {};
  const args: string[] = [];
  const taken: string[] = [];
  const set = (name: string, value: string) => {
    if (callerEnv[name] === undefined) env[name] = value;
  };
  // The system store on every platform (macOS keychain, Windows store, /etc/ssl on Linux), as pip does via truststore.
  set('UV_SYSTEM_CERTS', '1');
  const index = pip.get('index-url');
  if (index) {
    set('UV_DEFAULT_INDEX', index);
    taken.push(`index-url ${redactUrl(index)}`);
  }
  // extra-index-url and find-links are not handed over: for a version found in several places uv takes the files
  // of the first index that has it, pip the best-tagged file of all. On this machine an extra file:// index holds
  // only soundfile's pure-Python wheel (no libsndfile); uv took it and LiteLLM failed to import. Packages only an
  // extra index has are installed by the pip fallback, which reads pip's settings itself.
  for (const host of words(pip.get('trusted-host'))) args.push('--allow-insecure-host', host);
  if (pip.get('trusted-host')) taken.push(`trusted-host ${pip.get('trusted-host')}`);
  const cert = pip.get('cert');
  if (cert) {
    // uv reads SSL_CERT_FILE; pip's `cert` is the bundle pip trusts, so uv trusts the same.
    set('SSL_CERT_FILE', cert);
    taken.push(`cert ${cert}`);
  }
  const clientCert = pip.get('client-cert');
  if (clientCert) {
    set('SSL_CLIENT_CERT', clientCert);
    taken.push('client-cert');
  }
  // pip's `proxy` (pip.conf or PIP_PROXY) is used for http and https alike when the environment names none
  // (pip/_internal/cli/index_command.py `_build_session`: session.proxies; requests lets HTTP(S)_PROXY win). uv
  // reads only the variables: without them it would try the index directly and wait out its timeouts first.
  const proxy = pip.get('proxy');
  const named = (n: string) => Object.keys(callerEnv).some((k) => k.toUpperCase() === n && callerEnv[k]);
  if (proxy && !named('HTTP_PROXY') && !named('HTTPS_PROXY') && !named('ALL_PROXY')) {
    env.HTTP_PROXY = proxy;
    env.HTTPS_PROXY = proxy;
    taken.push(`proxy ${redactUrl(proxy)}`);
  }
  if (pipTrue(pip.get('no-index'))) {
    args.push('--no-index');
    taken.push('no-index');
    // With no index, find-links is pip's one source (an air-gapped runner's wheelhouse), so the concern above
    // (several sources, uv taking the first) does not arise; without them uv finds nothing ("index lookups were
    // disabled and no additional package locations were provided") and every install fell back to pip. Split on
    // whitespace, as pip splits PIP_FIND_LINKS and a pip.conf list.
    const links = words(pip.get('find-links'));
    for (const link of links) args.push('--find-links', link);
    if (links.length) taken.push(`find-links ${links.map(redactUrl).join(' ')}`);
  }
  return { args, env, taken };
}

/**
 * Asks the base interpreter's pip for its settings. A Python without pip (Ubuntu's python3 without python3-pip, a
 * container image's; uv installs anyway) cannot answer, yet the runner's PIP_* variables still say where the index
 * is: read as pip reads them (pip/_internal/configuration.py get_environ_vars and _normalize_name: `PIP_` off,
 * lower-cased, `_` as `-`, as `:env:` settings). pip.conf files are pip's to read and stay unread then.
 */
export async function readPipSettings(
  python: { command: string; args: string[] },
  env: Record<string, string>,
  timeoutMs: number,
  run: typeof runCommand = runCommand,
): Promise<Map<string, string>> {
  const result = await run(python.command, [...python.args, ISOLATED, '-m', 'pip', 'config', 'list'], { timeoutMs: Math.min(timeoutMs, 30_000), env });
  if (result.code === 0) return parsePipConfig(result.stdout);
  const fromEnv = Object.entries(env)
    .filter(([name]) => name.startsWith('PIP_') && !['PIP_VERSION', 'PIP_HELP'].includes(name))
    .map(([name, value]) => `:env:.${name.slice(4).toLowerCase().replace(/_/g, '-')}=${value}`);
  return parsePipConfig(fromEnv.join('\n'));
}

/** Words in an installer's output that mean the index's certificate was not trusted. */
const TLS_FAILURE =
  /invalid peer certificate|UnknownIssuer|CERTIFICATE_VERIFY_FAILED|certificate verify failed|self[- ]signed certificate|unable to get local issuer certificate/i;

export function isTlsFailure(output: string): boolean {
  return TLS_FAILURE.test(output);
}

export const TLS_FIX =
  "The runner does not trust the package index's TLS certificate (a TLS-inspecting proxy's CA?). Put that CA in the system bundle, or point SSL_CERT_FILE (or pip's `cert` setting / PIP_CERT) at a CA bundle that holds it; verify-litellm hands pip's settings and the system trust store to uv, and falls back to pip.";
