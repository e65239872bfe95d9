#!/usr/bin/env node
import { createRequire as __vlCreateRequire } from 'node:module'; const require = __vlCreateRequire(import.meta.url);
import {
  exitWhenDone,
  main
} from "./chunks/chunk-Q6UU3AYK.js";
import "./chunks/chunk-F3CX4VDX.js";
import "./chunks/chunk-7FXHGNVU.js";
import "./chunks/chunk-KVP47IIB.js";
import "./chunks/chunk-QOTUQGWT.js";
import "./chunks/chunk-RUMNF2LX.js";

// src/cli/bin.ts
exitWhenDone(main(process.argv.slice(2)), "verify-litellm");
