import { createRequire as __vlCreateRequire } from 'node:module'; const require = __vlCreateRequire(import.meta.url);
import {
  exitWhenDone,
  main
} from "./chunks/chunk-6VS6TX6A.js";
import "./chunks/chunk-BWYUOZ65.js";
import "./chunks/chunk-47WOBA5N.js";
import {
  startStandin
} from "./chunks/chunk-QOPFZXDI.js";
import "./chunks/chunk-KVP47IIB.js";
import "./chunks/chunk-QOTUQGWT.js";
import "./chunks/chunk-RUMNF2LX.js";

// src/demo/demo.ts
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
function demoConfig(apiBase) {
  return `# verify-litellm demo: shaped like example_configs/test-local/config-litellm.yaml
model_list:
- model_name: "claude-opus-4-5-20251101"    # alias the client asks for
  litellm_params:
    model: "openai/Qwen/Qwen3-0.6B"         # openai/{MODEL_NAME} on an OpenAI-compatible server (vLLM)
    api_key: os.environ/VLLM_KEY
    api_base: ${apiBase}
- model_name: "gpt-4o"                      # an old alias whose backend was swapped to gpt-5
  litellm_params:
    model: "openai/gpt-5"
    api_key: os.environ/VLLM_KEY
    api_base: ${apiBase}
`;
}
async function runDemo(argv = []) {
  const key = `demo-${crypto.randomBytes(12).toString("hex")}`;
  const upstream = await startStandin({
    apiKey: key,
    models: [
      { id: "Qwen/Qwen3-0.6B", reasoning: true, reply: "Hello from the stand-in vLLM!" },
      { id: "gpt-5", temperature: "reject-value" }
    ]
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "verify-litellm-demo-"));
  try {
    const config = path.join(dir, "config-litellm.yaml");
    const reportFile = path.join(dir, "report.json");
    fs.writeFileSync(config, demoConfig(upstream.url));
    process.stderr.write(`verify-litellm demo: a stand-in vLLM server is listening on ${upstream.url}; config:

${demoConfig(upstream.url)}
`);
    const code = await main(["--config", config, "--report-file", reportFile, ...argv], {
      stdout: (t) => process.stdout.write(t),
      stderr: (t) => process.stderr.write(t),
      isTTY: Boolean(process.stdout.isTTY),
      env: { ...process.env, VLLM_KEY: key },
      cwd: process.cwd()
    });
    const report = fs.existsSync(reportFile) ? JSON.parse(fs.readFileSync(reportFile, "utf8")) : null;
    const pass = report?.aliases.find((a) => a.alias === "claude-opus-4-5-20251101")?.status === "pass";
    const fixed = report?.aliases.find((a) => a.alias === "gpt-4o")?.diagnosis?.fix.includes("drop_params") ?? false;
    if (pass && fixed) {
      process.stderr.write(`
As expected: the seed route passes, and the swapped gpt-4o route fails with its fix (exit code ${code} is what CI would see).
`);
      return 0;
    }
    process.stderr.write(`
The demo did not end as expected (exit code ${code}); see the output above.
`);
    return 1;
  } finally {
    await upstream.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// src/demo/bin.ts
exitWhenDone(runDemo(process.argv.slice(2)), "verify-litellm demo");
