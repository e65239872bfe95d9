// YAML merge keys (`<<`) as PyYAML reads them, LiteLLM's loader: a mapping's pairs after its merges, and the keys
// two merge sources disagree on (which PyYAML and the YAML spec resolve differently).
import { isMap, isScalar, isSeq, type Document, type Node as YamlNode, type YAMLMap } from 'yaml';
import type { Deref } from './yaml.ts';

/**
 * A key that two `<<` merge sources of one mapping set to different values, where the mapping does not set it
 * itself. PyYAML 6.0.4 (yaml/constructor.py flatten_mapping) puts every merged pair before the mapping's own, in
 * document order, so the last source wins; the YAML merge spec (and the yaml package these checks read with) keeps
 * the first. Whichever is taken, one side would read another api_base, api_key or model than the other.
 */
export function mergeConflict(doc: Document, deref: Deref): { key: string; at: YamlNode; first: unknown; second: unknown } | null {
  const stack: unknown[] = [doc.contents];
  const visited = new Set<unknown>();
  while (stack.length) {
    const node = deref(stack.pop());
    if (!node || visited.has(node)) continue;
    visited.add(node);
    if (isSeq(node)) stack.push(...node.items);
    if (!isMap(node)) continue;
    const sources: YAMLMap[] = [];
    const own = new Set<string>();
    for (const pair of node.items) {
      stack.push(pair.value);
      const key = keyName(pair.key);
      if (key === null) continue;
      if (!(isScalar(pair.key) && typeof pair.key.value === 'symbol')) {
        own.add(key);
        continue;
      }
      const source = deref(pair.value);
      for (const from of isSeq(source) ? source.items.map(deref) : [source]) if (isMap(from)) sources.push(from);
    }
    if (sources.length < 2) continue;
    const set = new Map<string, unknown>();
    for (const source of sources) {
      for (const pair of effectivePairs(source, deref)) {
        if (own.has(pair.key)) continue;
        const value = deref(pair.value);
        const before = set.get(pair.key);
        if (before === undefined) set.set(pair.key, value);
        else if (before !== value && String(before) !== String(value)) return { key: pair.key, at: node as YamlNode, first: before, second: value };
      }
    }
  }
  return null;
}

/** The key of a pair as text: `<<` for a merge key, null when the key is not a scalar. */
export function keyName(key: unknown): string | null {
  if (!isScalar(key)) return null;
  return typeof key.value === 'symbol' ? (key.value.description ?? '') : String(key.value);
}

/** A mapping's pairs after `<<` merge keys, as PyYAML (and so LiteLLM) sees them: explicit keys first, then merged ones not already set. */
export function effectivePairs(map: YAMLMap, deref: Deref, visited = new Set<YAMLMap>()): { key: string; keyNode: unknown; value: unknown }[] {
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
