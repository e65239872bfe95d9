/**
 * An error the user can act on: what was expected, what was found, and the fix.
 * `stage` says where the run stopped, for the report; `exitCode` 2 marks usage/config errors for the CLI.
 */
export class VerifyError extends Error {
  constructor(
    message: string,
    readonly stage: 'input' | 'config' | 'install' | 'start' | 'probe' | 'internal',
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
