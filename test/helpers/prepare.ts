// Run once by scripts/test.mjs before suites that start the real proxy: installs the LiteLLM venv through
// the engine's own install path, so test files running side by side find it ready instead of racing to build it.
import { testLiteLLM } from './litellm.ts';

const installation = await testLiteLLM();
console.log(`# LiteLLM ${installation.version} ready (${installation.source}, ${(installation.durationMs / 1000).toFixed(1)}s)`);
