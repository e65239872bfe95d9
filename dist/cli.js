#!/usr/bin/env node
import { createRequire as __vlCreateRequire } from 'node:module'; const require = __vlCreateRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-YBI7O66C.js";
import "./chunks/chunk-WBMOLIFF.js";
import "./chunks/chunk-X2OL2VN4.js";
import "./chunks/chunk-RUMNF2LX.js";

// src/cli/bin.ts
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
