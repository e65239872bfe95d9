#!/usr/bin/env node
import { createRequire as __vlCreateRequire } from 'node:module'; const require = __vlCreateRequire(import.meta.url);
import {
  exitWhenDone,
  main
} from "./chunks/chunk-RYFYV7UA.js";
import "./chunks/chunk-A3D7PRLY.js";
import "./chunks/chunk-VR643KAN.js";
import "./chunks/chunk-QOTUQGWT.js";
import "./chunks/chunk-RUMNF2LX.js";

// src/cli/bin.ts
exitWhenDone(main(process.argv.slice(2)), "verify-litellm");
