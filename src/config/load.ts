// Reads a LiteLLM proxy config once into plain typed objects that remember where each value came from,
// so every later message can point at the file and line to change.
import fs from 'node:fs';
import path from 'node:path';
import {
  Composer,
  isAlias,
  isMap,
  isNode,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  Parser,
  type Alias,
  type Document,
  type Node as YamlNode,
  type Tags,
  type YAMLMap,
} from 'yaml';
import type { OracleDeployment } from '../litellm/oracle.ts';
import { VerifyError } from '../util/errors.ts';
import { setting } from '../options/settings.ts';

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
  /** Keys repeated in a mapping (the later one is what LiteLLM reads). */
  duplicateKeys: DuplicateKey[];
}

/** Bounds that keep a hostile file from exhausting memory or time. */
export const MAX_CONFIG_BYTES = 2 * 1024 * 1024;
const MAX_ALIAS_COUNT = 100;
/** Nesting the YAML may have. A LiteLLM config needs under ten levels; the YAML composer recurses once per level. */
export const MAX_NESTING = 100;

const ENV_PREFIX = 'os.environ/';

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

/** Most files one config may pull in through `include:` (nested ones included). */
const MAX_INCLUDES = 50;

function readIncluded(file: string, shown: string): Buffer {
  try {
    const stat = fs.statSync(file);
    if (stat.size > MAX_CONFIG_BYTES) throw new Error(`${stat.size} bytes`);
    return fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new VerifyError(
      `${shown}: ${code === 'ENOENT' ? 'included file not found' : `cannot read the included file (${code ?? (error as Error).message})`}; LiteLLM would not start.`,
      'config',
      { file: shown, fix: 'Fix the path under `include:`; LiteLLM reads it relative to the file that names it.' },
    );
  }
}

/**
 * Merges the files named under `include:` as the proxy does (litellm/proxy/common_utils/config_includes.py,
 * 1.108.7): each path relative to the file that names it, breadth-first, a file read once; list values
 * (model_list) are extended, other top-level values replaced.
 */
