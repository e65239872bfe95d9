// action.yml is the action's contract: what the runner runs, what users may pass and read back. These tests
// keep it complete (descriptions, defaults, branding), in step with the code that reads the inputs and sets the
// outputs, and in step with the README's input and output tables, which must not drift from it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { parseInputs } from '../../src/action/inputs.ts';
import { DEFAULT_LITELLM_VERSION } from '../../src/litellm/lock.ts';
import { publication } from '../../src/report/publication.ts';
import type { Report } from '../../src/report/report.ts';

const SAMPLE_REPORT: Report = {
  schema: 'verify-litellm/report@1',
  result: 'pass',
  config: 'c.yaml',
  litellmVersion: DEFAULT_LITELLM_VERSION,
  litellmLock: { reviewed: true, excludeNewer: null, extras: [] },
  startedAt: '2026-11-27T00:00:00.000Z',
  durationMs: 1,
  timings: { installMs: null, startMs: null, probeMs: null },
  error: null,
  findings: [],
  notes: [],
  aliases: [],
  counts: { pass: 0, fail: 0, skipped: 0 },
};

const ROOT = path.resolve(import.meta.dirname, '..', '..');

interface ActionYml {
  name: string;
  description: string;
  author?: string;
  branding?: { icon?: string; color?: string };
  inputs: Record<string, { description?: string; required?: boolean; default?: unknown; deprecationMessage?: string }>;
  outputs: Record<string, { description?: string; value?: string }>;
  runs: { using: string; main: string; post?: string; 'post-if'?: string; pre?: string };
}

const action = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as ActionYml;
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };

/** The colours GitHub Marketplace accepts for `branding.color`. */
const BRANDING_COLORS = ['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark'];

interface Row {
  name: string;
  cells: string[];
}

/** The rows of the README table between `<!-- NAME:start ... -->` and `<!-- NAME:end -->`, by first-column name. */
function readmeTable(text: string, marker: string): Row[] {
  const start = text.indexOf(`<!-- ${marker}:start`);
  const end = text.indexOf(`<!-- ${marker}:end -->`);
  assert.ok(start >= 0 && end > start, `README has the ${marker} table between <!-- ${marker}:start --> and <!-- ${marker}:end -->`);
  const rows: Row[] = [];
  for (const line of text.slice(start, end).split('\n')) {
    if (!line.startsWith('|')) continue;
    const cells = line
      .split(/(?<!\\)\|/)
      .slice(1, -1)
      .map((c) => c.trim());
    const name = /^`([^`]+)`$/.exec(cells[0] ?? '')?.[1];
    if (name) rows.push({ name, cells: cells.slice(1) });
  }
  return rows;
}

/** How the README writes a default: the value in backticks, `''` for the empty string. */
function documentedDefault(value: string): string {
  return value === '' ? "`''`" : `\`${value}\``;
}

