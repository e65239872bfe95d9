// `npm test`: every suite in one node:test run, test files side by side (one process each).
//   npm test                                   unit + integration + e2e
//   npm test -- unit                           one group (unit, integration, e2e)
//   npm test -- test/unit/mask.test.ts         one file (or a folder)
//   npm test -- unit --test-name-pattern=mask  anything starting with '-' goes to `node --test` as it is
//   npm run test:watch                         unit tests, re-run on every save
// Suites that run the bundled action (e2e) rebuild dist/ first, so they never test stale code.
// VL_TEST_CONCURRENCY overrides how many test files run at once (default: the machine's cores).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const GROUPS = ['unit', 'integration', 'e2e'];
const args = process.argv.slice(2);
const flags = [];
const selected = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg.startsWith('-')) {
    flags.push(arg);
    // `--test-name-pattern x`: a flag's separate value is not a group or a path.
    const next = args[i + 1];
    if (!arg.includes('=') && next !== undefined && !next.startsWith('-') && !GROUPS.includes(next) && !fs.existsSync(next)) flags.push(args[++i]);
  } else if (GROUPS.includes(arg) || fs.existsSync(arg)) {
    selected.push(arg);
  } else {
    console.error(`npm test: '${arg}' is neither a group (${GROUPS.join(', ')}) nor an existing test file or folder.`);
    process.exit(2);
  }
}

const testFilesIn = (dir) =>
  fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.test.ts'))
    .sort()
    .map((f) => path.join(dir, f));
// Slowest group first: with N files at a time, a long e2e file started last would run on alone at the end.
const LONGEST_FIRST = ['e2e', 'integration', 'unit'];
const files = (selected.length ? selected : LONGEST_FIRST).flatMap((s) => {
  const p = GROUPS.includes(s) ? path.join('test', s) : s;
  if (!fs.existsSync(p)) return [];
  return fs.statSync(p).isDirectory() ? testFilesIn(p) : [p];
});
if (!files.length) {
  console.error(`npm test: no test files in ${selected.join(', ') || GROUPS.join(', ')}.`);
  process.exit(2);
}

const watch = flags.includes('--watch');
if (!watch && files.some((f) => f.split(path.sep).includes('e2e'))) {
  const bundled = spawnSync(process.execPath, ['scripts/bundle.mjs'], { stdio: 'inherit' });
  if (bundled.status !== 0) process.exit(bundled.status ?? 1);
}

const runsProxy = files.some((f) => /(^|[\\/])(integration|e2e)[\\/]/.test(f));
if (runsProxy) {
  const prepared = spawnSync(process.execPath, ['--import', 'tsx', 'test/helpers/prepare.ts'], { stdio: 'inherit', env: { ...process.env, NODE_OPTIONS: '' } });
  if (prepared.status !== 0) process.exit(prepared.status ?? 1);
}

const concurrency = Number(process.env.VL_TEST_CONCURRENCY) || os.availableParallelism();
const hasReporter = flags.some((f) => f.startsWith('--test-reporter'));
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, ...(hasReporter ? [] : ['--test-reporter=spec']), ...flags, ...files],
  { stdio: 'inherit', env: { ...process.env, NODE_OPTIONS: '' } },
);
process.exit(result.status ?? 1);
