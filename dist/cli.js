#!/usr/bin/env node
import { createRequire as __vlCreateRequire } from 'node:module'; const require = __vlCreateRequire(import.meta.url);
import {
  exitWhenDone,
  main
} from "./chunks/chunk-EPJLGK4Y.js";
import "./chunks/chunk-SJO67GUU.js";
import "./chunks/chunk-SE5LBIOE.js";
import "./chunks/chunk-QOTUQGWT.js";
import "./chunks/chunk-RUMNF2LX.js";

// src/cli/bin.ts
exitWhenDone(main(process.argv.slice(2)), "verify-litellm");
