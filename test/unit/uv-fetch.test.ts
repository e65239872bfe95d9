// uv straight from an index, without pip (src/litellm/index_client.py), against a local index that serves what real
// ones serve: PyPI's PEP 691 JSON page (files with `hashes.sha256` and an absolute `url` on another host) and a
// PEP 503 HTML page (`<a href="...#sha256=...">`), as devpi, Artifactory and `python -m http.server` mirrors do.
// Only a file whose sha256 the lock lists is ever unpacked; credentials go to the index's own host only.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { indexSources, uvFromIndex } from '../../src/litellm/uv-fetch.ts';
import { findPython, type PythonInfo } from '../../src/litellm/python.ts';
import { runCommand } from '../../src/util/process.ts';
import { freePort } from '../../src/util/port.ts';
import { tempDir } from '../helpers/litellm.ts';

const VERSION = '9.9.9';

interface Hit {
  url: string;
  auth: string | undefined;
}

/** An index on loopback: `pages` maps a path to [content type, body]; `files` serves wheels by name. */
function serve(pages: Map<string, [string, string]>, files: Map<string, Buffer>, hits: Hit[]): Promise<{ server: http.Server; base: string }> {
  const server = http.createServer((req, res) => {
    hits.push({ url: req.url ?? '', auth: req.headers.authorization });
    const page = pages.get(req.url ?? '');
    const file = files.get(path.basename(req.url ?? ''));
    if (page) res.writeHead(200, { 'content-type': page[0] }).end(page[1]);
    else if (file) res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(file);
    else res.writeHead(404).end('not found');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, base: `http://127.0.0.1:${(server.address() as { port: number }).port}` })),
  );
}

const sha256 = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

