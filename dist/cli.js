#!/usr/bin/env node
import { createRequire as __vlCreateRequire } from 'node:module'; const require = __vlCreateRequire(import.meta.url);
import {
  exitWhenDone,
  main
} from "./chunks/chunk-6GYE525M.js";
import "./chunks/chunk-D2MGVXEL.js";
import "./chunks/chunk-T5JG3WRM.js";
import "./chunks/chunk-QOTUQGWT.js";
import "./chunks/chunk-RUMNF2LX.js";

// src/cli/bin.ts
exitWhenDone(main(process.argv.slice(2)), "verify-litellm");
