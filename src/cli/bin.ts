#!/usr/bin/env node
// Entry point of the CLI (dist/cli.js, the `verify-litellm` bin).
import { main } from './cli.ts';

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
