#!/usr/bin/env node
import { createRequire as __vlCreateRequire } from 'node:module'; const require = __vlCreateRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-JGI5ZKBN.js";
import "./chunks/chunk-JIHSBBKJ.js";
import "./chunks/chunk-EBEIJL3C.js";

// src/cli/bin.ts
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
