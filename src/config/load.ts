// Reads a LiteLLM proxy config into plain typed objects (./types.ts) that remember where each value came from,
// so every later message can point at the file and line to change: the YAML through ./yaml.ts, the files
// under `include:` through ./include.ts, and here what LiteLLM requires of its shape.
import fs from 'node:fs';
import { isMap, isScalar, isSeq, type Node as YamlNode, type YAMLMap } from 'yaml';
import { noModelList, readIncluded, withIncludes } from './include.ts';
import type { Deployment, DuplicateKey, EnvRef, LiteLLMConfig, Position } from './types.ts';
import { effectivePairs, keyName, MAX_CONFIG_BYTES, readYaml, type Deref } from './yaml.ts';
import { VerifyError } from '../util/errors.ts';
import { setting } from '../options/settings.ts';

const ENV_PREFIX = 'os.environ/';

/** Deployment settings people write at the entry's level instead of inside litellm_params. */
const BESIDE_PARAMS = new Set(['model', 'api_base', 'api_key', 'api_version', 'custom_llm_provider', 'litellm_provider', 'provider']);

export function loadConfig(absolutePath: string, displayPath = absolutePath): LiteLLMConfig {
  let buffer: Buffer;
  try {
    const stat = fs.statSync(absolutePath);
    if (!stat.isFile())
      throw new VerifyError(`${displayPath}: expected a LiteLLM config file, found a directory or special file.`, 'config', { file: displayPath });
    if (stat.size > MAX_CONFIG_BYTES) {
      throw new VerifyError(
        `${displayPath}: the config is ${stat.size} bytes; a LiteLLM config is expected to be under ${MAX_CONFIG_BYTES} bytes. Point ${setting('config')} at the proxy config file.`,
        'config',
        { file: displayPath },
      );
    }
    buffer = fs.readFileSync(absolutePath);
  } catch (error) {
    if (error instanceof VerifyError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new VerifyError(
      code === 'ENOENT'
        ? `${displayPath}: config file not found. Set ${setting('config')} to the path of your LiteLLM proxy config (relative to the repository root).`
        : `${displayPath}: cannot read the config file (${code ?? String(error)}).`,
      'config',
      { file: displayPath },
    );
  }
  return withIncludes(parseConfig(buffer, absolutePath, displayPath, { included: true }), (file, shown) =>
    parseConfig(readIncluded(file, shown), file, shown, { included: true }),
  );
}

export function parseConfig(
  buffer: Buffer | string,
  absolutePath: string,
  displayPath = absolutePath,
  /** `included`: a file of an `include:` set, which may have no model_list of its own. */
  options: { included?: boolean } = {},
): LiteLLMConfig {
  const text = typeof buffer === 'string' ? buffer : buffer.toString('utf8');
  const fail = (message: string, position?: Position, fix?: string): VerifyError => {
    const at = position && position.line > 0 ? position : undefined; // line 0: no position (e.g. an empty file)
    const where = at ? `${displayPath}:${at.line}${at.column ? `:${at.column}` : ''}` : displayPath;
    return new VerifyError(`${where}: ${message}`, 'config', { file: displayPath, line: at?.line, column: at?.column, fix });
  };
  const { doc, root, deref, nodePos, duplicates, text: read } = readYaml(text, fail);
  const duplicateKeys: DuplicateKey[] = duplicates.map((d) => ({ file: displayPath, ...d }));
  if (!isMap(doc.contents) || !isPlainObject(root)) {
    // Never the file's text: it may not be a config at all (a credentials file), and errors are printed.
    throw fail(
      'expected a mapping at the top level with a `model_list:` list; found ' +
        (typeof root === 'string' ? `plain text (${root.length} characters), not a YAML mapping` : describe(root)) +
        '.',
      nodePos(doc.contents),
    );
  }
  const top = doc.contents as YAMLMap;
  const topLevel = new Map<string, Position>();
  for (const pair of top.items) {
    const key = keyName(pair.key);
    if (key !== null) topLevel.set(key, nodePos(pair.key));
  }
  const field = (map: YAMLMap, key: string): YamlNode | undefined => {
    const pair = effectivePairs(map, deref).find((p) => p.key === key);
    return pair ? (deref(pair.value) ?? undefined) : undefined;
  };

  const listNode = field(top, 'model_list');
  // A file of an include set may leave model_list to the others (withIncludes checks the merged whole).
  if (listNode === undefined && !options.included && root.include === undefined)
    throw fail(noModelList(isPlainObject(root.general_settings) ? root.general_settings : {}, root), { line: 1, column: 1 });
  if (listNode !== undefined && !isSeq(listNode))
    throw fail(`\`model_list\` must be a list of entries (\`- model_name: ...\`); found ${describe(root.model_list)}.`, nodePos(listNode));

  const deployments: Deployment[] = [];
  (isSeq(listNode) ? listNode.items : []).forEach((rawItem, index) => {
    const item = deref(rawItem);
    const at = nodePos(rawItem);
    if (!isMap(item))
      throw fail(
        `model_list entry ${index + 1} must be a mapping with \`model_name\` and \`litellm_params\`; found ${describe((root.model_list as unknown[])[index])}.`,
        at,
      );
    const entry = item;
    const plain = (root.model_list as Record<string, unknown>[])[index] ?? {};
    const alias = plain.model_name;
    if (alias === undefined || alias === null || alias === '')
      throw fail(`model_list entry ${index + 1} has no \`model_name\` (the alias clients ask for).`, at);
    if (typeof alias !== 'string' && typeof alias !== 'number')
      throw fail(`\`model_name\` must be a string; found ${describe(alias)}.`, nodePos(field(entry, 'model_name')));
    const paramsNode = field(entry, 'litellm_params');
    // Deployment settings written at the entry's level, where LiteLLM never reads them.
    const beside = Object.keys(plain).filter((k) => BESIDE_PARAMS.has(k));
    const besideNote = beside.length
      ? ` ${beside.map((k) => `\`${k}\``).join(', ')} ${beside.length > 1 ? 'are' : 'is'} written beside \`litellm_params\`, where LiteLLM never reads ${beside.length > 1 ? 'them' : 'it'}: move ${beside.length > 1 ? 'them' : 'it'} inside (a provider goes in the model's prefix, e.g. \`openai/<model>\`).`
      : '';
    if (paramsNode === undefined)
      throw fail(
        `model_list entry '${alias}' has no \`litellm_params\`; expected \`litellm_params: {model: openai/<model>, api_base: ..., api_key: ...}\`.${besideNote}`,
        at,
      );
    if (!isMap(paramsNode) || !isPlainObject(plain.litellm_params))
      throw fail(`\`litellm_params\` of '${alias}' must be a mapping; found ${describe(plain.litellm_params)}.`, nodePos(paramsNode));
    const params = plain.litellm_params;
    const model = params.model;
    if (model === undefined || model === null || model === '') {
      // CySpiegel/llm-service wrote `litellm_provider` and `api_base` beside `litellm_params: {}`; LiteLLM reads a
      // deployment only from litellm_params (1.108.7 exits at start with KeyError: 'model').
      throw fail(`'${alias}' has no \`litellm_params.model\`; expected \`provider/model\`, e.g. \`openai/Qwen/Qwen3-0.6B\`.${besideNote}`, nodePos(paramsNode));
    }
    if (typeof model !== 'string')
      throw fail(
        `\`litellm_params.model\` of '${alias}' must be a string like \`openai/Qwen/Qwen3-0.6B\`; found ${describe(model)}.`,
        nodePos(field(paramsNode, 'model')),
      );

    const paramPositions: Record<string, Position> = {};
    for (const pair of effectivePairs(paramsNode, deref)) paramPositions[pair.key] = nodePos(pair.value ?? pair.keyNode);
    const envRefs: EnvRef[] = [];
    collectEnvRefs(paramsNode, '', envRefs, nodePos, deref);
    const modelInfo = plain.model_info;
    const mode = isPlainObject(modelInfo) && typeof modelInfo.mode === 'string' ? modelInfo.mode : null;
    const id = isPlainObject(modelInfo) ? modelInfo.id : undefined;
    const modelId = typeof id === 'string' || typeof id === 'number' ? String(id) : null;
    const modelText = model as string;
    const slash = modelText.indexOf('/');
    deployments.push({
      index,
      order: index,
      file: displayPath,
      absoluteFile: absolutePath,
      alias: String(alias),
      model: modelText,
      provider: slash > 0 ? modelText.slice(0, slash) : null,
      apiBase: typeof params.api_base === 'string' ? params.api_base : null,
      params,
      mode,
      modelId,
      envRefs,
      position: nodePos(effectivePairs(entry, deref).find((p) => p.key === 'model_name')?.value ?? rawItem),
      paramPositions,
      entryKeys: Object.fromEntries(effectivePairs(entry, deref).map((p) => [p.key, nodePos(p.keyNode)])),
      litellm: null,
    });
  });

  const section = (key: string): Record<string, unknown> => {
    const value = root[key];
    return isPlainObject(value) ? value : {};
  };
  const allRefs: EnvRef[] = [];
  collectEnvRefs(top, '', allRefs, nodePos, deref);
  const settingPositions: Record<string, Position> = {};
  for (const key of ['litellm_settings', 'general_settings', 'router_settings', 'environment_variables']) {
    const node = field(top, key);
    if (isMap(node)) for (const pair of effectivePairs(node, deref)) settingPositions[`${key}.${pair.key}`] = nodePos(pair.keyNode);
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
    // What the private copy is built from: the lines LiteLLM reads, not a lone \r that only Python breaks at.
    text: read,
    envRefs: allRefs,
    included: [],
    duplicateKeys,
  };
}

