// `litellm-version: auto` reads the release a repository runs, and a list rehearses several; compromised
// releases are refused whichever way they are named. Fixture files are shaped like real ones: OSS-CRS's
// compose template (floating main-stable), LiteLLM's documented image tags, requirements and uv.lock entries.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { parseLiteLLMVersions } from '../../src/options/options.ts';
import { autoVersion, findLiteLLMVersions } from '../../src/litellm/version-from-repo.ts';
import { DEFAULT_LITELLM_VERSION } from '../../src/litellm/lock.ts';
import { tempDir } from '../helpers/litellm.ts';

const dirs: string[] = [];
after(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
function repo(files: Record<string, string>): string {
  const root = tempDir('vl-repo-');
  dirs.push(root);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}

const COMPOSE = (tag: string) =>
  `services:\n  litellm:\n    image: ghcr.io/berriai/litellm-database:${tag}\n    ports:\n      - "4000:4000"\n  db:\n    image: postgres:16\n`;

describe('litellm-version auto', () => {
  it('finds a pinned image tag in a compose file, and says where', () => {
    const root = repo({ 'deploy/docker-compose.yml': COMPOSE('main-v1.106.12'), 'requirements.txt': 'litellm[proxy]==1.100.5\nopenai>=1\n' });
    const found = autoVersion(root, DEFAULT_LITELLM_VERSION);
    assert.equal(found?.version, '1.106.12');
    assert.match(
      found!.note,
      /1\.106\.12 from image berriai\/litellm-database:main-v1\.106\.12 at deploy\/docker-compose\.yml:3; other pins seen: 1\.100\.5 \(requirements\.txt:1\)/,
    );
  });

  it('reads the tag spellings LiteLLM publishes, a Dockerfile FROM, uv.lock, requirements and pyproject pins', () => {
    for (const [files, version] of [
      [{ Dockerfile: 'FROM ghcr.io/berriai/litellm:v1.104.8-stable\nCOPY config.yaml /app/\n' }, '1.104.8'],
      [{ 'compose.yaml': COMPOSE('v1.83.14-nightly') }, '1.83.14'],
      [
        { 'uv.lock': 'version = 1\n\n[[package]]\nname = "litellm"\nversion = "1.100.5"\nsource = { registry = "https://example.invalid/simple" }\n' },
        '1.100.5',
      ],
      [{ 'requirements/prod.txt': '# pinned\nLiteLLM==1.105.7 ; python_version >= "3.10"\n' }, '1.105.7'],
      [{ 'pyproject.toml': '[project]\ndependencies = [\n  "litellm[proxy]==1.106.11",\n]\n' }, '1.106.11'],
      [{ 'pyproject.toml': '[tool.poetry.dependencies]\nlitellm = "1.104.8"\n' }, '1.104.8'],
    ] as Array<[Record<string, string>, string]>) {
      assert.equal(autoVersion(repo(files), DEFAULT_LITELLM_VERSION)?.version, version, JSON.stringify(files));
    }
  });

  it('falls back to the default lock for a floating tag (OSS-CRS runs main-stable), saying so', () => {
    const found = autoVersion(repo({ 'oss-crs/compose.yaml': COMPOSE('main-stable') }), DEFAULT_LITELLM_VERSION);
    assert.equal(found?.version, DEFAULT_LITELLM_VERSION);
    assert.match(found!.note, /main-stable at oss-crs\/compose\.yaml:3 is a floating tag \(no release\); using the default lock/);
  });

  it('ignores node_modules and ranges; nothing pinned is a clear input error', () => {
    const root = repo({ 'node_modules/x/Dockerfile': 'FROM ghcr.io/berriai/litellm:v1.99.0\n', 'requirements.txt': 'litellm>=1.80\n' });
    assert.deepEqual(findLiteLLMVersions(root), []);
    assert.throws(() => parseLiteLLMVersions('auto', root), /'auto', but no LiteLLM version is pinned/);
  });

  it('refuses a compromised release found in the repository', () => {
    assert.throws(() => parseLiteLLMVersions('auto', repo({ 'requirements.txt': 'litellm==1.82.8\n' })), /litellm 1\.82\.8 is refused/);
  });
});

describe('litellm-version list (upgrade rehearsal)', () => {
  it('takes several releases, de-duplicated, auto among them', () => {
    const root = repo({ Dockerfile: 'FROM ghcr.io/berriai/litellm:v1.106.12-stable\n' });
    assert.deepEqual(parseLiteLLMVersions('1.108.7, auto, 1.108.7', root).versions, ['1.108.7', '1.106.12']);
    assert.deepEqual(parseLiteLLMVersions('', root), { versions: [DEFAULT_LITELLM_VERSION], note: null });
  });

  it('refuses a compromised release anywhere in the list, and more than four', () => {
    assert.throws(() => parseLiteLLMVersions('1.108.7, 1.82.7', '/nonexistent'), /litellm 1\.82\.7 is refused/);
    assert.throws(() => parseLiteLLMVersions('1.1.1,1.1.2,1.1.3,1.1.4,1.1.5', '/nonexistent'), /at most 4/);
  });
});