export function withIncludes(root: LiteLLMConfig, read: (absolute: string, shown: string) => LiteLLMConfig): LiteLLMConfig {
  const entriesOf = (c: LiteLLMConfig): string[] => {
    const list = c.raw.include;
    if (list === undefined) return [];
    if (!Array.isArray(list) || !list.every((e) => typeof e === 'string'))
      throw new VerifyError(`${c.displayPath}: \`include\` must be a list of file paths; LiteLLM refuses anything else.`, 'config', {
        file: c.displayPath,
        line: c.topLevel.get('include')?.line,
      });
    return list as string[];
  };
  const pending = entriesOf(root).map((entry) => ({ entry, from: root }));
  const loaded = new Set([path.resolve(root.absolutePath)]);
  const merged: LiteLLMConfig = {
    ...root,
    deployments: [...root.deployments],
    envRefs: [...root.envRefs],
    duplicateKeys: [...root.duplicateKeys],
    included: [],
  };
  let hasModelList = root.raw.model_list !== undefined;
  while (pending.length) {
    const { entry, from } = pending.shift()!;
    const absolute = path.resolve(path.dirname(from.absolutePath), entry);
    if (loaded.has(absolute)) continue;
    if (loaded.size > MAX_INCLUDES)
      throw new VerifyError(`${root.displayPath}: more than ${MAX_INCLUDES} included files.`, 'config', { file: root.displayPath });
    loaded.add(absolute);
    const shown = path.join(path.dirname(from.displayPath), entry);
    const inc = read(absolute, shown);
    merged.included.push(absolute);
    for (const d of inc.deployments) merged.deployments.push({ ...d, order: merged.deployments.length });
    merged.envRefs.push(...inc.envRefs);
    merged.duplicateKeys.push(...inc.duplicateKeys);
    if (inc.raw.model_list !== undefined) hasModelList = true;
    for (const key of ['litellm_settings', 'general_settings', 'router_settings', 'environment_variables'] as const) {
      if (inc.raw[key] === undefined) continue;
      const field = (
        {
          litellm_settings: 'litellmSettings',
          general_settings: 'generalSettings',
          router_settings: 'routerSettings',
          environment_variables: 'environmentVariables',
        } as const
      )[key];
      merged[field] = inc[field];
    }
    for (const [key, at] of inc.topLevel) if (!merged.topLevel.has(key)) merged.topLevel.set(key, at);
    pending.push(...entriesOf(inc).map((e) => ({ entry: e, from: inc })));
  }
  if (!hasModelList)
    throw new VerifyError(
      `${root.displayPath}:1:1: no \`model_list:\` found; expected a list of \`- model_name: ...\` entries, each with \`litellm_params.model\`.`,
      'config',
      { file: root.displayPath, line: 1, column: 1 },
    );
  return merged;
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
  if (Buffer.byteLength(text) > MAX_CONFIG_BYTES) {
    throw fail(
      `the config is ${Buffer.byteLength(text)} bytes; a LiteLLM config is expected to be under ${MAX_CONFIG_BYTES} bytes. Point ${setting('config')} at the proxy config file.`,
    );
  }
  if (text.includes('\0')) throw fail('the file is binary (it contains NUL bytes); expected a YAML LiteLLM config.');

  const counter = new LineCounter();
  const pos = (offset: number | undefined): Position => {
    if (offset === undefined) return { line: 0, column: 0 };
    const p = counter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const nodePos = (node: unknown): Position => pos((node as YamlNode | undefined)?.range?.[0]);

  const { doc, nextDocument } = composeDocument(text, counter, (offset) =>
    fail(`the YAML nests more than ${MAX_NESTING} levels deep; a LiteLLM config needs only a few.`, pos(offset)),
  );
  const firstError = doc.errors[0];
  if (firstError) throw fail(`invalid YAML: ${firstError.message.split('\n')[0]}`, pos(firstError.pos[0]));
  if (nextDocument !== undefined)
    throw fail('the file holds more than one YAML document (a second `---`); LiteLLM reads a single document.', pos(nextDocument));
  // A repeated key is no error for PyYAML: it keeps the last value silently. The lint reports it (duplicate-key).
  const duplicateKeys: DuplicateKey[] = [];
  const deref = indexNodes(doc, (key, keyNode, firstNode) => {
    duplicateKeys.push({ file: displayPath, key: key.slice(0, 60), position: nodePos(keyNode), firstLine: nodePos(firstNode).line });
  });

  let root: unknown;
  try {
    root = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const reason = error instanceof RangeError ? 'nesting too deep' : (error as Error).message;
    const hint = /Excessive alias count/.test(reason)
      ? ` Aliases (\`*name\`) may expand to at most ${MAX_ALIAS_COUNT} copies, and never be used inside their own anchor.`
      : '';
    throw fail(`cannot read the YAML (${reason}).${hint}`);
  }
  // Aliases can build data deeper than the text (and, through an anchor's own contents, recursive data): bound both.
  const shape = dataDepth(root, MAX_NESTING + 5);
  if (shape === 'cycle')
    throw fail('an alias (`*name`) refers to a mapping or list that contains it, so the config is infinitely deep; LiteLLM cannot load it.');
  if (shape > MAX_NESTING + 5)
    throw fail(`the config nests more than ${MAX_NESTING} levels deep through aliases (\`*name\`); a LiteLLM config needs only a few.`);
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
    throw fail('no `model_list:` found; expected a list of `- model_name: ...` entries, each with `litellm_params.model`.', { line: 1, column: 1 });
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
    if (paramsNode === undefined)
      throw fail(
        `model_list entry '${alias}' has no \`litellm_params\`; expected \`litellm_params: {model: openai/<model>, api_base: ..., api_key: ...}\`.`,
        at,
      );
    if (!isMap(paramsNode) || !isPlainObject(plain.litellm_params))
      throw fail(`\`litellm_params\` of '${alias}' must be a mapping; found ${describe(plain.litellm_params)}.`, nodePos(paramsNode));
    const params = plain.litellm_params;
    const model = params.model;
    if (model === undefined || model === null || model === '')
      throw fail(`'${alias}' has no \`litellm_params.model\`; expected \`provider/model\`, e.g. \`openai/Qwen/Qwen3-0.6B\`.`, nodePos(paramsNode));
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
  for (const key of ['litellm_settings', 'general_settings', 'router_settings']) {
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
    text,
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

/** Parses one YAML document like `parseDocument`, but stops (through `tooDeep`) before nesting deep enough to overflow the composer's stack. */
function composeDocument(text: string, counter: LineCounter, tooDeep: (offset: number) => Error): { doc: Document; nextDocument?: number } {
  const parser = new Parser(counter.addNewLine);
  function* tokens() {
    counter.addNewLine(0);
    for (const lexeme of new Lexer().lex(text)) {
      yield* parser.next(lexeme);
      // The parser's stack holds the document plus about one token per open collection.
      if (parser.stack.length > MAX_NESTING + 2) throw tooDeep(parser.offset);
    }
    yield* parser.end();
  }
  // uniqueKeys is checked by indexNodes in linear time (the composer's own check is quadratic in the number of keys).
  // YAML 1.1 as PyYAML's safe_load reads it (LiteLLM loads configs with it): `yes` is true, `20_000` is 20000.
  const composer = new Composer({ version: '1.1', customTags: pyyamlBooleans, uniqueKeys: false, merge: true, prettyErrors: false });
  let doc: Document | undefined;
  for (const next of composer.compose(tokens(), true, text.length)) {
    if (doc) return { doc, nextDocument: next.range[0] };
    doc = next;
  }
  return { doc: doc! };
}

/** PyYAML's bool resolver (yaml/resolver.py): yes/no, true/false, on/off in three casings; never YAML 1.1's y/n. */
const pyyamlBooleans = (tags: Tags): Tags =>
  tags.map((t) =>
    typeof t === 'object' && t.tag === 'tag:yaml.org,2002:bool' && t.test
      ? { ...t, test: t.test.source.includes('Y|y') ? /^(?:[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/ : /^(?:[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/ }
      : t,
  );

type Deref = (node: unknown) => YamlNode | null;

/** Walks the document once, in order: rejects duplicate keys and maps each alias to its anchored node. */
function indexNodes(doc: Document, duplicate: (key: string, keyNode: YamlNode, firstNode: YamlNode) => void): Deref {
  const targets = new Map<Alias, YamlNode>();
  const anchors = new Map<string, YamlNode>();
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (!isNode(node)) continue;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (target) targets.set(node, target);
      continue;
    }
    if (node.anchor) anchors.set(node.anchor, node);
    if (isMap(node)) {
      const seen = new Map<string, YamlNode>();
      for (const pair of node.items) {
        if (isScalar(pair.key) && typeof pair.key.value !== 'symbol') {
          // Several `<<` merge keys in one mapping are allowed; other repeated keys are not.
          const id = `${typeof pair.key.value}:${String(pair.key.value)}`;
          const first = seen.get(id);
          if (first) duplicate(keyName(pair.key) ?? '?', pair.key, first);
          else seen.set(id, pair.key);
        }
      }
      for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]!.value, node.items[i]!.key);
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
    }
  }
  return (node) => (isAlias(node) ? (targets.get(node) ?? null) : isNode(node) ? node : null);
}

/** The key of a pair as text: `<<` for a merge key, null when the key is not a scalar. */
function keyName(key: unknown): string | null {
  if (!isScalar(key)) return null;
  return typeof key.value === 'symbol' ? (key.value.description ?? '') : String(key.value);
}

/** A mapping's pairs after `<<` merge keys, as PyYAML (and so LiteLLM) sees them: explicit keys first, then merged ones not already set. */
function effectivePairs(map: YAMLMap, deref: Deref, visited = new Set<YAMLMap>()): { key: string; keyNode: unknown; value: unknown }[] {
  if (visited.has(map)) return []; // `&a {<<: *a}` merges a mapping into itself
  visited.add(map);
  // PyYAML keeps the last of repeated keys, in its place: delete + set moves a key to the end of the Map
  // (a search of the list per key was quadratic: 40k keys took a minute).
  const explicit = new Map<string, { key: string; keyNode: unknown; value: unknown }>();
  const merged: unknown[] = [];
  for (const pair of map.items) {
    const key = keyName(pair.key);
    if (key === null) continue;
    if (isScalar(pair.key) && typeof pair.key.value === 'symbol') {
      merged.push(pair.value);
      continue;
    }
    explicit.delete(key);
    explicit.set(key, { key, keyNode: pair.key, value: pair.value });
  }
  const out = [...explicit.values()];
  const seen = new Set(explicit.keys());
  for (const value of merged) {
    const source = deref(value);
    for (const from of isSeq(source) ? source.items.map(deref) : [source]) {
      if (!isMap(from)) continue;
      for (const pair of effectivePairs(from, deref, visited)) {
        if (!seen.has(pair.key)) out.push(pair);
        seen.add(pair.key);
      }
    }
  }
  return out;
}

/** Height of plain data, visiting objects shared through aliases once; 'cycle' when an alias makes it recursive. Stops past `limit`. */
function dataDepth(root: unknown, limit: number): number | 'cycle' {
  const children = (value: unknown): unknown[] => {
    if (Array.isArray(value)) return value;
    if (value instanceof Map) return [...value.keys(), ...value.values()];
    if (value instanceof Set) return [...value];
    if (typeof value === 'object' && value !== null && [Object.prototype, null].includes(Object.getPrototypeOf(value))) return Object.values(value);
    return [];
  };
  const height = new Map<object, number>();
  const open = new Set<object>();
  if (typeof root !== 'object' || root === null) return 0;
  const frames: { value: object; kids: unknown[]; next: number; max: number }[] = [{ value: root, kids: children(root), next: 0, max: 0 }];
  open.add(root);
  while (frames.length) {
    const frame = frames[frames.length - 1]!;
    if (frame.next < frame.kids.length) {
      const kid = frame.kids[frame.next++];
      if (typeof kid !== 'object' || kid === null) continue;
      if (open.has(kid)) return 'cycle';
      const known = height.get(kid);
      if (known !== undefined) frame.max = Math.max(frame.max, known);
      else if (frames.length > limit) return frames.length;
      else {
        open.add(kid);
        frames.push({ value: kid, kids: children(kid), next: 0, max: 0 });
      }
      continue;
    }
    frames.pop();
    open.delete(frame.value);
    const h = frame.max + 1;
    height.set(frame.value, h);
    const parent = frames[frames.length - 1];
    if (parent) parent.max = Math.max(parent.max, h);
    else return h;
  }
  return 0;
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

/** Picks the aliases to probe: all by default, or the ones named (each must exist). */
export function selectDeployments(config: LiteLLMConfig, models: readonly string[] | 'all'): Deployment[] {
  if (config.deployments.length === 0) {
    // LiteLLM starts with an empty model_list, but a verdict that probed nothing would be a false pass.
    throw new VerifyError(`${config.displayPath}: model_list is empty; there is no route to verify.`, 'config', {
      file: config.displayPath,
      fix: 'Add at least one `- model_name: ...` entry with `litellm_params.model`, or point `config` at the file that has them.',
    });
  }
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
