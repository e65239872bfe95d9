// The real-config corpus itself (test/fixtures/real-configs): every config is kept with its source and with
// the truth the installed LiteLLM gave about it, captured with the release the action installs. The tests
// that compare the lint's findings with that truth live elsewhere; this only keeps the corpus whole.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_LITELLM_VERSION } from '../../src/litellm/lock.ts';
import { ROOT } from '../helpers/litellm.ts';

const CORPUS = path.join(ROOT, 'test', 'fixtures', 'real-configs');
const folders = fs
  .readdirSync(CORPUS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

/** Rows of the SOURCES.md table: | `slug` | [owner/repo](url) | `path` | `commit` | licence | shape | */
function sourceRows(): Map<string, { repo: string; path: string; commit: string; licence: string }> {
  const rows = new Map<string, { repo: string; path: string; commit: string; licence: string }>();
  for (const line of fs.readFileSync(path.join(CORPUS, 'SOURCES.md'), 'utf8').split('\n')) {
    const m = /^\| `([^`]+)` \| \[([^\]]+)\]\([^)]*\) \| `([^`]+)` \| `([0-9a-f]+)` \| ([^|]+) \|/.exec(line);
    if (m) rows.set(m[1]!, { repo: m[2]!, path: m[3]!, commit: m[4]!, licence: m[5]!.trim() });
  }
  return rows;
}

function truth(slug: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(CORPUS, slug, 'truth.json'), 'utf8')) as Record<string, unknown>;
}

describe('real-config corpus', () => {
  it('holds at least 35 configs written by other people', () => {
    assert.ok(folders.length >= 35, `only ${folders.length} configs`);
  });

  it('keeps config.yaml and truth.json in every folder', () => {
    for (const slug of folders) {
      assert.ok(fs.existsSync(path.join(CORPUS, slug, 'config.yaml')), `${slug}: no config.yaml`);
      assert.ok(fs.existsSync(path.join(CORPUS, slug, 'truth.json')), `${slug}: no truth.json (run capture-truth.ts)`);
    }
  });

  it('names the source of every folder, and every source has its folder', () => {
    const rows = sourceRows();
    for (const slug of folders) {
      const row = rows.get(slug);
      assert.ok(row, `${slug}: no row in SOURCES.md`);
      assert.match(row.repo, /^[\w.-]+\/[\w.-]+$/, `${slug}: repository`);
      assert.match(row.commit, /^[0-9a-f]{40}$/, `${slug}: the commit the file was read at`);
      assert.ok(row.licence.length > 0, `${slug}: licence note`);
    }
    for (const slug of rows.keys()) assert.ok(folders.includes(slug), `SOURCES.md names ${slug}, which has no folder`);
  });

  it('was captured with the LiteLLM release the action installs', () => {
    for (const slug of folders) {
      assert.equal(truth(slug).litellm_version, DEFAULT_LITELLM_VERSION, `${slug}: refresh with capture-truth.ts`);
    }
  });

  it('records, for every config, how LiteLLM loaded it and whether its proxy started', () => {
    for (const slug of folders) {
      const t = truth(slug) as { load?: { ok?: unknown }; proxy?: { started?: unknown } };
      assert.equal(typeof t.load?.ok, 'boolean', `${slug}: load`);
      assert.equal(typeof t.proxy?.started, 'boolean', `${slug}: proxy`);
    }
  });

  it('keeps no master key or private path of the capture run', () => {
    for (const slug of folders) {
      const text = fs.readFileSync(path.join(CORPUS, slug, 'truth.json'), 'utf8');
      assert.doesNotMatch(text, /sk-verify-|\/tmp\/vl-truth-|\.cache\/toolcache/, slug);
    }
  });
});
