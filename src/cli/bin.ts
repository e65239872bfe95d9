#!/usr/bin/env node
// Entry point of the CLI (dist/cli.js, the `verify-litellm` bin).
import { exitWhenDone } from '../util/entry.ts';
import { main } from './cli.ts';

exitWhenDone(main(process.argv.slice(2)), 'verify-litellm');
