// The installed LiteLLM answers how it reads a config (src/litellm/oracle.py): provider, mode, what it does
// with the probe's temperature and which variables it reads, per deployment. The TypeScript side keeps no
// copy of those tables; where its static reading and LiteLLM's answer differ, the answer wins.
import fs from 'node:fs';
import path from 'node:path';
import { VerifyError } from '../util/errors.ts';
import { helperScript } from './helper-script.ts';
import { runCommand } from '../util/process.ts';
import { baseEnvironment } from './environment.ts';

export const ORACLE_MARK = 'VERIFY-LITELLM-ORACLE ';

/** One deployment (a `model_list` entry, in LiteLLM's merged order after `include:`) as LiteLLM sees it. */
export interface OracleDeployment {
  index: number;
  /** model_name after `os.environ/` resolution. */
  alias: string | number | null;
  /** litellm_params.model after resolution. */
  model: string | null;
  /** What `get_llm_provider` resolves (custom_llm_provider and api_base honoured); null when it cannot. */
  provider: string | null;
  /** LiteLLM's own words when it cannot pick a provider. */
  providerError: string | null;
  /** The provider the route names is one LiteLLM lists, yet it could not set the route up (github_copilot with no login). */
  providerKnown?: boolean | null;
  /** `model: os.environ/X` with X unset here: the variable named, whose value would decide the provider. */
  modelUnset?: string | null;
  /** The model name LiteLLM sends the upstream (without the provider prefix). */
  upstreamModel: string | null;
  /** model_info.mode, else the mode in LiteLLM's model map; null when neither says (LiteLLM then treats it as chat). */
  mode: string | null;
  modeSource: 'model_info' | 'model_map' | null;
  /** For a model_info.mode: whether LiteLLM has a call for it (its health-check modes); null when not asked. */
  modeKnown?: boolean | null;
  /** For a mode LiteLLM has no call for: the modes it has calls for (its health check's handlers), sorted. */
  knownModes?: string[] | null;
  supportedParams: string[] | null;
  /** What LiteLLM does with the probe's temperature before calling the upstream. */
  temperature: 'forward' | 'drop' | 'refuse' | null;
  temperatureMessage: string | null;
  /** Variables LiteLLM reads for this route without the config naming them (validate_environment). */
  implicitEnv: string[];
  /** Of implicitEnv, the variables an api_key replaces (sent as the key itself); not VERTEXAI_PROJECT, AWS_*. */
  keyEnv?: string[];
  hasApiKey: boolean;
  hasApiBase: boolean;
  /** LiteLLM's validation error for these litellm_params (the Router refuses the deployment). */
  paramsError: string | null;
  wildcard: boolean;
  /** False when api_base overrides the provider's own endpoint (an openai/ route to a vLLM). */
  ownEndpoint: boolean | null;
  openaiCompatible: boolean | null;
  /**
   * Why LiteLLM's Vertex loader cannot use the route's `vertex_credentials` in the proxy's working folder (a file it
   * cannot read or parse, JSON it cannot use); `file` when the value names a file. Never the value itself.
   */
  credentialsProblem?: { kind: string; file: boolean; reason: string } | null;
}

export interface OracleAnswer {
  schema: 'verify-litellm/oracle@1';
  litellmVersion: string | null;
  /** The file could not be loaded the way the proxy loads it (LiteLLM would not start). */
  error: {
    stage: string;
    message: string;
    /** What LiteLLM refused, when it names it: a section (`vector_store_registry`) or a setting (`litellm_settings.fallbacks`). */ at?: string;
  } | null;
  deployments: OracleDeployment[];
  /** Every `os.environ/NAME` the proxy resolves, with where it sits (`litellm_settings.redis_host`). */
  envRefs: { name: string; path: string }[];
  /** litellm_settings callbacks; `module` when LiteLLM imports it from a file (a dotted name). */
  callbacks: { setting: string; name: string; module: boolean }[];
  /** LiteLLM's start-up refusal of a literal general_settings.master_key (empty, or a known default such as sk-1234). */
  masterKey?: { reason: string; headline: string } | null;
  /** LiteLLM's error for a mocked call with the config's `litellm_settings.cache` (not true/false) set as the proxy sets it. */
  cacheError?: string | null;
  /**
   * Top-level values an `include:` replaced (LiteLLM's merge extends lists and overrides everything else): the file
   * whose value was dropped, and the file whose value LiteLLM kept (absolute paths).
   */
  overridden?: { key: string; file: string; keptFrom: string | null }[];
  /**
   * router_settings keys the proxy does not hand its Router (not in Router.get_valid_args()): it logs and ignores them;
   * `valid` is what it would take.
   */
  routerSettings?: { ignored: string[]; refused: string[]; valid: string[] } | null;
  /** Top-level keys that are settings of a section (`cache:` beside model_list), and the sections that read them. */
  topLevelSettings?: Record<string, string[]> | null;
  /** Milliseconds the answer took after LiteLLM was imported (the import is the proxy's own cost). */
  computeMs?: number;
}

