// include: and environment_variables.DATABASE_URL do not get past the private copy's clean-up (issue 12).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config/load.ts';
import { privateCopy } from '../../src/engine/private-copy.ts';

describe('the private copy merges include: files before its clean-up', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vl-inc-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const route = (alias: string) => `- model_name: ${alias}\n  litellm_params:\n    model: openai/m\n    api_base: http://127.0.0.1:9/v1\n`;
  fs.mkdirSync(path.join(dir, 'sub'));
  fs.writeFileSync(
    path.join(dir, 'config.yaml'),
    `include:\n  - sub/extra.yaml\nmodel_list:\n${route('a')}${route('shared')}environment_variables:\n  DATABASE_URL: postgresql://u:p@db.example/litellm\n  KEEP_ME: '1'\n`,
  );
  fs.writeFileSync(
    path.join(dir, 'sub', 'extra.yaml'),
    `include:\n  - more.yaml\nmodel_list:\n${route('b')}${route('shared')}general_settings:\n  master_key: sk-from-include-0000\n  database_url: postgresql://u:p@db.example/x\n`,
  );
  fs.writeFileSync(path.join(dir, 'sub', 'more.yaml'), `environment_variables:\n  DIRECT_URL: postgresql://u:p@db.example/y\n`);

  it('no include, no master_key, no database from any file; every deployment kept, each of a repeated alias with its own id', () => {
    const config = loadConfig(path.join(dir, 'config.yaml'), 'config.yaml');
    const copy = parse(privateCopy(config).text) as Record<string, any>;
    assert.equal('include' in copy, false);
    assert.equal(copy.general_settings?.master_key, undefined);
    assert.equal(copy.general_settings?.database_url, undefined);
    assert.equal(copy.environment_variables?.DATABASE_URL, undefined);
    assert.equal(copy.environment_variables?.DIRECT_URL, undefined);
    assert.deepEqual(
      copy.model_list.map((d: { model_name: string }) => d.model_name),
      ['a', 'shared', 'b', 'shared'],
    );
    const ids = copy.model_list.filter((d: { model_name: string }) => d.model_name === 'shared').map((d: any) => d.model_info?.id);
    assert.equal(new Set(ids).size, 2, `each deployment of 'shared' has an id of its own: ${ids}`);
  });
});
