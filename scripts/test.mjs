// `npm test`: every suite, in one node:test run. `npm test -- unit` (or integration, e2e) runs one group.
// Integration and e2e suites share one LiteLLM venv, installed by the engine's own install path on first use.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const groups = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const wanted = groups.length ? groups : ['unit', 'integration', 'e2e'];
const files = wanted.flatMap((group) => {
  const dir = path.join('test', group);
  return fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.test.ts'))
        .sort()
        .map((f) => path.join(dir, f))
    : [];
});
if (!files.length) {
  console.error(`no test files in ${wanted.join(', ')}`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
  env: { ...process.env, NODE_OPTIONS: '' },
});
process.exit(result.status ?? 1);
