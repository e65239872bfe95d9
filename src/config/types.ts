// What a LiteLLM proxy config reads as (src/config/load.ts): plain typed objects that remember the file and
// position each value came from, so every later message can point at the line to change.
import type { OracleDeployment } from '../litellm/oracle.ts';

/** 1-based position in the config file. */
export interface Position {
  line: number;
  column: number;
}

/** A reference `os.environ/NAME` inside an alias's litellm_params (LiteLLM resolves it at load time). */
export interface EnvRef {
  name: string;
  /** Dotted path of the param that holds it, e.g. `api_key` or `extra_headers.x-key`. */
  param: string;
  position: Position;
}

/** One entry of `model_list`: an alias (model_name) routed to a deployment. */
export interface Deployment {
  /** Position in the model_list of the file that holds it. */
  index: number;
  /** Position in LiteLLM's merged model_list (after `include:`), the order the oracle answers in. */
  order: number;
  /** The file that holds it, as shown to the user (an `include:`d file, or the config). */
  file: string;
  absoluteFile: string;
  alias: string;
  /** `litellm_params.model`, e.g. `openai/Qwen/Qwen3-0.6B`. */
  model: string;
  /** The provider prefix (`openai`), or null when the model has none. */
  provider: string | null;
  /** `litellm_params.api_base` when it is a literal string. */
  apiBase: string | null;
  /** Every litellm_params value as plain data. */
  params: Record<string, unknown>;
  /** `model_info.mode`, e.g. `embedding`; null when unset (chat). */
  mode: string | null;
  /** `model_info.id`: LiteLLM routes a request whose `model` is this id to this one deployment. */
  modelId: string | null;
  envRefs: EnvRef[];
  position: Position;
  /** Positions of the individual params, for pointed lint messages. */
  paramPositions: Record<string, Position>;
  /** Keys of the model_list entry itself (model_name, litellm_params, model_info, ...), with their positions. */
  entryKeys?: Record<string, Position>;
  /** What the installed LiteLLM says about it (src/litellm/oracle.py), once asked; it wins over the static reading. */
  litellm: OracleDeployment | null;
}

/** A key repeated in one mapping: PyYAML (so LiteLLM) keeps the last value and says nothing. */
export interface DuplicateKey {
  file: string;
  key: string;
  position: Position;
  firstLine: number;
}

export interface LiteLLMConfig {
  /** Path as the user gave it / relative to the workspace, used in messages and annotations. */
  displayPath: string;
  absolutePath: string;
  deployments: Deployment[];
  litellmSettings: Record<string, unknown>;
  generalSettings: Record<string, unknown>;
  routerSettings: Record<string, unknown>;
  /** `environment_variables:` — LiteLLM exports these before resolving `os.environ/` references. */
  environmentVariables: Record<string, unknown>;
  /** The whole document as plain data. */
  raw: Record<string, unknown>;
  /** Top-level keys with their positions (the lint checks them against LiteLLM's known sections). */
  topLevel: Map<string, Position>;
  /** Positions of keys inside the settings sections, e.g. `litellm_settings.master_key`. */
  settingPositions: Record<string, Position>;
  /** The raw text, kept so the proxy's private copy is byte-for-byte what the user wrote. */
  text: string;
  /** Every `os.environ/NAME` the proxy resolves anywhere in the file (settings sections too), and in included files. */
  envRefs: EnvRef[];
  /** Files pulled in through `include:` (absolute paths), in the order LiteLLM merges them. */
  included: string[];
  /** Each included file's shown path and top-level key positions, by absolute path (for findings inside it). */
  includedFiles?: Record<string, { displayPath: string; topLevel: Map<string, Position> }>;
  /** Keys repeated in a mapping (the later one is what LiteLLM reads). */
  duplicateKeys: DuplicateKey[];
}
