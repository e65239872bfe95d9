// The `<version>` argument of the scripts that work on a shipped lock (modules:litellm, hosts:litellm): given,
// not refused, and with a lock in locks/.
import { checkVersion, shippedLock } from '../src/litellm/lock.ts';

export function lockedVersionArg(script: string): string {
  const version = process.argv[2];
  if (!version) {
    console.error(`usage: npm run ${script} -- <litellm version with a lock in locks/>   (e.g. 1.108.7)`);
    process.exit(2);
  }
  checkVersion(version);
  if (!shippedLock(version)) throw new Error(`no lock ships for ${version}: run npm run lock:litellm -- ${version} first`);
  return version;
}
