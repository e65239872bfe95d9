// What the proxy's log says: its last lines, made readable (plain or `json_logs: true`), and the fix for a
// start-up failure LiteLLM names in it.
import fs from 'node:fs';

const LOG_TAIL_LINES = 40;

/** The fix for the start-up failures LiteLLM names in its log. */
export function startFix(logTail: string): string | undefined {
  if (/no master key|master_key.*(refused|not set)/i.test(logTail))
    return 'LiteLLM refused the master key; verify-litellm sets a random one, so a `general_settings.master_key` in the config must resolve to a non-empty value other than sk-1234.';
  if (/address already in use|Errno 98/i.test(logTail)) return 'The port was taken; run again.';
  // A package a callback needs is missing: name the package and the callback (LiteLLM's own words name the
  // callback). The last such line is LiteLLM's message: the traceback before it also quotes the source line
  // `raise ImportError(f"Could not import {instance_name} from {module_name}")`, which names nothing.
  const missing = /No module named '([\w.]+)'/.exec(logTail)?.[1];
  const callback = [...logTail.matchAll(/Could not (?:build the '([^']+)' callback|import ([\w.]+) from ([\w.]+))/g)].at(-1);
  if (missing) {
    // The module the config names is itself absent (custom_handler.agno_handler with no custom_handler.py).
    if (callback?.[3] && missing.split('.')[0] === callback[3].split('.')[0])
      return `The config names \`${callback[3]}.${callback[2]}\`, but there is no module \`${callback[3]}\` to import: LiteLLM imports it from the config's own folder (${callback[3].replaceAll('.', '/')}.py there), the only folder besides the venv that verify-litellm lets it import from.`;
    const who = callback
      ? callback[1]
        ? `the '${callback[1]}' callback`
        : `${callback[3]}.${callback[2]} (named in the config)`
      : 'a module the config names';
    return `Python cannot import the package \`${missing.split('.')[0]}\`, which ${who} needs; \`litellm[proxy]\` does not install it. LiteLLM's own observability callbacks are turned off in verify-litellm's private copy; for a custom module, make it import only what the venv has, or guard the import.`;
  }
  if (/yaml|ScannerError|ParserError|KeyError|ValidationError/i.test(logTail))
    return 'LiteLLM could not load the config: fix the key named above (see the lint findings).';
  if (/SyntaxError|requires a different Python|python_requires/i.test(logTail))
    return 'The Python version is too old for this LiteLLM; use Python 3.11-3.13 (actions/setup-python).';
  // A callback or guardrail module named in the config (litellm_settings.callbacks) that Python cannot import.
  if (/Could not import \S+ from \S+|get_instance_fn|initialize_callbacks_on_proxy/.test(logTail)) {
    return "A module the config names (litellm_settings.callbacks, guardrails) cannot be imported: check the name, and that the file sits in the config's own folder (the only folder besides the venv that verify-litellm lets LiteLLM import from).";
  }
  if (/ModuleNotFoundError|ImportError/i.test(logTail))
    return 'Python could not import something LiteLLM needs at start-up (see the last lines above); if it names a LiteLLM module, the venv is incomplete: delete the cached venv and run again.';
  return undefined;
}

export function readLogTail(logFile: string, lines = LOG_TAIL_LINES): string {
  try {
    const fd = fs.openSync(logFile, 'r');
    try {
      const size = fs.fstatSync(fd).size;
      const length = Math.min(size, 64 * 1024);
      const buffer = Buffer.alloc(length);
      fs.readSync(fd, buffer, 0, length, size - length);
      return buffer
        .toString('utf8')
        .replace(/\x1b\[[0-9;]*m/g, '') // LiteLLM colours its banner
        .split(/\r?\n/)
        .filter((l) => l.trim())
        .flatMap(readableLine)
        .slice(-lines)
        .join('\n');
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return '';
  }
}

/**
 * A log line as a reader needs it. With `json_logs: true` LiteLLM writes each record as one JSON line, a whole
 * traceback (tens of KiB, the same frame repeated) inside `message`: such a line becomes the traceback's
 * exception lines (`ModuleNotFoundError: No module named 'x'`, ...), or the message's last line. No line is
 * longer than 500 characters.
 */
function readableLine(line: string): string[] {
  let out = [line];
  if (line.startsWith('{')) {
    try {
      const entry = JSON.parse(line) as { message?: unknown };
      if (typeof entry.message === 'string') {
        const message = entry.message.split('\n').filter((l) => l.trim());
        const exceptions = message.filter((l) => /^[A-Za-z_][\w.]*(Error|Exception|Exit)\b.*:/.test(l));
        out = exceptions.length ? exceptions : message.slice(-1);
      }
    } catch {
      // a plain line that starts with a brace
    }
  }
  return out.map((l) => (l.length > 500 ? `${l.slice(0, 500)}...` : l));
}
