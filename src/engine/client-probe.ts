// Probing an alias as a real client does (client profiles): its first turn and tool round trip, and what to say
// when the config lacks an alias the client uses.
import { diagnoseContext } from '../diagnose/context.ts';
import { diagnose, type DiagnoseContext } from '../diagnose/diagnose.ts';
import { diagnoseTools } from '../diagnose/tools.ts';
import type { ClientProfile } from '../probe/clients/profile.ts';
import { runClient, type ClientRun } from '../probe/clients/run.ts';
import { failureText, type ProbeTarget } from '../probe/outcome.ts';
import type { Attempt, ClientReport } from '../report/report.ts';
import type { AliasProbeOptions } from './probe-alias.ts';
import { MAX_PARAM_TRIES, NOT_ABOUT_A_PARAM, paramDiagnosis } from './refused-param.ts';
import { withAttempts } from './retry.ts';
import { bridgeNoted, throughBridge } from './messages-bridge.ts';
import { probeSurface } from '../probe/surfaces.ts';

/**
 * One client's requests through the proxy. A refused first turn is sent again without each of the client's
 * optional fields in turn, to name the one the upstream refuses (a Responses-only field LiteLLM forwards).
 */
export async function probeClient(
  profile: ClientProfile,
  target: ProbeTarget,
  alias: string,
  options: AliasProbeOptions,
  context: DiagnoseContext,
  log: Attempt[],
): Promise<ClientReport> {
  let run: ClientRun | undefined;
  await withAttempts(options.attempts, options.backoffMs, async () => (run = await runClient(profile, target, alias)).outcome, log);
  const { step, askedTokens } = run!;
  // An empty Messages reply LiteLLM's Responses bridge made: the route's Responses request says why (messages-bridge.ts).
  const probe = { alias, prompt: options.prompt, temperature: options.temperature, maxTokens: options.maxTokens, params: options.requestParams };
  const outcome = await throughBridge(run!.outcome, context.deployment, (surface) => probeSurface(surface, target, probe));
  const base = {
    client: profile.client,
    step,
    status: outcome.ok ? ('pass' as const) : ('fail' as const),
    httpStatus: outcome.status,
    latencyMs: outcome.latencyMs,
  };
  if (outcome.ok) return { ...base, reply: outcome.reply ?? null, diagnosis: null, error: null };
  let diagnosis = bridgeNoted(diagnoseTools(outcome, context) ?? diagnoseContext(outcome, context, askedTokens) ?? diagnose(outcome, context), outcome);
  if (step === 'first turn' && (outcome.status === 400 || outcome.status === 422) && !NOT_ABOUT_A_PARAM.has(diagnosis.code)) {
    for (const name of profile.optionalParams.slice(0, MAX_PARAM_TRIES)) {
      const again = await runClient(profile, target, alias, name);
      if (again.step === 'first turn' && again.outcome.ok) {
        const culprit = diagnosis.code === 'unsupported-param' ? diagnosis : paramDiagnosis(name, diagnosis);
        diagnosis = { ...culprit, summary: `the request works without \`${name}\`; ${culprit.summary}` };
        break;
      }
    }
  }
  return { ...base, reply: null, diagnosis, error: failureText(outcome) };
}

/** Said in the report when a client uses models the config has no alias for (Claude Code's background model). */
export function clientNotes(profiles: readonly ClientProfile[], aliases: readonly string[]): string[] {
  const notes: string[] = [];
  for (const p of profiles) {
    if (!p.background) continue;
    const pattern = new RegExp(p.background.aliasPattern, 'i');
    const found = aliases.filter((a) => pattern.test(a));
    notes.push(
      found.length
        ? `${p.client}: ${found.map((a) => `'${a}'`).join(', ')} probed as ${p.client}'s small/fast background model (its background request, no tools).`
        : `${p.client}: the config has no alias for ${p.client}'s small/fast background model (a name with '${p.background.aliasPattern}'); ${p.client} sends background work to it (ANTHROPIC_DEFAULT_HAIKU_MODEL / ANTHROPIC_SMALL_FAST_MODEL), so point that setting at an alias the config has, or add one.`,
    );
  }
  return [...new Set(notes)];
}
