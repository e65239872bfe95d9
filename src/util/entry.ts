// How a command-line entry point ends: its exit code, or one clean line for an error nothing expected.
import { safeLines } from './sanitize.ts';

export function exitWhenDone(run: Promise<number>, name: string): void {
  run.then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // Not expected (the front door turns every failure into a report); still exit non-zero with one line.
      process.stderr.write(`${name}: internal error: ${safeLines(error instanceof Error ? error.message : String(error))}\n`);
      process.exitCode = 1;
    },
  );
}
