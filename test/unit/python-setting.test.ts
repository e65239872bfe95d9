// The `python` setting as users write it, run for real: a path relative to the workspace (`.venv/bin/python`),
// and every wrong value an outside checker tries (no such file, a folder, a Python 3.8, not a Python at all, a
// program that hangs). Each gives an error that names the setting and says what is wrong, within a bound,
// and leaves no process behind.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { explicitPython, findPython } from '../../src/litellm/python.ts';
import { VerifyError } from '../../src/util/errors.ts';
import { renderSettings } from '../../src/options/settings.ts';
import { tempDir } from '../helpers/litellm.ts';

describe('the python setting', { timeout: 120_000, skip: process.platform === 'win32' }, () => {
  let dir: string;
  let real: string;
  const cwd = process.cwd();
  before(async () => {
    dir = tempDir('vl-python-setting-');
    real = (await findPython()).executable;
    fs.mkdirSync(path.join(dir, 'ws', '.venv', 'bin'), { recursive: true });
    fs.symlinkSync(real, path.join(dir, 'ws', '.venv', 'bin', 'python'));
    const script = (name: string, body: string) => {
      fs.writeFileSync(path.join(dir, name), `#!/bin/sh\n${body}\n`, { mode: 0o755 });
      return path.join(dir, name);
    };
    script('py38', 'echo 3.8.10; echo /usr/bin/python3.8'); // what a Python 3.8 answers the version probe
    script('hang', `echo $$ > "${path.join(dir, 'hang.pid')}"; exec sleep 600`);
    script('false', 'echo "boom" >&2; exit 3');
    fs.mkdirSync(path.join(dir, 'a folder ü'));
  });
  after(() => {
    process.chdir(cwd);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('takes a relative path from the working folder (the workspace), not from the private folder Python runs in', async () => {
    process.chdir(path.join(dir, 'ws'));
    try {
      const found = await findPython(process.platform, '.venv/bin/python');
      assert.equal(found.command, path.join(dir, 'ws', '.venv', 'bin', 'python'));
      assert.match(found.version, /^3\.\d+\.\d+$/);
      assert.deepEqual(
        explicitPython('./.venv/bin/python -X utf8', () => false, '/ws'),
        { command: '/ws/.venv/bin/python', args: ['-X', 'utf8'] },
      );
      assert.deepEqual(
        explicitPython('py -3.12', () => false, '/ws'),
        { command: 'py', args: ['-3.12'] },
        'a command name stays a PATH lookup',
      );
    } finally {
      process.chdir(cwd);
    }
  });

  const refused = async (value: string, why: RegExp, probeTimeoutMs?: number) => {
    await assert.rejects(findPython(process.platform, value, undefined, probeTimeoutMs), (error: unknown) => {
      assert.ok(error instanceof VerifyError);
      assert.equal(error.stage, 'input');
      const message = renderSettings(error.message, 'action');
      assert.ok(message.startsWith(`input 'python' is \`${value}\`, which `), message);
      assert.match(message, why);
      assert.match(renderSettings(error.detail?.fix ?? '', 'action'), /Point input 'python' at a Python 3\.10\+ interpreter/);
      return true;
    });
  };

  it('refuses a missing file, a folder, a Python 3.8 and a program that is no Python, each said as it is', async () => {
    await refused(path.join(dir, 'nope', 'python3'), /which is no such file;/);
    await refused(path.join(dir, 'a folder ü'), /which is a folder, not a program;/);
    await refused(path.join(dir, 'py38'), /which is Python 3\.8\.10; LiteLLM needs Python 3\.10 or newer/);
    await refused(path.join(dir, 'false'), /which is not a working Python \(exit 3: "boom"\)/);
    await refused('no-such-python-command', /which was not found;/);
  });

  it('stops a program that hangs at its bound, with nothing left running', async () => {
    await refused(path.join(dir, 'hang'), /which did not answer within 2s \(stopped\)/, 2_000);
    const pid = Number(fs.readFileSync(path.join(dir, 'hang.pid'), 'utf8'));
    assert.throws(() => process.kill(pid, 0), { code: 'ESRCH' }, 'the hanging program was stopped');
  });
});
