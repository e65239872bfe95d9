// What the README promises users, parsed, for tests that hold real output against it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './litellm.ts';

/** The report example in the README ("Report schema", a jsonc block), comments stripped and parsed. */
export function documentedReport(): any {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const block = /### Report schema[\s\S]*?```jsonc\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(block, 'the README documents the report schema in a jsonc block');
  const documented = JSON.parse(block.replace(/\s+\/\/.*$/gm, ''));
  // `trimmed` is documented as present only in the `report` output, only past GitHub's 1 MB (src/report/output-fit.ts,
  // test/unit/output-fit.test.ts): a whole report (report-file, --json) never has it.
  delete documented.trimmed;
  return documented;
}
