#!/usr/bin/env node
// Entry point of the CLI (dist/cli.js, the `verify-litellm` bin).
import { main } from './cli.ts';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Not expected (the front door turns every failure into a report); still exit non-zero with one line.
    process.stderr.write(`verify-litellm: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
