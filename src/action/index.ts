// Entry point of the action's main step (dist/index.js).
import v8 from 'node:v8';
import { run } from './main.ts';

// undici parses HTTP with WebAssembly, which V8's optimizing tier compiles in full on the first reply: a
// ~30 MB peak for a parser that handles a few hundred small responses. The baseline tier is plenty here.
v8.setFlagsFromString('--liftoff-only');

// Exit once the step is done: a bounded wait that gave up (a stuck cache service) must not hold the job.
void run().finally(() => process.exit());
