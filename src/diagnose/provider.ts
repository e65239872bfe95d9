// Diagnoses that depend on the provider LiteLLM resolved the route to (src/litellm/oracle.py): cloud
// credentials LiteLLM reads from the environment (Bedrock and SageMaker through boto3, Vertex through
// google-auth, Azure AD), and Azure's 404s, where the fix is the deployment name or api_version, never /v1.
import { setting } from '../options/settings.ts';
import type { ProbeOutcome } from '../probe/outcome.ts';
import type { DiagnoseContext, Diagnosis } from './diagnose.ts';
import { withCore } from './matcher.ts';

/** What boto3, google-auth and azure-identity say when they find no credentials (as LiteLLM passes them on). */
const NO_CLOUD_CREDENTIALS =
  /Unable to locate credentials|NoCredentialsError|could not find default credentials|DefaultCredentialsError|Your default credentials were not found|DefaultAzureCredential failed|ClientAuthenticationError|AZURE_AD_TOKEN|The security token included in the request is invalid|UnrecognizedClientException|InvalidClientTokenId|SignatureDoesNotMatch/i;

/** The variables each family of SDK reads, for the fix (LiteLLM's validate_environment names the first ones). */
function variablesFor(provider: string | null, named: readonly string[]): string {
  const extra =
    provider === 'bedrock' || provider === 'sagemaker' || provider === 'sagemaker_chat' || provider === 'bedrock_converse'
      ? ['AWS_REGION_NAME (or aws_region_name)', 'AWS_SESSION_TOKEN for temporary credentials']
      : provider?.startsWith('vertex_ai')
        ? ['GOOGLE_APPLICATION_CREDENTIALS (a service-account JSON file), or vertex_credentials in litellm_params']
        : provider?.startsWith('azure')
          ? ['AZURE_API_KEY, or AZURE_CLIENT_ID / AZURE_TENANT_ID / AZURE_CLIENT_SECRET for Azure AD']
          : [];
  return [...new Set([...named, ...extra])].join(', ');
}

/** The usual keyless (OIDC) step for the provider's cloud. */
const oidcStep = (provider: string | null): string =>
  provider?.startsWith('vertex_ai')
    ? 'google-github-actions/auth (it sets GOOGLE_APPLICATION_CREDENTIALS)'
    : provider?.startsWith('bedrock') || provider?.startsWith('sagemaker')
      ? 'aws-actions/configure-aws-credentials'
      : "your cloud's login action";

export function cloudCredentials(o: ProbeOutcome, ctx: DiagnoseContext): Diagnosis | null {
  const m = o.error?.message ?? o.reply ?? '';
  if (!NO_CLOUD_CREDENTIALS.test(m)) return null;
  const d = ctx.deployment;
  const provider = d.litellm?.provider ?? d.provider;
  const vars = variablesFor(provider, d.litellm?.implicitEnv ?? []);
  const invalid = /security token included in the request is invalid|UnrecognizedClientException|InvalidClientTokenId|SignatureDoesNotMatch/i.test(m);
  return {
    code: 'auth',
    summary: invalid
      ? `${provider ?? 'the provider'} refused the credentials LiteLLM signed '${d.alias}' with (HTTP ${o.status ?? '?'}).`
      : `LiteLLM found no ${provider ?? 'cloud'} credentials for '${d.alias}' (HTTP ${o.status ?? '?'}): it reads them from the environment, not from api_key.`,
    fix: invalid
      ? `Check the values of ${vars || 'the credential variables'} in the step's env: (they must belong to an identity allowed to call the model).`
      : `Set ${vars || "the provider's credential variables"} in the step's \`env:\` (from secrets, or an OIDC step such as ${oidcStep(provider)} before this one); verify-litellm passes them to the proxy for this route.`,
  };
}

/**
 * The route's vertex_credentials LiteLLM's own loader cannot use (the oracle's credentialsProblem: a file that is not
 * where the proxy runs, JSON it cannot parse). LiteLLM fails the call in vertex_llm_base.py load_auth before it
 * sends anything, and answers 500 "Vertex_aiException InternalServerError - Unable to load the vertex credentials
 * file." (Firefox-AI/litellm-proxy, through the real 1.108.7 proxy): no server failed, the config names a file.
 */
export function credentialsUnusable(o: ProbeOutcome, ctx: DiagnoseContext): Diagnosis | null {
  const d = ctx.deployment;
  const problem = d.litellm?.credentialsProblem;
  if (!problem || (o.status === null && !o.error)) return null;
  const line = `${d.file}:${(d.paramPositions.vertex_credentials ?? d.position).line}`;
  return {
    code: 'auth',
    summary: `LiteLLM cannot use the vertex_credentials of '${d.alias}' where the proxy runs (${problem.reason}), so it never called Vertex AI: the HTTP ${o.status ?? 'error'} is LiteLLM's own.`,
    fix: problem.file
      ? `Make the file named at ${line} exist where the proxy runs (a relative path is read from the proxy's working folder), or give the credentials JSON through the environment: \`vertex_credentials: os.environ/VERTEX_CREDENTIALS\`.`
      : `Give the service-account JSON itself, or a path to it, at ${line}: \`vertex_credentials: os.environ/VERTEX_CREDENTIALS\`.`,
  };
}

