// Which parameter is the one refused: after a 400/422 the request goes again without one parameter at a time.
import { isTemperatureDiagnosis, type Diagnosis } from '../diagnose/diagnose.ts';
import { sentParams, withoutParam, type ChatProbe } from '../probe/chat.ts';
import type { ProbeOutcome } from '../probe/outcome.ts';
import type { AliasReport } from '../report/report.ts';

export const MAX_PARAM_TRIES = 6;
/**
 * Refusals whose cause is known and is not one optional parameter: no point re-sending without each. A reply
 * LiteLLM could not read comes back as a 400/422 too (a null message, LM Studio's 200 with an error).
 */
export const NOT_ABOUT_A_PARAM = new Set(['unknown-alias', 'context-window', 'tools-unsupported', 'invalid-response']);

/**
 * After a refused request, sends it again without one parameter at a time (temperature first, then each
 * request-params key) and names the first whose removal makes it pass: "which parameter is the one rejected".
 */
export async function findRejectedParam(
  outcome: ProbeOutcome,
  diagnosis: Diagnosis,
  probe: ChatProbe,
  send: (p: ChatProbe) => Promise<ProbeOutcome>,
): Promise<Pick<AliasReport, 'diagnosis' | 'withoutTemperature' | 'rejectedParam'>> {
  // Only a request the server calls invalid (400, 422) can be about a parameter; auth, 404, 409, 429 are not.
  const refused = outcome.status === 400 || outcome.status === 422;
  const candidates = isTemperatureDiagnosis(diagnosis) ? ['temperature'] : refused && !NOT_ABOUT_A_PARAM.has(diagnosis.code) ? sentParams(probe) : [];
  let withoutTemperature: AliasReport['withoutTemperature'] = null;
  for (const name of candidates.slice(0, MAX_PARAM_TRIES)) {
    const again = await send(withoutParam(probe, name));
    if (name === 'temperature') withoutTemperature = { status: again.ok ? 'pass' : 'fail', httpStatus: again.status };
    if (again.ok) {
      const culprit = isTemperatureDiagnosis(diagnosis) || diagnosis.code === 'unsupported-param' ? diagnosis : paramDiagnosis(name, diagnosis);
      return { diagnosis: { ...culprit, summary: `route works without ${name}; ${culprit.summary}` }, withoutTemperature, rejectedParam: name };
    }
  }
  if (withoutTemperature)
    return {
      diagnosis: { ...diagnosis, summary: `the route also fails without temperature (HTTP ${withoutTemperature.httpStatus ?? '-'}); ${diagnosis.summary}` },
      withoutTemperature,
      rejectedParam: null,
    };
  return { diagnosis, withoutTemperature, rejectedParam: null };
}

export function paramDiagnosis(name: string, d: Diagnosis): Diagnosis {
  return {
    code: 'unsupported-param',
    summary: `the request is refused because of \`${name}\` (${d.summary})`,
    fix: `Add \`additional_drop_params: ["${name}"]\` to the alias's litellm_params, or stop the client sending it.`,
  };
}
