// Which of the runner's variables the proxy gets, and why: what the config names (`os.environ/NAME`
// anywhere LiteLLM resolves it) and what LiteLLM reads implicitly for each probed route (its own
// validate_environment answer, via src/litellm/oracle.py). Nothing else reaches the proxy.
import type { Deployment } from '../config/types.ts';
import { signsWithGoogleAuth } from './extras.ts';
import type { OracleAnswer, OracleDeployment } from './oracle.ts';

export interface CredentialPlan {
  /** Variables to pass, with their values. */
  env: Record<string, string>;
  /** One line per variable: its name and why it is passed (never its value). */
  reasons: string[];
  /** Deployments whose api_key is pinned in the private copy so they cannot pick up a key meant for another route. */
  pinned: Deployment[];
}

/**
 * The SDKs behind some providers read a family of variables, of which LiteLLM names only the first:
 * boto3 (AWS_REGION_NAME, AWS_SESSION_TOKEN, AWS_PROFILE, ...), google-auth (GOOGLE_APPLICATION_CREDENTIALS),
 * Azure AD (AZURE_CLIENT_ID, AZURE_TENANT_ID, ...).
 */
const FAMILIES: readonly { when: RegExp; pass: RegExp }[] = [
  { when: /^AWS_/, pass: /^AWS_/ },
  { when: /^VERTEX(AI)?_/, pass: /^(VERTEX(AI)?_|GOOGLE_APPLICATION_CREDENTIALS$|GOOGLE_CLOUD_PROJECT$)/ },
  { when: /^AZURE_/, pass: /^AZURE_/ },
];

/**
 * A route behind an api_base of someone else's gets no provider key (LiteLLM would send a static key there). A
 * Vertex AI route is the exception: google-auth turns the credentials into a short-lived OAuth token for each call,
 * the key itself only ever goes to Google's token endpoint, and a Vertex route behind its own api_base (a Private
 * Service Connect endpoint, a gateway) needs them as much as one without: LiteLLM's Vertex handlers fetch the token
 * whatever the api_base (vertex_llm_base.py _ensure_access_token, 1.108.7; test/integration/vertex.test.ts).
 * Withholding them failed such a route whose GOOGLE_APPLICATION_CREDENTIALS was set.
 */
const withheld = (a: OracleDeployment): boolean => a.ownEndpoint === false && !signsWithGoogleAuth(a.provider);

export function credentialPlan(input: {
  answer: OracleAnswer | null;
  /** Every deployment of the config (pins may be needed on any of them). */
  deployments: readonly Deployment[];
  /** The deployments that will be probed (only their implicit credentials are passed). */
  probed: readonly Deployment[];
  /** Names the static reading found (used when LiteLLM could not answer). */
  staticRefs: readonly string[];
  lookup: (name: string) => string | undefined;
  source: NodeJS.ProcessEnv;
}): CredentialPlan {
  const env: Record<string, string> = {};
  const why = new Map<string, string>();
  const pass = (name: string, reason: string) => {
    const value = input.lookup(name);
    if (value === undefined || name in env) return;
    env[name] = value;
    why.set(name, reason);
  };
  const refs = input.answer && !input.answer.error ? input.answer.envRefs : input.staticRefs.map((name) => ({ name, path: 'the config' }));
  for (const ref of refs) pass(ref.name, `os.environ/${ref.name} in ${ref.path}`);

  for (const d of input.probed) {
    const a = d.litellm;
    if (!a || a.hasApiKey || withheld(a)) continue; // someone else's server never gets a provider key
    for (const name of a.implicitEnv) {
      const reason = `LiteLLM reads it for the ${a.provider} route '${d.alias}'`;
      pass(name, reason);
      const family = FAMILIES.find((f) => f.when.test(name));
      if (family) for (const other of Object.keys(input.source).sort()) if (family.pass.test(other)) pass(other, reason);
    }
  }

  const pinned = input.deployments.filter((d) => {
    const a = d.litellm;
    return a && !a.hasApiKey && withheld(a) && a.implicitEnv.some((n) => n in env);
  });
  return { env, reasons: [...why].map(([name, reason]) => `${name} (${reason})`), pinned };
}
