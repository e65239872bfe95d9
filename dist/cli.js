#!/usr/bin/env node
import { createRequire as __vlCreateRequire } from 'node:module'; const require = __vlCreateRequire(import.meta.url);
import {
  exitWhenDone,
  main
} from "./chunks/chunk-GQ2KLET5.js";
import "./chunks/chunk-CEQCNVVB.js";
import "./chunks/chunk-DL6FE6QS.js";
import "./chunks/chunk-QOTUQGWT.js";
import "./chunks/chunk-RUMNF2LX.js";

// src/cli/bin.ts
exitWhenDone(main(process.argv.slice(2)), "verify-litellm");
