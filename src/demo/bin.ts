// Entry point of `npm run demo` (dist/demo.js).
import { runDemo } from './demo.ts';

runDemo(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Not expected (the front door turns every failure into a report); still exit non-zero with one line.
    process.stderr.write(`verify-litellm: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
