// The GitHub workflows and Dependabot config, parsed and checked for the mistakes that otherwise show up only
// on GitHub: a step with neither `uses` nor `run`, an expression naming a step that has no such id or output,
// an unpinned action, broad permissions, a self-test that does not cover the three systems. actionlint runs
// too: .ci/run installs it hash-pinned (.ci/actionlint.txt), so in CI it must be there; locally it runs when on PATH.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const WORKFLOWS = path.join(ROOT, '.github', 'workflows');

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  if?: string;
  shell?: string;
  'continue-on-error'?: boolean | string;
}

interface Job {
  name?: string;
  'runs-on'?: string | string[];
  needs?: string | string[];
  permissions?: Record<string, string> | string;
  strategy?: { matrix?: Record<string, unknown> };
  steps?: Step[];
  'timeout-minutes'?: number;
  env?: Record<string, unknown>;
}

interface Workflow {
  name?: string;
  on?: unknown;
  permissions?: Record<string, string> | string;
  jobs?: Record<string, Job>;
}

function load(file: string): Workflow {
  return parse(fs.readFileSync(file, 'utf8')) as Workflow;
}

const files = fs.existsSync(WORKFLOWS)
  ? fs
      .readdirSync(WORKFLOWS)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
  : [];
const workflows = new Map(files.map((f) => [f, load(path.join(WORKFLOWS, f))]));
const action = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { outputs: Record<string, unknown> };

function workflow(name: string): Workflow {
  const wf = workflows.get(name);
  assert.ok(wf, `.github/workflows/${name} exists`);
  return wf;
}

function jobsOf(wf: Workflow): Array<[string, Job]> {
  return Object.entries(wf.jobs ?? {});
}

function allSteps(wf: Workflow): Step[] {
  return jobsOf(wf).flatMap(([, job]) => job.steps ?? []);
}

/** Every `${{ ... }}` expression in a value (strings, lists, maps), plus the bare expressions of `if:`. */
function expressions(value: unknown, key = ''): string[] {
  if (typeof value === 'string') {
    const found = [...value.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map((m) => m[1]!.trim());
    if (key === 'if' && !found.length) found.push(value.trim());
    return found;
  }
  if (Array.isArray(value)) return value.flatMap((v) => expressions(v));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => expressions(v, k));
  return [];
}

