#!/usr/bin/env node
import { createRequire as __vlCreateRequire } from 'node:module'; const require = __vlCreateRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-56N6G356.js";
import "./chunks/chunk-7UD4SOXO.js";
import "./chunks/chunk-X3GEICJL.js";
import "./chunks/chunk-QOTUQGWT.js";
import "./chunks/chunk-RUMNF2LX.js";

// src/cli/bin.ts
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`verify-litellm: internal error: ${error instanceof Error ? error.message : String(error)}
`);
    process.exitCode = 1;
  }
);
