#!/usr/bin/env node
import { createRequire as __vlCreateRequire } from 'node:module'; const require = __vlCreateRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-WMODK5Y5.js";
import "./chunks/chunk-TMD67ZMU.js";
import "./chunks/chunk-EBEIJL3C.js";

// src/cli/bin.ts
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
