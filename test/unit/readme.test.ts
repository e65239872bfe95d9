// The README's input and output tables must list exactly what action.yml declares, with the same defaults.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { DEFAULT_LITELLM_VERSION } from '../../src/litellm/lock.ts';
import { ROOT } from '../helpers/litellm.ts';

const action = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string; post: string };
  branding: { icon: string; color: string };
};
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

function table(marker: string): Map<string, string[]> {
  const block = readme.split(`<!-- ${marker}:start`)[1]?.split(`<!-- ${marker}:end -->`)[0] ?? '';
  const rows = new Map<string, string[]>();
  for (const line of block.split('\n')) {
    const cells = line.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
    const name = /^`([^`]+)`$/.exec(cells[0] ?? '')?.[1];
    if (name) rows.set(name, cells.slice(1));
  }
  return rows;
}

describe('action.yml and the README agree', () => {
  it('runs on node24 with a main and a post step, and has branding', () => {
    assert.equal(action.runs.using, 'node24');
    assert.equal(action.runs.main, 'dist/index.js');
    assert.equal(action.runs.post, 'dist/post.js');
    assert.ok(action.branding.icon && action.branding.color);
  });

  it('documents every input with its default, and no input that does not exist', () => {
    const rows = table('inputs');
    assert.deepEqual([...rows.keys()].sort(), Object.keys(action.inputs).sort());
    for (const [name, spec] of Object.entries(action.inputs)) {
      assert.ok(spec.description.length > 20, `${name} has a description`);
      const documented = rows.get(name)?.[0] ?? '';
      if (name === 'litellm-version') assert.ok(documented.includes(DEFAULT_LITELLM_VERSION), 'README names the shipped LiteLLM version');
      else assert.equal(documented, spec.default === '' ? "`''`" : `\`${spec.default}\``, `default of ${name}`);
    }
  });

  it('documents every output, and no output that does not exist', () => {
    assert.deepEqual([...table('outputs').keys()].sort(), Object.keys(action.outputs).sort());
  });

  it('has recipes that are complete workflows using only inputs and outputs the action declares', () => {
    const recipes = readme.split('## Recipes')[1]?.split('\n## ')[0] ?? '';
    const blocks = [...recipes.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
    assert.ok(blocks.length >= 4, 'push/PR, fork-safe PR, nightly monitor, keep-running');
    const complete = blocks.map((b) => parse(b) as Record<string, any>).filter((w) => w && 'jobs' in w);
    assert.ok(complete.length >= 4, 'at least four are whole workflow files');
    const steps = complete.flatMap((w) => Object.values(w.jobs as Record<string, { steps: Array<Record<string, any>> }>).flatMap((j) => j.steps));
    for (const step of steps.filter((s) => String(s.uses ?? '').startsWith('org/verify-litellm'))) {
      for (const name of Object.keys(step.with ?? {})) assert.ok(name in action.inputs, `recipe input '${name}' exists in action.yml`);
    }
    for (const [, name] of recipes.matchAll(/steps\.[\w-]+\.outputs\.([\w-]+)/g)) assert.ok(name! in action.outputs, `recipe output '${name}' exists in action.yml`);
    assert.match(recipes, /schedule:/);
    assert.match(recipes, /on-missing-key: skip/);
    assert.match(recipes, /keep-running: true/);
  });
});