/**
 * LiteLLM itself lacks a Python package the route needs, in the venv verify-litellm installs (`litellm[proxy]` from its
 * hash lock, with only the extras litellm-extras names: litellm/extras.ts). LiteLLM says so in its own words and answers 500 before it sends
 * anything: every `vertex_ai/` route signs with google-auth and fails with "Google Cloud SDK not found. Install it
 * with: pip install 'litellm[google]' or pip install google-cloud-aiplatform" (llms/vertex_ai/vertex_llm_base.py
 * GOOGLE_IMPORT_ERROR_MESSAGE, 1.108.7; andrewginns/google-cloud-litellm-proxy through the real proxy); Bedrock's
 * boto3, Redis and others say "pip install X" the same way. No server failed, and the config is not shown wrong.
 */
const PACKAGE_MISSING = /Install it with: pip install|\bpip install [\w'[\]-]+|No module named '[\w.]+'|ModuleNotFoundError/;

/**
 * A server's own error body, as LiteLLM quotes it: `{"error": ...}` / `{"detail": ...}` / vLLM's flat
 * `{"object": "error", ...}` (raw after "Hosted_vllmException - ", "Ollama_chatException - "), or a Python traceback.
 */
const QUOTES_A_BODY = /\{\s*"(?:error|detail|object|message)"\s*:|Traceback \(most recent call last\)/;

export function packageMissing(o: ProbeOutcome, ctx: DiagnoseContext): Diagnosis | null {
  const message = o.error?.message ?? '';
  if (!PACKAGE_MISSING.test(message)) return null;
  // An upstream that lacks a package of its own says so in the same words (vLLM's ImportError at request time,
  // src/standin/quirks.ts), and LiteLLM relays them: after "OpenAIException - " for an OpenAI-compatible route,
  // whose call needs nothing past the openai client LiteLLM always has, or inside the server's quoted body.
  const d = ctx.deployment;
  if ((d.litellm?.openaiCompatible ?? d.provider === 'openai') || QUOTES_A_BODY.test(message)) return null;
  return {
    code: 'proxy-error',
    summary: `LiteLLM cannot call '${ctx.deployment.alias}' in verify-litellm's install: it lacks a Python package for this route${withCore(o)}. Nothing was sent upstream, and nothing says the route's config is wrong.`,
    fix:
      `verify-litellm installs \`litellm[proxy]\` from its hash lock, plus the LiteLLM extras in ${setting('litellm-extras')} (\`google\` for Vertex AI routes); a proxy that has the package LiteLLM names (LiteLLM's Docker images have them) calls this route. ` +
      `Set ${setting('litellm-extras')} to the extra that has it, or leave the route out of ${setting('models')} to verify the others.`,
  };
}

/** Azure answers 404 for a deployment name it does not have, or an api_version it does not serve. */
export function azureNotFound(o: ProbeOutcome, ctx: DiagnoseContext): Diagnosis | null {
  const d = ctx.deployment;
  const provider = d.litellm?.provider ?? d.provider;
  if (!provider?.startsWith('azure') || !(o.status === 404 || /NotFoundError|DeploymentNotFound|Resource not found/i.test(o.error?.message ?? ''))) return null;
  const deployment = (d.litellm?.upstreamModel ?? d.model).replace(/^azure(_ai)?\//, '');
  const line = (param: string) => `${d.file}:${(d.paramPositions[param] ?? d.position).line}`;
  const version =
    typeof d.params.api_version === 'string' ? ` (api_version \`${d.params.api_version}\` at ${line('api_version')})` : ' (api_version from AZURE_API_VERSION)';
  return {
    code: 'upstream-model-not-found',
    summary: `Azure has no deployment \`${deployment}\` for '${d.alias}' at ${d.apiBase ?? 'its api_base'}, or does not serve it with this api_version${version}.`,
    fix: `Write the Azure *deployment* name (not the model name) after \`azure/\` at ${line('model')}, and an api_version the resource serves; api_base is the resource root (https://<resource>.openai.azure.com), without /openai or /v1.`,
  };
}

/** LiteLLM could not pick a provider for the deployment (the lint says so too): its 400 names the model. */
export function providerMissing(o: ProbeOutcome, ctx: DiagnoseContext): Diagnosis | null {
  if (!/LLM Provider NOT provided/.test(o.error?.message ?? '')) return null;
  const d = ctx.deployment;
  const line = `${d.file}:${(d.paramPositions.model ?? d.position).line}`;
  return {
    code: 'no-deployment',
    summary: `LiteLLM cannot pick a provider for \`${d.model}\` ('${d.alias}'), so it never calls an upstream.`,
    fix: d.apiBase
      ? `For an OpenAI-compatible server write \`model: openai/${d.model}\` at ${line} (or set \`custom_llm_provider: openai\`).`
      : `Prefix the model at ${line} with a provider LiteLLM knows (\`openai/\`, \`anthropic/\`, \`bedrock/\`, ...).`,
  };
}
