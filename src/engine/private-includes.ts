// `include:` files are merged into the private copy, so the copy's clean-up (no master_key, no database) also
// covers what they set. Left as includes, LiteLLM would read them as they are, and an included
// `general_settings: {database_url: ...}` or `master_key` would slip past the clean-up.
// The merge is LiteLLM's (litellm/proxy/common_utils/config_includes.py, 1.108.7): files in the order the
// loader lists them (breadth-first, each file once), a top-level list is extended, any other value replaced,
// and an included file's own `include:` is not merged.
import fs from 'node:fs';
import { isSeq, parseDocument, type Document } from 'yaml';

/** Merges the files `included` names (absolute paths, in LiteLLM's order) into `doc` and drops its `include:`. */
export function inlineIncludes(doc: Document, included: readonly string[]): void {
  if (!doc.has('include')) return;
  for (const file of included) {
    // Line breaks as Python's text mode gives them to LiteLLM (src/config/yaml.ts asPythonReads).
    const value: unknown = parseDocument(fs.readFileSync(file, 'utf8').replace(/\r\n?/g, '\n'), { version: '1.1' }).toJS({ maxAliasCount: 100 });
    if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      if (key === 'include') continue;
      const base = doc.get(key, true);
      if (Array.isArray(inner) && isSeq(base)) for (const item of inner) base.add(doc.createNode(item));
      else doc.set(key, doc.createNode(inner));
    }
  }
  doc.delete('include');
}
