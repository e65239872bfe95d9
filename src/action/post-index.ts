// Entry point of the action's post step (dist/post.js).
import { runPost } from './post.ts';

// A cancelled job's post step gets SIGINT, then SIGTERM (actions/runner ProcessInvoker.cs). Node's default would end
// it at once, without the exit hooks that stop the wheel download's pip processes (their own process groups) and
// remove its half-filled folders from the tool cache (util/process.ts): end through process.exit instead.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(1));

// Exit once the step is done: a bounded wait that gave up (a stuck cache service) must not hold the job.
void runPost().finally(() => process.exit());
