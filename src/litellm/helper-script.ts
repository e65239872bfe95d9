// The Python helpers verify-litellm runs (oracle.py, index_client.py) ship as files: next to the bundle in dist/
// (copied by scripts/bundle.mjs), or beside this file in src/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { VerifyError } from '../util/errors.ts';

export function helperScript(name: string): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const candidate of [path.join(here, name), path.join(here, '..', name), path.join(here, '..', 'litellm', name)])
    if (fs.existsSync(candidate)) return candidate;
  throw new VerifyError(`the helper ${name} is missing from the action; reinstall it.`, 'internal');
}