describe('uv from the index without pip', { timeout: 120_000, skip: process.platform === 'win32' }, () => {
  let dir: string;
  let python: PythonInfo;
  const wheels = new Map<string, Buffer>();
  const servers: http.Server[] = [];

  /** A wheel whose uv binary prints `says`. */
  async function wheel(name: string, says: string): Promise<Buffer> {
    const file = path.join(dir, name);
    const made = await runCommand(
      python.command,
      [
        '-c',
        'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1], "w"); z.writestr(sys.argv[2] + ".data/scripts/uv", "#!/bin/sh\\necho " + sys.argv[3] + "\\n"); z.close()',
        file,
        `uv-${VERSION}`,
        says,
      ],
      { timeoutMs: 30_000 },
    );
    assert.equal(made.code, 0, made.stderr);
    return fs.readFileSync(file);
  }

  before(async () => {
    dir = tempDir('vl-uv-fetch-');
    python = await findPython();
    wheels.set(`uv-${VERSION}-py3-none-any.whl`, await wheel('a.whl', 'right'));
    wheels.set(`uv-${VERSION}-py3-none-win_amd64.whl`, await wheel('b.whl', 'windows')); // listed, never for this platform
    wheels.set(`uv-${VERSION}-1-py3-none-any.whl`, await wheel('c.whl', 'unlisted')); // compatible, hash not in the lock
  });
  after(() => {
    for (const s of servers) s.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const lockText = () =>
    [
      `uv==${VERSION} \\`,
      ...[`uv-${VERSION}-py3-none-any.whl`, `uv-${VERSION}-py3-none-win_amd64.whl`].map((n) => `    --hash=sha256:${sha256(wheels.get(n)!)}`),
    ].join('\n');

  async function fetchWith(pip: Map<string, string>, name: string) {
    const target = path.join(dir, name, 'bin', 'uv');
    const got = await uvFromIndex({ python, pip, uvLockText: lockText(), version: VERSION, target, timeoutMs: 60_000 });
    const says = fs.existsSync(target) ? (await runCommand(target, [], { timeoutMs: 10_000 })).stdout.trim() : null;
    return { got, says };
  }

  it("reads PyPI's JSON page and takes the locked wheel for this platform from the file host, with no credentials sent there", async () => {
    const fileHits: Hit[] = [];
    const files = await serve(new Map(), wheels, fileHits);
    servers.push(files.server);
    const json = JSON.stringify({
      meta: { 'api-version': '1.1' },
      name: 'uv',
      files: [...wheels].map(([filename, bytes]) => ({ filename, url: `${files.base}/packages/${filename}`, hashes: { sha256: sha256(bytes) } })),
    });
    const hits: Hit[] = [];
    const index = await serve(new Map([['/simple/uv/', ['application/vnd.pypi.simple.v1+json', json]]]), new Map(), hits);
    servers.push(index.server);
    const url = index.base.replace('http://', 'http://alice:s3cret@') + '/simple';
    const { got, says } = await fetchWith(new Map([['index-url', url]]), 'json');
    assert.deepEqual(got, { ok: true, file: `uv-${VERSION}-py3-none-any.whl` });
    assert.equal(says, 'right');
    assert.equal(hits[0]?.auth, `Basic ${Buffer.from('alice:s3cret').toString('base64')}`, 'the index page gets the credentials');
    assert.deepEqual(
      fileHits.map((h) => [h.url, h.auth]),
      [[`/packages/uv-${VERSION}-py3-none-any.whl`, undefined]],
      'one download, of the locked file for this platform, without the index credentials',
    );
  });

  it('reads a PEP 503 HTML page and refuses a file whose bytes are not the ones the lock lists, whatever the page claims', async () => {
    const good = wheels.get(`uv-${VERSION}-py3-none-any.whl`)!;
    const swapped = new Map([[`uv-${VERSION}-py3-none-any.whl`, wheels.get(`uv-${VERSION}-1-py3-none-any.whl`)!]]);
    const html = `<html><body><a href="../../files/uv-${VERSION}-py3-none-any.whl#sha256=${sha256(good)}">uv-${VERSION}-py3-none-any.whl</a></body></html>`;
    const hits: Hit[] = [];
    const index = await serve(new Map([['/simple/uv/', ['text/html', html]]]), swapped, hits);
    servers.push(index.server);
    const { got, says } = await fetchWith(new Map([['index-url', `${index.base}/simple`]]), 'html');
    assert.deepEqual(got, { ok: false, reason: "a uv wheel did not match the lock's hashes" });
    assert.equal(says, null, 'nothing unpacked');
    assert.deepEqual(fs.readdirSync(path.join(dir, 'html', 'bin')), [], 'the download is removed');
    assert.ok(
      hits.some((h) => h.url === `/files/uv-${VERSION}-py3-none-any.whl`),
      'the HTML link was followed',
    );
  });

  it('never follows a remote page to a local file, even one whose hash the lock lists', async () => {
    const local = path.join(dir, 'a.whl'); // the locked wheel for this platform, on this machine
    const json = JSON.stringify({
      files: [{ filename: `uv-${VERSION}-py3-none-any.whl`, url: `file://${local}`, hashes: { sha256: sha256(fs.readFileSync(local)) } }],
    });
    const index = await serve(new Map([['/simple/uv/', ['application/vnd.pypi.simple.v1+json', json]]]), new Map(), []);
    servers.push(index.server);
    const { got, says } = await fetchWith(new Map([['index-url', `${index.base}/simple`]]), 'file-link');
    assert.deepEqual(got, { ok: false, reason: `no source has a uv ${VERSION} wheel for this platform whose hash the lock lists` });
    assert.equal(says, null);
  });

  it('takes the wheel from a find-links folder first, and an index that cannot be read is a reason (pip then installs uv)', async () => {
    const folder = path.join(dir, 'wheelhouse');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, `uv-${VERSION}-py3-none-any.whl`), wheels.get(`uv-${VERSION}-py3-none-any.whl`)!);
    const closed = `http://127.0.0.1:${await freePort()}/simple`;
    const local = await fetchWith(
      new Map([
        ['index-url', closed],
        ['find-links', folder],
      ]),
      'local',
    );
    assert.deepEqual(local, { got: { ok: true, file: `uv-${VERSION}-py3-none-any.whl` }, says: 'right' });
    const none = await fetchWith(new Map([['index-url', closed]]), 'closed');
    assert.deepEqual(none, { got: { ok: false, reason: 'the index could not be read' }, says: null });
  });

  it("leaves pip's settings it does not follow to pip", () => {
    assert.deepEqual(indexSources(new Map([['trusted-host', 'mirror.corp']])), { reason: "pip's trusted-host setting" });
    assert.deepEqual(
      indexSources(
        new Map([
          ['client-cert', '/c.pem'],
          ['proxy', 'http://p:3128'],
        ]),
      ),
      { reason: "pip's client-cert, proxy setting" },
    );
    assert.deepEqual(
      indexSources(
        new Map([
          ['no-index', 'true'],
          ['find-links', '/w /x'],
        ]),
      ),
      { indexes: [], findLinks: ['/w', '/x'], cert: '' },
    );
    assert.deepEqual(
      indexSources(
        new Map([
          ['extra-index-url', 'https://b/simple'],
          ['cert', '/ca.pem'],
        ]),
      ),
      {
        indexes: ['https://pypi.org/simple', 'https://b/simple'],
        findLinks: [],
        cert: '/ca.pem',
      },
    );
  });
});