export interface OracleRequest {
  config: string;
  temperature: number | null;
  /** The whole environment to answer this config in (a batch: each config its own); the process's when absent. */
  env?: Record<string, string>;
}

/** The helper's path (helper-script.ts). */
export function oracleScript(): string {
  return helperScript('oracle.py');
}

/** The answer line in what the helper wrote, or null. */
export function parseOracleOutput(stdout: string): OracleAnswer | null {
  return parseOracleAnswers(stdout)[0] ?? null;
}

/** Every answer line in what the helper wrote, in order, up to the first that is not a valid answer. */
export function parseOracleAnswers(stdout: string): OracleAnswer[] {
  const answers: OracleAnswer[] = [];
  for (const line of stdout.split('\n')) {
    if (!line.startsWith(ORACLE_MARK)) continue;
    try {
      const answer = JSON.parse(line.slice(ORACLE_MARK.length)) as OracleAnswer;
      if (!answer || answer.schema !== 'verify-litellm/oracle@1') break;
      answers.push(answer);
    } catch {
      break;
    }
  }
  return answers;
}

/** Environment of the helper: basics plus the variables the config reads, and LiteLLM's quiet local switches. */
export function oracleEnvironment(source: NodeJS.ProcessEnv, vars: Readonly<Record<string, string>>): Record<string, string> {
  return {
    ...baseEnvironment(source),
    ...vars,
    LITELLM_LOCAL_MODEL_COST_MAP: 'True', // the model map shipped in the package: no network
    LITELLM_MODE: 'PRODUCTION',
    PYTHONIOENCODING: 'utf-8',
    NO_COLOR: '1',
  };
}

/**
 * Asks LiteLLM on its own (the lint: no proxy), one answer per request, in order, from one process: LiteLLM's
 * import (seconds) is paid once however many configs are read. `-I` keeps the user's site-packages, PYTHON*
 * variables and the current folder out of the interpreter; it runs from an empty private folder.
 */
export async function askOracle(options: {
  python: string;
  requests: OracleRequest[];
  env: Record<string, string>;
  workDir: string;
  timeoutMs: number;
}): Promise<OracleAnswer[]> {
  const cwd = fs.mkdtempSync(path.join(options.workDir, 'oracle-'));
  try {
    const result = await runCommand(options.python, ['-I', oracleScript(), 'answer'], {
      env: options.env,
      cwd,
      timeoutMs: options.timeoutMs,
      input: options.requests.map((r) => JSON.stringify(r) + '\n').join(''),
      // An answer is a few KiB per deployment; room for a large config's, for every config of a batch.
      maxCapture: 1024 * 1024 * options.requests.length,
    });
    const answers = parseOracleAnswers(result.stdout);
    if (answers.length < options.requests.length) {
      const tail = result.stderr.trim().split('\n').slice(-3).join(' ').slice(0, 300);
      const which = options.requests.length > 1 ? ` (answered ${answers.length} of ${options.requests.length} configs)` : '';
      throw new VerifyError(
        result.timedOut
          ? `LiteLLM did not answer within ${Math.round(options.timeoutMs / 1000)}s while reading the config${which}.`
          : `LiteLLM could not read the config${which} (exit ${result.code ?? '-'}): ${tail || 'no output'}`,
        'install',
      );
    }
    return answers;
  } finally {
    fs.rmSync(cwd, { recursive: true, force: true });
  }
}
