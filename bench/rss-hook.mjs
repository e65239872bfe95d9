// Preloaded into the action's own Node process by the benchmark (`node --import <this> dist/index.js`):
// right before the process exits, writes its peak resident set size (VmHWM, in kB) to $BENCH_RSS_FILE.
// Only the process's own peak: unlike `/usr/bin/time`, no reaped child (the Python proxy) is counted.
import fs from 'node:fs';

const out = process.env.BENCH_RSS_FILE;
if (out) {
  process.on('exit', () => {
    try {
      const status = fs.readFileSync('/proc/self/status', 'utf8');
      fs.writeFileSync(out, /VmHWM:\s+(\d+)\s*kB/.exec(status)?.[1] ?? '');
    } catch {
      // no /proc (not Linux): the benchmark reports the figure as not measured
    }
  });
}
