// Both front doors guard the proxy the engine starts the same way: a cancelled job or Ctrl-C (SIGINT/SIGTERM)
// stops its process tree and removes its private folder before the process goes, and an unexpected exit
// kills it (stopOnExit), so no proxy outlives the step unless it was handed over on purpose (keep-running).
import fs from 'node:fs';
import { stopOnExit, stopProcessTree } from './process.ts';

export interface GuardedProxy {
  pid: number;
  workDir: string;
}

export interface ProxyGuard {
  /** The engine spawned it (its proxyStarted hook). */
  started(proxy: GuardedProxy): void;
  /** It stays up for later steps: no longer ours to stop. */
  handOver(): void;
  /** The run is over: signals and exit are no longer watched. */
  release(): void;
  /**
   * What a front door awaits before it reports: at once when no stop signal came; else the guard's own handling,
   * which ends the process. The guard stops the proxy under the engine, which then sees it die ("LiteLLM exited
   * during start-up (signal SIGTERM)") and would report that as LiteLLM's failure before the cancellation is said.
   */
  cancelling(): Promise<void>;
}

/** `cancelled` runs after the proxy (if any) is stopped, and must end the process. */
export function guardProxy(cancelled: (signal: NodeJS.Signals, stoppedProxy: boolean) => void, graceMs = 3000): ProxyGuard {
  let running: GuardedProxy | undefined;
  let releaseExit = () => {};
  let handling: Promise<void> | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    // Once: the runner follows SIGINT with SIGTERM 7.5 s later (actions/runner ProcessInvoker.cs).
    handling ??= (async () => {
      const proxy = running;
      if (proxy) {
        await stopProcessTree(proxy.pid, graceMs);
        fs.rmSync(proxy.workDir, { recursive: true, force: true });
      }
      cancelled(signal, proxy !== undefined);
    })();
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  const forget = () => {
    running = undefined;
    releaseExit();
    releaseExit = () => {};
  };
  return {
    started(proxy) {
      running = proxy;
      releaseExit = stopOnExit(proxy.pid);
    },
    handOver: forget,
    release() {
      forget();
      process.removeListener('SIGTERM', onSignal);
      process.removeListener('SIGINT', onSignal);
    },
    cancelling: () => handling ?? Promise.resolve(),
  };
}
