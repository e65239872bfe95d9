// `npm run hosts:litellm -- <version>`: writes locks/litellm-<version>.hosts.json, the hosts LiteLLM sends a
// route of each provider to when the route sets no api_base, as the installed release itself answers
// (src/litellm/oracle.py `hosts`). `allowed-hosts` reads it before anything is installed (src/engine/allowed-hosts.ts).
import fs from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { ensureLiteLLM } from '../src/litellm/install.ts';
import { locksDir } from '../src/litellm/lock.ts';
import { lockedVersionArg } from './locked-version.ts';
import { askProviderHosts } from '../src/litellm/provider-hosts.ts';

const version = lockedVersionArg('hosts:litellm');

// The venv the tests use (the action's own install path), so a repository that ran its tests installs nothing.
const cacheRoot = path.join(process.cwd(), '.cache', 'toolcache', 'verify-litellm');
const installation = await ensureLiteLLM({ version, cacheRoot, timeoutMs: 900_000, log: console.log });
const answer = await askProviderHosts(installation.python, 120_000);
if (answer.litellmVersion !== version) throw new Error(`the venv runs LiteLLM ${answer.litellmVersion}, not ${version}`);
const target = path.join(locksDir(), `litellm-${version}.hosts.json`);
const json = JSON.stringify({ ...answer, generatedBy: `npm run hosts:litellm -- ${version}` });
fs.writeFileSync(target, await prettier.format(json, { ...(await prettier.resolveConfig(target)), filepath: target })); // as format:check wants it
console.log(`wrote ${path.relative(process.cwd(), target)}: ${Object.keys(answer.hosts).length} providers`);
