#!/usr/bin/env node
import { createRequire as __vlCreateRequire } from 'node:module'; const require = __vlCreateRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-SFGZEXFA.js";
import "./chunks/chunk-JN7TYLE3.js";
import "./chunks/chunk-ERNSQSVO.js";
import "./chunks/chunk-RUMNF2LX.js";

// src/cli/bin.ts
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
