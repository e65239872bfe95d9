// YAML read as PyYAML's safe_load reads it (LiteLLM loads configs with it), within bounds that keep a hostile
// file from exhausting memory or time: size, nesting, alias expansion, recursive aliases, one document.
// Keeps the node tree too, so the config reader can say where each value sits.
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
} from 'yaml';
import type { Position } from './types.ts';
import { keyName, mergeConflict } from './yaml-merge.ts';
import { setting } from '../options/settings.ts';

/** Bounds that keep a hostile file from exhausting memory or time. */
export const MAX_CONFIG_BYTES = 2 * 1024 * 1024;
const MAX_ALIAS_COUNT = 100;
/** Nesting the YAML may have. A LiteLLM config needs under ten levels; the YAML composer recurses once per level. */
export const MAX_NESTING = 100;

export { effectivePairs, keyName } from './yaml-merge.ts';

/** The node an alias (`*name`) stands for; the node itself otherwise; null for what is not a node. */
export type Deref = (node: unknown) => YamlNode | null;

export interface YamlRead {
  doc: Document;
  /** The document as plain data (what yaml.safe_load returns). */
  root: unknown;
  deref: Deref;
  /** Where a node starts in the file. */
  nodePos: (node: unknown) => Position;
  /** Keys repeated in one mapping: PyYAML keeps the last value and says nothing. */
  duplicates: { key: string; position: Position; firstLine: number }[];
  /** The text as read: line breaks as Python's text mode gives them to PyYAML (asPythonReads). */
  text: string;
}

/** Reads `text` as one YAML document, or throws what `fail` makes of the first problem. */
export function readYaml(raw: string, fail: (message: string, position?: Position) => Error): YamlRead {
  const text = asPythonReads(raw, fail);
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
  const duplicates: YamlRead['duplicates'] = [];
  const deref = indexNodes(doc, (key, keyNode, firstNode) => {
    duplicates.push({ key: key.slice(0, 60), position: nodePos(keyNode), firstLine: nodePos(firstNode).line });
  });

  const conflict = mergeConflict(doc, deref);
  if (conflict)
    throw fail(
      `\`<<\` merges set \`${conflict.key.slice(0, 60)}\` twice with different values (lines ${nodePos(conflict.first).line} and ${nodePos(conflict.second).line}): LiteLLM's PyYAML (6.0.4) keeps the last one, the YAML merge spec and the reader of these checks the first, so the proxy would not run the config that was checked. Set \`${conflict.key.slice(0, 60)}\` in the mapping itself, or merge it from one place.`,
      nodePos(conflict.at),
    );

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
  return { doc, root, deref, nodePos, duplicates, text };
}

/**
 * The text as LiteLLM's PyYAML gets it, or a refusal where the two readers would see different lines. LiteLLM opens
 * the config in Python's text mode (1.108.7 proxy_server.py: `open(file_path, "r")`), whose universal newlines turn
 * a lone \r into a line break; and PyYAML (YAML 1.1, yaml/scanner.py) also breaks lines at U+0085, U+2028 and
 * U+2029, which YAML 1.2 and the yaml package read as text. Either would let a comment hide a line from these checks
 * that LiteLLM reads: `# note<U+2028>    api_base: https://elsewhere` is a comment here and an api_base there.
 */
function asPythonReads(raw: string, fail: (message: string, position?: Position) => Error): string {
  const text = raw.replace(/\r\n?/g, '\n');
  const odd = /[\u0085\u2028\u2029]/.exec(text);
  if (odd) {
    const before = text.slice(0, odd.index);
    const line = before.split('\n').length;
    const name = { '\u0085': 'U+0085 (NEXT LINE)', '\u2028': 'U+2028 (LINE SEPARATOR)', '\u2029': 'U+2029 (PARAGRAPH SEPARATOR)' }[odd[0]]!;
    throw fail(
      `this line holds ${name}, which LiteLLM's YAML reader (PyYAML, YAML 1.1) takes for a line break and YAML 1.2 readers (this one, most editors) do not: the proxy would read lines these checks cannot see. Remove it, or write it as an escape inside a double-quoted string.`,
      { line, column: odd.index - before.lastIndexOf('\n') },
    );
  }
  return text;
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
