// The set-up the integration suites share: the LiteLLM venv ready, one stand-in upstream for the suite and a
// private folder for its configs, both gone after it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before } from 'node:test';
import { startStandin, type Standin, type StandinOptions } from '../../src/standin/server.ts';
import { tempDir, testLiteLLM, writeConfig } from './litellm.ts';

export interface StandinFixture {
  /** The stand-in upstream (its `url`, `port` and the requests it `seen`). */
  readonly upstream: Standin;
  /** The suite's private folder. */
  readonly dir: string;
  /** Writes a config into the suite's folder and returns its path. */
  config(yaml: string, name?: string): string;
}

/** Call inside a `describe`: registers its before/after hooks; the fixture's fields are ready inside the tests. */
export function withStandin(options: StandinOptions, prefix = 'vl-test-'): StandinFixture {
  let upstream: Standin | undefined;
  let dir: string | undefined;
  before(async () => {
    await testLiteLLM();
    upstream = await startStandin(options);
    dir = tempDir(prefix);
  });
  after(async () => {
    await upstream?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });
  return {
    get upstream() {
      assert.ok(upstream, 'the stand-in is started in before()');
      return upstream;
    },
    get dir() {
      assert.ok(dir, 'the folder is made in before()');
      return dir;
    },
    config(yaml, name) {
      return writeConfig(this.dir, yaml, name);
    },
  };
}
