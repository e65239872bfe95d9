// Client profiles: the requests a real client sends on its first turn and its first tool round trip, kept as
// data (one JSON file per client, with the client version and the sources each shape was taken from).
import claudeCode from './claude-code.json' with { type: 'json' };
import codex from './codex.json' with { type: 'json' };
import openai from './openai.json' with { type: 'json' };

export type ClientName = 'claude-code' | 'codex' | 'openai';
export const CLIENT_NAMES: readonly ClientName[] = ['claude-code', 'codex', 'openai'];

export interface ClientProfile {
  client: ClientName;
  clientVersion: string;
  sources: string[];
  /** What could only be approximated from docs or captures, said plainly. */
  approximated: string;
  surface: 'chat' | 'messages' | 'responses';
  path: string;
  headers: Record<string, string>;
  /** How the client sends its key: `x-api-key` (Anthropic) or `Authorization: Bearer`. */
  auth: 'x-api-key' | 'bearer';
  /** Top-level fields to try without, one at a time, when the upstream refuses the request as invalid. */
  optionalParams: string[];
  /** The first request's body, without `model`. */
  firstTurn: Record<string, unknown>;
  /** What the tool returns in the follow-up request. */
  toolResult: string;
  /** Claude Code's small/fast model for background work: aliases matching the pattern get this request. */
  background?: { aliasPattern: string; body: Record<string, unknown> };
}

const PROFILES: Record<ClientName, ClientProfile> = {
  'claude-code': claudeCode as ClientProfile,
  codex: codex as ClientProfile,
  openai: openai as ClientProfile,
};

export function clientProfile(name: ClientName): ClientProfile {
  return PROFILES[name];
}

/** `claude-code`, `codex, openai`, or one per line: each known once, in the order given. */
export function parseClients(raw: string): { clients: ClientName[]; unknown: string[] } {
  const names = raw
    .split(/[\s,]+/)
    .map((n) => n.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !(CLIENT_NAMES as readonly string[]).includes(n));
  return { clients: [...new Set(names.filter((n): n is ClientName => (CLIENT_NAMES as readonly string[]).includes(n)))], unknown };
}
