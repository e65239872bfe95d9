// The dispatcher for requests that must go straight to their address (our proxy on 127.0.0.1), named on each
// request rather than left to undici's global one: Node 24 started with NODE_USE_ENV_PROXY=1 (or --use-env-proxy),
// as a self-hosted runner behind a corporate proxy may set, installs an EnvHttpProxyAgent as the global dispatcher
// (nodejs/node lib/internal/process/pre_execution.js, setupHttpProxy). undici's `request` shares it
// (Symbol.for('undici.globalDispatcher.1'), undici lib/global.js), and it sends 127.0.0.1 to HTTP_PROXY unless
// NO_PROXY names it (undici lib/dispatcher/env-http-proxy-agent.js): the probes, with the master key, would go
// to the corporate proxy, which cannot reach the runner's loopback.
import { Agent } from 'undici';

export const DIRECT = new Agent();
