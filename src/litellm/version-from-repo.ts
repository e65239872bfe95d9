// `litellm-version: auto`: the LiteLLM release the repository itself runs, read from the places it is pinned:
// a versioned LiteLLM image tag (`ghcr.io/berriai/litellm:v1.106.12-stable`, `...litellm-database:main-v1.106.12`)
// in a Dockerfile or compose file (what production runs), then a `litellm` pin in uv.lock / poetry.lock, a
// requirements file or pyproject.toml. A floating tag (`main-stable`, `latest`) names no release: the default lock.
import fs from 'node:fs';
import path from 'node:path';
import { setting } from '../options/settings.ts';

export interface FoundVersion {
  version: string | null; // null: a floating tag
  where: string; // "deploy/compose.yaml:12"
  what: string; // "image ghcr.io/berriai/litellm-database:main-stable"
}

const SKIP_DIRS = new Set(['.git', 'node_modules', '.venv', 'venv', '__pycache__', 'dist', 'build', '.cache', '.tox', 'site-packages']);
const MAX_DEPTH = 4;
const MAX_FILES = 5000;
const MAX_BYTES = 2 * 1024 * 1024;

const IMAGE = /(?:ghcr\.io\/|docker\.io\/)?berriai\/(litellm[\w-]*):([\w.-]+)/gi;
const RELEASE = /^(?:main-|litellm_stable_release_branch-)?v?(\d+\.\d+\.\d+(?:\.post\d+|rc\d+)?)(?:[-.][\w.-]*)?$/;
const PIN = /^\s*["']?litellm(?:\[[\w,\s-]*\])?\s*===?\s*v?(\d+\.\d+\.\d+(?:\.post\d+|rc\d+)?)\b/gim;
const LOCKED = /\[\[package\]\]\s*\r?\nname\s*=\s*"litellm"\s*\r?\nversion\s*=\s*"([^"]+)"/g;
const POETRY = /^\s*litellm\s*=\s*(?:\{[^}\n]*version\s*=\s*)?["'](?:==?)?(\d+\.\d+\.\d+(?:\.post\d+|rc\d+)?)["']/gim;

type Kind = 'image' | 'lock' | 'pin';

function kindOf(name: string): Kind[] {
  const lower = name.toLowerCase();
  if (/^dockerfile|\.dockerfile$|^containerfile/.test(lower) || /^(docker-)?compose.*\.ya?ml$/.test(lower)) return ['image'];
  if (lower === 'uv.lock' || lower === 'poetry.lock') return ['lock'];
  if (/^requirements.*\.(txt|in)$/.test(lower) || lower === 'pyproject.toml' || lower === 'setup.cfg' || lower === 'pylock.toml') return ['pin'];
  return [];
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** Every pin found, in the order of trust: image tags, then lock files, then requirements/pyproject. */
export function findLiteLLMVersions(root: string): FoundVersion[] {
  const found: Record<Kind, FoundVersion[]> = { image: [], lock: [], pin: [] };
  let files = 0;
  const walk = (dir: string, depth: number) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    } catch {
      return;
    }
    for (const entry of entries) {
      if (files++ > MAX_FILES) return;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        // requirements/ folders hold requirements files under any name
        if (depth < MAX_DEPTH && !SKIP_DIRS.has(entry.name)) walk(full, depth + 1);
        continue;
      }
      if (!entry.isFile()) continue; // symlinks are not followed out of the repository
      const kinds = kindOf(entry.name).concat(path.basename(dir) === 'requirements' && /\.(txt|in)$/.test(entry.name) ? ['pin'] : []);
      if (!kinds.length) continue;
      let text: string;
      try {
        if (fs.statSync(full).size > MAX_BYTES) continue;
        text = fs.readFileSync(full, 'utf8');
      } catch {
        continue;
      }
      const where = (i: number) => `${path.relative(root, full).split(path.sep).join('/')}:${lineOf(text, i)}`;
      for (const kind of new Set(kinds)) {
        if (kind === 'image')
          for (const m of text.matchAll(IMAGE)) {
            const tag = m[2]!;
            found.image.push({ version: RELEASE.exec(tag)?.[1] ?? null, where: where(m.index), what: `image berriai/${m[1]}:${tag}` });
          }
        if (kind === 'lock')
          for (const m of text.matchAll(LOCKED)) found.lock.push({ version: m[1]!, where: where(m.index), what: `litellm ${m[1]} in ${entry.name}` });
        if (kind === 'pin') {
          for (const m of text.matchAll(PIN)) found.pin.push({ version: m[1]!, where: where(m.index), what: `litellm==${m[1]}` });
          if (entry.name === 'pyproject.toml')
            for (const m of text.matchAll(POETRY)) found.pin.push({ version: m[1]!, where: where(m.index), what: `litellm = "${m[1]}"` });
        }
      }
    }
  };
  walk(root, 0);
  // Image tags name what production runs; a versioned tag beats a floating one anywhere.
  const images = [...found.image.filter((f) => f.version), ...found.image.filter((f) => !f.version)];
  return [...images, ...found.lock, ...found.pin];
}

export interface AutoVersion {
  version: string;
  /** Said in the log: where the version came from, and what else was seen. */
  note: string;
}

/** Resolves `auto` to a release, or to `fallback` (the default lock) for a floating image tag; null when nothing pins LiteLLM. */
export function autoVersion(root: string, fallback: string): AutoVersion | null {
  const all = findLiteLLMVersions(root);
  const first = all[0];
  if (!first) return null;
  const others = [
    ...new Set(
      all
        .slice(1)
        .filter((f) => f.version && f.version !== first.version)
        .map((f) => `${f.version} (${f.where})`),
    ),
  ];
  const also = others.length ? `; other pins seen: ${others.slice(0, 3).join(', ')}${others.length > 3 ? ', ...' : ''}` : '';
  if (!first.version)
    return {
      version: fallback,
      note: `${setting('litellm-version')} auto: ${first.what} at ${first.where} is a floating tag (no release); using the default lock ${fallback}${also}.`,
    };
  return { version: first.version, note: `${setting('litellm-version')} auto: ${first.version} from ${first.what} at ${first.where}${also}.` };
}
