// Which process the post step may stop: the proxy main started from its private folder, and nothing else.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isOurProxyCommand } from '../../src/litellm/proxy.ts';

// The command line of a kept proxy as /proc showed it (LiteLLM 1.108.7 run through the oracle helper); the
// private copy keeps the user's file name inside <workDir>/config/.
const WORK = '/tmp/vl-x/runner-temp/verify-litellm-GNRSvf';
const command = (config: string) => [
  '/cache/verify-litellm/venv/bin/python',
  '-I',
  '-u',
  '/action/dist/oracle.py',
  'proxy',
  "import os, runpy, sys\nsys.argv = ['litellm', *rest]\nrunpy.run_module('litellm.proxy.proxy_cli', run_name='__main__', alter_sys=True)",
  '/workspace/example_configs/test-local',
  '4294967296',
  '--config',
  config,
  '--host',
  '127.0.0.1',
  '--port',
  '44841',
  '--num_workers',
  '1',
];

describe('the post step recognises its own proxy', () => {
  it('by a --config inside the recorded work folder, whatever the file is called', () => {
    assert.equal(isOurProxyCommand(command(`${WORK}/config/config-litellm.yaml`), WORK), true);
    assert.equal(isOurProxyCommand(command(`${WORK}/config.yaml`), WORK), true);
  });

  it('not a LiteLLM whose config lies elsewhere, a sibling folder sharing the prefix, or a process without --config', () => {
    assert.equal(isOurProxyCommand(command('/tmp/other/config.yaml'), WORK), false);
    assert.equal(isOurProxyCommand(command(`${WORK}-evil/config/config.yaml`), WORK), false);
    assert.equal(isOurProxyCommand(command(`${WORK}/../verify-litellm-other/config.yaml`), WORK), false);
    assert.equal(isOurProxyCommand(['/usr/bin/python3', '-m', 'litellm'], WORK), false);
  });
});
