// config and report-file stay inside the workspace, and never through a link (issue 12, item 9).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { parseInputs } from '../../src/action/inputs.ts';
import { VerifyError } from '../../src/util/errors.ts';
import { writeNoFollow } from '../../src/util/paths.ts';

describe('paths the action reads and writes', { skip: process.platform === 'win32' }, () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vl-paths-'));
  after(() => fs.rmSync(root, { recursive: true, force: true }));
  const workspace = path.join(root, 'ws');
  const outside = path.join(root, 'secret');
  fs.mkdirSync(path.join(workspace, 'configs'), { recursive: true });
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(outside, 'id_rsa'), 'PRIVATE KEY');
  fs.writeFileSync(path.join(workspace, 'configs', 'real.yaml'), 'model_list: []\n');
  // What a pull request can add: links named like the config and the report, and a linked folder.
  fs.symlinkSync(path.join(outside, 'id_rsa'), path.join(workspace, 'configs', 'litellm.yaml'));
  fs.symlinkSync(path.join(workspace, 'configs', 'real.yaml'), path.join(workspace, 'configs', 'inner-link.yaml'));
  fs.symlinkSync(path.join(outside, 'bashrc'), path.join(workspace, 'report.json'));
  fs.symlinkSync(outside, path.join(workspace, 'reports'));
  const parse = (values: Record<string, string>) =>
    parseInputs((name) => values[name] ?? '', { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: root, RUNNER_TOOL_CACHE: root });
  const refused = (values: Record<string, string>, pattern: RegExp) =>
    assert.throws(
      () => parse(values),
      (e: unknown) => e instanceof VerifyError && e.stage === 'input' && pattern.test(e.message) && !e.message.includes('PRIVATE'),
    );

  it('refuses a config that is a link, to outside or even inside the workspace', () => {
    refused({ config: 'configs/litellm.yaml' }, /input 'config' names a symbolic link/);
    refused({ config: 'configs/inner-link.yaml' }, /input 'config' names a symbolic link/);
  });

  it('refuses a report-file that is a link, or inside a linked folder that leads out', () => {
    refused({ config: 'configs/real.yaml', 'report-file': 'report.json' }, /input 'report-file' names a symbolic link/);
    refused({ config: 'configs/real.yaml', 'report-file': 'reports/verify.json' }, /input 'report-file' .*outside the workspace/);
    refused({ config: 'configs/real.yaml', 'report-file': '../escape.json' }, /outside the workspace/);
  });

  it('accepts plain files inside, existing or not yet written', () => {
    const ok = parse({ config: 'configs/real.yaml', 'report-file': 'out/new/report.json' });
    assert.equal(ok.configPath, path.join(workspace, 'configs', 'real.yaml'));
    assert.equal(ok.reportFile, path.join(workspace, 'out', 'new', 'report.json'));
  });

  it('writes the report without following a link put there after the check', () => {
    assert.throws(() => writeNoFollow(path.join(workspace, 'report.json'), '{}'), /ELOOP|symbolic/);
    assert.equal(fs.existsSync(path.join(outside, 'bashrc')), false, 'nothing written outside');
    writeNoFollow(path.join(workspace, 'out', 'r.json'), '{}');
    assert.equal(fs.readFileSync(path.join(workspace, 'out', 'r.json'), 'utf8'), '{}');
  });
});
