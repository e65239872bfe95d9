// A bound for a wait that cannot be cancelled from here (a DNS lookup, a cache service call): the caller
// moves on at the deadline; the work itself is left to its own timeouts.

/** The promise's value, or 'timeout' once `ms` have passed. */
export function within<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
