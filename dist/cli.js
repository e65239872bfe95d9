#!/usr/bin/env node
import { createRequire as __vlCreateRequire } from 'node:module'; const require = __vlCreateRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-QN5GYPDV.js";
import "./chunks/chunk-PLEJJ5EU.js";
import "./chunks/chunk-EXO7R7MG.js";
import "./chunks/chunk-QOTUQGWT.js";
import "./chunks/chunk-RUMNF2LX.js";

// src/cli/bin.ts
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
