#!/usr/bin/env node
import { createRequire as __vlCreateRequire } from 'node:module'; const require = __vlCreateRequire(import.meta.url);
import {
  exitWhenDone,
  main
} from "./chunks/chunk-QPE5EWYF.js";
import "./chunks/chunk-URDKTB6H.js";
import "./chunks/chunk-27AGXL7W.js";
import "./chunks/chunk-QOTUQGWT.js";
import "./chunks/chunk-RUMNF2LX.js";

// src/cli/bin.ts
exitWhenDone(main(process.argv.slice(2)), "verify-litellm");
