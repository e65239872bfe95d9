// The release date and yanked flag a run-time lock pins to, read from an index that wants credentials, as
// corporate mirrors do (Artifactory, Nexus, CodeArtifact: `https://user:token@host/simple`, or netrc). pip and
// uv send those credentials; the reader must too, or the date pin is silently lost. Loopback servers only.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { findPython, type PythonInfo } from '../../src/litellm/python.ts';
import { releaseInfo } from '../../src/litellm/runtime-lock.ts';
import { runCommand } from '../../src/util/process.ts';
import { tempDir } from '../helpers/litellm.ts';

const USER = 'ci-user';
const TOKEN = 'tok/with@odd:chars'; // what a token may hold once percent-encoded in the URL
const BASIC = `Basic ${Buffer.from(`${USER}:${TOKEN}`).toString('base64')}`;

/** A PEP 691 page for litellm, shaped like PyPI's (`files[].filename`, `upload-time`, `yanked`). */
const PAGE = JSON.stringify({
  meta: { 'api-version': '1.1' },
  name: 'litellm',
  files: [
    { filename: 'litellm-9.9.9-py3-none-any.whl', 'upload-time': '2026-10-01T12:00:00.000000Z', yanked: false },
    { filename: 'litellm-9.9.9.tar.gz', 'upload-time': '2026-10-01T12:03:00.000000Z', yanked: false },
  ],
});

interface Seen {
  path: string;
  authorization: string | undefined;
}

async function serve(
  handler: (req: http.IncomingMessage, res: http.ServerResponse) => void,
): Promise<{ url: string; seen: Seen[]; close: () => Promise<void> }> {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    seen.push({ path: req.url ?? '', authorization: req.headers.authorization });
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, seen, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** An index that answers the page only with the right Basic credentials (401 otherwise, as Artifactory does). */
const authIndex = (req: http.IncomingMessage, res: http.ServerResponse) => {
  if (req.headers.authorization !== BASIC) {
    res.writeHead(401, { 'www-authenticate': 'Basic realm="index"' }).end();
    return;
  }
  res.writeHead(200, { 'content-type': 'application/vnd.pypi.simple.v1+json' }).end(PAGE);
};

describe('release date from an authenticated index', { timeout: 120_000 }, () => {
  let python: PythonInfo;
  let dir: string;
  const saved = { HOME: process.env.HOME, NETRC: process.env.NETRC };
  before(async () => {
    python = await findPython();
    dir = tempDir('vl-release-info-');
  });
  after(() => {
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('sends the credentials of the index URL, and never puts the URL on the command line', async () => {
    const index = await serve(authIndex);
    try {
      const url = `${index.url.replace('http://', `http://${USER}:${encodeURIComponent(TOKEN)}@`)}/simple`;
      const commands: string[][] = [];
      const info = await releaseInfo(python, '9.9.9', new Map([['index-url', url]]), 60_000, (command, args, options) => {
        commands.push([command, ...args]);
        return runCommand(command, args, options);
      });
      assert.deepEqual(info, { found: true, uploaded: '2026-10-01T12:03:00.000000Z', yanked: null }, JSON.stringify(index.seen));
      assert.equal(index.seen[0]?.path, '/simple/litellm/');
      assert.doesNotMatch(commands.flat().join(' '), /ci-user|tok/, 'no credential on a command line (ps shows it to every user)');
    } finally {
      await index.close();
    }
  });

  it('reads netrc (NETRC or ~/.netrc) when the URL carries no credentials, as pip and uv do', async () => {
    const index = await serve(authIndex);
    try {
      const netrc = path.join(dir, 'netrc');
      fs.writeFileSync(netrc, `machine 127.0.0.1 login ${USER} password ${TOKEN}\n`, { mode: 0o600 });
      process.env.NETRC = netrc;
      const info = await releaseInfo(python, '9.9.9', new Map([['index-url', `${index.url}/simple`]]), 60_000);
      assert.equal(info.uploaded, '2026-10-01T12:03:00.000000Z', JSON.stringify(index.seen));
    } finally {
      delete process.env.NETRC;
      await index.close();
    }
  });

  it('does not carry the credentials to where the index redirects', async () => {
    const elsewhere = await serve((_req, res) => res.writeHead(200, { 'content-type': 'application/vnd.pypi.simple.v1+json' }).end(PAGE));
    const index = await serve((req, res) => res.writeHead(302, { location: `${elsewhere.url}${req.url}` }).end());
    try {
      const url = `${index.url.replace('http://', `http://${USER}:${encodeURIComponent(TOKEN)}@`)}/simple`;
      await releaseInfo(python, '9.9.9', new Map([['index-url', url]]), 60_000);
      assert.equal(index.seen[0]?.authorization, BASIC, 'the index itself gets them');
      assert.ok(elsewhere.seen.length > 0, 'the redirect was followed');
      assert.deepEqual(
        elsewhere.seen.map((s) => s.authorization),
        elsewhere.seen.map(() => undefined),
      );
    } finally {
      await index.close();
      await elsewhere.close();
    }
  });
});
