// Entry point of the action's post step (dist/post.js).
import { runPost } from './post.ts';

// Exit once the step is done: a bounded wait that gave up (a stuck cache service) must not hold the job.
void runPost().finally(() => process.exit());