function collectEnvRefs(start: unknown, path: string, out: EnvRef[], nodePos: (n: unknown) => Position, deref: Deref, open = new Set<YamlNode>()): void {
  const node = deref(start);
  if (!node || open.has(node)) return; // a merge key can pull in the mapping that contains it
  if (isScalar(node)) {
    if (typeof node.value === 'string' && node.value.trim().startsWith(ENV_PREFIX)) {
      out.push({ name: node.value.trim().slice(ENV_PREFIX.length), param: path, position: nodePos(node) });
    }
  } else if (isMap(node)) {
    open.add(node);
    for (const pair of effectivePairs(node, deref)) collectEnvRefs(pair.value, path ? `${path}.${pair.key}` : pair.key, out, nodePos, deref, open);
    open.delete(node);
  } else if (isSeq(node)) {
    // ProxyConfig._check_for_os_environ_vars resolves the mappings inside a list, not its plain strings.
    open.add(node);
    node.items.forEach((child, i) => {
      if (isMap(deref(child))) collectEnvRefs(child, `${path}[${i}]`, out, nodePos, deref, open);
    });
    open.delete(node);
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date (YAML 1.1 timestamp; quote it)';
  if (value instanceof Map || value instanceof Set || ArrayBuffer.isView(value)) return 'a tagged value (!!omap, !!set or !!binary)';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${typeof value === 'number' ? String(value) : JSON.stringify(value).slice(0, 40)}`;
}