/** The names a `run:` step writes to $GITHUB_OUTPUT (`echo "name=value" >> "$GITHUB_OUTPUT"`). */
function writtenOutputs(run: string): Set<string> {
  const names = new Set<string>();
  for (const line of run.split('\n')) {
    if (!line.includes('GITHUB_OUTPUT')) continue;
    const match = /echo\s+["']?([A-Za-z_][\w-]*)(=|<<)/.exec(line);
    if (match) names.add(match[1]!);
  }
  return names;
}

/** `owner/repo@vN`, `owner/repo/path@vN.N.N` or a full commit SHA: at least a major version, never a branch. */
const PINNED = /^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/;

describe('workflows: structure', () => {
  it('has the ci, self-test and release workflows', () => {
    for (const name of ['ci.yml', 'self-test.yml', 'release.yml']) workflow(name);
  });

  for (const [file, wf] of workflows) {
    describe(file, () => {
      it('has a name, triggers and at least one job', () => {
        assert.ok(wf.name, 'name');
        assert.ok(wf.on, 'on:');
        assert.ok(jobsOf(wf).length > 0, 'jobs');
      });

      it('sets minimal permissions: read-only at the top, writes only where a job needs them', () => {
        assert.deepEqual(wf.permissions, { contents: 'read' }, 'top-level permissions are contents: read');
        for (const [name, job] of jobsOf(wf)) {
          if (job.permissions === undefined) continue;
          assert.equal(typeof job.permissions, 'object', `${name}: permissions are listed, not read-all/write-all`);
          for (const [scope, level] of Object.entries(job.permissions as Record<string, string>)) {
            assert.ok(['read', 'write', 'none'].includes(level), `${name}: ${scope}: ${level}`);
          }
        }
      });

      it('gives every job runs-on, a timeout and steps, and every step uses or run (not both)', () => {
        for (const [name, job] of jobsOf(wf)) {
          assert.ok(job['runs-on'], `${name} has runs-on`);
          assert.equal(typeof job['timeout-minutes'], 'number', `${name} has timeout-minutes`);
          assert.ok(Array.isArray(job.steps) && job.steps.length > 0, `${name} has steps`);
          for (const [i, step] of job.steps.entries()) {
            const label = `${name} step ${i + 1} (${step.name ?? step.uses ?? step.id ?? '?'})`;
            assert.ok(Boolean(step.uses) !== Boolean(step.run), `${label} has exactly one of uses and run`);
            if (step.run !== undefined) assert.equal(typeof step.run, 'string', `${label}: run is a script`);
            if (step.with !== undefined) assert.ok(step.uses, `${label}: with: belongs to a uses: step`);
          }
        }
      });

      it('pins every action to at least a major version', () => {
        for (const step of allSteps(wf)) {
          if (!step.uses || step.uses === './' || step.uses.startsWith('./')) continue;
          assert.match(step.uses, PINNED, `${step.uses} is pinned to a version tag or commit`);
        }
      });

      it('gives step ids once per job, and needs: names jobs that exist', () => {
        for (const [name, job] of jobsOf(wf)) {
          const ids = (job.steps ?? []).map((s) => s.id).filter((id): id is string => Boolean(id));
          assert.equal(new Set(ids).size, ids.length, `${name}: step ids are unique`);
          for (const need of [job.needs ?? []].flat()) assert.ok(wf.jobs?.[need], `${name} needs ${need}, which exists`);
        }
      });

      it('references only earlier steps with an id, and outputs those steps set', () => {
        for (const [name, job] of jobsOf(wf)) {
          const steps = job.steps ?? [];
          const seen = new Map<string, Step>();
          const check = (where: string, value: unknown, key?: string) => {
            for (const expr of expressions(value, key)) {
              for (const match of expr.matchAll(/\bsteps\.([\w-]+)\.(outputs\.([\w-]+)|outcome|conclusion)/g)) {
                const [, id, , output] = match;
                const step = seen.get(id!);
                assert.ok(step, `${name}, ${where}: steps.${id} names an earlier step with that id`);
                if (!output) continue;
                if (step.uses === './') assert.ok(output in action.outputs, `${name}, ${where}: steps.${id}.outputs.${output} is an output of action.yml`);
                else if (step.run) assert.ok(writtenOutputs(step.run).has(output), `${name}, ${where}: step ${id} writes ${output} to $GITHUB_OUTPUT`);
              }
            }
          };
          check('job env', job.env);
          for (const [i, step] of steps.entries()) {
            const where = `step ${i + 1} (${step.name ?? step.uses})`;
            for (const key of ['if', 'with', 'env', 'run', 'continue-on-error'] as const) check(where, step[key], key);
            if (step.id) seen.set(step.id, step);
          }
        }
      });

      it('passes expressions to scripts through env:, never pasted into run: (script injection)', () => {
        for (const step of allSteps(wf)) {
          if (step.run) assert.doesNotMatch(step.run, /\$\{\{/, `${step.name ?? 'a run step'}: use env: for expressions`);
        }
      });
    });
  }
});

describe('workflows: what each one does', () => {
  it('ci: lint, type-check, unit and integration tests and the dist/ check on ubuntu-latest', () => {
    const wf = workflow('ci.yml');
    const scripts = allSteps(wf)
      .map((s) => s.run ?? '')
      .join('\n');
    for (const command of ['npm ci', 'npm run --silent lint', 'npm run --silent typecheck', 'npm run --silent check:dist'])
      assert.ok(scripts.includes(command), `ci runs ${command}`);
    assert.match(scripts, /npm test -- unit integration/, 'ci runs the unit and integration tests');
    for (const [name, job] of jobsOf(wf)) assert.equal(job['runs-on'], 'ubuntu-latest', `${name} runs on ubuntu-latest`);
    const triggers = wf.on as Record<string, unknown>;
    assert.ok('pull_request' in triggers && 'push' in triggers, 'ci runs on pushes and pull requests');
  });

  it('self-test: the action from the checkout on Linux, macOS and Windows, against the stand-in upstream', () => {
    const wf = workflow('self-test.yml');
    const [[, job]] = jobsOf(wf) as [[string, Job]];
    assert.deepEqual(new Set((job.strategy?.matrix?.os as string[]) ?? []), new Set(['ubuntu-latest', 'macos-latest', 'windows-latest']));
    assert.equal(job['runs-on'], '${{ matrix.os }}');
    const steps = job.steps ?? [];
    const standin = steps.findIndex((s) => s.run?.includes('node dist/standin.js'));
    const runs = steps.filter((s) => s.uses === './');
    assert.ok(standin >= 0, 'a step starts node dist/standin.js');
    assert.ok(runs.length >= 2, 'the action runs at least twice');
    assert.ok(steps.indexOf(runs[0]!) > standin, 'the stand-in starts before the action runs');
    for (const run of runs) {
      assert.ok(run.id, 'each run of the action has an id for its outputs');
      assert.match(String(run.with?.config ?? ''), /\S/, 'each run names its config');
    }
  });

  it('self-test: one run must pass, one must fail with the temperature diagnosis and is asserted on', () => {
    const job = jobsOf(workflow('self-test.yml'))[0]![1];
    const steps = job.steps ?? [];
    const runs = steps.filter((s) => s.uses === './');
    const passing = runs.find((s) => !s['continue-on-error'])!;
    const failing = runs.find((s) => s['continue-on-error'] === true);
    assert.ok(passing && failing, 'one run is expected to pass, one runs with continue-on-error: true');
    const after = (step: Step) => steps.slice(steps.indexOf(step) + 1);
    const asserts = (step: Step, pattern: RegExp) =>
      after(step).some((s) => s.run && pattern.test(s.run) && expressions(s.env).some((e) => e.startsWith(`steps.${step.id}.`)));
    assert.ok(asserts(passing, /= pass\b/), `a later step asserts steps.${passing.id}.outputs.result is pass`);
    assert.ok(asserts(failing, /= fail\b/), `a later step asserts steps.${failing.id}.outputs.result is fail`);
    assert.ok(asserts(failing, /temperature-rejected/), 'and that the diagnosis is the temperature rejection');
    assert.ok(
      after(failing).some((s) => expressions(s.env).includes(`steps.${failing.id}.outcome`)),
      'and that the step itself failed',
    );
  });

  it('release: on vX.Y.Z tags, moves the major tag and drafts the release, with contents: write on that job only', () => {
    const wf = workflow('release.yml');
    const triggers = wf.on as { push?: { tags?: string[] } };
    assert.deepEqual(Object.keys(wf.on as object), ['push'], 'only tag pushes release');
    assert.ok(
      triggers.push?.tags?.some((t) => /^v\[0-9\]\+\.\[0-9\]\+\.\[0-9\]\+$/.test(t)),
      'tags vX.Y.Z',
    );
    const [[, job]] = jobsOf(wf) as [[string, Job]];
    assert.deepEqual(job.permissions, { contents: 'write' });
    const scripts = (job.steps ?? []).map((s) => s.run ?? '').join('\n');
    assert.match(scripts, /git tag --force "\$MAJOR"/, 'moves the major tag');
    assert.match(scripts, /git push --force origin "refs\/tags\/\$MAJOR"/, 'pushes the major tag');
    assert.match(scripts, /gh release create "\$TAG" --draft/, 'drafts the release');
    assert.match(scripts, /check:dist/, 'refuses a release whose dist/ is stale');
  });

  it(
    'release: the notes are the CHANGELOG section of the version, or the Unreleased one',
    { skip: process.platform === 'win32' && 'needs bash and awk' },
    () => {
      const job = jobsOf(workflow('release.yml'))[0]![1];
      const script = (job.steps ?? []).map((s) => s.run ?? '').find((r) => r.includes('section()'));
      const fn = /section\(\) \{[\s\S]*?\n\s*\}\n/.exec(script ?? '')?.[0];
      assert.ok(fn, 'the notes step defines section()');
      const section = (heading: string) => spawnSync('bash', ['-c', `${fn}\nsection "$1"`, 'bash', heading], { cwd: ROOT, encoding: 'utf8' });
      const unreleased = section('Unreleased');
      assert.equal(unreleased.status, 0, unreleased.stderr);
      assert.match(unreleased.stdout, /### Added/, 'the Unreleased section has its entries');
      assert.doesNotMatch(unreleased.stdout, /^## \[/m, 'and stops at the next version heading');
      assert.equal(section('99.0.0').stdout.trim(), '', 'a version without a section gives no text (the step falls back to Unreleased)');
      const major = spawnSync('bash', ['-c', 'echo "${TAG%%.*}"'], { env: { TAG: 'v1.4.2' }, encoding: 'utf8' }).stdout.trim();
      assert.equal(major, 'v1', 'the major tag of v1.4.2 is v1');
      assert.ok(
        (job.steps ?? []).some((s) => s.run?.includes('major=${TAG%%.*}')),
        'the version step derives the major tag that way',
      );
    },
  );
});

describe('dependabot', () => {
  it('updates the npm packages and the workflow actions', () => {
    const file = path.join(ROOT, '.github', 'dependabot.yml');
    const config = parse(fs.readFileSync(file, 'utf8')) as {
      version: number;
      updates: Array<{ 'package-ecosystem': string; directory: string; schedule: { interval: string } }>;
    };
    assert.equal(config.version, 2);
    const ecosystems = config.updates.map((u) => u['package-ecosystem']).sort();
    assert.deepEqual(ecosystems, ['github-actions', 'npm']);
    for (const update of config.updates) {
      assert.equal(update.directory, '/');
      assert.ok(['daily', 'weekly', 'monthly'].includes(update.schedule.interval));
    }
  });
});

describe('actionlint', () => {
  const found = spawnSync('actionlint', ['-version'], { encoding: 'utf8' });
  const available = !found.error && found.status === 0;
  const skip = available || process.env.CI ? false : 'actionlint is not on PATH (pip install --require-hashes -r .ci/actionlint.txt)';
  it('finds nothing to report in the workflows', { skip }, () => {
    assert.ok(available, 'CI installs actionlint (.ci/run): it must be on PATH');
    const result = spawnSync('actionlint', ['-no-color', ...files.map((f) => path.join(WORKFLOWS, f))], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });
});
