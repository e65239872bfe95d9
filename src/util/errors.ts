/**
 * An error the user can act on: what was expected, what was found, and the fix.
 * `stage` says where the run stopped, for the report; `exitCode` 2 marks usage/config errors for the CLI.
 */
/** Where a run stopped before or outside the probes (a probe's own failure is the alias's verdict, not a stage). */
export type Stage = 'input' | 'config' | 'install' | 'start' | 'internal';

export class VerifyError extends Error {
  constructor(
    message: string,
    readonly stage: Stage,
    readonly detail?: { file?: string; line?: number; column?: number; fix?: string; logTail?: string },
  ) {
    super(message);
    this.name = 'VerifyError';
  }

  get exitCode(): number {
    return this.stage === 'input' || this.stage === 'config' ? 2 : 1;
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
