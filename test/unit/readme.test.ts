// The README's recipes must be complete workflows that use only what action.yml declares.
// (The input/output tables are checked against action.yml in action-yml.test.ts.)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { ROOT } from '../helpers/litellm.ts';

const action = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string; post: string };
  branding: { icon: string; color: string };
};
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

describe('README recipes', () => {
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
    for (const [, name] of recipes.matchAll(/steps\.[\w-]+\.outputs\.([\w-]+)/g))
      assert.ok(name! in action.outputs, `recipe output '${name}' exists in action.yml`);
    assert.match(recipes, /schedule:/);
    assert.match(recipes, /on-missing-key: skip/);
    assert.match(recipes, /keep-running: true/);
  });
});