describe('action.yml', () => {
  it('runs dist/index.js on node24, with dist/post.js as an always-run post step', () => {
    assert.equal(action.runs.using, 'node24');
    assert.equal(action.runs.main, 'dist/index.js');
    assert.equal(action.runs.post, 'dist/post.js');
    assert.equal(action.runs['post-if'], 'always()', 'the post step stops a kept proxy even after a failure');
    for (const file of [action.runs.main, action.runs.post]) assert.ok(fs.existsSync(path.join(ROOT, file!)), `${file} is committed`);
  });

  it('has a name, a description short enough for the Marketplace, and branding', () => {
    assert.equal(action.name, 'verify-litellm');
    assert.ok(action.description.length > 20 && action.description.length <= 200, `description is ${action.description.length} characters`);
    assert.ok(action.branding, 'branding is set');
    assert.match(action.branding.icon ?? '', /^[a-z0-9]+(-[a-z0-9]+)*$/, 'branding.icon is a Feather icon name');
    assert.ok(BRANDING_COLORS.includes(action.branding.color ?? ''), `branding.color is one of ${BRANDING_COLORS.join(', ')}`);
  });

  it('describes every input and gives every optional input a string default', () => {
    assert.ok(Object.keys(action.inputs).length > 0);
    for (const [name, spec] of Object.entries(action.inputs)) {
      assert.ok((spec.description ?? '').trim().length >= 20, `input ${name} has a description`);
      assert.match(name, /^[A-Za-z][A-Za-z0-9_-]*$/, `input ${name} is a valid input id`);
      assert.equal(spec.required ?? false, false, `input ${name} is optional (every input has a working default)`);
      assert.equal(typeof spec.default, 'string', `input ${name} declares its default as a quoted string`);
    }
  });

  it('describes every output', () => {
    assert.ok(Object.keys(action.outputs).length > 0);
    for (const [name, spec] of Object.entries(action.outputs)) assert.ok((spec.description ?? '').trim().length >= 10, `output ${name} has a description`);
  });

  it('declares exactly the inputs the action reads, and their defaults parse', () => {
    const read = new Set<string>();
    const get = (name: string) => {
      read.add(name);
      const spec = action.inputs[name];
      return typeof spec?.default === 'string' ? spec.default : '';
    };
    const inputs = parseInputs(get, { GITHUB_WORKSPACE: ROOT });
    assert.deepEqual([...read].sort(), Object.keys(action.inputs).sort(), 'inputs read by src/action/inputs.ts = inputs declared in action.yml');
    assert.equal(inputs.litellmVersion, DEFAULT_LITELLM_VERSION);
  });

  it('declares exactly the outputs the action sets', () => {
    const dir = path.join(ROOT, 'src', 'action');
    const set = new Set<string>();
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      for (const match of fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/setOutput\(\s*'([^']+)'/g)) set.add(match[1]!);
    }
    // The rest come from the publication plan (src/report/publication.ts), applied by main.ts in a loop.
    const planned = publication(SAMPLE_REPORT, { maxLatencyMs: null, onMissingKey: 'fail' });
    for (const name of Object.keys(planned.outputs)) set.add(name);
    assert.deepEqual([...set].sort(), Object.keys(action.outputs).sort(), 'outputs set in src/action/ = outputs declared in action.yml');
  });
});

describe('the README tables match action.yml', () => {
  it('lists every input once, with its default, and no input that does not exist', () => {
    const rows = readmeTable(readme, 'inputs');
    const names = rows.map((r) => r.name);
    assert.equal(new Set(names).size, names.length, 'no input is listed twice');
    assert.deepEqual([...names].sort(), Object.keys(action.inputs).sort(), 'README inputs = action.yml inputs');
    for (const { name, cells } of rows) {
      const [documented = '', description = ''] = cells;
      const declared = String(action.inputs[name]?.default ?? '');
      if (name === 'litellm-version') {
        // The empty default means "the lock the action ships": the README names that version.
        assert.equal(declared, '');
        assert.ok(documented.includes(`\`${DEFAULT_LITELLM_VERSION}\``), `README names the shipped LiteLLM version ${DEFAULT_LITELLM_VERSION}`);
      } else {
        assert.equal(documented, documentedDefault(declared), `README default of ${name}`);
      }
      assert.ok(description.length > 10, `README describes input ${name}`);
    }
  });

  it('lists every output once, and no output that does not exist', () => {
    const rows = readmeTable(readme, 'outputs');
    const names = rows.map((r) => r.name);
    assert.equal(new Set(names).size, names.length, 'no output is listed twice');
    assert.deepEqual([...names].sort(), Object.keys(action.outputs).sort(), 'README outputs = action.yml outputs');
    for (const { name, cells } of rows) assert.ok((cells[0] ?? '').length > 10, `README describes output ${name}`);
  });

  it('shows usage with the major version tag the release workflow moves', () => {
    const major = `v${pkg.version.split('.')[0]}`;
    const uses = [...readme.matchAll(/uses:\s*\S*verify-litellm@(\S+)/g)].map((m) => m[1]);
    assert.ok(uses.length > 0, 'README has a usage example');
    for (const ref of uses) assert.equal(ref, major, `usage examples reference @${major}`);
  });

  it('fails when a table drifts (self-check of the table reader)', () => {
    const drifted = readme.replace(/\| `timeout` \| `60` \|/, '| `timeout` | `30` |');
    assert.notEqual(drifted, readme, 'the timeout row exists to alter');
    const row = readmeTable(drifted, 'inputs').find((r) => r.name === 'timeout');
    assert.notEqual(row?.cells[0], documentedDefault(String(action.inputs.timeout?.default)));
    const escaped = readmeTable('<!-- t:start -->\n| `a` | `x \\| y` | d |\n<!-- t:end -->', 't');
    assert.deepEqual(escaped, [{ name: 'a', cells: ['`x \\| y`', 'd'] }], 'an escaped pipe stays in its cell');
  });
});
