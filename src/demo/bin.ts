// Entry point of `npm run demo` (dist/demo.js).
import { exitWhenDone } from '../util/entry.ts';
import { runDemo } from './demo.ts';

exitWhenDone(runDemo(process.argv.slice(2)), 'verify-litellm demo');
