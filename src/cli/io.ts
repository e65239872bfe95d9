// What both CLI commands share: the terminal and environment they run with, reading their flags, and where
// the LiteLLM venv is kept.
import os from 'node:os';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { errorMessage } from '../util/errors.ts';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export const defaultIo = (): CliIo => ({
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  cwd: process.cwd(),
});

export type Flags = NonNullable<ParseArgsConfig['options']>;

/** The flags both commands take (all of `lint`'s), spelled and typed once. */
export const SHARED_FLAGS = {
  config: { type: 'string' },
  temperature: { type: 'string' },
  'litellm-version': { type: 'string' },
  python: { type: 'string' },
  'cache-dir': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Flags;

/**
 * The command line read strictly (an unknown or malformed flag is a usage error), or null after saying
 * so on stderr with where the usage is; the caller then exits 2.
 */
export function readFlags<const T extends Flags>(command: string, argv: string[], options: T, io: CliIo, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, strict: true, allowPositionals, options });
  } catch (error) {
    io.stderr(`${command}: ${errorMessage(error)}\nRun '${command} --help' for usage.\n`);
    return null;
  }
}

/** Where the CLI keeps the LiteLLM venv: --cache-dir, else the user's cache folder (XDG_CACHE_HOME or ~/.cache). */
export function cliCacheRoot(given: string | undefined, io: Pick<CliIo, 'env' | 'cwd'>): string {
  return given ? path.resolve(io.cwd, given) : path.join(io.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'verify-litellm');
}
