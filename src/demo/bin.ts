// Entry point of `npm run demo` (dist/demo.js).
import { runDemo } from './demo.ts';

runDemo(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
