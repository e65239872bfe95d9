#!/usr/bin/env node
import { createRequire as __vlCreateRequire } from 'node:module'; const require = __vlCreateRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-JGOZFGXL.js";
import "./chunks/chunk-7XNWC7HM.js";
import "./chunks/chunk-U4RAMICV.js";
import "./chunks/chunk-QOTUQGWT.js";
import "./chunks/chunk-RUMNF2LX.js";

// src/cli/bin.ts
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
