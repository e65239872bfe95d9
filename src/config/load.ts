// Reads a LiteLLM proxy config once into plain typed objects that remember where each value came from,
// so every later message can point at the file and line to change.
import fs from 'node:fs';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode, type YAMLMap } from 'yaml';
import { VerifyError } from '../util/errors.ts';

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
  index: number;
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
  envRefs: EnvRef[];
  position: Position;
  /** Positions of the individual params, for pointed lint messages. */
  paramPositions: Record<string, Position>;
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
}

/** Bounds that keep a hostile file from exhausting memory or time. */
export const MAX_CONFIG_BYTES = 2 * 1024 * 1024;
const MAX_ALIAS_COUNT = 100;

const ENV_PREFIX = 'os.environ/';

export function loadConfig(absolutePath: string, displayPath = absolutePath): LiteLLMConfig {
  let buffer: Buffer;
  try {
    const stat = fs.statSync(absolutePath);
    if (!stat.isFile()) throw new VerifyError(`${displayPath}: expected a LiteLLM config file, found a directory or special file.`, 'config', { file: displayPath });
    if (stat.size > MAX_CONFIG_BYTES) {
      throw new VerifyError(`${displayPath}: the config is ${stat.size} bytes; a LiteLLM config is expected to be under ${MAX_CONFIG_BYTES} bytes. Point 'config' at the proxy config file.`, 'config', { file: displayPath });
    }
    buffer = fs.readFileSync(absolutePath);
  } catch (error) {
    if (error instanceof VerifyError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new VerifyError(
      code === 'ENOENT'
        ? `${displayPath}: config file not found. Set the 'config' input to the path of your LiteLLM proxy config (relative to the repository root).`
        : `${displayPath}: cannot read the config file (${code ?? String(error)}).`,
      'config',
      { file: displayPath },
    );
  }
  return parseConfig(buffer, absolutePath, displayPath);
}

export function parseConfig(buffer: Buffer | string, absolutePath: string, displayPath = absolutePath): LiteLLMConfig {
  const text = typeof buffer === 'string' ? buffer : buffer.toString('utf8');
  const fail = (message: string, position?: Position, fix?: string): VerifyError => {
    const where = position ? `${displayPath}:${position.line}${position.column ? `:${position.column}` : ''}` : displayPath;
    return new VerifyError(`${where}: ${message}`, 'config', { file: displayPath, line: position?.line, column: position?.column, fix });
  };
  if (typeof buffer !== 'string' && buffer.includes(0)) throw fail('the file is binary (it contains NUL bytes); expected a YAML LiteLLM config.');

  const counter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  } catch (error) {
    // Deeply nested input can overflow the parser's stack; report it as the bad YAML it is.
    throw fail(`cannot parse the YAML (${error instanceof RangeError ? 'nesting too deep' : String(error)}).`);
  }
  const pos = (offset: number | undefined): Position => {
    if (offset === undefined) return { line: 0, column: 0 };
    const p = counter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const nodePos = (node: unknown): Position => pos((node as YamlNode | undefined)?.range?.[0]);

  const firstError = doc.errors[0];
  if (firstError) throw fail(`invalid YAML: ${firstError.message.split('\n')[0]}`, pos(firstError.pos[0]));

  let root: unknown;
  try {
    root = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    throw fail(`cannot read the YAML (${error instanceof RangeError ? 'nesting too deep' : (error as Error).message}).`);
  }
  if (!isMap(doc.contents) || !isPlainObject(root)) {
    throw fail('expected a mapping at the top level with a `model_list:` list; found ' + describe(root) + '.', nodePos(doc.contents));
  }
  const top = doc.contents as YAMLMap;
  const topLevel = new Map<string, Position>();
  for (const pair of top.items) if (isScalar(pair.key)) topLevel.set(String(pair.key.value), nodePos(pair.key));

  const listNode = top.get('model_list', true);
  if (listNode === undefined) throw fail('no `model_list:` found; expected a list of `- model_name: ...` entries, each with `litellm_params.model`.', { line: 1, column: 1 });
  if (!isSeq(listNode)) throw fail(`\`model_list\` must be a list of entries (\`- model_name: ...\`); found ${describe(root.model_list)}.`, nodePos(listNode));

  const deployments: Deployment[] = [];
  listNode.items.forEach((item, index) => {
    const at = nodePos(item);
    if (!isMap(item)) throw fail(`model_list entry ${index + 1} must be a mapping with \`model_name\` and \`litellm_params\`; found ${describe((root.model_list as unknown[])[index])}.`, at);
    const entry = item;
    const plain = (root.model_list as Record<string, unknown>[])[index] ?? {};
    const alias = plain.model_name;
    if (alias === undefined || alias === null || alias === '') throw fail(`model_list entry ${index + 1} has no \`model_name\` (the alias clients ask for).`, at);
    if (typeof alias !== 'string' && typeof alias !== 'number') throw fail(`\`model_name\` must be a string; found ${describe(alias)}.`, nodePos(entry.get('model_name', true)));
    const paramsNode = entry.get('litellm_params', true);
    if (paramsNode === undefined) throw fail(`model_list entry '${alias}' has no \`litellm_params\`; expected \`litellm_params: {model: openai/<model>, api_base: ..., api_key: ...}\`.`, at);
    if (!isMap(paramsNode)) throw fail(`\`litellm_params\` of '${alias}' must be a mapping; found ${describe(plain.litellm_params)}.`, nodePos(paramsNode));
    const params = plain.litellm_params as Record<string, unknown>;
    const model = params.model;
    if (model === undefined || model === null || model === '') throw fail(`'${alias}' has no \`litellm_params.model\`; expected \`provider/model\`, e.g. \`openai/Qwen/Qwen3-0.6B\`.`, nodePos(paramsNode));
    if (typeof model !== 'string') throw fail(`\`litellm_params.model\` of '${alias}' must be a string like \`openai/Qwen/Qwen3-0.6B\`; found ${describe(model)}.`, nodePos(paramsNode.get('model', true)));

    const paramPositions: Record<string, Position> = {};
    for (const pair of paramsNode.items) if (isScalar(pair.key)) paramPositions[String(pair.key.value)] = nodePos(pair.value ?? pair.key);
    const envRefs: EnvRef[] = [];
    collectEnvRefs(paramsNode, '', envRefs, nodePos);
    const modelInfo = plain.model_info;
    const mode = isPlainObject(modelInfo) && typeof modelInfo.mode === 'string' ? modelInfo.mode : null;
    const modelText = model as string;
    const slash = modelText.indexOf('/');
    deployments.push({
      index,
      alias: String(alias),
      model: modelText,
      provider: slash > 0 ? modelText.slice(0, slash) : null,
      apiBase: typeof params.api_base === 'string' ? params.api_base : null,
      params,
      mode,
      envRefs,
      position: nodePos(entry.get('model_name', true) ?? item),
      paramPositions,
    });
  });

  const section = (key: string): Record<string, unknown> => {
    const value = root[key];
    return isPlainObject(value) ? value : {};
  };
  const settingPositions: Record<string, Position> = {};
  for (const key of ['litellm_settings', 'general_settings', 'router_settings']) {
    const node = top.get(key, true);
    if (isMap(node)) for (const pair of node.items) if (isScalar(pair.key)) settingPositions[`${key}.${String(pair.key.value)}`] = nodePos(pair.key);
  }

  return {
    displayPath,
    absolutePath,
    deployments,
    litellmSettings: section('litellm_settings'),
    generalSettings: section('general_settings'),
    routerSettings: section('router_settings'),
    environmentVariables: section('environment_variables'),
    raw: root,
    topLevel,
    settingPositions,
    text,
  };
}

function collectEnvRefs(node: YamlNode | null | undefined, path: string, out: EnvRef[], nodePos: (n: unknown) => Position): void {
  if (!node) return;
  if (isScalar(node)) {
    if (typeof node.value === 'string' && node.value.trim().startsWith(ENV_PREFIX)) {
      out.push({ name: node.value.trim().slice(ENV_PREFIX.length), param: path, position: nodePos(node) });
    }
  } else if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '?';
      collectEnvRefs(pair.value as YamlNode, path ? `${path}.${key}` : key, out, nodePos);
    }
  } else if (isSeq(node)) {
    node.items.forEach((child, i) => collectEnvRefs(child as YamlNode, `${path}[${i}]`, out, nodePos));
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value).slice(0, 40)}`;
}

/** Picks the aliases to probe: all by default, or the ones named (each must exist). */
export function selectDeployments(config: LiteLLMConfig, models: readonly string[] | 'all'): Deployment[] {
  if (models === 'all') return config.deployments;
  const known = new Set(config.deployments.map((d) => d.alias));
  const missing = models.filter((m) => !known.has(m));
  if (missing.length) {
    throw new VerifyError(
      `'models' names ${missing.map((m) => `'${m}'`).join(', ')}, not in ${config.displayPath}; the aliases there are: ${[...known].join(', ') || '(none)'}.`,
      'input',
      { file: config.displayPath, fix: 'Use model_name values from the config, comma- or newline-separated.' },
    );
  }
  const wanted = new Set(models);
  return config.deployments.filter((d) => wanted.has(d.alias));
}
